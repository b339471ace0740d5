/**
 * The page side of `npm run bench` (bench/render.html). Exposes `window.bench` for
 * bench/run.mjs, which calls one variant at a time and takes the medians.
 */
import { documentFromValue, kpiView, resolveLocale } from '/dist/core.js';
import { makeDocument } from '/bench/fixture.js';
import { CivicData, CivicKpiTile } from '/dist/civicstat.js';

const doc = makeDocument(1000);

/** Resolves after the next frame has been rendered (style, layout, paint of that frame). */
const nextFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

/** Empties the page and returns a fresh empty container. */
function freshContainer() {
  document.body.replaceChildren();
  const container = document.createElement('div');
  container.className = 'bench-container';
  document.body.append(container);
  return container;
}

const renderedValue = (tile) => tile.shadowRoot?.querySelector('.value')?.textContent.trim() ?? '';

/** (a) n <civic-kpi-tile> inside one <civic-data> whose `data` property holds the document. */
async function lit(n = 1000) {
  const container = freshContainer();
  await nextFrame();
  const t0 = performance.now();
  const provider = document.createElement('civic-data');
  provider.data = doc;
  const tiles = [];
  for (let i = 0; i < n; i++) {
    const tile = document.createElement('civic-kpi-tile');
    tile.setAttribute('measure', doc.measures[i].id);
    provider.append(tile);
    tiles.push(tile);
  }
  const t1 = performance.now();
  container.append(provider);
  await provider.updateComplete;
  await Promise.all(tiles.map((t) => t.updateComplete));
  // updateComplete already covers the re-render the provider's value triggers; this only guards it.
  let missing = tiles.filter((t) => !renderedValue(t));
  for (let guard = 0; missing.length > 0 && guard < 100; guard++) {
    await Promise.all(missing.map((t) => t.updateComplete));
    await new Promise((r) => setTimeout(r, 0));
    missing = missing.filter((t) => !renderedValue(t));
  }
  await nextFrame();
  const t2 = performance.now();
  return { create: t1 - t0, insertToFrame: t2 - t1, total: t2 - t0, rendered: n - missing.length, sample: renderedValue(tiles[1]) };
}

const STATUS = { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'no-data': 'No data' };
const SVG = 'http://www.w3.org/2000/svg';

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One plain-DOM tile: the same visible text as the Lit tile, and a polyline. */
function plainTile(v) {
  const tile = el('div', 'plain-tile');
  tile.append(el('p', 'title', v.title));
  const line = el('div', 'value-line');
  line.append(el('span', 'value', v.current.valueText), el('span', 'period', v.current.periodText));
  if (v.status) line.append(el('span', `status ${v.status}`, STATUS[v.status]));
  tile.append(line);
  const row = el('div', 'row');
  if (v.change) {
    const c = v.change;
    const arrow = c.direction === 'up' ? '▲' : c.direction === 'down' ? '▼' : '●';
    const verdict = c.good === undefined ? 'no change' : c.good ? 'better' : 'worse';
    row.append(el('span', 'delta', `${arrow} ${c.deltaText} since ${c.previousPeriodText} (${verdict})`));
  }
  if (v.target) row.append(el('span', 'target', `Target${v.target.periodText ? ` ${v.target.periodText}` : ''}: ${v.target.valueText}`));
  tile.append(row);
  if (v.sparkline) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 100 32');
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('aria-hidden', 'true');
    for (const seg of v.sparkline.segments) {
      const poly = document.createElementNS(SVG, 'polyline');
      poly.setAttribute('points', seg.map((p) => `${(3 + p.x * 94).toFixed(2)},${(29 - p.y * 26).toFixed(2)}`).join(' '));
      svg.append(poly);
    }
    tile.append(svg);
  }
  if (v.comparisons.length) {
    const ul = el('ul', 'comparisons');
    for (const c of v.comparisons) ul.append(el('li', '', `${c.label}: ${c.valueText}`));
    tile.append(ul);
  }
  return tile;
}

/** (b) the same content built with document.createElement, texts from civicstat/core's kpiView. */
async function plain(n = 1000) {
  const container = freshContainer();
  await nextFrame();
  const t0 = performance.now();
  const { document: d } = documentFromValue(doc);
  const locale = resolveLocale(document.documentElement.lang, d.jurisdiction.locale);
  const asOf = new Date(`${d.updated}T23:59:59Z`);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < n; i++) fragment.append(plainTile(kpiView(d.measures[i], { locale, asOf })));
  const t1 = performance.now();
  container.append(fragment);
  await nextFrame();
  const t2 = performance.now();
  return { create: t1 - t0, insertToFrame: t2 - t1, total: t2 - t0, rendered: container.querySelectorAll('.value').length, sample: container.querySelectorAll('.value')[1]?.textContent };
}

