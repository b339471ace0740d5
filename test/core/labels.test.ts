/**
 * The city's own status words (SPEC §2 `statusLabels`): how the parser reads both forms, the
 * problems it names by path, and which words an element in a given language picks.
 *
 * Run: node --import tsx --test test/core/labels.test.ts
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem, parseDocument } from '../../src/core/parse';
import { statusLabelsFor } from '../../src/core/labels';
import { doc, parsed, problems } from './helpers';

const flat = { 'on-track': 'On Target', 'at-risk': 'Caution', 'off-track': 'Below Plan', 'no-data': 'Target Pending' };
const lines = (input: unknown) => problems(input).map(formatProblem);

describe('parseDocument: statusLabels', () => {
  it('reads the flat form, any subset of the four statuses', () => {
    assert.deepEqual(parsed(doc({ statusLabels: flat })).statusLabels, { all: flat });
    assert.deepEqual(parsed(doc({ statusLabels: { 'at-risk': 'Caution' } })).statusLabels, { all: { 'at-risk': 'Caution' } });
    assert.equal(parsed(doc()).statusLabels, undefined);
  });

  it('reads the per-locale form, keyed by language tags as written', () => {
    const d = parsed(doc({ statusLabels: { en: { 'on-track': 'On Target' }, 'es-MX': { 'on-track': 'En meta', 'no-data': 'Meta pendiente' } } }));
    assert.deepEqual({ ...d.statusLabels!.byLocale }, { en: { 'on-track': 'On Target' }, 'es-MX': { 'on-track': 'En meta', 'no-data': 'Meta pendiente' } });
    assert.equal(d.statusLabels!.all, undefined);
  });

  it('names a wrong word by its path, in both forms', () => {
    assert.deepEqual(lines(doc({ statusLabels: { 'on-track': 5 } })), ['statusLabels["on-track"]: expected text, got 5']);
    assert.deepEqual(lines(doc({ statusLabels: { 'on-track': '  ' } })), ['statusLabels["on-track"]: must not be empty']);
    assert.deepEqual(lines(doc({ statusLabels: { en: { 'at-risk': null } } })), ['statusLabels.en["at-risk"]: expected text, got null']);
    assert.deepEqual(lines(doc({ statusLabels: { en: { 'on-track': 'x' }, es: 'y' } })), [
      'statusLabels.es: expected an object like {"on-track": "On Target"}, got "y"',
    ]);
    assert.match(lines(doc({ statusLabels: 'On Target' }))[0]!, /^statusLabels: expected an object like \{"on-track": "On Target"\} or \{"en": \{"on-track": "On Target"\}\}, got "On Target"$/);
    assert.match(lines(doc({ statusLabels: ['On Target'] }))[0]!, /^statusLabels: expected an object .*got a list$/);
  });

  it('a per-locale key must be a language tag', () => {
    assert.deepEqual(lines(doc({ statusLabels: { en_US: { 'on-track': 'x' } } })), [
      'statusLabels.en_US: expected a language tag like "en" or "es-MX", got "en_US"',
    ]);
  });

  it('the two forms do not mix', () => {
    const [p] = problems(doc({ statusLabels: { 'on-track': 'On Target', es: { 'on-track': 'En meta' } } }));
    assert.equal(p!.path, 'statusLabels.es');
    assert.equal(p!.message, 'words for one language beside words for every language: use one form or the other');
  });

  it('an unknown status is ignored with a warning (like an unknown field), the other words kept', () => {
    const result = parseDocument(doc({ statusLabels: { on_track: 'On Target', 'at-risk': 'Caution' } }));
    assert.ok(result.ok);
    assert.deepEqual(result.document.statusLabels, { all: { 'at-risk': 'Caution' } });
    assert.deepEqual(result.warnings.map(formatProblem), [
      'statusLabels.on_track: unknown status "on_track" is ignored (the statuses: on-track, at-risk, off-track, no-data)',
    ]);
    const perLocale = parseDocument(doc({ statusLabels: { fr: { 'en-retard': 'x', 'off-track': 'En retard' } } }));
    assert.ok(perLocale.ok);
    assert.deepEqual(perLocale.warnings.map((w) => w.path), ['statusLabels.fr["en-retard"]']);
  });

  it('keys such as __proto__ stay plain keys and pollute nothing', () => {
    const input = JSON.parse('{"civicstat":"1.0","jurisdiction":{"name":"X"},"statusLabels":{"__proto__":{"on-track":"x"},"en":{"on-track":"y"}}}');
    const list = problems(input);
    assert.equal(list[0]!.path, 'statusLabels.__proto__');
    assert.equal(({} as Record<string, unknown>)['on-track'], undefined);
  });
});

describe('statusLabelsFor: which words an element uses', () => {
  const perLocale = parsed(doc({ statusLabels: { en: { 'on-track': 'On Target' }, es: { 'on-track': 'En meta' }, 'fr-CA': { 'on-track': 'Sur la cible' } } })).statusLabels;

  it('the flat form for every language, in the document’s language', () => {
    const labels = parsed(doc({ statusLabels: flat })).statusLabels;
    for (const locale of ['en-US', 'es', 'fr-CA', 'de']) assert.deepEqual(statusLabelsFor(labels, locale, 'en-US'), { words: flat, lang: 'en-US' });
    assert.deepEqual(statusLabelsFor(labels, 'es', undefined), { words: flat, lang: undefined });
  });

  it('per locale: the exact tag, then the language alone, then another tag of the language', () => {
    assert.deepEqual(statusLabelsFor(perLocale, 'es', 'en-US'), { words: { 'on-track': 'En meta' }, lang: 'es' });
    assert.deepEqual(statusLabelsFor(perLocale, 'es-MX', 'en-US'), { words: { 'on-track': 'En meta' }, lang: 'es' });
    assert.deepEqual(statusLabelsFor(perLocale, 'EN-us', 'en-US'), { words: { 'on-track': 'On Target' }, lang: 'en' });
    assert.deepEqual(statusLabelsFor(perLocale, 'fr', 'en-US'), { words: { 'on-track': 'Sur la cible' }, lang: 'fr-CA' });
    const exact = parsed(doc({ statusLabels: { es: { 'on-track': 'A' }, 'es-MX': { 'on-track': 'B' } } })).statusLabels;
    assert.equal(statusLabelsFor(exact, 'es-MX')!.words['on-track'], 'B');
    assert.equal(statusLabelsFor(exact, 'es-AR')!.words['on-track'], 'A');
  });

  it('per locale with no entry for the language, or no labels: none (the library’s words)', () => {
    assert.equal(statusLabelsFor(perLocale, 'de-DE', 'en-US'), undefined);
    assert.equal(statusLabelsFor(undefined, 'en-US'), undefined);
  });
});
