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
 * The rows of the size table. `budget` is min+gzip in KB. Entries that are not built come
 * back with `missing: true`. `enforced`: the build fails when the entry is over its budget
 * (scripts/build.mjs); a budget not yet met is reported, not enforced, so that it can be
 * enforced from the day it is met (see docs/performance.md).
 */
export function bundleRows(root) {
  const dist = join(root, 'dist');
  const rows = [];
  const row = (label, entry, budget, { follow = true, enforced = false } = {}) => {
    const path = join(dist, entry);
    if (!existsSync(path)) {
      rows.push({ label, budget, enforced, missing: true });
      return;
    }
    const graph = follow ? staticGraph(path) : { files: [path], external: [] };
    rows.push({
      label,
      budget,
      enforced,
      files: graph.files.map((f) => relative(dist, f)),
      external: graph.external,
      ...sizesOf(graph.files),
    });
  };
  row('civicstat.js (one file)', 'civicstat.js', 25);
  row('core.js + imports', 'core.js', undefined);
  row('index.js + imports', 'index.js', undefined);
  row('data.js + imports', 'data.js', undefined);
  row('kpi-tile.js + imports', 'kpi-tile.js', 14);
  row('tier-badge.js + imports', 'tier-badge.js', 12);
  row('target-gauge.js + imports', 'target-gauge.js', undefined);
  row('kpi-chart.js + imports (without chart.js)', 'kpi-chart.js', undefined);
  row('criteria-checklist.js + imports', 'criteria-checklist.js', undefined);
  // The chart chunk: the one that carries chart.js (src/charts/chart-js.ts), fetched by
  // <civic-kpi-chart> with import() beside dist/civicstat.js.
  const chart = readdirSync(dist).find((f) => /^civicstat-chart-js-.*\.js$/.test(f));
  if (chart) row(`chart chunk (${chart})`, chart, 55, { follow: false, enforced: true });
  else rows.push({ label: 'chart chunk', budget: 55, missing: true });
  return rows;
}

export const kb = (bytes) => (bytes / KB).toFixed(1);
