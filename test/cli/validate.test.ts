// Runs the real binary (bin/civicstat.js → dist/cli.js); `npm test` builds first.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '../../bin/civicstat.js');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'civicstat-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};

describe('civicstat validate', () => {
  it('a valid document: exit 0 and a one-line summary', () => {
    const r = run('validate', 'demo/riverton.civicstat.json');
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trimEnd().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^riverton\.civicstat\.json: valid CivicStat 1\.0 document for City of Riverton \(18 measures, 27 goals, 3 certifications; wwc: 27\/43 criteria met, Silver reached;/);
    assert.equal(r.err, '');
  });

  it('problems: exit 1 and one line per problem, each with its JSON path', () => {
    const path = file('bad.json', {
      civicstat: '1.0',
      jurisdiction: { name: 'X' },
      measures: [
        { id: 'a', title: 'A', values: [{ period: '2024', value: '12' }] },
        { id: 'a', title: 'B', better: 'up' },
      ],
    });
    const r = run('validate', path);
    assert.equal(r.code, 1);
    assert.deepEqual(r.out.trimEnd().split('\n'), [
      `${path}: measures[0].values[0].value: expected a number or null, got "12"`,
      `${path}: measures[1].better: expected one of "higher", "lower", got "up"`,
      `${path}: measures[1].id: duplicate measure id "a" (first used at measures[0].id)`,
    ]);
  });

  it('warnings go to standard error and do not fail', () => {
    const r = run('validate', file('warn.json', { civicstat: '1.0', jurisdiction: { name: 'X' }, colour: 'blue' }));
    assert.equal(r.code, 0);
    assert.match(r.out, /valid CivicStat 1\.0 document for X \(0 measures, 0 goals, 0 certifications\); 1 warning$/m);
    assert.equal(r.err.trim(), `${join(dir, 'warn.json')}: warning: colour: unknown field "colour" is ignored`);
  });

  it('a JSON syntax error names line and column', () => {
    const r = run('validate', file('syntax.json', '{\n  "civicstat": "1.0",\n}'));
    assert.equal(r.code, 1);
    assert.match(r.out, /syntax\.json: not valid JSON: a comma before "}" .*\(line 2, column 21\)/);
  });

  it('usage errors exit 2 with a clear message', () => {
    const missing = run('validate', join(dir, 'nope.json'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.json: cannot read the file \(no such file\)/);
    assert.equal(run('validate').code, 2);
    const unknown = run('frobnicate');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown command "frobnicate"/);
    assert.equal(run('validate', '--strict', 'x.json').code, 2);
  });

  it('--help and --version', () => {
    const help = run('--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /validate FILE/);
    const version = run('--version');
    assert.equal(version.code, 0);
    assert.match(version.out.trim(), /^\d+\.\d+\.\d+$/);
  });
});
