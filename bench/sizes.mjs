/**
 * Bundle sizes: raw, gzip (zlib level 9) and brotli (zlib.brotliCompressSync, quality 11)
 * of a dist/ file plus every file it reaches through static relative imports
 * (`import … from "./…"`, `import "./…"`, `export … from "./…"`). Dynamic import() is not followed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// `from"./x"`, `import"./x"` (minified or not); `import("./x")` does not match (the paren).
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*(["'])([^"']+)\1/g;

/** The files `entry` reaches through static imports, itself first; bare specifiers are listed apart. */
export function staticGraph(entry) {
  const files = [];
  const external = new Set();
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
    const code = readFileSync(file, 'utf8');
    for (const [, , spec] of code.matchAll(STATIC_IMPORT)) {
      if (spec.startsWith('./') || spec.startsWith('../')) visit(resolve(dirname(file), spec));
      else external.add(spec);
    }
  };
  visit(resolve(entry));
  return { files, external: [...external] };
}

const KB = 1024;

/** Sizes in bytes of one file or of a set of files measured one by one and summed (as a browser fetches them). */
export function sizesOf(files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const buf = readFileSync(file);
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
    brotli += brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length;
  }
  return { raw, gzip, brotli };
}

/**
 * The rows of the size table, in KB of min+gzip:
 * - `budget`: the goal set for the entry (issue 4), reported as met or not;
 * - `ceiling`: enforced, `npm run build` fails above it (scripts/build.mjs). Where the goal is
 *   met the ceiling is the goal; where it is not, the ceiling is the size the entry has today
 *   with a little room, so that it can only shrink towards the goal, never grow unnoticed.
 * Entries that are not built come back with `missing: true`.
 */
export function bundleRows(root) {
  const dist = join(root, 'dist');
  const rows = [];
  const row = (label, entry, { budget, ceiling = budget, follow = true } = {}) => {
    const path = join(dist, entry);
    if (!existsSync(path)) {
      rows.push({ label, budget, ceiling, missing: true });
      return;
    }
    const graph = follow ? staticGraph(path) : { files: [path], external: [] };
    rows.push({
      label,
      budget,
      ceiling,
      files: graph.files.map((f) => relative(dist, f)),
      external: graph.external,
      ...sizesOf(graph.files),
    });
  };
  row('civicstat.js (one file)', 'civicstat.js', { budget: 25, ceiling: 51.5 });
  row('core.js + imports', 'core.js', { ceiling: 29.5 });
  row('index.js + imports', 'index.js', { ceiling: 64.5 });
  row('data.js + imports', 'data.js', { ceiling: 20 });
  row('kpi-tile.js + imports', 'kpi-tile.js', { budget: 14, ceiling: 32 });
  row('tier-badge.js + imports', 'tier-badge.js', { budget: 12, ceiling: 33.5 });
  row('target-gauge.js + imports', 'target-gauge.js', { ceiling: 33 });
  row('kpi-chart.js + imports (without chart.js)', 'kpi-chart.js', { ceiling: 33.5 });
  row('criteria-checklist.js + imports', 'criteria-checklist.js', { ceiling: 40 });
  row('status-summary.js + imports', 'status-summary.js', { ceiling: 31.5 });
  row('scorecard.js + imports', 'scorecard.js', { ceiling: 34.5 });
  // Files fetched with import() from beside dist/civicstat.js: chart.js (src/charts/chart-js.ts)
  // when a chart is shown, a language's strings when an element shows that language.
  const beside = (pattern, label, options) => {
    const file = readdirSync(dist).find((f) => pattern.test(f));
    if (file) row(`${label} (${file})`, file, { ...options, follow: false });
    else rows.push({ label, ...options, missing: true });
  };
  beside(/^civicstat-chart-js-.*\.js$/, 'chart chunk', { budget: 55 });
  beside(/^civicstat-es-.*\.js$/, 'Spanish strings', { ceiling: 3 });
  beside(/^civicstat-fr-.*\.js$/, 'French strings', { ceiling: 3 });
  return rows;
}

/**
 * What the build says of the rows: `over`, the lines that fail it (a ceiling passed, or an
 * entry with a ceiling not built); `goals`, the goals not met yet, reported.
 */
export function checkSizes(rows) {
  const over = [];
  const goals = [];
  for (const r of rows) {
    if (r.missing) {
      if (r.ceiling !== undefined) over.push(`${r.label}: not built`);
      continue;
    }
    const size = r.gzip / KB;
    if (r.ceiling !== undefined && size > r.ceiling) over.push(`${r.label}: ${size.toFixed(1)} KB gzip, ceiling ${r.ceiling} KB`);
    else if (r.budget !== undefined && size > r.budget) goals.push(`${r.label}: ${size.toFixed(1)} KB gzip, goal ${r.budget} KB (ceiling ${r.ceiling} KB)`);
  }
  return { over, goals };
}

export const kb = (bytes) => (bytes / KB).toFixed(1);
