/**
 * `<civic-target-gauge>` as a reader sees it (SPEC §4–5): the bullet graph and the radial arc,
 * their figures in text, the states (normal, loading, error, empty), the `target` and `variant`
 * attributes, locales, axe in light and dark themes, narrow and wide boxes, and shared requests.
 */
import { expect } from '@open-wc/testing';
import '../../src/target-gauge';
import type { CivicTargetGauge } from '../../src/target-gauge';

import {
  allText,
  box,
  expectOneCivicError,
  freshUrl,
  holdFetch,
  mount,
  norm,
  partText,
  q,
  qa,
  recordErrors,
  requestsFor,
  settle,
  until,
  watchWindow,
} from './helpers';

const GAUGE = '/test/fixtures/elements/gauge';

/** 8.1 → 7.4 min, lower is better; targets 7.0 (2-year) and 6.5 (10-year); 10 % tolerance. */
function responseMeasure(overrides: Record<string, unknown> = {}) {
  return {
    id: 'fire-response',
    title: 'Fire response time',
    format: { style: 'unit', unit: 'minute', minimumFractionDigits: 1, maximumFractionDigits: 1 },
    better: 'lower',
    values: [
      { period: '2024-Q1', value: 8.1 },
      { period: '2025-Q4', value: 7.6 },
      { period: '2026-Q1', value: 7.4 },
    ],
    target: [
      { value: 7.0, label: '2-year target', period: '2027' },
      { value: 6.5, label: '10-year target', period: '2035' },
    ],
    baseline: { value: 8.1, period: '2024-Q1' },
    tolerance: 0.1,
    ...overrides,
  };
}

/** 28 % → 31 % tree canopy, higher is better, target 40 %, no baseline. */
function canopyMeasure(overrides: Record<string, unknown> = {}) {
  return {
    id: 'canopy',
    title: 'Tree canopy',
    format: { style: 'percent', maximumFractionDigits: 1 },
    values: [
      { period: '2020', value: 0.28 },
      { period: '2025', value: 0.31 },
    ],
    target: { value: 0.4, period: '2035' },
    ...overrides,
  };
}

function documentWith(measures: object[], jurisdiction: Record<string, unknown> = {}) {
  return { civicstat: '1.0', jurisdiction: { name: 'City of Testville', locale: 'en-US', ...jurisdiction }, measures };
}

function createGauge(props: Partial<Pick<CivicTargetGauge, 'measure' | 'data' | 'src' | 'variant' | 'target'>> = {}): CivicTargetGauge {
  const el = document.createElement('civic-target-gauge');
  Object.assign(el, props);
  return el;
}

const isReady = (el: Element) => !!q(el, '[part~="figures"]');
const legendItems = (el: Element) => qa(el, '[part~="legend"] li').map((li) => norm(li.textContent!));
/** Left edge of an SVG mark as a fraction of the graph's width. */
function fractionOf(el: Element, selector: string): number {
  const graph = q(el, '[part~="graph"]')!.getBoundingClientRect();
  const mark = q(el, selector)!.getBoundingClientRect();
  return (mark.left - graph.left) / graph.width;
}

