import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Measure } from '../../src/core/document';
import { chartView } from '../../src/core/chart';

const response: Measure = {
  id: 'fire-response',
  title: 'Fire response time',
  better: 'lower',
  format: { style: 'unit', unit: 'minute', minimumFractionDigits: 1, maximumFractionDigits: 1 },
  values: [
    { period: '2019', value: 7.9 },
    { period: '2020', value: null, note: 'dispatch system change' },
    { period: '2025', value: 7.2 },
  ],
  targets: [
    { value: 6.5, label: '10-year target', period: '2030' },
    { value: 7.0, period: '2027' },
  ],
  baseline: { value: 7.9, period: '2019' },
  tolerance: 0.05,
  comparisons: [
    { label: 'City of Lakeport', value: 7.0 },
    { label: 'National median', value: 7.6 },
  ],
  breakdown: {
    dimension: 'Council district',
    items: [
      { label: 'District 1', value: 6.4 },
      { label: 'District 2', value: 7.1 },
      { label: 'District 3', value: 8.6 },
    ],
  },
};
const options = { locale: 'en-US', ownLabel: 'City of Testville' };

describe('chartView: trend', () => {
  const v = chartView(response, 'trend', options);
  it('has one point per period, a gap where a period has no figure, and its note', () => {
    assert.deepEqual(
      v.points.map((p) => [p.label, p.value, p.valueText]),
      [
        ['2019', 7.9, '7.9 min'],
        ['2020', null, '–'],
        ['2025', 7.2, '7.2 min'],
      ],
    );
    assert.equal(v.points[1]!.note, 'dispatch system change');
  });
  it('draws every target and the baseline as lines', () => {
    assert.deepEqual(
      v.targets.map((t) => [t.valueText, t.label, t.periodText]),
      [
        ['6.5 min', '10-year target', '2030'],
        ['7.0 min', undefined, '2027'],
      ],
    );
    assert.equal(v.baseline!.valueText, '7.9 min');
  });
  it('sums up from the first to the last figure, with the primary target', () => {
    const { status, ...summary } = v.summary as Extract<typeof v.summary, { kind: 'trend' }>;
    // Why the status: on the path from 7.9 min (2019) to 6.5 min by 2030, 7.1 min in 2025.
    assert.equal(status!.kind, 'path');
    assert.equal(status!.pace, 'slightly-behind');
    assert.equal(status!.expected, '7.1 min');
    assert.deepEqual(summary, {
      kind: 'trend',
      first: { valueText: '7.9 min', periodText: '2019' },
      last: { valueText: '7.2 min', periodText: '2025' },
      direction: 'down',
      good: true,
      target: { value: 6.5, valueText: '6.5 min', label: '10-year target', periodText: '2030' },
    });
  });
  it('has no summary without figures (the element shows its empty state)', () => {
    assert.equal(chartView({ ...response, values: [] }, 'trend', options).summary, undefined);
  });
  it('formats axis numbers in the locale', () => {
    assert.equal(chartView(response, 'trend', { ...options, locale: 'es-ES' }).format(7), '7,0 min');
  });
});

describe('chartView: comparison', () => {
  it('puts the city first, marked as its own, beside its comparisons', () => {
    const v = chartView(response, 'comparison', options);
    assert.deepEqual(
      v.points.map((p) => [p.label, p.value, p.own === true]),
      [
        ['City of Testville', 7.2, true],
        ['City of Lakeport', 7.0, false],
        ['National median', 7.6, false],
      ],
    );
    assert.equal(v.summary!.kind, 'comparison');
    assert.deepEqual(v.targets, []);
  });
  it('has no summary without comparisons or without a current figure', () => {
    assert.equal(chartView({ ...response, comparisons: [] }, 'comparison', options).summary, undefined);
    assert.equal(chartView({ ...response, values: [] }, 'comparison', options).summary, undefined);
  });
});

describe('chartView: breakdown', () => {
  it('has the groups, the primary target, and which groups meet it (lower is better)', () => {
    const v = chartView(response, 'breakdown', options);
    assert.equal(v.dimension, 'Council district');
    assert.deepEqual(
      v.points.map((p) => [p.label, p.meetsTarget]),
      [
        ['District 1', true],
        ['District 2', false],
        ['District 3', false],
      ],
    );
    assert.deepEqual(v.targets.map((t) => t.value), [6.5]);
    const s = v.summary!;
    assert.ok(s.kind === 'breakdown');
    assert.equal(s.highest.label, 'District 3');
    assert.equal(s.lowest.label, 'District 1');
    assert.equal(s.meeting, 1);
    assert.equal(s.total, 3);
  });
  it('higher is better: a group meets the target at or above it', () => {
    const v = chartView({ ...response, better: 'higher' }, 'breakdown', options);
    assert.deepEqual(
      v.points.map((p) => p.meetsTarget),
      [false, true, true],
    );
  });
  it('without a target: no target line and no count of groups meeting it', () => {
    const v = chartView({ ...response, targets: [] }, 'breakdown', options);
    assert.deepEqual(v.targets, []);
    const s = v.summary!;
    assert.ok(s.kind === 'breakdown');
    assert.equal(s.meeting, undefined);
    assert.equal(v.points[0]!.meetsTarget, undefined);
  });
  it('has no summary without a breakdown', () => {
    const { breakdown: _omit, ...rest } = response;
    assert.equal(chartView(rest, 'breakdown', options).summary, undefined);
  });
});
