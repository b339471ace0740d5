/**
 * Crowded host pages (issue 5, item 5): the one-file build (dist/civicstat.js) on pages that a
 * widget does not control, each page in its own iframe (test/reliability/pages/*.html) so its
 * globals and global CSS stay there:
 *
 *   two-copies     the package's build, then a second build reporting another version
 *                  (test/server/faults.mjs serves dist/ again under /faults/copy/ as 9.9.9-copy)
 *   copy-first     the same, second build first
 *   mixed-copies   the tile and badge from the second build's per-element entry points, the rest
 *                  from the package's build: elements of two versions share one <civic-data>
 *   poisoned       enumerable Object.prototype / Array.prototype / String.prototype additions and
 *                  Array.prototype.toJSON
 *   host-css       html { font-size: 62.5% } (body back to 1.6rem) and
 *                  * { box-sizing: content-box; line-height: 3; text-transform: uppercase; color: red }
 *   rtl            <html dir="rtl">
 *   zoom           zoom: 1.5 on an ancestor
 *   quirks         no doctype (quirks mode), the elements in 14px text inside a layout table and
 *                  <font face>, as old CMS templates still are
 *
 * Every page renders every element from one document (pages/elements.js). The checks are on what
 * a reader gets: text, computed sizes and layout, not only "no exception".
 */
import { expect } from '@open-wc/testing';
import { settle, until } from '../elements/helpers';
import { openFrame, type PageWindow } from './frame';

const PAGES = '/test/reliability/pages';
const COPY_VERSION = '9.9.9-copy';
const TAGS = ['civic-data', 'civic-kpi-tile', 'civic-target-gauge', 'civic-tier-badge', 'civic-criteria-checklist', 'civic-kpi-chart', 'civic-status-summary', 'civic-scorecard'];

const conditions: string[] = [];
after(() => {
  console.log(`[reliability/host-pages] ${conditions.length} host-page conditions: ${conditions.join(', ')}`);
});

let frame: HTMLIFrameElement | undefined;
afterEach(() => {
  frame?.remove();
  frame = undefined;
});

/** Opens a page in an iframe at the top left of the viewport and waits until every element shows its figures. */
async function open(name: string, { width = 700, height = 2400 } = {}): Promise<{ win: PageWindow; doc: Document }> {
  if (!conditions.includes(name)) conditions.push(name);
  const opened = await openFrame(`${PAGES}/${name}.html?t=${Date.now()}`, { width, height });
  frame = opened.frame;
  const { win, doc } = opened;
  try {
    await until(() => allReady(doc), `every element of ${name}.html to render`, 8000);
  } catch (e) {
    const log = Object.entries(win.civicLog).map(([k, v]) => `${k}: ${Array.from(v).join(' | ')}`).join('; ');
    throw new Error(`${(e as Error).message}; not ready: ${notReady(doc).join(', ')}; page log: ${log}`);
  }
  // Fonts, chart.js' first frame and late events.
  await settle(300);
  return { win, doc };
}

const shadow = (doc: Document, id: string) => doc.getElementById(id)!.shadowRoot!;
const part = (doc: Document, id: string, name: string) => shadow(doc, id).querySelector(`[part~="${name}"]`) as HTMLElement | null;
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const READY: Record<string, (doc: Document) => boolean> = {
  tile: (doc) => !!part(doc, 'tile', 'value'),
  'inline-tile': (doc) => !!part(doc, 'inline-tile', 'value'),
  gauge: (doc) => !!part(doc, 'gauge', 'graph'),
  radial: (doc) => !!part(doc, 'radial', 'graph'),
  badge: (doc) => !!shadow(doc, 'badge').querySelector('svg[part~="badge"]'),
  checklist: (doc) => !!part(doc, 'checklist', 'criterion'),
  chart: (doc) => !!shadow(doc, 'chart').querySelector('canvas') && text(part(doc, 'chart', 'summary')) !== '',
};
function notReady(doc: Document): string[] {
  return Object.entries(READY)
    .filter(([id, ready]) => {
      try {
        return !doc.getElementById(id)?.shadowRoot || !ready(doc);
      } catch {
        return true;
      }
    })
    .map(([id]) => id);
}
const allReady = (doc: Document) => notReady(doc).length === 0;