/**
 * (c) the same Lit tile without its SVG sparkline, and the sparkline drawn by chart.js
 * instead (a line chart per tile, no axes, no legend, no animation): what a tile costs when
 * its small trend line is a chart.js canvas.
 */
async function chartjs(n = 1000) {
  const { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale } = await import('chart.js');
  Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);
  const container = freshContainer();
  await nextFrame();
  const t0 = performance.now();
  const provider = document.createElement('civic-data');
  provider.data = doc;
  const tiles = [];
  const canvases = [];
  for (let i = 0; i < n; i++) {
    const wrapper = document.createElement('div');
    wrapper.className = 'chartjs-tile';
    const tile = document.createElement('civic-kpi-tile');
    tile.setAttribute('measure', doc.measures[i].id);
    tile.setAttribute('hide', 'sparkline');
    const spark = document.createElement('div');
    spark.className = 'chartjs-spark';
    const canvas = document.createElement('canvas');
    spark.append(canvas);
    wrapper.append(tile, spark);
    provider.append(wrapper);
    tiles.push(tile);
    canvases.push(canvas);
  }
  const t1 = performance.now();
  container.append(provider);
  await Promise.all(tiles.map((t) => t.updateComplete));
  const charts = canvases.map(
    (canvas, i) =>
      new Chart(canvas, {
        type: 'line',
        data: {
          labels: doc.measures[i].values.map((v) => v.period),
          datasets: [{ data: doc.measures[i].values.map((v) => v.value), borderColor: '#005ea2', borderWidth: 2, pointRadius: 0 }],
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          events: [],
          plugins: { legend: { display: false }, tooltip: { enabled: false } },
          scales: { x: { display: false }, y: { display: false } },
        },
      }),
  );
  await nextFrame();
  const t2 = performance.now();
  const rendered = tiles.filter((t) => renderedValue(t)).length;
  const drawn = charts.filter((c) => c.width > 0).length;
  for (const c of charts) c.destroy();
  return { create: t1 - t0, insertToFrame: t2 - t1, total: t2 - t0, rendered: Math.min(rendered, drawn), sample: renderedValue(tiles[1]) };
}

/** 3. n tiles that each name the same document URL with `src`; waits until all show a value. */
async function requests(n, url, timeoutMs = 20000) {
  performance.setResourceTimingBufferSize(100000);
  performance.clearResourceTimings();
  const container = freshContainer();
  const tiles = [];
  for (let i = 0; i < n; i++) {
    const tile = document.createElement('civic-kpi-tile');
    tile.setAttribute('src', url);
    tile.setAttribute('measure', 'tree-canopy');
    tiles.push(tile);
  }
  container.append(...tiles);
  const deadline = performance.now() + timeoutMs;
  while (tiles.some((t) => !renderedValue(t)) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await nextFrame();
  const absolute = new URL(url, location.href).href;
  return {
    rendered: tiles.filter((t) => renderedValue(t)).length,
    resourceEntries: performance.getEntriesByName(absolute).length,
  };
}

// dist/civicstat.js should define both elements when it loads. If a build drops the
// definitions (it has happened: see docs/performance.md), say so and define them from the
// bundle's exports, so that the figures are still those of the shipped classes.
const undefinedTags = ['civic-data', 'civic-kpi-tile'].filter((tag) => !customElements.get(tag));
if (!customElements.get('civic-data')) customElements.define('civic-data', CivicData);
if (!customElements.get('civic-kpi-tile')) customElements.define('civic-kpi-tile', CivicKpiTile);
/**
 * 7. A scorecard of n measures: from insertion until every tile shows its value and the next
 * frame; then a search typed into its box, until the next frame shows the filtered tiles.
 */
async function scorecard(n = 200) {
  const container = freshContainer();
  await nextFrame();
  const small = { ...doc, measures: doc.measures.slice(0, n) };
  const el = document.createElement('civic-scorecard');
  el.setAttribute('searchable', '');
  el.data = small;
  const t0 = performance.now();
  container.append(el);
  await el.updateComplete;
  const tiles = () => [...el.shadowRoot.querySelectorAll('civic-kpi-tile')];
  await Promise.all(tiles().map((t) => t.updateComplete));
  let guard = 0;
  while (tiles().some((t) => !renderedValue(t)) && guard++ < 200) await new Promise((r) => setTimeout(r, 0));
  await nextFrame();
  const t1 = performance.now();
  const input = el.shadowRoot.querySelector('input');
  input.value = small.measures[7].title; // "Benchmark measure 8": every word must match
  const t2 = performance.now();
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  await nextFrame();
  const t3 = performance.now();
  const shown = tiles().length;
  history.replaceState(null, '', location.pathname);
  return { render: t1 - t0, filter: t3 - t2, tiles: n, shown, rendered: n - tiles().filter((t) => !renderedValue(t)).length };
}

window.bench = { lit, plain, chartjs, scorecard, requests, measures: doc.measures.length, undefinedTags };
