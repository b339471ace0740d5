import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { bundleRows, checkSizes, staticGraph } from '../../bench/sizes.mjs';
import { readFileSync } from 'node:fs';

const KB = 1024;

describe('size ceilings and goals (npm run build)', () => {
  it('fail the build over a ceiling, or when an entry is not built; report a goal not met', () => {
    const { over, goals } = checkSizes([
      { label: 'a.js', gzip: 30 * KB, budget: 25, ceiling: 31 },
      { label: 'b.js', gzip: 31.2 * KB, budget: 25, ceiling: 31 },
      { label: 'c.js', gzip: 10 * KB, budget: 12, ceiling: 12 },
      { label: 'd.js', missing: true, ceiling: 3 },
      { label: 'e.js', gzip: 99 * KB },
    ]);
    assert.deepEqual(over, ['b.js: 31.2 KB gzip, ceiling 31 KB', 'd.js: not built']);
    assert.deepEqual(goals, ['a.js: 30.0 KB gzip, goal 25 KB (ceiling 31 KB)']);
  });

  it('hold a ceiling for every entry of the package and every file fetched from beside the bundle', { skip: !existsSync('dist/civicstat.js') && 'not built' }, () => {
    const rows = bundleRows(process.cwd());
    for (const r of rows) assert.ok(r.ceiling !== undefined, `${r.label} has a ceiling`);
    const labels = rows.map((r) => r.label).join('\n');
    for (const entry of ['civicstat.js', 'core.js', 'index.js', 'data.js', 'kpi-tile.js', 'tier-badge.js', 'target-gauge.js', 'kpi-chart.js', 'criteria-checklist.js', 'status-summary.js', 'scorecard.js', 'chart chunk', 'Spanish strings', 'French strings']) {
      assert.ok(labels.includes(entry), entry);
    }
    // A goal met is enforced as the ceiling itself.
    const chart = rows.find((r) => r.label.startsWith('chart chunk'))!;
    assert.equal(chart.ceiling, chart.budget);
    assert.deepEqual(checkSizes(rows).over, [], 'the built files are under their ceilings');
  });

  it('what an entry carries: the badge has the programs’ rules without their texts; the tile neither', { skip: !existsSync('dist/civicstat.js') && 'not built' }, () => {
    const code = (entry: string) => staticGraph(`dist/${entry}`).files.map((f: string) => readFileSync(f, 'utf8')).join('\n');
    const label = 'Data for 4 service areas over 2 years';
    const description = 'Performance data collected for 4 service areas over 2 years';
    const badge = code('tier-badge.js');
    assert.ok(badge.includes('ICMA Certificates in Performance Management'), 'the badge names the program');
    assert.ok(!badge.includes(label) && !badge.includes(description), 'no criterion texts in the badge');
    const checklist = code('criteria-checklist.js');
    assert.ok(checklist.includes(label) && checklist.includes(description), 'the checklist has them');
    assert.ok(code('civicstat.js').includes(description), 'and so has the one-file bundle');
    const tile = code('kpi-tile.js');
    assert.ok(!tile.includes('ICMA Certificates in Performance Management') || !tile.includes(description), 'the tile carries no program texts');
    assert.ok(!tile.includes(description));
  });
});
