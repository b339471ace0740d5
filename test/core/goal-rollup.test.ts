/**
 * Goals roll up: a goal without a status of its own gets one from its measures (those it
 * lists, those that name it, and those of the goals under it): two thirds or more on track,
 * in progress; fewer, behind; none with a status, none. The document's status always wins.
 *
 * Run: node --import tsx --test test/core/goal-rollup.test.ts
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Goal, Measure } from '../../src/core/document';
import { goalStatusFromMeasures, planRollup } from '../../src/core/plan';

const goal = (id: string, extra: Partial<Goal> = {}): Goal => ({ id, title: id, kind: 'goal', measures: [], ...extra });
/** A measure on track (value ≥ target), at risk (within 5%), off track, or without figures. */
const m = (id: string, status: 'on' | 'risk' | 'off' | 'none' | 'no-target', extra: Partial<Measure> = {}): Measure => ({
  id,
  title: id,
  better: 'higher',
  values: status === 'none' ? [] : [{ period: '2025', value: { on: 10, risk: 9.8, off: 5, none: 0, 'no-target': 1 }[status] }],
  targets: status === 'no-target' ? [] : [{ value: 10 }],
  tolerance: 0.05,
  comparisons: [],
  ...extra,
});

describe('goalStatusFromMeasures', () => {
  it('two thirds on track or more: in progress; fewer: behind (at risk is not on track)', () => {
    const measures = [m('a', 'on', { goal: 'g' }), m('b', 'on', { goal: 'g' }), m('c', 'off', { goal: 'g' })];
    const doc = { goals: [goal('g')], measures };
    assert.deepEqual(goalStatusFromMeasures(doc, doc.goals[0]!), { status: 'in-progress', counted: 3, onTrack: 2 });
    const behind = { goals: [goal('g')], measures: [m('a', 'on', { goal: 'g' }), m('b', 'risk', { goal: 'g' })] };
    assert.deepEqual(goalStatusFromMeasures(behind, behind.goals[0]!), { status: 'behind', counted: 2, onTrack: 1 });
    const all = { goals: [goal('g')], measures: [m('a', 'on', { goal: 'g' })] };
    // Every measure on track is still "in progress": measures do not say a goal is done or ahead.
    assert.equal(goalStatusFromMeasures(all, all.goals[0]!)!.status, 'in-progress');
  });

  it('measures without figures or without a target are not counted; with none left, no status', () => {
    const doc = { goals: [goal('g')], measures: [m('a', 'none', { goal: 'g' }), m('b', 'no-target', { goal: 'g' })] };
    assert.equal(goalStatusFromMeasures(doc, doc.goals[0]!), undefined);
    const some = { goals: [goal('g')], measures: [m('a', 'none', { goal: 'g' }), m('b', 'off', { goal: 'g' })] };
    assert.deepEqual(goalStatusFromMeasures(some, some.goals[0]!), { status: 'behind', counted: 1, onTrack: 0 });
  });

  it('a measure’s own status counts as given (an explicit at-risk is not on track)', () => {
    const doc = { goals: [goal('g')], measures: [m('a', 'on', { goal: 'g', status: 'at-risk' })] };
    assert.equal(goalStatusFromMeasures(doc, doc.goals[0]!)!.status, 'behind');
  });

  it('measures listed by the goal and naming it, each once; and those of the goals under it', () => {
    const goals = [goal('g', { measures: ['a'] }), goal('o', { kind: 'objective', parent: 'g', measures: ['b'] }), goal('p', { kind: 'project', parent: 'o' })];
    const measures = [m('a', 'on', { goal: 'g' }), m('b', 'on'), m('c', 'off', { goal: 'p' })];
    const doc = { goals, measures };
    assert.deepEqual(goalStatusFromMeasures(doc, goals[0]!), { status: 'in-progress', counted: 3, onTrack: 2 });
    assert.deepEqual(goalStatusFromMeasures(doc, goals[1]!), { status: 'behind', counted: 2, onTrack: 1 });
    assert.deepEqual(goalStatusFromMeasures(doc, goals[2]!), { status: 'behind', counted: 1, onTrack: 0 });
  });
});

describe('planRollup: computed statuses', () => {
  const goals = [
    goal('safety', { status: 'completed' }), // given: wins over its measures (off track)
    goal('green'), // computed: behind
    goal('jobs'), // computed: in progress
    goal('arts'), // nothing to compute from: not started
  ];
  const measures = [m('a', 'off', { goal: 'safety' }), m('b', 'off', { goal: 'green' }), m('c', 'on', { goal: 'jobs' }), m('d', 'none', { goal: 'arts' })];
  const doc = { goals, measures };

  it('counts each goal once, by its own status, else the computed one, else not started; says how many were computed', () => {
    const r = planRollup(doc, { kind: 'goal' });
    assert.equal(r.total, 4);
    assert.equal(r.computed, 2);
    assert.deepEqual(
      r.statuses.map((s) => [s.status, s.count, s.computed]),
      [
        ['not-started', 1, 0],
        ['in-progress', 1, 1],
        ['completed', 1, 0],
        ['behind', 1, 1],
      ],
    );
  });

  it('measures and goals with statuses of their own: nothing computed', () => {
    assert.equal(planRollup(doc, { kind: 'measure' }).computed, 0);
    assert.equal(planRollup({ goals: [goal('g', { status: 'on-hold' })], measures: [m('a', 'on', { goal: 'g' })] }, { kind: 'goal' }).computed, 0);
  });
});
