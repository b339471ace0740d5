import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Measure } from '../../src/core/document';
import { currentValue, measureAssessment, measureChange, measureProgress, measureStatus, pickTarget, previousValue, statusAgainst } from '../../src/core/status';

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

describe('measureAssessment: on pace toward a long-horizon target', () => {
  // 20 in 2025 toward 40 by 2035: the path gains 2 a year, so it stands at 24 in 2027.
  const canopy = (value: number | null, period = '2027', patch: Partial<Measure> = {}): Measure =>
    m({
      values: [
        { period: '2025', value: 20 },
        { period, value },
      ],
      baseline: { value: 20, period: '2025' },
      targets: [{ value: 40, period: '2035' }],
      ...patch,
    });

  it('exactly on the path is on track, judged against the path', () => {
    const a = measureAssessment(canopy(24))!;
    assert.equal(a.status, 'on-track');
    assert.equal(a.basis, 'path');
    assert.equal(a.pathValue, 24);
    assert.equal(a.expected, 24);
    assert.equal(a.elapsed, 0.2);
    assert.deepEqual(a.start, { value: 20, period: '2025', from: 'baseline' });
    assert.equal(a.gap, 0);
    assert.equal(measureStatus(canopy(24)), 'on-track');
    // The same value against the final target would be off track.
    assert.equal(statusAgainst(24, 40, 'higher', 0.05), 'off-track');
  });

  it('one tolerance off the path: just inside is at risk, just outside off track', () => {
    // 5% of 24 is 1.2: at risk down to 22.8.
    assert.equal(measureStatus(canopy(24.5)), 'on-track');
    assert.equal(measureStatus(canopy(23.9)), 'at-risk');
    assert.equal(measureStatus(canopy(22.8)), 'at-risk');
    assert.equal(measureStatus(canopy(22.79)), 'off-track');
    const a = measureAssessment(canopy(22.8))!;
    assert.ok(Math.abs(a.gap! - 1.2) < 1e-9);
  });

  it('in the target period itself, and after it, the value is judged against the target', () => {
    const at = measureAssessment(canopy(38, '2035'))!;
    assert.equal(at.basis, 'target');
    assert.equal(at.status, 'at-risk'); // 40 − 5% = 38
    assert.equal(at.pathValue, undefined);
    const passed = measureAssessment(canopy(30, '2036'))!;
    assert.equal(passed.basis, 'target');
    assert.equal(passed.status, 'off-track');
    // A month inside the target year is still before the target's end: on the path, nearly at 40.
    assert.equal(measureAssessment(canopy(39.9, '2035-11'))!.basis, 'path');
  });

  it('a target without a period, or no start with a period before now, is judged as today', () => {
    assert.equal(measureAssessment(canopy(24, '2027', { targets: [{ value: 40 }] }))!.basis, 'target');
    assert.equal(measureStatus(canopy(24, '2027', { targets: [{ value: 40 }] })), 'off-track');
    // Baseline without a period and a single figure: the start would be the current value itself.
    const single = m({ values: [{ period: '2027', value: 24 }], baseline: { value: 20 }, targets: [{ value: 40, period: '2035' }] });
    assert.equal(measureAssessment(single)!.basis, 'target');
    assert.equal(measureStatus(single), 'off-track');
    // A baseline dated at the current period (or later) gives no path either.
    assert.equal(measureAssessment(canopy(24, '2027', { baseline: { value: 20, period: '2027' } }))!.basis, 'target');
  });

  it('a baseline without a period falls back to the first figure', () => {
    const a = measureAssessment(canopy(24, '2027', { baseline: { value: 10 } }))!;
    assert.equal(a.basis, 'path');
    assert.deepEqual(a.start, { value: 20, period: '2025', from: 'first-value' });
    assert.equal(a.pathValue, 24);
  });

  it('a start that already meets the target leaves no path: judged as today', () => {
    const a = measureAssessment(canopy(41, '2027', { baseline: { value: 45, period: '2025' } }))!;
    assert.equal(a.basis, 'target');
    assert.equal(a.status, 'on-track');
  });

  it('fiscal years (July start): FY2024 → FY2034, two years in at FY2026', () => {
    const fy = m({
      values: [{ period: 'FY2026', value: 24 }],
      baseline: { value: 20, period: 'FY2024' },
      targets: [{ value: 40, period: 'FY2034' }],
    });
    const a = measureAssessment(fy)!;
    assert.equal(a.basis, 'path');
    assert.equal(a.elapsed, 0.2);
    assert.equal(a.status, 'on-track');
    assert.equal(measureStatus({ ...fy, values: [{ period: 'FY2026', value: 22.79 }] }), 'off-track');
  });

  it('quarters, lower is better: 100 at the end of 2024 toward 40 by 2029-Q4', () => {
    // 18 of 60 months gone by 2026-Q2: the path is at 100 − 60 × 0.3 = 82; 5% of 82 is 4.1.
    const q = (value: number) =>
      m({
        better: 'lower',
        values: [{ period: '2026-Q2', value }],
        baseline: { value: 100, period: '2024-Q4' },
        targets: [{ value: 40, period: '2029-Q4' }],
      });
    assert.equal(measureAssessment(q(82))!.pathValue, 82);
    assert.equal(measureStatus(q(82)), 'on-track');
    assert.equal(measureStatus(q(70)), 'on-track');
    assert.equal(measureStatus(q(86.1)), 'at-risk');
    assert.equal(measureStatus(q(86.2)), 'off-track');
    assert.equal(measureAssessment(q(86.2))!.basis, 'path');
  });

  it('periods of different kinds share one time line (dates and months)', () => {
    const d = m({
      values: [{ period: '2026-07', value: 30 }],
      baseline: { value: 20, period: '2025-12-31' },
      targets: [{ value: 40, period: '2026-12' }],
    });
    // From 2026-01-01 to 2027-01-01, now at 2026-08-01: 7 of 12 months.
    const a = measureAssessment(d)!;
    assert.ok(Math.abs(a.elapsed! - 7 / 12) < 1e-12);
  });

  it('an explicit status still wins; no figure gives no-data; a later target can be chosen', () => {
    const a = measureAssessment(canopy(10, '2027', { status: 'on-track' }))!;
    assert.equal(a.status, 'on-track');
    assert.equal(a.basis, 'explicit');
    assert.equal(measureAssessment(canopy(null, '2027', { values: [{ period: '2027', value: null }] }))!.status, 'no-data');
    const two = canopy(24, '2027', { targets: [{ value: 30 }, { value: 40, period: '2035', label: '10-year' }], status: 'off-track' });
    assert.equal(measureAssessment(two)!.basis, 'explicit');
    const later = measureAssessment(two, '10-year')!;
    assert.equal(later.basis, 'path');
    assert.equal(later.status, 'on-track');
    assert.equal(later.targetIndex, 1);
  });
});
