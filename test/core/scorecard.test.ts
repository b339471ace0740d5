import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../../src/core/parse';
import { scorecardView, searchable } from '../../src/core/scorecard';

describe('searchable', () => {
  it('drops accents and case', () => {
    assert.equal(searchable('Tránsito Público'), 'transito publico');
    assert.equal(searchable('Élan, ÇA'), 'elan, ca');
  });
});

describe('scorecardView on the sample city', () => {
  const parsed = parseDocument(readFileSync('demo/riverton.civicstat.json', 'utf8'));
  assert.ok(parsed.ok);
  const doc = parsed.document;

  it('holds every measure once, grouped in the order of the plan’s priorities', () => {
    const v = scorecardView(doc);
    assert.equal(v.total, doc.measures.length);
    assert.equal(v.shown, doc.measures.length);
    const ids = v.groups.flatMap((g) => g.goals.flatMap((x) => x.measures.map((m) => m.id)));
    assert.equal(new Set(ids).size, doc.measures.length);
    const priorities = doc.goals.filter((g) => g.kind === 'goal').map((g) => g.id);
    const order = v.groups.filter((g) => g.id !== undefined).map((g) => priorities.indexOf(g.id!));
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
  });

  it('filters and searches', () => {
    const safety = scorecardView(doc, { priority: 'quality-of-life-safety' });
    assert.ok(safety.shown > 0 && safety.shown < doc.measures.length);
    assert.ok(safety.groups.every((g) => g.id === 'quality-of-life-safety'));
    assert.equal(scorecardView(doc, { query: 'FIRE response' }).groups[0]!.goals[0]!.measures[0]!.id, 'fire-response-time');
    assert.equal(scorecardView(doc, { query: 'no such words here' }).shown, 0);
  });
});