describe('<civic-target-gauge>: bullet graph (the default)', () => {
  it('writes out the value, status, target, baseline, progress and the bands', async () => {
    const el = mount(createGauge({ measure: 'fire-response', data: documentWith([responseMeasure()]) }), box(400));
    await el.updateComplete;

    expect(partText(el, 'title')).to.equal('Fire response time');
    expect(partText(el, 'value')).to.equal('7.4 min');
    expect(partText(el, 'period')).to.match(/2026/);
    // 7.4 misses 7.0 by 0.4, inside the 10 % tolerance (0.7): at risk, with its icon.
    // The 2-year target is still ahead: judged against the straight path from the baseline (7.5 min now).
    expect(partText(el, 'status')).to.equal('On track');
    expect(partText(el, 'status-explanation')).to.equal('On track: 7.4 min is ahead of the path to 7.0 min by 2027 (expected 7.5 min in Q1 2026)');
    expect(q(el, '[part~="status"] svg')!.getAttribute('aria-hidden')).to.equal('true');

    const figures = partText(el, 'figures');
    expect(figures).to.include('2-year target (2027): 7.0 min');
    expect(figures).to.match(/Baseline .*2024: 8\.1 min/);
    // (8.1 − 7.4) ÷ (8.1 − 7.0) = 64 %
    expect(partText(el, 'progress')).to.match(/^64% of the way from the baseline \(8\.1 min, .*2024\) to the target$/);

    expect(legendItems(el)).to.deep.equal(['On track: at most 7.5 min', 'At risk: 7.5 min to 8.3 min', 'Off track: above 8.3 min']);
    expect(q(el, '[part~="legend"]')!.tagName).to.equal('UL');
    expect(partText(el, 'error')).to.equal('');
  });

  it('draws bands, a bar to the value, the target marker and the baseline tick where they belong', async () => {
    const el = mount(createGauge({ measure: 'fire-response', data: documentWith([responseMeasure()]) }), box(400));
    await el.updateComplete;
    const graph = q(el, 'svg[part~="graph"]')!;
    expect(graph.getAttribute('aria-hidden'), 'the graphic repeats the text').to.equal('true');
    expect(graph.getBoundingClientRect().height).to.be.greaterThan(20);

    // Scale 0–10 min: the bar ends at 7.4, the marker sits at 7.0 and the baseline at 8.1.
    const bar = q(el, '[part~="bar"]')!.getBoundingClientRect();
    const g = graph.getBoundingClientRect();
    expect((bar.right - g.left) / g.width).to.be.closeTo(0.74, 0.01);
    expect(fractionOf(el, '[part~="marker"]')).to.be.closeTo(0.7, 0.01);
    expect(fractionOf(el, '[part~="baseline"]')).to.be.closeTo(0.81, 0.01);
    // Lower is better: on track on the left, off track on the right; the bands lie around the path (7.51 min).
    const bands = qa(el, '.band').map((b) => [b.classList[1], Math.round(((b.getBoundingClientRect().left - g.left) / g.width) * 100)]);
    expect(bands).to.deep.equal([
      ['on-track', 0],
      ['at-risk', 75],
      ['off-track', 83],
    ]);
    // The scale is labelled at its ends.
    const labels = qa(el, '.tick-label').map((t) => norm(t.textContent!));
    expect(labels[0]).to.equal('0.0 min');
    expect(labels[labels.length - 1]).to.equal('10.0 min');
  });

  it('mirrors the bands when higher is better, and counts from the first figure without a baseline', async () => {
    const el = mount(createGauge({ measure: 'canopy', data: documentWith([canopyMeasure()]) }), box(400));
    await el.updateComplete;
    // 28% in 2020 toward 40% by 2035: the path is at 32% in 2025, and 31% is within 5% of it.
    expect(partText(el, 'status')).to.equal('At risk');
    expect(legendItems(el)).to.deep.equal(['On track: at least 32%', 'At risk: 30.4% to 32%', 'Off track: below 30.4%']);
    const kinds = qa(el, '.band').map((b) => b.classList[1]);
    expect(kinds).to.deep.equal(['off-track', 'at-risk', 'on-track']);
    expect(partText(el, 'progress')).to.equal('25% of the way from the first figure (28%, 2020) to the target');
    expect(partText(el, 'figures')).not.to.include('Baseline');
  });

  it('says when the target is met, and when the measure has lost ground', async () => {
    const met = mount(
      createGauge({ measure: 'canopy', data: documentWith([canopyMeasure({ values: [{ period: '2020', value: 0.28 }, { period: '2026', value: 0.43 }] })]) }),
      box(400),
    );
    const lost = mount(
      createGauge({ measure: 'canopy', data: documentWith([canopyMeasure({ values: [{ period: '2020', value: 0.28 }, { period: '2026', value: 0.25 }] })]) }),
      box(400),
    );
    await met.updateComplete;
    await lost.updateComplete;
    expect(partText(met, 'status')).to.equal('On track');
    expect(partText(met, 'progress')).to.match(/^Target met\. 125% of the way/);
    expect(partText(lost, 'progress')).to.match(/^-?−?25% of the way .*\(further from the target than at the start\)$/);
  });
});

describe('<civic-target-gauge>: the target attribute', () => {
  for (const which of ['10-year target', '1', '2035']) {
    it(`target="${which}" shows the 10-year target and judges against it`, async () => {
      const el = mount(createGauge({ measure: 'fire-response', target: which, data: documentWith([responseMeasure()]) }), box(400));
      await el.updateComplete;
      expect(partText(el, 'figures')).to.include('10-year target (2035): 6.5 min');
      // On the path to 6.5 min by 2035 (7.83 min now), 7.4 min is ahead.
      expect(partText(el, 'status')).to.equal('On track');
      expect(partText(el, 'progress')).to.match(/^44% of the way/);
      expect(fractionOf(el, '[part~="marker"]')).to.be.closeTo(0.65, 0.01);
    });
  }

  it('changing the attribute redraws against the other target', async () => {
    const el = mount(createGauge({ measure: 'fire-response', data: documentWith([responseMeasure()]) }), box(400));
    await el.updateComplete;
    expect(partText(el, 'figures')).to.include('7.0 min');
    el.setAttribute('target', '10-year target');
    await el.updateComplete;
    expect(partText(el, 'figures')).to.include('6.5 min');
  });
});

