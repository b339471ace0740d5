/**
 * Every element in a phone-sized column (280 px), in a wide one (1200 px), and printed
 * (SPEC §4; issue: "works at 280 px wide and at 1200 px, and prints legibly"). Asserts on
 * what a reader gets: nothing wider than its box, no text cut off, and on paper dark text
 * (also for `theme="dark"`, since browsers leave backgrounds out of print) with every
 * disclosure open.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index';
import { box, luminance, q, qa, settle, until } from './helpers';

const measure = {
  id: 'fire-response',
  title: 'Fire response time for the 90th percentile of emergency calls, citywide',
  format: { style: 'unit', unit: 'minute', minimumFractionDigits: 1, maximumFractionDigits: 1 },
  better: 'lower',
  frequency: 'quarterly',
  values: [
    { period: '2024-Q1', value: 8.1 },
    { period: '2025-Q4', value: 7.6 },
    { period: '2026-Q1', value: 7.4 },
  ],
  target: [{ value: 7.0, label: '2-year target', period: '2027' }],
  baseline: { value: 8.1, period: '2024-Q1' },
  tolerance: 0.1,
  comparisons: [{ label: 'Regional Fire Benchmarking Consortium median', value: 7.6 }],
  narrative:
    'Response times have improved since early 2024, after dispatch protocols were revised and a peak-hour medic unit was added downtown.\n\nDistrict 4 is still slower because the nearest station is across the river.',
  source: { name: 'Computer-aided dispatch system, Riverton Fire Department', url: 'https://www.testville.example/fire' },
};

const doc = {
  civicstat: '1.0',
  jurisdiction: { name: 'City of Testville', locale: 'en-US' },
  updated: '2026-04-15',
  measures: [measure],
  certifications: [
    {
      id: 'wwc',
      program: 'wwc-2023',
      awarded: { tier: 'silver', date: '2099-01-01' },
      criteria: {
        dm1: { status: 'met', note: 'Adopted by council resolution in a long and formal process', evidence: [{ label: 'Open data policy of the City of Testville', url: 'https://www.testville.example/open-data/policy' }] },
        dm3: { status: 'in-progress' },
      },
    },
  ],
};

/** Each element, as a page author would write it. */
const ELEMENTS: [string, string][] = [
  ['civic-kpi-tile', '<civic-kpi-tile measure="fire-response"></civic-kpi-tile>'],
  ['civic-target-gauge', '<civic-target-gauge measure="fire-response"></civic-target-gauge>'],
  ['civic-target-gauge', '<civic-target-gauge measure="fire-response" variant="radial"></civic-target-gauge>'],
  ['civic-tier-badge', '<civic-tier-badge certification="wwc"></civic-tier-badge>'],
  ['civic-criteria-checklist', '<civic-criteria-checklist certification="wwc" collapsed></civic-criteria-checklist>'],
  ['civic-kpi-chart', '<civic-kpi-chart measure="fire-response"></civic-kpi-chart>'],
  ['civic-status-summary', '<civic-status-summary kind="measure"></civic-status-summary>'],
];

async function render(markup: string, width: number, attrs: Record<string, string> = {}): Promise<HTMLElement> {
  const wrapper = box(width, attrs);
  wrapper.innerHTML = markup;
  const el = wrapper.firstElementChild as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
  el.data = doc;
  await el.updateComplete;
  await until(() => !!q(el, '[part~="base"]') && !q(el, '.skeleton'), 'the element to render');
  // A chart is drawn once chart.js has arrived: wait for its canvas to get its size.
  if (q(el, 'canvas')) await until(() => (q(el, 'canvas') as HTMLCanvasElement).style.width !== '', 'the chart to be drawn');
  await settle(20);
  return el;
}

/** Elements in the shadow root whose text is cut off (clipped horizontally). */
function clipped(el: Element): string[] {
  return qa(el, '*')
    .filter((n) => n instanceof HTMLElement && n.childElementCount === 0 && (n.textContent ?? '').trim() !== '')
    .filter((n) => (n as HTMLElement).scrollWidth > (n as HTMLElement).clientWidth + 1 && getComputedStyle(n).overflowX !== 'visible')
    .map((n) => (n.textContent ?? '').trim());
}

