#!/usr/bin/env node
/**
 * `npm run bench`: a benchmark, not a test. Prints bundle sizes against their goals and ceilings, the
 * render time of 1000 KPI tiles against a plain-DOM baseline and against tiles whose
 * sparkline is a chart.js canvas, how many of 100 charts on a long page draw before any
 * scrolling, how many requests 200 tiles naming one `src` make, and the layout shift of the
 * demo page when its document arrives 1 s late, all in headless Chromium; and, in Node, the parse
 * time of a document of 5,000 measures with 40 periods each. Exits 0 whatever
 * the figures; non-zero only when a part could not be measured at all (no build, no
 * browser, a page error).
 *
 *   npm run bench                  print the tables
 *   npm run bench -- --runs 9      runs per render variant (default 7, at least 5)
 *   npm run bench -- --write       also rewrite docs/performance.md with this run's tables
 *
 * CHROME_PATH overrides the browser (default /usr/bin/chromium).
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { timeBigDocument } from './big-document.mjs';
import { bundleRows, kb } from './sizes.mjs';
import { startServer } from './server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const argValue = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const RUNS = Math.max(5, Number(argValue('--runs', 7)) || 7);
const WRITE = args.includes('--write');
const TILES = 1000;
const REQUEST_TILES = 200;
const LATE_MS = 1000;
const CLS_RUNS = 5;
/** demo/plan.html as `civicstat render` writes it, beside it for the run (and removed after). */
const PRERENDERED_PLAN = 'plan.prerendered.html';
/** The screen (what CLS counts) and a window tall enough to hold the whole demo page. */
const CLS_VIEWPORTS = [
  { label: 'screen 1280×900', page: '/', width: 1280, height: 900 },
  { label: 'phone 390×844', page: '/', width: 390, height: 844, mobile: true },
  { label: 'whole page (1280×6000)', page: '/', width: 1280, height: 6000 },
  { label: 'plan page, screen 1280×900', page: '/plan.html', width: 1280, height: 900 },
  { label: 'plan page, phone 390×844', page: '/plan.html', width: 390, height: 844, mobile: true },
  // The plan page after `civicstat render`: the figures are in the HTML, nothing waits for the document.
  { label: 'plan page pre-rendered, screen', page: `/${PRERENDERED_PLAN}`, width: 1280, height: 900 },
  { label: 'plan page pre-rendered, phone', page: `/${PRERENDERED_PLAN}`, width: 390, height: 844, mobile: true },
];
const FLAGS = [...CHROMIUM_FLAGS, '--js-flags=--expose-gc'];

const failures = [];
const out = [];
const say = (line = '') => {
  out.push(line);
  console.log(line);
};

