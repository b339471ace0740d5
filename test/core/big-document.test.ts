/**
 * A big document (bench/big-document.mjs: 5,000 measures of 40 periods each, every measure
 * field in use) parses with no problems and no warnings, and the KPI view of a measure in it
 * works. `npm run bench` (section 6) times the same parse.
 *
 * Run: npx tsx --test test/core/big-document.test.ts
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeBigDocument } from '../../bench/big-document.mjs';
import { parseDocument } from '../../src/core/parse';
import { kpiView } from '../../src/core/view';

describe('a big document', () => {
  const text = JSON.stringify(makeBigDocument());
  let parsed: ReturnType<typeof parseDocument> | undefined;
  const parse = () => (parsed ??= parseDocument(text));

  it('is the same document on every run (seeded)', () => {
    assert.equal(JSON.stringify(makeBigDocument()), text);
    assert.notEqual(JSON.stringify(makeBigDocument({ seed: 1 })), text);
  });

  it('of 5,000 measures with 40 periods each parses with no problems', () => {
    const result = parse();
    assert.ok(result.ok, result.ok ? '' : result.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join('\n'));
    assert.deepEqual(result.warnings, []);
    const { measures, goals } = result.document;
    assert.equal(measures.length, 5000);
    assert.ok(measures.every((m) => m.values.length === 40));
    assert.equal(goals.length, 50);
    assert.equal(new Set(measures.map((m) => m.id)).size, 5000);
  });

  it('gives the KPI view of a measure in it', () => {
    const result = parse();
    assert.ok(result.ok);
    const measure = result.document.measures.find((m) => m.id === 'm-2500');
    assert.ok(measure);
    const view = kpiView(measure, { locale: 'en-US', asOf: new Date('2026-01-15T00:00:00Z') });
    assert.equal(view.id, 'm-2500');
    assert.equal(view.title, 'Big document measure 2501');
    assert.equal(view.empty, false);
    const last = [...measure.values].reverse().find((v) => v.value !== null)!;
    assert.equal(view.current?.period, last.period);
    assert.ok(view.current?.valueText);
    assert.ok(view.target?.valueText);
    assert.ok(view.change?.deltaText);
    assert.equal(view.comparisons.length, 2);
    assert.ok(view.sparkline && view.sparkline.segments.flat().length === measure.values.filter((v) => v.value !== null).length);
    assert.deepEqual(view.narrative, ['Measure 2501 moved with the season.', 'The department reviews it every cycle.']);
    assert.equal(view.overdue, false);
  });
});