describe('<civic-target-gauge>: radial', () => {
  it('draws an arc filled as far as the progress, with the progress in its middle and the figures in text', async () => {
    const el = mount(createGauge({ measure: 'fire-response', variant: 'radial', data: documentWith([responseMeasure()]) }), box(400));
    await el.updateComplete;
    const graph = q(el, 'svg[part~="graph"]')!;
    expect(graph.classList.contains('radial')).to.equal(true);
    expect(graph.getAttribute('aria-hidden')).to.equal('true');
    expect(q(el, '.arc-figure')!.textContent).to.equal('64%');
    const arc = q(el, '[part~="bar"]')!;
    expect(arc.getAttribute('stroke-dasharray')).to.equal('63.64 100');
    expect(arc.classList.contains('on-track'), 'the arc takes the status colour').to.equal(true);
    expect(partText(el, 'value')).to.equal('7.4 min');
    expect(partText(el, 'figures')).to.include('2-year target (2027): 7.0 min');
    expect(partText(el, 'progress')).to.match(/^64% of the way/);
    // No bands on the arc, so no legend.
    expect(q(el, '[part~="legend"]')).to.equal(null);
    const r = graph.getBoundingClientRect();
    expect(r.height).to.be.greaterThan(60);
    expect(r.width / r.height).to.be.closeTo(200 / 112, 0.05);
  });

  it('a progress past the target fills the arc, and never beyond', async () => {
    const el = mount(
      createGauge({
        measure: 'canopy',
        variant: 'radial',
        data: documentWith([canopyMeasure({ values: [{ period: '2020', value: 0.28 }, { period: '2026', value: 0.43 }] })]),
      }),
      box(400),
    );
    await el.updateComplete;
    expect(q(el, '[part~="bar"]')!.getAttribute('stroke-dasharray')).to.equal('100.00 100');
    expect(q(el, '.arc-figure')!.textContent).to.equal('125%');
  });
});

describe('<civic-target-gauge>: loading state', () => {
  for (const variant of ['bullet', 'radial'] as const) {
    it(`${variant}: a skeleton and a hidden "Loading…", then the gauge at the same height (±20px)`, async () => {
      const held = holdFetch();
      try {
        const el = mount(createGauge({ measure: 'fire-response', variant, src: freshUrl(`${GAUGE}/response.json`) }), box(400));
        await el.updateComplete;
        const skeleton = q(el, '.skeleton');
        expect(skeleton, 'skeleton').to.exist;
        expect(skeleton!.getAttribute('aria-hidden')).to.equal('true');
        expect(qa(el, '[role="status"]').some((s) => norm(s.textContent!) === 'Loading…')).to.equal(true);
        const before = el.getBoundingClientRect().height;
        held.release();
        await until(() => isReady(el), 'the loaded gauge');
        await el.updateComplete;
        expect(q(el, '.skeleton')).to.equal(null);
        const after = el.getBoundingClientRect().height;
        expect(Math.abs(after - before), `loading ${before}px vs loaded ${after}px`).to.be.at.most(20);
      } finally {
        held.restore();
      }
    });
  }
});