/** A plain text table: first column left-aligned, the others right-aligned. */
function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const fmt = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [fmt(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(fmt)].join('\n');
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (x === undefined ? '' : x.toFixed(1));

// ---------------------------------------------------------------- build
if (!existsSync(join(root, 'dist', 'civicstat.js')) || !existsSync(join(root, 'dist', 'core.js'))) {
  console.error('bench: dist/ is missing; running npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('bench: npm run build failed; nothing to measure');
    process.exit(1);
  }
}

// ---------------------------------------------------------------- machine
const cpuModel =
  readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown CPU';
const cores = cpus().length;
let commit = '';
try {
  commit = execSync('git rev-parse --short HEAD', { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  const dirty = execSync('git status --porcelain -- src', { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  if (dirty) commit += ' (src/ modified)';
} catch {
  /* not a git checkout */
}

// ---------------------------------------------------------------- 1. sizes
const sizeLines = [];
try {
  const rows = bundleRows(root).map((r) => {
    const goal = r.budget !== undefined ? `≤ ${r.budget}` : '—';
    const ceiling = r.ceiling !== undefined ? `≤ ${r.ceiling}` : '—';
    if (r.missing) return [r.label, '', '', '', goal, ceiling, 'not built'];
    const size = r.gzip / 1024;
    const verdict = r.ceiling !== undefined && size > r.ceiling ? 'OVER CEILING' : r.budget === undefined ? '' : size <= r.budget ? 'met' : 'not met';
    return [r.label, kb(r.raw), kb(r.gzip), kb(r.brotli), goal, ceiling, verdict];
  });
  sizeLines.push(table(['bundle (with static imports)', 'raw KB', 'gzip KB', 'brotli KB', 'goal (gzip)', 'ceiling', 'verdict'], rows));
  const detail = bundleRows(root).filter((r) => !r.missing && r.files.length > 1);
  for (const r of detail) sizeLines.push(`  ${r.label}: ${r.files.join(' + ')}`);
  const external = [...new Set(bundleRows(root).flatMap((r) => r.external ?? []))];
  if (external.length) sizeLines.push(`  not counted (bare imports, not in dist/): ${external.join(', ')}`);
} catch (error) {
  failures.push(`sizes: ${error.message}`);
  sizeLines.push(`could not measure: ${error.message}`);
}

// ---------------------------------------------------------------- 2 + 3. browser
let chromiumVersion = 'not run';
let buildWarning = '';
const renderLines = [];
const requestLines = [];
const chartLines = [];
const scorecardLines = [];
const clsLines = [];
let server;
let browser;
let profile;
try {
  const { default: puppeteer } = await import('puppeteer-core');
  server = await startServer(root);
  profile = mkdtempSync(join(tmpdir(), 'civicstat-bench-'));
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, userDataDir: profile, args: FLAGS });
  chromiumVersion = (await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium ');

  const openPage = async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') console.error(`bench page: ${msg.text()}`);
    });
    await page.goto(`${server.origin}/bench/render.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench !== undefined, { timeout: 20000 });
    const undefinedTags = await page.evaluate(() => window.bench.undefinedTags);
    if (undefinedTags.length) {
      buildWarning = `dist/civicstat.js defined no ${undefinedTags.map((t) => `<${t}>`).join(', ')} on load (a broken build); the bench defined them from the bundle's exports`;
    }
    return page;
  };

  // 2. render
  try {
    const page = await openPage();
    const results = { lit: [], plain: [], chartjs: [] };
    const runOnce = (variant) =>
      page.evaluate(async (variant, n) => {
        window.gc?.();
        return window.bench[variant](n);
      }, variant, TILES);
    // One warm-up of each (JIT, formatter caches, style sheets), then interleaved measured runs.
    await runOnce('lit');
    await runOnce('plain');
    await runOnce('chartjs');
    for (let i = 0; i < RUNS; i++) {
      for (const variant of i % 2 ? ['plain', 'chartjs', 'lit'] : ['lit', 'chartjs', 'plain']) {
        const r = await runOnce(variant);
        if (r.rendered !== TILES) throw new Error(`${variant}: only ${r.rendered} of ${TILES} tiles showed a value`);
        results[variant].push(r);
      }
    }
    await page.close();
    const summary = (rs, key) => ({ median: median(rs.map((r) => r[key])), min: Math.min(...rs.map((r) => r[key])), max: Math.max(...rs.map((r) => r[key])) });
    const s = {};
    for (const variant of ['lit', 'plain', 'chartjs']) for (const key of ['create', 'insertToFrame', 'total']) s[`${variant}.${key}`] = summary(results[variant], key);
    const range = (x) => `${ms(x.min)}–${ms(x.max)}`;
    renderLines.push(
      table(
        [`${TILES} tiles, median of ${RUNS} runs, ms`, 'create', 'insert→frame', 'total', 'min–max (timed)'],
        [
          ['(a) Lit <civic-kpi-tile> in one <civic-data>', ms(s['lit.create'].median), ms(s['lit.insertToFrame'].median), ms(s['lit.total'].median), range(s['lit.insertToFrame'])],
          ['(b) plain DOM, texts from kpiView', ms(s['plain.create'].median), ms(s['plain.insertToFrame'].median), ms(s['plain.total'].median), range(s['plain.total'])],
          ['(c) Lit tile + chart.js sparkline', ms(s['chartjs.create'].median), ms(s['chartjs.insertToFrame'].median), ms(s['chartjs.total'].median), range(s['chartjs.insertToFrame'])],
        ],
      ),
    );
    renderLines.push(
      '  timed: (a) insert→frame (the tiles are created before, then appended); (b) total (parse + kpiView + createElement, append, frame)',
    );
    const ratio = s['lit.insertToFrame'].median / s['plain.total'].median;
    const ratioTotal = s['lit.total'].median / s['plain.total'].median;
    renderLines.push(
      `  ratio a/b: ${ratio.toFixed(2)}× (goal ≤ 3×: ${ratio <= 3 ? 'met' : 'NOT met'}); total/total, counting the tiles' createElement: ${ratioTotal.toFixed(2)}×`,
    );
    const vsChartjs = s['chartjs.insertToFrame'].median / s['lit.insertToFrame'].median;
    renderLines.push(`  ratio c/a: ${vsChartjs.toFixed(1)}× (goal: tiles ≥ 5× faster than with chart.js sparklines: ${vsChartjs >= 5 ? 'met' : 'NOT met'})`);
    renderLines.push(`  sample value text: lit "${results.lit[0].sample}", plain "${results.plain[0].sample}"`);
  } catch (error) {
    failures.push(`render: ${error.message}`);
    renderLines.push(`could not measure: ${error.message}`);
  }

  // 3. requests
  try {
    const page = await openPage();
    const path = `/demo/riverton.civicstat.json?bench=${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    let browserRequests = 0;
    page.on('request', (req) => {
      if (req.url() === `${server.origin}${path}`) browserRequests++;
    });
    const r = await page.evaluate((n, url) => window.bench.requests(n, url), REQUEST_TILES, path);
    await page.close();
    const serverHits = server.hits.get(path) ?? 0;
    requestLines.push(
      table(
        [`${REQUEST_TILES} tiles, one src URL`, 'requests', 'goal', 'verdict'],
        [
          ['requests seen by Chromium (puppeteer)', browserRequests, 1, browserRequests === 1 ? 'met' : 'NOT met'],
          ['requests received by the server', serverHits, 1, serverHits === 1 ? 'met' : 'NOT met'],
          ['resource timing entries for the URL', r.resourceEntries, 1, r.resourceEntries === 1 ? 'met' : 'NOT met'],
        ],
      ),
    );
    requestLines.push(`  tiles showing a value: ${r.rendered} of ${REQUEST_TILES}`);
    if (r.rendered !== REQUEST_TILES) failures.push(`requests: only ${r.rendered} of ${REQUEST_TILES} tiles showed a value`);
  } catch (error) {
    failures.push(`requests: ${error.message}`);
    requestLines.push(`could not measure: ${error.message}`);
  }

  // 7. a searchable scorecard of 200 measures
  try {
    const page = await openPage();
    await page.evaluate(() => window.bench.scorecard(200)); // warm-up
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await page.evaluate(() => window.bench.scorecard(200)));
    await page.close();
    const render = median(runs.map((r) => r.render));
    const filter = median(runs.map((r) => r.filter));
    scorecardLines.push(
      table(
        [`<civic-scorecard searchable>, 200 measures, median of ${RUNS}`, 'ms', 'goal', 'verdict'],
        [
          ['render: insertion → every tile shows its value → next frame', ms(render), '', ''],
          ['search: one query typed → next frame, filtered', ms(filter), '≤ 100', filter <= 100 ? 'met' : 'NOT met'],
        ],
      ),
    );
    scorecardLines.push(`  the search left ${runs[0].shown} of ${runs[0].tiles} tiles; a pause under 100 ms reads as immediate`);
  } catch (error) {
    failures.push(`scorecard: ${error.message}`);
    scorecardLines.push(`could not measure: ${error.message}`);
  }

  // 3b. 100 charts on a long page
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (error) => failures.push(`charts page error: ${error.message}`));
    await page.goto(`${server.origin}/bench/charts.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchCharts?.state().instantiated > 0, { timeout: 20000 });
    await new Promise((r) => setTimeout(r, 1500)); // let anything else that is going to draw, draw
    const before = await page.evaluate(() => window.benchCharts.state());
    // Then scroll through the page: every chart should draw on its way into view.
    for (let y = 0; y < before.pageHeight; y += 800) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await new Promise((r) => setTimeout(r, 60));
    }
    await new Promise((r) => setTimeout(r, 500));
    const after = await page.evaluate(() => window.benchCharts.state());
    await page.close();
    const only = before.instantiated <= before.inView + 3; // in view, plus the screen below (rootMargin)
    chartLines.push(
      table(
        ['100 <civic-kpi-chart> on a long page', 'value', 'goal', 'verdict'],
        [
          ['first contentful paint (ms)', ms(before.firstContentfulPaint), '', ''],
          ['chart.js chunk received at (ms)', ms(before.chartChunkFetchedAt), '', ''],
          ['charts in the first screen', before.inView, '', ''],
          ['charts drawn before scrolling', before.instantiated, `≈ ${before.inView}`, only ? 'met' : 'NOT met'],
          ['charts drawn after scrolling to the end', after.instantiated, 100, after.instantiated === 100 ? 'met' : 'NOT met'],
        ],
      ),
    );
    chartLines.push('  drawn early: those in view and those within one screen below it (IntersectionObserver rootMargin 100%)');
  } catch (error) {
    failures.push(`charts: ${error.message}`);
    chartLines.push(`could not measure: ${error.message}`);
  }

  // 5. layout shift of the demo page, its document 1 s late
  let vite;
  const prerendered = join(root, 'demo', PRERENDERED_PLAN);
  try {
    const { renderPage } = await import(pathToFileURL(join(root, 'dist', 'server.js')).href);
    const rendered = await renderPage(readFileSync(join(root, 'demo', 'plan.html'), 'utf8'), { baseDir: join(root, 'demo') });
    writeFileSync(prerendered, rendered.html);
    const { createServer: createVite } = await import('vite');
    vite = await createVite({
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'silent',
      server: { port: 0, strictPort: false, hmr: false },
      plugins: [
        {
          name: 'bench-late-document',
          configureServer(srv) {
            srv.middlewares.use((req, _res, next) => {
              if (req.url?.startsWith('/riverton.civicstat.json')) setTimeout(next, LATE_MS);
              else next();
            });
          },
        },
      ],
    });
    await vite.listen();
    const origin = vite.resolvedUrls.local[0].replace(/\/$/, '');
    const rows = [];
    const sources = new Set();
    for (const viewport of CLS_VIEWPORTS) {
      const runs = [];
      for (let i = 0; i < CLS_RUNS; i++) {
        const page = await browser.newPage();
        await page.setViewport({ width: viewport.width, height: viewport.height, isMobile: viewport.mobile ?? false, hasTouch: viewport.mobile ?? false });
        await page.evaluateOnNewDocument(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              if (e.hadRecentInput) continue;
              const nodes = (e.sources ?? []).map((src) => src.node).filter(Boolean);
              window.__shifts.push({
                value: e.value,
                at: e.startTime,
                sources: nodes.map((n) => (n.nodeType === 1 ? n.localName + (n.getAttribute('measure') ? `[${n.getAttribute('measure')}]` : '') : n.nodeName)),
              });
            }
          }).observe({ type: 'layout-shift', buffered: true });
          window.addEventListener('civic-load', () => (window.__loadedAt = performance.now()), { capture: true, once: true });
        });
        await page.goto(`${origin}${viewport.page}`, { waitUntil: 'load' });
        await page.waitForFunction(() => window.__loadedAt !== undefined, { timeout: 20000 });
        await new Promise((r) => setTimeout(r, 1500));
        runs.push(await page.evaluate(() => ({ shifts: window.__shifts, loadedAt: window.__loadedAt })));
        await page.close();
      }
      const cls = runs.map((r) => r.shifts.reduce((sum, e) => sum + e.value, 0));
      const late = runs.map((r) => r.shifts.filter((e) => e.at >= r.loadedAt - 50).reduce((sum, e) => sum + e.value, 0));
      rows.push([viewport.label, median(cls).toFixed(4), median(late).toFixed(4), Math.max(...cls).toFixed(4), 0, median(cls) === 0 ? 'met' : 'NOT met']);
      for (const r of runs) for (const e of r.shifts) for (const src of e.sources) sources.add(src);
    }
    clsLines.push(
      table([`demo pages, document ${LATE_MS} ms late, ${CLS_RUNS} loads each`, 'CLS median', 'at arrival', 'max', 'goal', 'verdict'], rows),
    );
    if (sources.size) clsLines.push(`  moved: ${[...sources].slice(0, 12).join(', ')}${sources.size > 12 ? ', …' : ''}`);
  } catch (error) {
    failures.push(`layout shift: ${error.message}`);
    clsLines.push(`could not measure: ${error.message}`);
  } finally {
    await vite?.close();
    rmSync(prerendered, { force: true });
  }
} catch (error) {
  failures.push(`browser: ${error.message}`);
  const msg = `could not start the browser benchmark: ${error.message}`;
  renderLines.push(msg);
  requestLines.push(msg);
  chartLines.push(msg);
  scorecardLines.push(msg);
  clsLines.push(msg);
} finally {
  await browser?.close().catch(() => {});
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
}

