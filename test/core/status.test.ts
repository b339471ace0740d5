import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Measure } from '../../src/core/document';
import { currentValue, measureChange, measureProgress, measureStatus, pickTarget, previousValue, statusAgainst } from '../../src/core/status';

const m = (patch: Partial<Measure> = {}): Measure => ({
  id: 'm',
  title: 'M',
  better: 'higher',
  values: [
    { period: '2022', value: 80 },
    { period: '2023', value: 90 },
    { period: '2024', value: null },
  ],
  targets: [{ value: 100 }],
  tolerance: 0.05,
  comparisons: [],
  ...patch,
});

describe('currentValue and previousValue', () => {
  it('take the last entries with a number, skipping nulls', () => {
    assert.deepEqual(currentValue(m()), { period: '2023', value: 90, index: 1 });
    assert.deepEqual(previousValue(m()), { period: '2022', value: 80, index: 0 });
    assert.equal(currentValue(m({ values: [] })), undefined);
    assert.equal(previousValue(m({ values: [{ period: '2024', value: 3 }] })), undefined);
    assert.equal(currentValue(m({ values: [{ period: '2024', value: null }] })), undefined);
  });
});

describe('measureStatus', () => {
  it('higher is better: met, within tolerance, outside it', () => {
    assert.equal(measureStatus(m({ values: [{ period: '2024', value: 100 }] })), 'on-track');
    assert.equal(measureStatus(m({ values: [{ period: '2024', value: 120 }] })), 'on-track');
    assert.equal(measureStatus(m({ values: [{ period: '2024', value: 95 }] })), 'at-risk');
    assert.equal(measureStatus(m({ values: [{ period: '2024', value: 94.99 }] })), 'off-track');
  });

  it('lower is better reverses the sides', () => {
    const lower = (value: number) => m({ better: 'lower', targets: [{ value: 6.5 }], values: [{ period: '2024', value }] });
    assert.equal(measureStatus(lower(6.2)), 'on-track');
    assert.equal(measureStatus(lower(6.5)), 'on-track');
    assert.equal(measureStatus(lower(6.8)), 'at-risk'); // 6.5 × 1.05 = 6.825
    assert.equal(measureStatus(lower(6.825)), 'at-risk');
    assert.equal(measureStatus(lower(6.9)), 'off-track');
  });

  it('uses the measure tolerance, and 0 means no band', () => {
    assert.equal(measureStatus(m({ tolerance: 0.2, values: [{ period: '2024', value: 81 }] })), 'at-risk');
    assert.equal(measureStatus(m({ tolerance: 0, values: [{ period: '2024', value: 99.9 }] })), 'off-track');
  });

  it('does not let floating-point noise flip a met target', () => {
    // 0.1 + 0.2 = 0.30000000000000004
    assert.equal(statusAgainst(0.1 + 0.2, 0.3, 'lower', 0), 'on-track');
    assert.equal(statusAgainst(0.3, 0.1 + 0.2, 'higher', 0), 'on-track');
  });

  it('an explicit status wins; no target means no status; no figure means no-data', () => {
    assert.equal(measureStatus(m({ status: 'off-track', values: [{ period: '2024', value: 200 }] })), 'off-track');
    assert.equal(measureStatus(m({ targets: [] })), undefined);
    assert.equal(measureStatus(m({ values: [] })), 'no-data');
    assert.equal(measureStatus(m({ values: [{ period: '2024', value: null }] })), 'no-data');
  });

  it('a zero target has no tolerance band', () => {
    const zero = (value: number) => m({ better: 'lower', targets: [{ value: 0 }], values: [{ period: '2024', value }] });
    assert.equal(measureStatus(zero(0)), 'on-track');
    assert.equal(measureStatus(zero(1)), 'off-track');
  });
});

describe('measureChange', () => {
  it('is good when it goes the way `better` says', () => {
    const up = measureChange(m())!;
    assert.equal(up.delta, 10);
    assert.equal(up.direction, 'up');
    assert.equal(up.good, true);
    assert.equal(up.relative, 0.125);
    assert.equal(up.previous.period, '2022');
    const lower = measureChange(m({ better: 'lower' }))!;
    assert.equal(lower.good, false);
  });

  it('flat and undefined cases', () => {
    const flat = measureChange(m({ values: [{ period: '2023', value: 5 }, { period: '2024', value: 5 }] }))!;
    assert.equal(flat.direction, 'flat');
    assert.equal(flat.good, undefined);
    assert.equal(flat.delta, 0);
    assert.equal(measureChange(m({ values: [{ period: '2023', value: 0 }, { period: '2024', value: 5 }] }))!.relative, undefined);
    assert.equal(measureChange(m({ values: [{ period: '2024', value: 5 }] })), undefined);
  });
});

describe('pickTarget and measureProgress', () => {
  const targets = [
    { value: 7, label: '2-year', period: '2026' },
    { value: 6, label: '10-year', period: '2034' },
  ];
  it('picks a target by index or label or period', () => {
    const measure = m({ targets });
    assert.equal(pickTarget(measure)!.index, 0);
    assert.equal(pickTarget(measure, 1)!.target.value, 6);
    assert.equal(pickTarget(measure, '1')!.target.value, 6);
    assert.equal(pickTarget(measure, '10-Year')!.index, 1);
    assert.equal(pickTarget(measure, '2034')!.index, 1);
    assert.equal(pickTarget(measure, 'someday'), undefined);
    assert.equal(pickTarget(measure, 5), undefined);
    assert.equal(pickTarget(m({ targets: [] })), undefined);
  });

  it('runs from the baseline to the target, beyond 1 and below 0', () => {
    const lower = (value: number) =>
      m({ better: 'lower', baseline: { value: 8, period: '2019' }, targets, values: [{ period: '2024', value }] });
    assert.equal(measureProgress(lower(7.5))!.progress, 0.5);
    assert.equal(measureProgress(lower(6.5))!.progress, 1.5);
    assert.equal(measureProgress(lower(9))!.progress, -1);
    assert.equal(measureProgress(lower(7.5), '10-year')!.progress, 0.25);
    assert.equal(measureProgress(lower(7.5))!.startFrom, 'baseline');
  });

  it('starts from the first figure without a baseline', () => {
    const p = measureProgress(m())!; // 80 → 90 of 100
    assert.equal(p.start, 80);
    assert.equal(p.startFrom, 'first-value');
    assert.equal(p.progress, 0.5);
  });

  it('baseline equal to target: 1 when met, else 0; undefined without data or target', () => {
    assert.equal(measureProgress(m({ baseline: { value: 100 }, values: [{ period: '2024', value: 101 }] }))!.progress, 1);
    assert.equal(measureProgress(m({ baseline: { value: 100 }, values: [{ period: '2024', value: 99 }] }))!.progress, 0);
    assert.equal(measureProgress(m({ values: [] })), undefined);
    assert.equal(measureProgress(m({ targets: [] })), undefined);
  });
});
