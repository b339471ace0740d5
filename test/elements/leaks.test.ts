/**
 * Leaks (issue 5, item 6): each element connected and disconnected 1000 times leaves nothing
 * behind: no chart.js instance, no listener on `window` or `document`, and (Chromium, which
 * can force a garbage collection and report its heap) heap growth under 20 %.
 */
import { liveListeners } from './listener-tracker';
import { expect } from '@open-wc/testing';
import { Chart } from 'chart.js';
import '../../src/index';
import { box, q, settle } from './helpers';

const CYCLES = 1000;

const doc = {
  civicstat: '1.0',
  jurisdiction: { name: 'City of Testville', locale: 'en-US' },
  measures: [
    {
      id: 'fire-response',
      title: 'Fire response time',
      format: { style: 'unit', unit: 'minute', maximumFractionDigits: 1 },
      better: 'lower',
      values: [
        { period: '2023', value: 7.9 },
        { period: '2024', value: 7.6 },
        { period: '2025', value: 7.2 },
      ],
      target: { value: 7.0, period: '2027' },
      baseline: { value: 8.1, period: '2022' },
      comparisons: [{ label: 'Peer median', value: 7.4 }],
    },
  ],
  certifications: [{ id: 'wwc', program: 'wwc-2023', criteria: { dm3: { status: 'met' } } }],
};

type Civic = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };

const ELEMENTS: [string, (el: Civic) => void][] = [
  ['civic-kpi-tile', (el) => el.setAttribute('measure', 'fire-response')],
  ['civic-target-gauge', (el) => el.setAttribute('measure', 'fire-response')],
  ['civic-tier-badge', (el) => el.setAttribute('certification', 'wwc')],
  ['civic-criteria-checklist', (el) => el.setAttribute('certification', 'wwc')],
  ['civic-kpi-chart', (el) => el.setAttribute('measure', 'fire-response')],
  ['civic-status-summary', (el) => el.setAttribute('kind', 'measure')],
];

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;

async function collectedHeap(): Promise<number | undefined> {
  if (!gc || heap() === undefined) return undefined;
  for (let i = 0; i < 3; i++) {
    gc();
    await settle(20);
  }
  return heap();
}

/** Connects an element with the document, lets it render (a chart: draw), and disconnects it. */
async function cycle(tag: string, setup: (el: Civic) => void, parent: HTMLElement): Promise<void> {
  const el = document.createElement(tag) as Civic;
  setup(el);
  el.data = doc;
  parent.append(el);
  await el.updateComplete;
  if (tag === 'civic-kpi-chart') {
    const start = performance.now();
    while (!Chart.getChart(q(el, 'canvas') as HTMLCanvasElement) && performance.now() - start < 5000) await settle(1);
  }
  el.remove();
}

describe('leaks: 1000 connect/disconnect cycles', () => {
  for (const [tag, setup] of ELEMENTS) {
    it(`<${tag}> leaves no chart, no window or document listener, and no heap growth`, async function () {
      this.timeout(180_000);
      const parent = box(480);
      // Warm up: chart.js loaded, styles adopted, caches filled, the first listeners in place.
      for (let i = 0; i < 20; i++) await cycle(tag, setup, parent);
      const listenersBefore = liveListeners();
      const heapBefore = await collectedHeap();

      for (let i = 0; i < CYCLES; i++) await cycle(tag, setup, parent);

      expect(Object.keys(Chart.instances), 'chart.js instances left').to.deep.equal([]);
      expect(liveListeners(), 'listeners left on window and document').to.deep.equal(listenersBefore);
      const heapAfter = await collectedHeap();
      // Chromium runs with --expose-gc (web-test-runner.config.mjs), so the heap is checked there.
      if (/Chrome\//.test(navigator.userAgent)) expect(heapAfter, 'Chromium reports a collected heap').to.be.a('number');
      if (heapBefore !== undefined && heapAfter !== undefined) {
        const growth = (heapAfter - heapBefore) / heapBefore;
        expect(growth, `heap ${(heapBefore / 1e6).toFixed(1)} MB → ${(heapAfter / 1e6).toFixed(1)} MB`).to.be.below(0.2);
      }
      parent.remove();
    });
  }

  it('a chart element adds its listeners on connect and removes them on disconnect', async () => {
    const before = liveListeners();
    const el = document.createElement('civic-kpi-chart') as Civic;
    el.setAttribute('measure', 'fire-response');
    el.data = doc;
    const parent = box(480);
    parent.append(el);
    await el.updateComplete;
    expect(liveListeners().length, 'beforeprint listener while connected').to.be.greaterThan(before.length);
    el.remove();
    expect(liveListeners()).to.deep.equal(before);
  });
});