// ---------------------------------------------------------------- 6. big document (Node only)
const BIG_RUNS = 5;
const bigLines = [];
try {
  const { parseDocument } = await import(pathToFileURL(join(root, 'dist', 'core.js')).href);
  const r = timeBigDocument(parseDocument, { runs: BIG_RUNS });
  const row = (label, times) => [label, r.measures, r.periods, (r.bytes / 1e6).toFixed(1), ms(median(times)), ms(Math.min(...times)), ms(Math.max(...times))];
  bigLines.push(
    table(
      [`median of ${BIG_RUNS} runs after a warm-up`, 'measures', 'periods each', 'JSON MB', 'median ms', 'min ms', 'max ms'],
      [row('parseDocument(text), dist/core.js', r.times), row('JSON.parse(text) alone, for scale', r.jsonTimes)],
    ),
  );
  bigLines.push('  document: bench/big-document.mjs (seeded; every measure field in use, 50 goals); parsed with no problems');
} catch (error) {
  failures.push(`big document: ${error.message}`);
  bigLines.push(`could not measure: ${error.message}`);
}

// ---------------------------------------------------------------- report
const date = new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
const machine = `${cpuModel}, ${cores} cores, Node ${process.version}, ${chromiumVersion} (headless)`;
say(`civicstat benchmark, ${date}`);
say(`machine: ${machine}`);
if (commit) say(`commit: ${commit}`);
if (buildWarning) say(`WARNING: ${buildWarning}`);
say();
say('1. Bundle sizes (KB = 1024 bytes; gzip level 9, brotli quality 11; goals and ceilings are min+gzip)');
sizeLines.forEach((l) => say(l));
say();
say('2. Render');
renderLines.forEach((l) => say(l));
say();
say('3. Charts on a long page');
chartLines.forEach((l) => say(l));
say();
say('4. Requests');
requestLines.forEach((l) => say(l));
say();
say('5. Layout shift');
clsLines.forEach((l) => say(l));
say();
say('6. Big document (Node, no browser)');
bigLines.forEach((l) => say(l));
say();
say('7. Scorecard');
scorecardLines.forEach((l) => say(l));
if (failures.length) {
  say();
  say('Not measured:');
  failures.forEach((f) => say(`  ${f}`));
}

if (WRITE) {
  const docPath = join(root, 'docs', 'performance.md');
  const template = readFileSync(join(root, 'bench', 'performance.template.md'), 'utf8');
  writeFileSync(docPath, template.replace('{{RESULTS}}', out.join('\n')).replace('{{DATE}}', date).replace('{{MACHINE}}', machine));
  console.log(`\nwrote ${docPath}`);
}

process.exit(failures.length ? 1 : 0);
