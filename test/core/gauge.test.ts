import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Measure } from '../../src/core/document';
import { gaugeScale, gaugeView, niceStep } from '../../src/core/gauge';

/** Response time: lower is better, 8.1 → 7.4 min, targets 7.0 (primary) and 6.5, 10% tolerance. */
const response: Measure = {
  id: 'fire-response',
  title: 'Fire response time',
  better: 'lower',
  format: { style: 'unit', unit: 'minute', minimumFractionDigits: 1, maximumFractionDigits: 1 },
  values: [
    { period: '2024-Q1', value: 8.1 },
    { period: '2025-Q4', value: 7.6 },
    { period: '2026-Q1', value: 7.4 },
  ],
  targets: [
    { value: 7.0, label: '2-year target', period: '2027' },
    { value: 6.5, label: '10-year target', period: '2035' },
  ],
  baseline: { value: 8.1, period: '2024-Q1' },
  tolerance: 0.1,
  comparisons: [],
};

/** Tree canopy: higher is better, a percentage, no baseline, 5% tolerance. */
const canopy: Measure = {
  id: 'canopy',
  title: 'Tree canopy',
  better: 'higher',
  format: { style: 'percent', maximumFractionDigits: 1 },
  values: [
    { period: '2020', value: 0.28 },
    { period: '2025', value: 0.31 },
  ],
  targets: [{ value: 0.4, period: '2035' }],
  tolerance: 0.05,
  comparisons: [],
};

const close = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);

describe('niceStep and gaugeScale', () => {
  it('pick round steps: 1, 2, 2.5 or 5 × 10ⁿ', () => {
    assert.equal(niceStep(10, 4), 2.5);
    assert.equal(niceStep(8.9, 4), 2.5);
    assert.equal(niceStep(1, 4), 0.25);
    assert.equal(niceStep(700, 4), 200);
    assert.equal(niceStep(0, 4), 1);
    assert.equal(niceStep(Number.NaN, 4), 1);
  });

  it('start at zero for positive figures and end a little past the largest, on a step', () => {
    assert.deepEqual(gaugeScale([7.4, 7.0, 8.1]), { min: 0, max: 10, step: 2.5 });
    assert.deepEqual(gaugeScale([0.31, 0.4]), { min: 0, max: 0.5, step: 0.1 });
  });

  it('reach below zero for negative figures, and never collapse to nothing', () => {
    const { min, max } = gaugeScale([-3, 2]);
    assert.ok(min <= -3 && max >= 2, `${min}…${max}`);
    assert.deepEqual(gaugeScale([0, 0]), { min: 0, max: 1, step: 0.25 });
  });
});

describe('gaugeView: lower is better', () => {
  const v = gaugeView(response, { locale: 'en-US' })!;

  it('places value, target and baseline on a scale from zero', () => {
    assert.deepEqual(v.scale, { min: 0, max: 10 });
    close(v.current!.x, 0.74, 'value');
    close(v.target.x, 0.7, 'target');
    close(v.start!.x, 0.81, 'baseline');
    assert.equal(v.origin, 0);
    assert.deepEqual(
      v.ticks.map((t) => t.text),
      ['0.0 min', '2.5 min', '5.0 min', '7.5 min', '10.0 min'],
    );
  });

  // The 2027 target is still ahead: the bands lie around the straight path from the baseline
  // (8.1 in 2024-Q1) to 7.0 by 2027, which stands at 8.1 − 1.1 × 24/45 ≈ 7.51 in 2026-Q1 (SPEC §2).
  it('puts on track below the path, then at risk up to path + tolerance, then off track', () => {
    assert.deepEqual(
      v.bands.map((b) => b.status),
      ['on-track', 'at-risk', 'off-track'],
    );
    const [good, risk, bad] = v.bands;
    close(good!.from, 0, 'on-track from');
    close(good!.to, (8.1 - (1.1 * 24) / 45) / 10, 'on-track to');
    close(risk!.to, ((8.1 - (1.1 * 24) / 45) * 1.1) / 10, 'at-risk to');
    close(bad!.to, 1, 'off-track to');
    assert.deepEqual(good!.range, { kind: 'at-most', valueText: '7.5 min' });
    assert.deepEqual(risk!.range, { kind: 'between', fromText: '7.5 min', toText: '8.3 min' });
    assert.deepEqual(bad!.range, { kind: 'above', valueText: '8.3 min' });
    assert.equal(v.path!.valueText, '7.5 min');
    assert.equal(v.path!.periodText, 'Q1 2026');
  });

  it('writes out value, target, baseline, status and progress', () => {
    // 7.4 min is ahead of the path (7.5 min); against the final 7.0 min alone it would be at risk.
    assert.equal(v.status, 'on-track');
    assert.equal(v.explanation!.kind, 'path');
    assert.equal(v.explanation!.pace, 'ahead');
    assert.deepEqual(
      { valueText: v.current!.valueText, periodText: v.current!.periodText },
      { valueText: '7.4 min', periodText: 'Q1 2026' },
    );
    assert.equal(v.target.valueText, '7.0 min');
    assert.equal(v.target.label, '2-year target');
    assert.equal(v.target.periodText, '2027');
    assert.equal(v.start!.from, 'baseline');
    assert.equal(v.start!.periodText, 'Q1 2024');
    close(v.progress!.share, 0.7 / 1.1, 'progress');
    assert.equal(v.progress!.text, '64%');
  });

  it('picks another target by label, index or period, and judges the status against it', () => {
    for (const which of ['10-year target', '1', '2035']) {
      const other = gaugeView(response, { locale: 'en-US', target: which })!;
      assert.equal(other.target.valueText, '6.5 min', which);
      assert.equal(other.target.index, 1);
      // On the path to 6.5 by 2035 (8.1 − 1.6 × 24/141 ≈ 7.83 now), 7.4 min is ahead.
      assert.equal(other.status, 'on-track', which);
      assert.equal(other.progress!.text, '44%');
    }
    assert.equal(gaugeView(response, { locale: 'en-US', target: '2040' }), undefined);
    assert.equal(gaugeView({ ...response, targets: [] }, { locale: 'en-US' }), undefined);
  });

  it('keeps an explicit status for the primary target only', () => {
    const stated = { ...response, status: 'off-track' as const };
    assert.equal(gaugeView(stated, { locale: 'en-US' })!.status, 'off-track');
    assert.equal(gaugeView(stated, { locale: 'en-US', target: 1 })!.status, 'on-track');
  });

  it('formats in the locale', () => {
    const es = gaugeView(response, { locale: 'es-ES' })!;
    assert.equal(es.current!.valueText, '7,4 min');
    assert.equal(es.progress!.text, new Intl.NumberFormat('es-ES', { style: 'percent', maximumFractionDigits: 0 }).format(0.7 / 1.1));
    const fr = gaugeView(response, { locale: 'fr-FR' })!;
    assert.equal(fr.target.valueText, new Intl.NumberFormat('fr-FR', { style: 'unit', unit: 'minute', minimumFractionDigits: 1 }).format(7));
  });
});

