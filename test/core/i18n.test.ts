import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../src/ui/i18n/en';
import { es } from '../../src/ui/i18n/es';
import { fr } from '../../src/ui/i18n/fr';

// A fresh copy of the module per test: which tables have arrived is module state.
let copy = 0;
const fresh = async () => (await import(`../../src/ui/i18n/index.ts?copy=${++copy}`)) as typeof import('../../src/ui/i18n/index');

/** The leaves of a table, functions called with placeholder arguments. */
const leaves = (table: object, prefix = ''): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(table).flatMap(([key, value]) =>
      typeof value === 'object' ? Object.entries(leaves(value, `${prefix}${key}.`)) : [[`${prefix}${key}`, typeof value]],
    ),
  );

describe('UI strings', () => {
  it('are English at once, and English for a language without a table', async () => {
    const i18n = await fresh();
    assert.equal(i18n.stringsFor('en-US'), en);
    assert.equal(i18n.stringsFor('de-DE'), en);
    assert.equal(i18n.loadStrings('en-GB'), undefined);
    assert.equal(i18n.loadStrings('de'), undefined);
  });

  it('say “loading” in the language while its table is on its way, and are that language once it has arrived', async () => {
    const i18n = await fresh();
    const before = i18n.stringsFor('es-MX');
    assert.equal(before.loading, es.loading);
    assert.equal(before.status['on-track'], en.status['on-track']);
    assert.equal(i18n.stringsFor('fr-CA').loading, fr.loading);
    const pending = i18n.loadStrings('es-MX');
    assert.ok(pending instanceof Promise);
    assert.equal(i18n.loadStrings('es-ES'), pending, 'one fetch per language');
    await pending;
    assert.equal(i18n.loadStrings('es'), undefined);
    assert.equal(i18n.stringsFor('es-US'), es);
    assert.notEqual(i18n.stringsFor('fr').status['on-track'], fr.status['on-track'], 'French was not fetched along');
    await i18n.loadStrings('fr');
    assert.equal(i18n.stringsFor('fr-FR'), fr);
  });

  it('are all there at once in Node entry points', async () => {
    const i18n = await fresh();
    i18n.registerStrings('es', es);
    assert.equal(i18n.loadStrings('es'), undefined);
    assert.equal(i18n.stringsFor('es'), es);
  });

  it('have the same keys, and the same kinds of value, in every language', () => {
    assert.deepEqual(leaves(es), leaves(en));
    assert.deepEqual(leaves(fr), leaves(en));
  });
});

describe('number agreement in sentences with a count', () => {
  it('the chart’s “meet the target”: one district meets it, three meet it (en, es, fr)', () => {
    assert.equal(en.chartMeeting('1', '3', '6.5 min', 1), '1 of 3 meets the target of 6.5 min');
    assert.equal(en.chartMeeting('3', '5', '6.5 min', 3), '3 of 5 meet the target of 6.5 min');
    assert.equal(es.chartMeeting('1', '3', '6,5 min', 1), '1 de 3 alcanza la meta de 6,5 min');
    assert.equal(es.chartMeeting('3', '5', '6,5 min', 3), '3 de 5 alcanzan la meta de 6,5 min');
    assert.equal(fr.chartMeeting('1', '3', '6,5 min', 1), '1 sur 3 atteint l’objectif de 6,5 min');
    assert.equal(fr.chartMeeting('3', '5', '6,5 min', 3), '3 sur 5 atteignent l’objectif de 6,5 min');
  });
});
