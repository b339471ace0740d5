import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Goal, Measure } from '../../src/core/document';
import { parseDocument } from '../../src/core/parse';
import { planRollup, wholePercents } from '../../src/core/plan';

const goal = (id: string, kind: Goal['kind'], status: Goal['status'], extra: Partial<Goal> = {}): Goal => ({ id, title: id, kind, measures: [], ...(status ? { status } : {}), ...extra });

describe('wholePercents', () => {
  it('rounds so that the parts add up to 100 (largest remainder)', () => {
    // The 2023 certified city's 28 objectives: 3 completed, 17 in progress, 8 not started.
    assert.deepEqual(wholePercents([3, 17, 8]), [11, 61, 28]);
    assert.deepEqual(wholePercents([1, 1, 1]), [34, 33, 33]);
    assert.deepEqual(wholePercents([0, 5]), [0, 100]);
    assert.deepEqual(wholePercents([]), []);
    assert.deepEqual(wholePercents([0, 0]), [0, 0]);
  });
  it('always adds up to 100 for any counts', () => {
    for (let n = 1; n <= 60; n++) {
      const counts = [n % 7, (n * 3) % 11, (n * 5) % 13, 1];
      assert.equal(wholePercents(counts).reduce((a, b) => a + b, 0), 100, String(counts));
    }
  });
});

describe('planRollup', () => {
  const goals: Goal[] = [
    goal('safety', 'goal', 'in-progress', { priority: 'safety' }),
    goal('response', 'objective', 'in-progress', { parent: 'safety', priority: 'safety', department: 'Fire' }),
    goal('station-7', 'project', 'behind', { parent: 'response', priority: 'safety', department: 'Fire' }),
    goal('outreach', 'project', 'ahead', { parent: 'response', priority: 'safety', department: 'Police' }),
    goal('green', 'goal', undefined, { priority: 'green' }),
    goal('canopy', 'objective', 'completed', { parent: 'green', priority: 'green', department: 'Parks' }),
    goal('emissions', 'objective', undefined, { parent: 'green', priority: 'green', department: 'Sustainability' }),
  ];
  const m = (id: string, value: number, target: number, extra: Partial<Measure> = {}): Measure => ({
    id,
    title: id,
    better: 'higher',
    values: [{ period: '2025', value }],
    targets: [{ value: target }],
    tolerance: 0.05,
    comparisons: [],
    ...extra,
  });
  const measures: Measure[] = [
    m('a', 10, 10, { goal: 'response' }),
    m('b', 9.6, 10, { goal: 'station-7', department: 'Fire' }),
    m('c', 5, 10, { goal: 'canopy' }),
    { ...m('d', 1, 1, { goal: 'canopy' }), targets: [] },
  ];
  const doc = { goals, measures };

  it('counts objectives by status (a goal without a status counts as not started), in the status order', () => {
    const r = planRollup(doc);
    assert.equal(r.kind, 'objective');
    assert.equal(r.total, 3);
    assert.deepEqual(
      r.statuses.map((s) => [s.status, s.count, s.percent]),
      [
        ['not-started', 1, 34],
        ['in-progress', 1, 33],
        ['completed', 1, 33],
      ],
    );
  });

  it('filters by kind, priority, department and subtree', () => {
    assert.deepEqual(planRollup(doc, { kind: 'project' }).statuses.map((s) => s.status), ['ahead', 'behind']);
    assert.equal(planRollup(doc, { kind: 'objective', priority: 'green' }).total, 2);
    assert.equal(planRollup(doc, { kind: 'project', department: 'Fire' }).total, 1);
    assert.equal(planRollup(doc, { kind: 'project', under: 'response' }).total, 2);
    assert.equal(planRollup(doc, { kind: 'goal' }).total, 2);
    assert.equal(planRollup(doc, { kind: 'objective', priority: 'nowhere' }).total, 0);
  });

  it('measures: on, at or off track, and no data for a measure without a target', () => {
    const r = planRollup(doc, { kind: 'measure' });
    assert.deepEqual(
      r.statuses.map((s) => [s.status, s.count]),
      [
        ['on-track', 1],
        ['at-risk', 1],
        ['off-track', 1],
        ['no-data', 1],
      ],
    );
    assert.equal(planRollup(doc, { kind: 'measure', priority: 'safety' }).total, 2);
    assert.equal(planRollup(doc, { kind: 'measure', under: 'green' }).total, 2);
    // A measure's department, else its goal's.
    assert.equal(planRollup(doc, { kind: 'measure', department: 'Fire' }).total, 2);
  });

  it('the sample city: percentages add up to 100 for every kind', () => {
    const parsed = parseDocument(readFileSync('demo/riverton.civicstat.json', 'utf8'));
    assert.ok(parsed.ok);
    for (const kind of ['goal', 'objective', 'project', 'measure'] as const) {
      const r = planRollup(parsed.document, { kind });
      assert.ok(r.total > 0, kind);
      assert.equal(r.statuses.reduce((a, s) => a + s.percent, 0), 100, kind);
      assert.equal(r.statuses.reduce((a, s) => a + s.count, 0), r.total, kind);
    }
  });
});