describe('gaugeView: higher is better', () => {
  const v = gaugeView(canopy, { locale: 'en-US' })!;

  // 28% in 2020 toward 40% by 2035: the path stands at 32% in 2025, so the bands lie around 32%.
  it('mirrors the bands: off track, at risk, on track from the path up', () => {
    assert.deepEqual(
      v.bands.map((b) => [b.status, b.range.kind]),
      [
        ['off-track', 'below'],
        ['at-risk', 'between'],
        ['on-track', 'at-least'],
      ],
    );
    assert.deepEqual(v.scale, { min: 0, max: 0.5 });
    close(v.bands[1]!.from, 0.304 / 0.5, 'at-risk from');
    close(v.bands[2]!.from, 0.64, 'on-track from');
    assert.deepEqual(v.bands[0]!.range, { kind: 'below', valueText: '30.4%' });
  });

  it('counts progress from the first figure when there is no baseline', () => {
    assert.equal(v.start!.from, 'first-value');
    assert.equal(v.start!.periodText, '2020');
    close(v.progress!.share, 0.25, 'progress');
    // 31% is within 5% of the path's 32% (against the final 40% it would be off track).
    assert.equal(v.status, 'at-risk');
  });

  it('clamps progress for drawing but keeps the real share in words', () => {
    const passed = gaugeView({ ...canopy, values: [...canopy.values, { period: '2026', value: 0.43 }] }, { locale: 'en-US' })!;
    close(passed.progress!.share, 1.25, 'share');
    assert.equal(passed.progress!.clamped, 1);
    assert.equal(passed.progress!.text, '125%');
    assert.equal(passed.status, 'on-track');
    const lost = gaugeView({ ...canopy, values: [...canopy.values, { period: '2026', value: 0.25 }] }, { locale: 'en-US' })!;
    assert.ok(lost.progress!.share < 0);
    assert.equal(lost.progress!.clamped, 0);
  });
});

describe('gaugeView: edge cases', () => {
  it('has no at-risk band without tolerance, and names an empty on-track band (a target of zero)', () => {
    const deaths: Measure = {
      id: 'deaths',
      title: 'Traffic deaths',
      better: 'lower',
      values: [{ period: '2025', value: 12 }],
      // Due now (judged against the target itself, not a path to it).
      targets: [{ value: 0, period: '2025' }],
      baseline: { value: 15, period: '2020' },
      tolerance: 0.05,
      comparisons: [],
    };
    const v = gaugeView(deaths, { locale: 'en-US' })!;
    // 5% of a zero target is zero: there is no at-risk band.
    assert.deepEqual(
      v.bands.map((b) => b.status),
      ['on-track', 'off-track'],
    );
    assert.equal(v.bands[0]!.to - v.bands[0]!.from, 0);
    assert.deepEqual(v.bands[0]!.range, { kind: 'at-most', valueText: '0' });
    close(v.progress!.share, 0.2, 'progress');
  });

  it('shows the target, bands and baseline for a measure with no figures yet', () => {
    const v = gaugeView({ ...canopy, values: [], baseline: { value: 0.3, period: '2019' } }, { locale: 'en-US' })!;
    assert.equal(v.empty, true);
    assert.equal(v.current, undefined);
    assert.equal(v.progress, undefined);
    assert.equal(v.status, 'no-data');
    assert.equal(v.start!.valueText, '30%');
    assert.equal(v.bands.length, 3);
  });

  it('handles negative figures: the bar starts at zero, inside the scale', () => {
    const balance: Measure = {
      id: 'balance',
      title: 'Budget balance',
      better: 'higher',
      values: [{ period: '2025', value: -2 }],
      targets: [{ value: 1 }],
      tolerance: 0,
      comparisons: [],
    };
    const v = gaugeView(balance, { locale: 'en-US' })!;
    assert.ok(v.scale.min < -2, String(v.scale.min));
    assert.ok(v.origin > 0 && v.origin < 1, String(v.origin));
    assert.ok(v.current!.x < v.origin);
  });
});