describe('layout: 280 px and 1200 px', () => {
  for (const width of [280, 1200]) {
    for (const [tag, markup] of ELEMENTS) {
      it(`${markup.match(/<[^>]+>/)![0]} at ${width}px fits its box`, async () => {
        const el = await render(markup, width);
        const base = q(el, '[part~="base"]') as HTMLElement;
        const outer = el.parentElement!.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        expect(r.width, `${tag} width`).to.be.at.most(outer.width + 0.5);
        expect(base.scrollWidth, 'no horizontal overflow inside').to.be.at.most(base.clientWidth + 1);
        // Nothing in the shadow root reaches past the element's right edge. (Marks inside an SVG
        // are left out: Firefox pads a path's box by an estimate of its stroke; the SVG itself counts.)
        const past = qa(el, '*')
          .filter((n) => !(n instanceof SVGElement && n.ownerSVGElement))
          .filter((n) => !n.closest('.visually-hidden')) // clipped to nothing
          .filter((n) => n.getBoundingClientRect().right > r.right + 1)
          .map((n) => `${n.tagName.toLowerCase()}.${n.getAttribute('class') ?? ''} ${n.getBoundingClientRect().right - r.right}`);
        expect(past, 'nothing drawn past the right edge').to.deep.equal([]);
        expect(clipped(el), 'text cut off').to.deep.equal([]);
      });
    }
  }
});

describe('layout: a host sized by its content', () => {
  // A CMS's flex row whose items do not grow, a float, an inline-block: the element's own content
  // sets its width. (Size containment, which the tile and the gauge need for their container
  // queries, would leave them none there: each states an intrinsic width instead.)
  const CONTEXTS: [string, Record<string, string>, Record<string, string>][] = [
    ['a flex row', { display: 'flex', width: '1200px' }, {}],
    ['a float', {}, { float: 'left' }],
    ['an inline-block', {}, { display: 'inline-block' }],
  ];
  for (const [context, outerStyle, elementStyle] of CONTEXTS) {
    for (const [tag, markup] of ELEMENTS.filter(([t]) => t !== 'civic-tier-badge')) {
      it(`${markup.match(/<[^>]+>/)![0]} in ${context} is wide enough to read`, async () => {
        const wrapper = box(1200);
        Object.assign(wrapper.style, outerStyle);
        wrapper.innerHTML = markup;
        const el = wrapper.firstElementChild as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
        Object.assign(el.style, elementStyle);
        el.data = doc;
        await el.updateComplete;
        await until(() => !!q(el, '[part~="base"]') && !q(el, '.skeleton'), 'the element to render');
        await settle(20);
        const width = el.getBoundingClientRect().width;
        expect(width, `${tag} width in ${context}`).to.be.at.least(200);
        expect(width, `${tag} width in ${context}`).to.be.at.most(1200);
      });
    }
  }
});