describe('<civic-target-gauge>: error states', () => {
  const cases: [string, Partial<CivicTargetGauge>, string][] = [
    ['a missing measure', { measure: 'x' }, 'Measure “x” is not in the document'],
    ['a target that does not exist', { measure: 'fire-response', target: '2040' }, 'Measure “fire-response” has no target “2040”'],
    ['a measure with no target', { measure: 'untargeted' }, 'Measure “untargeted” has no target to measure progress against'],
    ['no measure attribute', {}, 'No measure chosen'],
  ];
  for (const [name, props, message] of cases) {
    it(`${name}: a visible message and one civic-error`, async () => {
      const guard = watchWindow();
      const wrapper = box(400);
      const atWrapper = recordErrors(wrapper);
      try {
        const el = createGauge({ ...props, data: documentWith([responseMeasure(), { id: 'untargeted', title: 'Untargeted', values: [{ period: '2025', value: 1 }] }]) });
        const errors = recordErrors(el);
        mount(el, wrapper);
        await until(() => errors.length > 0, 'civic-error');
        await settle();
        const shown = q(el, '[part~="error"]') as HTMLElement;
        expect(norm(shown.textContent!)).to.include(message);
        expect(shown.getAttribute('role')).to.equal('status');
        expect(shown.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(q(el, '[part~="graph"]')).to.equal(null);
        expectOneCivicError(errors, message, atWrapper, guard.seen);
      } finally {
        guard.stop();
      }
    });
  }

  it('a src that answers 404 names the file and the status', async () => {
    const guard = watchWindow();
    try {
      const el = createGauge({ measure: 'fire-response', src: freshUrl(`${GAUGE}/missing.json`) });
      const errors = recordErrors(el);
      mount(el, box(400));
      await until(() => errors.length > 0, 'civic-error');
      await settle();
      expect(partText(el, 'error')).to.include('missing.json');
      expect(partText(el, 'error')).to.include('(HTTP 404');
      expect(errors).to.have.length(1);
      expect(guard.seen).to.deep.equal([]);
    } finally {
      guard.stop();
    }
  });
});

describe('<civic-target-gauge>: empty state', () => {
  it('a measure with no figures yet: says so, and still shows the target and the bands', async () => {
    const el = mount(createGauge({ measure: 'fire-response', data: documentWith([responseMeasure({ values: [] })]) }), box(400));
    await el.updateComplete;
    expect(allText(el)).to.include('No figures reported yet');
    expect(q(el, '[part~="value"]')).to.equal(null);
    expect(q(el, '[part~="bar"]')).to.equal(null);
    expect(q(el, '[part~="progress"]')).to.equal(null);
    expect(partText(el, 'figures')).to.include('7.0 min');
    expect(q(el, '[part~="marker"]')).to.exist;
    expect(legendItems(el)).to.have.length(3);
  });
});

describe('<civic-target-gauge>: locale', () => {
  it('lang="es": Spanish words and Spanish numbers', async () => {
    const el = mount(createGauge({ measure: 'fire-response', data: documentWith([responseMeasure()]) }), box(400, { lang: 'es' }));
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('7,4 min');
    expect(partText(el, 'status')).to.equal('En camino');
    expect(partText(el, 'status-explanation')).to.equal(
      'En camino: 7,4 min va por delante de la trayectoria hacia la meta de 7,0 min para 2027 (previsto en el 1.er trimestre de 2026: 7,5 min)',
    );
    const pct = new Intl.NumberFormat('es', { style: 'percent' }).format(0.64);
    expect(partText(el, 'progress')).to.equal(norm(`${pct} del camino entre la línea de base (8,1 min, ${norm(partText(el, 'figures').match(/base (.*?):/)![1]!)}) y la meta`));
    expect(legendItems(el)[0]).to.equal('En camino: como máximo 7,5 min');
    expect(legendItems(el)[1]).to.equal('En riesgo: de 7,5 min a 8,3 min');
  });

  it('lang="fr": French words and French numbers', async () => {
    const el = mount(createGauge({ measure: 'canopy', data: documentWith([canopyMeasure()]) }), box(400, { lang: 'fr' }));
    await el.updateComplete;
    const percent = (v: number) => new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 1 }).format(v);
    expect(partText(el, 'value')).to.equal(norm(percent(0.31)));
    // 31 % is within 5 % of the path (32 % in 2025) toward 40 % by 2035.
    expect(partText(el, 'status')).to.equal('À surveiller');
    expect(legendItems(el)[0]).to.equal(norm(`En bonne voie : au moins ${percent(0.32)}`).replace(' :', ':'));
    expect(partText(el, 'status-explanation')).to.equal(
      norm(`À surveiller : ${percent(0.31)}, légèrement en retard sur la trajectoire vers l’objectif de ${percent(0.4)} d’ici 2035 (valeur attendue en 2025 : ${percent(0.32)}) ; dans la tolérance de ${new Intl.NumberFormat('fr', { style: 'percent' }).format(0.05)}`),
    );
    expect(partText(el, 'progress')).to.include('du chemin entre le premier chiffre');
    expect(partText(el, 'figures')).to.match(/^Objectif 2035/);
  });
});

