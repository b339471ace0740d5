import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { locateSyntaxError, parseJsonText } from '../../src/core/json-text';
import { childPath, pathFromPointer } from '../../src/core/json-path';
import { isSafeUrl, safeUrl } from '../../src/core/url';

describe('parseJsonText', () => {
  it('parses JSON, with or without a byte-order mark', () => {
    assert.deepEqual(parseJsonText('{"a":1}'), { ok: true, value: { a: 1 } });
    assert.deepEqual(parseJsonText('\ufeff[1]'), { ok: true, value: [1] });
  });

  const cases: [string, number, number, RegExp][] = [
    ['{"a": 1,}', 1, 8, /trailing comma/],
    ['[1, 2,]', 1, 6, /trailing comma/],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected "," or "}"/],
    ["{'a': 1}", 1, 2, /quoted property name/],
    ['{"a" 1}', 1, 6, /expected ":"/],
    ['{"a": tru}', 1, 10, /unexpected "}"/],
    ['{"a": "line\nbreak"}', 1, 12, /control character/],
    ['{"a": "\\x"}', 1, 8, /bad escape/],
    ['{"a": "\\u12G4"}', 1, 8, /bad \\u escape/],
    ['{"a": "open', 1, 12, /never closed/],
    ['[1 2]', 1, 4, /expected "," or "]"/],
    ['{"a": 01}', 1, 8, /expected "," or "}"/],
    ['{"a": -}', 1, 7, /unexpected "-"/],
    ['', 1, 1, /ends where a value was expected/],
    ['{} x', 1, 4, /after the end/],
    ['<!doctype html><p>Not found', 1, 1, /unexpected "<"/],
    ['{"a": [1, {"b": }]}', 1, 17, /unexpected "}"/],
  ];
  for (const [text, line, column, message] of cases) {
    it(`locates the error in ${JSON.stringify(text)}`, () => {
      const result = parseJsonText(text);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.error.line, line);
      assert.equal(result.error.column, column);
      assert.match(result.error.message, message);
    });
  }

  it('the scanner accepts what JSON.parse accepts', () => {
    const valid = '{"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9"],"b":{},"c":[]}';
    assert.doesNotThrow(() => JSON.parse(valid));
    assert.equal(locateSyntaxError(valid).message, 'the text is not valid JSON');
  });
});

describe('JSON paths', () => {
  it('quotes keys that are not identifiers', () => {
    assert.equal(childPath('', 'measures'), 'measures');
    assert.equal(childPath('measures', 3), 'measures[3]');
    assert.equal(childPath('measures[3]', 'values'), 'measures[3].values');
    assert.equal(childPath('criteria', 'open-data'), 'criteria["open-data"]');
    assert.equal(childPath('', 'x y'), '["x y"]');
  });
  it('converts JSON Pointers', () => {
    assert.equal(pathFromPointer(''), '');
    assert.equal(pathFromPointer('/measures/0/values/2/value'), 'measures[0].values[2].value');
    assert.equal(pathFromPointer('/certifications/0/criteria/open-data'), 'certifications[0].criteria["open-data"]');
    assert.equal(pathFromPointer('/a~1b/c~0d'), '["a/b"]["c~d"]');
  });
});

describe('safeUrl', () => {
  it('keeps http, https and relative URLs', () => {
    for (const url of ['https://example.org/a?b=c#d', 'http://example.org', 'HTTPS://EXAMPLE.ORG', '/data.json', 'data.json', './x', '../x', '?q=1', '#top', '//cdn.example.org/x.json', 'a/b:c']) {
      assert.equal(safeUrl(url), url, url);
    }
    assert.equal(safeUrl('  https://example.org  '), 'https://example.org');
  });

  it('drops every other scheme, however disguised', () => {
    const hostile = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      '\u0001javascript:alert(1)',
      'javascript\u0000:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.org/uuid',
      'jav&#x09;ascript:alert(1)',
      '%20javascript:alert(1)',
      'javascript%3Aalert(1):',
      'java\\script:alert(1)',
      '',
      '   ',
    ];
    for (const url of hostile) assert.equal(safeUrl(url), undefined, JSON.stringify(url));
  });

  it('refuses what is not a string', () => {
    for (const value of [undefined, null, 3, {}, ['https://x.org']]) assert.equal(isSafeUrl(value), false);
  });
});