describe('layout: print', () => {
  let supported = true;
  before(async () => {
    // Only Chromium's DevTools protocol emulates print media here: WebDriver (WebKitGTK) has no
    // such command and Firefox's BiDi session refuses it, so those engines skip these tests.
    if (!/Chrome\//.test(navigator.userAgent)) {
      supported = false;
      return;
    }
    try {
      await emulateMedia({ media: 'print' });
      await emulateMedia({ media: 'screen' });
    } catch {
      supported = false;
    }
  });
  afterEach(async () => {
    if (supported) await emulateMedia({ media: 'screen' });
  });

  for (const [tag, markup] of ELEMENTS.filter(([t]) => t !== 'civic-tier-badge')) {
    it(`${markup.match(/<[^>]+>/)![0]} with theme="dark" prints dark text, every part shown`, async function () {
      if (!supported) this.skip();
      const el = await render(markup, 600, { theme: 'dark' });
      const title = (q(el, '[part~="title"]') ?? q(el, '[part~="summary"]'))!;
      expect(luminance(getComputedStyle(title).color), `${tag} title colour on screen`).to.be.greaterThan(0.5);
      await emulateMedia({ media: 'print' });
      await settle(20);
      expect(matchMedia('print').matches, 'print media applied').to.equal(true);
      // Dark text on white paper: contrast with white at least 7:1 for the title.
      const l = luminance(getComputedStyle(title).color);
      expect((1.05 / (l + 0.05)), `${tag} title contrast on paper`).to.be.at.least(7);
      // A disclosure's content is printed even when closed (checkVisibility: a closed <details>
      // keeps its content laid out but skipped, so its boxes have a size all the same).
      for (const details of qa(el, 'details') as HTMLDetailsElement[]) {
        expect(details.open, 'still closed: the style sheet alone prints it').to.equal(false);
        const body = [...details.children].find((c) => c.tagName !== 'SUMMARY') as HTMLElement;
        expect(body.checkVisibility(), `${tag}: disclosure content printed`).to.equal(true);
      }
      // A collapsed group's criteria are printed too.
      for (const list of qa(el, '[part~="criteria"]')) {
        expect(list.getBoundingClientRect().height, 'collapsed group printed').to.be.greaterThan(0);
      }
      // A chart's table is printed beside it.
      if (tag === 'civic-kpi-chart') {
        expect(q(el, 'table')!.getBoundingClientRect().height, 'chart table printed').to.be.greaterThan(20);
        expect((q(el, 'button') as HTMLElement).getBoundingClientRect().height, 'no button on paper').to.equal(0);
      }
      // A compact element does not break across pages; a long checklist breaks between criteria only.
      const unbroken = tag === 'civic-criteria-checklist' ? qa(el, '[part~="criterion"]') : [q(el, '[part~="base"]')!];
      expect(unbroken.length).to.be.greaterThan(0);
      for (const n of unbroken) expect(getComputedStyle(n).breakInside, `${tag}: no page break inside`).to.equal('avoid');
    });
  }

  it('<civic-tier-badge> keeps its colours in print', async function () {
    if (!supported) this.skip();
    const el = await render(ELEMENTS.find(([t]) => t === 'civic-tier-badge')![1], 600);
    await emulateMedia({ media: 'print' });
    await settle(20);
    const shape = q(el, '.badge-shape')!;
    expect(getComputedStyle(shape).fill).not.to.equal('none');
    expect(q(el, 'svg title, svg [aria-label], svg[aria-label]'), 'badge keeps its name').to.exist;
  });
});

describe('printing from the browser: beforeprint opens closed disclosures, afterprint closes them again', () => {
  it('a tile’s narrative and the checklist’s "About these criteria" (every engine; real printing fires these events)', async () => {
    const tile = await render('<civic-kpi-tile measure="fire-response"></civic-kpi-tile>', 600);
    const checklist = await render('<civic-criteria-checklist certification="wwc" collapsed></civic-criteria-checklist>', 600);
    const closed = [...qa(tile, 'details'), ...qa(checklist, 'details')] as HTMLDetailsElement[];
    expect(closed.length, 'the tile’s narrative and the checklist’s "About"').to.be.at.least(2);
    const opened = q(checklist, 'details') as HTMLDetailsElement;
    // A disclosure the reader opened stays open after printing.
    const readerOpened = closed.find((d) => d !== opened && d.getRootNode() === tile.shadowRoot)!;
    readerOpened.open = true;
    window.dispatchEvent(new Event('beforeprint'));
    for (const d of closed) expect(d.open, 'open while printing').to.equal(true);
    for (const d of closed) {
      const body = [...d.children].find((c) => c.tagName !== 'SUMMARY') as HTMLElement;
      expect(body.checkVisibility(), 'content shown while printing').to.equal(true);
    }
    window.dispatchEvent(new Event('afterprint'));
    expect(readerOpened.open, 'the one the reader opened').to.equal(true);
    for (const d of closed.filter((x) => x !== readerOpened)) expect(d.open, 'closed again').to.equal(false);
  });
});