describe('<civic-target-gauge>: sizes', () => {
  for (const width of [280, 1200]) {
    for (const variant of ['bullet', 'radial'] as const) {
      it(`${variant} at ${width}px: fits, with nothing cut off or overflowing`, async () => {
        const el = mount(createGauge({ measure: 'fire-response', variant, data: documentWith([responseMeasure({ title: 'Fire response time, 90th percentile, all emergency calls' })]) }), box(width));
        await el.updateComplete;
        const base = q(el, '[part~="base"]') as HTMLElement;
        expect(base.getBoundingClientRect().width).to.be.closeTo(width, 1);
        expect(base.scrollWidth, 'no horizontal overflow').to.be.at.most(base.clientWidth + 1);
        const graph = q(el, '[part~="graph"]')!.getBoundingClientRect();
        const inner = base.getBoundingClientRect();
        expect(graph.left >= inner.left && graph.right <= inner.right + 0.5, 'graph inside the box').to.equal(true);
        // Every tick label that is shown stays inside the box, and none overlaps the next.
        const labels = qa(el, '.tick-label')
          .map((t) => t.getBoundingClientRect())
          .filter((r) => r.width > 0);
        for (const r of labels) expect(r.left >= inner.left - 0.5 && r.right <= inner.right + 0.5, 'tick label inside').to.equal(true);
        for (let i = 1; i < labels.length; i++) expect(labels[i]!.left, 'labels do not overlap').to.be.at.least(labels[i - 1]!.right);
      });
    }
  }
});

describe('<civic-target-gauge>: accessibility (axe, colour contrast included)', () => {
  const states: [string, () => CivicTargetGauge][] = [
    ['bullet, at risk', () => createGauge({ measure: 'fire-response', data: documentWith([responseMeasure()]) })],
    ['bullet, off track', () => createGauge({ measure: 'fire-response', target: '1', data: documentWith([responseMeasure()]) })],
    ['radial, target met', () => createGauge({ measure: 'canopy', variant: 'radial', data: documentWith([canopyMeasure({ values: [{ period: '2026', value: 0.43 }] })]) })],
    ['empty', () => createGauge({ measure: 'fire-response', data: documentWith([responseMeasure({ values: [] })]) })],
    ['error', () => createGauge({ measure: 'x', data: documentWith([responseMeasure()]) })],
  ];
  for (const theme of ['light', 'dark']) {
    for (const [name, make] of states) {
      it(`${theme}: ${name}`, async () => {
        const wrapper = box(400, theme === 'dark' ? { theme: 'dark' } : {});
        if (theme === 'dark') wrapper.style.background = '#1b1b1b';
        const el = mount(make(), wrapper);
        await el.updateComplete;
        await settle(20);
        if (theme === 'dark') expect(q(el, '[part~="base"]')!.classList.contains('dark')).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('loading state', async () => {
    const held = holdFetch();
    try {
      const el = mount(createGauge({ measure: 'fire-response', src: freshUrl(`${GAUGE}/response.json`) }), box(400));
      await el.updateComplete;
      expect(q(el, '.skeleton')).to.exist;
      await expect(el).to.be.accessible();
    } finally {
      held.restore();
    }
  });
});

describe('<civic-target-gauge>: shared requests and providers', () => {
  it('50 gauges naming one src make exactly one request', async () => {
    performance.clearResourceTimings();
    const url = freshUrl(`${GAUGE}/response.json`);
    const wrapper = box(400);
    const gauges = Array.from({ length: 50 }, (_, i) => createGauge({ measure: 'fire-response', src: url, variant: i % 2 ? 'radial' : 'bullet' }));
    wrapper.append(...gauges);
    await until(() => gauges.every(isReady), 'all 50 gauges', 8000);
    expect(gauges.map((g) => partText(g, 'value'))).to.deep.equal(Array(50).fill('7.4 min'));
    await until(() => requestsFor(url).length > 0, 'the resource-timing entry');
    await settle();
    expect(requestsFor(url)).to.have.length(1);
  });

  it('renders from the nearest <civic-data>', async () => {
    const provider = document.createElement('civic-data');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(documentWith([responseMeasure({ title: 'Provided' })]));
    const el = createGauge({ measure: 'fire-response' });
    provider.append(script, el);
    mount(provider, box(400));
    await until(() => isReady(el), 'the gauge to render from the provider');
    expect(partText(el, 'title')).to.equal('Provided');
  });

  it('document text is rendered as text', async () => {
    const el = mount(
      createGauge({ measure: 'fire-response', data: documentWith([responseMeasure({ title: '<img src=x onerror="window.__pwned=1">', target: [{ value: 7, label: '<b>bold</b>' }] })]) }),
      box(400),
    );
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(qa(el, 'img, b')).to.have.length(0);
    expect(partText(el, 'figures')).to.include('<b>bold</b>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