/** Nothing reached the page: no uncaught error, no rejection, no civic-error, no console.error. */
function expectQuiet(win: PageWindow, { warns = 0 } = {}): void {
  expect(win.civicLog.uncaught, 'uncaught errors / rejections').to.deep.equal([]);
  expect(win.civicLog.civicErrors, 'civic-error events').to.deep.equal([]);
  expect(win.civicLog.errors, 'console.error').to.deep.equal([]);
  if (warns === 0) expect(win.civicLog.warns, 'console.warn').to.deep.equal([]);
}

/** The figures every page must show (the demo document: 7.4 min, at risk against 7.0). */
function expectFigures(doc: Document): void {
  expect(text(part(doc, 'tile', 'title'))).to.equal('Fire response time (90th percentile)');
  expect(text(part(doc, 'tile', 'value'))).to.equal('7.4 min');
  expect(text(part(doc, 'tile', 'status'))).to.match(/^(On track|At risk|Off track)$/);
  expect(text(part(doc, 'inline-tile', 'value'))).to.match(/^120\b/);
  expect(text(part(doc, 'inline-tile', 'status'))).to.equal('On track');
  expect(text(part(doc, 'gauge', 'value'))).to.equal('7.4 min');
  expect(text(part(doc, 'gauge', 'figures'))).to.match(/target/i);
  const badge = shadow(doc, 'badge').querySelector('svg[part~="badge"]')!;
  expect(badge.getAttribute('aria-label')).to.match(/What Works Cities/);
  expect(text(part(doc, 'checklist', 'summary'))).to.match(/\d+ of \d+/);
  expect(text(part(doc, 'chart', 'summary'))).to.match(/Fire response time/);
  for (const id of ['tile', 'gauge', 'radial', 'badge', 'checklist', 'chart', 'inline-tile']) {
    expect(text(part(doc, id, 'error')), `${id}: no error`).to.equal('');
  }
}

/**
 * No descendant in the shadow root pokes out of the element's box (1 px of rounding allowed),
 * and the base box does not scroll sideways.
 */
function expectContained(doc: Document, id: string): void {
  const host = doc.getElementById(id)!;
  const box = host.getBoundingClientRect();
  expect(box.width, `${id} has a width`).to.be.greaterThan(50);
  const win = doc.defaultView!;
  for (const el of shadow(doc, id).querySelectorAll<HTMLElement | SVGElement>('*')) {
    if (el.closest('.visually-hidden, title, defs, style')) continue;
    // The body of a closed <details> is not shown.
    if (el.closest('details:not([open]) > :not(summary)')) continue;
    const cs = win.getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const where = `${id}: <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}" part="${el.getAttribute('part') ?? ''}">`;
    expect(r.left, `${where} left edge`).to.be.at.least(box.left - 1);
    expect(r.right, `${where} right edge`).to.be.at.most(box.right + 1);
    expect(r.top, `${where} top edge`).to.be.at.least(box.top - 1);
    expect(r.bottom, `${where} bottom edge`).to.be.at.most(box.bottom + 1);
  }
  const base = part(doc, id, 'base');
  if (base) expect(base.scrollWidth, `${id}: base does not scroll sideways`).to.be.at.most(base.clientWidth + 1);
}

const px = (value: string) => Number.parseFloat(value);

