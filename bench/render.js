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
window.bench = { lit, plain, requests, measures: doc.measures.length, undefinedTags };
