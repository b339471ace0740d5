import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Measure } from '../../src/core/document';
import { kpiView, sparklineOf } from '../../src/core/view';

const fire: Measure = {
  id: 'fire-response',
  title: 'Fire response time',
  description: '90th percentile, minutes',
  better: 'lower',
  format: { style: 'unit', unit: 'minute', maximumFractionDigits: 1 },
  values: [
    { period: '2022', value: 7.9 },
    { period: '2023', value: null, note: 'dispatch system change' },
    { period: '2024', value: 7.6 },
    { period: '2025', value: 7.2 },
  ],
  targets: [{ value: 7, label: '2-year', period: '2026' }],
  tolerance: 0.05,
  comparisons: [{ label: 'Peer median', value: 6.1, source: 'ICMA' }],
  narrative: 'First paragraph.\n\n  Second paragraph.  \n',
  source: { name: 'CAD', url: 'https://example.org/cad' },
  frequency: 'annual',
};

describe('kpiView', () => {
  it('formats what the tile shows, in the locale', () => {
    const v = kpiView(fire, { locale: 'en-US', asOf: new Date('2026-03-01') });
    // The 2-year target (2026) is still ahead: 7.2 min is judged against the path from 7.9 min in
    // 2022, which stands at 7.9 − 0.9 × 36/48 = 7.225 min in 2025 (SPEC §2), and is ahead of it.
    assert.equal(v.status, 'on-track');
    assert.equal(v.explanation!.kind, 'path');
    assert.equal(v.explanation!.pace, 'ahead');
    assert.equal(v.explanation!.expected, '7.2 min');
    assert.deepEqual(v.current, { valueText: '7.2 min', period: '2025', periodText: '2025' });
    assert.deepEqual(v.change, { deltaText: '\u22120.4 min', direction: 'down', good: true, previousPeriodText: '2024' });
    assert.deepEqual(v.target, { valueText: '7 min', label: '2-year', periodText: '2026' });
    assert.deepEqual(v.comparisons, [{ label: 'Peer median', valueText: '6.1 min', source: 'ICMA' }]);
    assert.deepEqual(v.narrative, ['First paragraph.', 'Second paragraph.']);
    assert.equal(v.overdue, false);
    assert.equal(v.empty, false);
    const es = kpiView(fire, { locale: 'es-ES', asOf: new Date('2026-03-01') });
    assert.equal(es.current!.valueText, '7,2 min');
  });

  it('flags an overdue measure with its due date', () => {
    const v = kpiView(fire, { locale: 'en-US', asOf: new Date('2027-01-02') });
    assert.equal(v.overdue, true);
    assert.equal(v.due, '2026-12-31');
  });

  it('the empty state: no figures yet', () => {
    const v = kpiView({ ...fire, values: [{ period: '2025', value: null }] }, { locale: 'en-US' });
    assert.equal(v.empty, true);
    assert.equal(v.status, 'no-data');
    assert.equal(v.current, undefined);
    assert.equal(v.sparkline, undefined);
  });
});

describe('sparklineOf', () => {
  it('breaks the line at missing figures and places the target', () => {
    const s = sparklineOf(fire)!;
    assert.equal(s.segments.length, 2);
    assert.deepEqual(s.segments[0], [{ x: 0, y: 1 }]);
    assert.equal(s.segments[1]!.length, 2);
    assert.equal(s.target, 0); // 7 is the lowest of figures and target
    assert.deepEqual(s.last, { x: 1, y: (7.2 - 7) / (7.9 - 7) });
  });
  it('a flat line sits in the middle; one figure gives no line', () => {
    const flat = sparklineOf({ ...fire, targets: [], values: [{ period: '2024', value: 5 }, { period: '2025', value: 5 }] })!;
    assert.deepEqual(flat.segments[0]!.map((p) => p.y), [0.5, 0.5]);
    assert.equal(flat.target, undefined);
    assert.equal(sparklineOf({ ...fire, values: [{ period: '2025', value: 5 }] }), undefined);
  });
});