describe('crowded host pages: two copies of the library', () => {
  it('package build, then a second build: one warning per tag naming both versions, nothing thrown, all elements render', async () => {
    const { win, doc } = await open('two-copies');
    expectFigures(doc);
    expectQuiet(win, { warns: TAGS.length });
    // The first definition wins.
    for (const tag of TAGS) {
      expect((win.customElements.get(tag) as unknown as { civicstatVersion?: string }).civicstatVersion, tag).to.equal('0.1.0');
    }
    expect(win.civicLog.warns, 'one warning per tag').to.have.length(TAGS.length);
    for (const tag of TAGS) {
      const lines = win.civicLog.warns.filter((w) => w.includes(`<${tag}>`));
      expect(lines, `one warning for <${tag}>`).to.have.length(1);
      expect(lines[0]).to.equal(`civicstat ${COPY_VERSION}: <${tag}> is already defined by civicstat 0.1.0; keeping that definition.`);
    }
    for (const id of ['tile', 'gauge', 'badge', 'checklist', 'chart']) expectContained(doc, id);
  });

  it("second build first: the second build's definitions win, the package build warns once per tag", async () => {
    const { win, doc } = await open('copy-first');
    expectFigures(doc);
    expectQuiet(win, { warns: TAGS.length });
    for (const tag of TAGS) {
      expect((win.customElements.get(tag) as unknown as { civicstatVersion?: string }).civicstatVersion, tag).to.equal(COPY_VERSION);
      expect(win.civicLog.warns.filter((w) => w.includes(`<${tag}>`)), tag).to.deep.equal([
        `civicstat 0.1.0: <${tag}> is already defined by civicstat ${COPY_VERSION}; keeping that definition.`,
      ]);
    }
    // The second build's chart chunk came from beside it.
    const chunks = win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /civicstat-chart-js-[\w-]+\.js$/.test(n));
    expect(chunks.some((n) => n.includes('/faults/copy/')), `chart chunk of the first definition: ${chunks.join(', ')}`).to.equal(true);
  });

  it('mixed: a tile and a badge (with <civic-data>) of one version, the other elements of another, all under one <civic-data>', async () => {
    const { win, doc } = await open('mixed-copies');
    expectFigures(doc);
    // The per-element entry points define <civic-data> too (it is what they read from).
    const mixed = ['civic-data', 'civic-kpi-tile', 'civic-tier-badge'];
    expectQuiet(win, { warns: mixed.length });
    const version = (tag: string) => (win.customElements.get(tag) as unknown as { civicstatVersion?: string }).civicstatVersion;
    for (const tag of mixed) expect(version(tag), tag).to.equal(COPY_VERSION);
    for (const tag of ['civic-target-gauge', 'civic-criteria-checklist', 'civic-kpi-chart']) expect(version(tag), tag).to.equal('0.1.0');
    expect(win.civicLog.warns).to.have.length(mixed.length);
    for (const tag of mixed) {
      expect(win.civicLog.warns.filter((w) => w.includes(`<${tag}>`)), tag).to.deep.equal([
        `civicstat 0.1.0: <${tag}> is already defined by civicstat ${COPY_VERSION}; keeping that definition.`,
      ]);
    }
    for (const id of ['tile', 'gauge', 'badge', 'checklist', 'chart']) expectContained(doc, id);
  });
});

describe('crowded host pages: poisoned globals', () => {
  it('enumerable prototype additions and Array.prototype.toJSON: same figures, no warnings, no errors', async () => {
    const { win, doc } = await open('poisoned');
    // The poison is really there.
    expect(JSON.stringify([1])).to.equal('[1]'); // (not in this window)
    expect(win.eval('JSON.stringify([1])')).to.equal('"poisoned"');
    expect(win.eval('"polluted" in {}')).to.equal(true);
    expectFigures(doc);
    expectQuiet(win);
    // The checklist counts the program's criteria, not the polluted keys.
    const summary = text(part(doc, 'checklist', 'summary'));
    expect(summary).not.to.match(/polluted|extra|undefined|NaN/);
    for (const id of ['tile', 'gauge', 'radial', 'badge', 'checklist', 'chart', 'inline-tile']) {
      expect(text(shadow(doc, id)), id).not.to.match(/\bpolluted\b|\bpoisoned\b|function \(|undefined|NaN/);
    }
    // The tile's comparisons and sparkline are drawn from the real values only.
    const points = shadow(doc, 'tile').querySelectorAll('svg[part~="sparkline"] .spark-point, svg[part~="sparkline"] .spark-last');
    expect(points.length).to.be.greaterThan(0);
  });
});

describe('crowded host pages: hostile host CSS', () => {
  it("62.5% root font size: text in the elements follows the page's 16px body text, not the 10px root", async () => {
    const { win, doc } = await open('host-css');
    expectFigures(doc);
    expectQuiet(win);
    expect(px(win.getComputedStyle(doc.body).fontSize), 'the page itself').to.equal(16);
    const size = (id: string, name: string) => px(win.getComputedStyle(part(doc, id, name)!).fontSize);
    expect(size('tile', 'value'), 'tile value').to.be.at.least(24);
    expect(size('tile', 'title'), 'tile title').to.be.at.least(16);
    expect(size('gauge', 'value'), 'gauge value').to.be.at.least(24);
    expect(size('checklist', 'title'), 'checklist title').to.be.at.least(16);
    expect(size('chart', 'title'), 'chart title').to.be.at.least(16);
    // No text anywhere smaller than 12px.
    for (const id of ['tile', 'gauge', 'checklist', 'chart']) {
      for (const el of shadow(doc, id).querySelectorAll<HTMLElement>('*')) {
        if (el.closest('.visually-hidden, svg, canvas, style') || !text(el)) continue;
        const fs = px(win.getComputedStyle(el).fontSize);
        expect(fs, `${id} <${el.tagName.toLowerCase()} class="${el.className}"> "${text(el).slice(0, 30)}"`).to.be.at.least(12);
      }
    }
  });

  it('* { text-transform: uppercase; color: red; line-height: 3; box-sizing: content-box } stays outside the shadow roots', async () => {
    const { win, doc } = await open('host-css');
    // The page's own text is affected…
    const pageText = win.getComputedStyle(doc.getElementById('page-text')!);
    expect(pageText.textTransform).to.equal('uppercase');
    expect(pageText.color).to.equal('rgb(255, 0, 0)');
    // …the elements' text is not.
    for (const [id, name] of [
      ['tile', 'title'],
      ['tile', 'value'],
      ['tile', 'status'],
      ['tile', 'period'],
      ['gauge', 'title'],
      ['checklist', 'title'],
      ['checklist', 'summary'],
      ['chart', 'summary'],
    ] as const) {
      const el = part(doc, id, name)!;
      const cs = win.getComputedStyle(el);
      expect(cs.textTransform, `${id} ${name} text-transform`).to.equal('none');
      expect(cs.color, `${id} ${name} colour`).not.to.equal('rgb(255, 0, 0)');
      const lineHeight = cs.lineHeight === 'normal' ? 1.2 * px(cs.fontSize) : px(cs.lineHeight);
      expect(lineHeight / px(cs.fontSize), `${id} ${name} line height`).to.be.below(2);
    }
    // SVG text inherits text-transform too: the badge's words keep their case.
    for (const t of shadow(doc, 'badge').querySelectorAll('svg[part~="badge"] text')) {
      expect(win.getComputedStyle(t).textTransform, `badge text "${text(t)}"`).to.equal('none');
    }
    expect(text(part(doc, 'tile', 'status'))).to.match(/^(On track|At risk|Off track)$/);
    // The status word is really present and readable.
    const status = part(doc, 'tile', 'status')!;
    expect(status.getBoundingClientRect().height).to.be.within(12, 40);
    for (const id of ['tile', 'gauge', 'radial', 'badge', 'checklist', 'chart', 'inline-tile']) expectContained(doc, id);
    // The badge is still the size of a badge.
    const badge = shadow(doc, 'badge').querySelector('svg[part~="badge"]')!.getBoundingClientRect();
    expect(badge.height).to.be.within(40, 200);
  });
});

describe('crowded host pages: dir="rtl"', () => {
  it('text starts at the right edge, the value line mirrors, nothing overflows', async () => {
    const { win, doc } = await open('rtl');
    expectFigures(doc);
    expectQuiet(win);
    const tileBase = part(doc, 'tile', 'base')!;
    expect(win.getComputedStyle(tileBase).direction).to.equal('rtl');
    const base = tileBase.getBoundingClientRect();
    // The title hugs the right side of the tile.
    const title = part(doc, 'tile', 'title')!;
    const range = doc.createRange();
    range.selectNodeContents(title);
    const titleText = range.getBoundingClientRect();
    expect(base.right - titleText.right, 'title starts at the right').to.be.below(40);
    expect(titleText.left - base.left, 'and not at the left').to.be.greaterThan(base.right - titleText.right);
    // Value first (rightmost), then the period to its left.
    const value = part(doc, 'tile', 'value')!.getBoundingClientRect();
    const period = part(doc, 'tile', 'period')!.getBoundingClientRect();
    expect(period.right, 'period left of the value').to.be.at.most(value.left + 1);
    // Numbers stay readable left to right inside their box ("7.4 min", not "min 7.4").
    expect(text(part(doc, 'tile', 'value'))).to.equal('7.4 min');
    for (const id of ['tile', 'gauge', 'radial', 'badge', 'checklist', 'chart', 'inline-tile']) expectContained(doc, id);
    // The checklist's group headings and items read from the right too.
    const checklistTitle = part(doc, 'checklist', 'title')!;
    const cbase = part(doc, 'checklist', 'base')!.getBoundingClientRect();
    const r2 = doc.createRange();
    r2.selectNodeContents(checklistTitle);
    expect(cbase.right - r2.getBoundingClientRect().right, 'checklist title at the right').to.be.below(40);
  });
});

describe('crowded host pages: zoom: 1.5 on an ancestor', () => {
  it('elements scale with the zoom and keep their insides inside', async () => {
    const { win, doc } = await open('zoom', { width: 800 });
    expectFigures(doc);
    expectQuiet(win);
    const hostBox = doc.getElementById('host')!.getBoundingClientRect();
    const tile = doc.getElementById('tile')!.getBoundingClientRect();
    // Whatever the engine's zoom model, the tile fills its (zoomed) container.
    expect(Math.abs(tile.width - hostBox.width), 'tile fills its container').to.be.below(2);
    for (const id of ['tile', 'gauge', 'radial', 'badge', 'checklist', 'chart', 'inline-tile']) expectContained(doc, id);
    // The chart's canvas fills its box, and its bitmap is at least as large as its box on screen.
    const canvas = shadow(doc, 'chart').querySelector('canvas')!;
    const chartBox = part(doc, 'chart', 'chart')!.getBoundingClientRect();
    const canvasBox = canvas.getBoundingClientRect();
    expect(Math.abs(canvasBox.width - chartBox.width), 'canvas as wide as its box').to.be.below(3);
    expect(Math.abs(canvasBox.height - chartBox.height), 'canvas as tall as its box').to.be.below(3);
    expect(canvas.width, 'bitmap not blurry').to.be.at.least(Math.floor(canvasBox.width * win.devicePixelRatio) - 2);
  });
});

describe('crowded host pages: quirks mode (no doctype) inside a layout table', () => {
  it('the page is in quirks mode; the elements show their figures at their own sizes, inside their boxes', async () => {
    const { win, doc } = await open('quirks');
    expect(doc.compatMode, 'quirks mode').to.equal('BackCompat');
    expectFigures(doc);
    expectQuiet(win);
    for (const id of ['tile', 'gauge', 'radial', 'badge', 'checklist', 'chart', 'inline-tile']) expectContained(doc, id);
    const size = (id: string, name: string) => px(win.getComputedStyle(part(doc, id, name)!).fontSize);
    expect(size('tile', 'title'), 'the page’s 14px text').to.equal(14);
    expect(size('tile', 'value'), 'tile value').to.be.at.least(21);
    // Quirks mode gives tables the initial font size (16px), not the inherited one: the chart's
    // table must still read at the chart's text size, and nothing anywhere below 12px.
    const chartText = px(win.getComputedStyle(part(doc, 'chart', 'summary')!).fontSize);
    const cell = shadow(doc, 'chart').querySelector('tbody td')!;
    expect(px(win.getComputedStyle(cell).fontSize), 'table cells at the chart’s size or a step below').to.be.within(chartText * 0.8, chartText);
    for (const id of ['tile', 'gauge', 'checklist', 'chart']) {
      for (const el of shadow(doc, id).querySelectorAll<HTMLElement>('*')) {
        if (el.closest('.visually-hidden, svg, canvas, style') || !text(el)) continue;
        const fs = px(win.getComputedStyle(el).fontSize);
        expect(fs, `${id} <${el.tagName.toLowerCase()} class="${el.className}"> "${text(el).slice(0, 30)}"`).to.be.at.least(12);
      }
    }
  });
});
