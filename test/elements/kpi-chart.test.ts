/**
 * `<civic-kpi-chart>` (SPEC §4; issue 4): the three views drawn by chart.js, the text summary
 * and the data table, lazy loading near the viewport, clean-up on disconnect, the states, the
 * locales, axe in light and dark themes, and one request per URL.
 */
import { expect } from '@open-wc/testing';
import { Chart } from 'chart.js';
import '../../src/kpi-chart';
import type { CivicKpiChart } from '../../src/kpi-chart';
import { box, expectOneCivicError, freshUrl, holdFetch, mount, norm, partText, q, qa, recordErrors, requestsFor, settle, until, watchWindow } from './helpers';

const CHART = '/test/fixtures/elements/chart';

function responseMeasure(overrides: Record<string, unknown> = {}) {
  return {
    id: 'fire-response',
    title: 'Fire response time',
    format: { style: 'unit', unit: 'minute', minimumFractionDigits: 1, maximumFractionDigits: 1 },
    better: 'lower',
    values: [
      { period: '2019', value: 7.9 },
      { period: '2020', value: null, note: 'dispatch system change' },
      { period: '2021', value: 7.7 },
      { period: '2025', value: 7.2 },
    ],
    target: [{ value: 6.5, label: '10-year target', period: '2030' }],
    baseline: { value: 7.9, period: '2019' },
    comparisons: [
      { label: 'City of Lakeport', value: 7.0 },
      { label: 'National median', value: 7.6 },
    ],
    breakdown: {
      dimension: 'Council district',
      items: [
        { label: 'District 1', value: 6.4 },
        { label: 'District 2', value: 7.1 },
        { label: 'District 3', value: 8.6 },
      ],
    },
    ...overrides,
  };
}

const documentWith = (measures: object[], locale = 'en-US') => ({ civicstat: '1.0', jurisdiction: { name: 'City of Testville', locale }, measures });

function createChart(props: Partial<Pick<CivicKpiChart, 'measure' | 'data' | 'src' | 'view' | 'showTable'>> = {}): CivicKpiChart {
  const el = document.createElement('civic-kpi-chart');
  Object.assign(el, props);
  return el;
}

const canvasOf = (el: Element) => q(el, 'canvas') as HTMLCanvasElement | null;
const chartOf = (el: Element) => {
  const canvas = canvasOf(el);
  return canvas ? Chart.getChart(canvas) : undefined;
};
async function drawn(el: CivicKpiChart) {
  await until(() => !!chartOf(el), 'the chart to be drawn', 8000);
  return chartOf(el)!;
}
const rows = (el: Element) => qa(el, 'tbody tr').map((tr) => [...tr.children].map((c) => norm(c.textContent!)));

describe('<civic-kpi-chart>: trend (the default)', () => {
  it('writes the summary, draws the line with target and baseline, and holds the figures in a table', async () => {
    const el = mount(createChart({ measure: 'fire-response', data: documentWith([responseMeasure()]) }), box(500));
    const chart = await drawn(el);
    expect(partText(el, 'title')).to.equal('Fire response time');
    expect(partText(el, 'summary')).to.equal(
      'Fire response time fell from 7.9 min to 7.2 min between 2019 and 2025; target 6.5 min. At risk: 7.2 min is slightly behind the path to 6.5 min by 2030 (expected 7.1 min in 2025); within the 5% tolerance.',
    );
    expect(norm(q(el, 'tr.status-row')!.textContent!)).to.equal(
      'Status At risk: 7.2 min is slightly behind the path to 6.5 min by 2030 (expected 7.1 min in 2025); within the 5% tolerance',
    );

    expect((chart.config as { type?: string }).type).to.equal('line');
    expect(chart.data.labels).to.deep.equal(['2019', '2020', '2021', '2025']);
    expect(chart.data.datasets[0]!.data).to.deep.equal([7.9, null, 7.7, 7.2]);
    expect(chart.data.datasets.map((d) => d.label)).to.deep.equal(['Fire response time', '10-year target: 6.5 min', 'Baseline: 7.9 min']);
    // The legend is text beside the chart, one entry per line, drawn the way the line is.
    expect(qa(el, '[part~="legend"] li').map((li) => [li.querySelector('.mark')!.classList[1], norm(li.textContent!)])).to.deep.equal([
      ['line', 'Fire response time'],
      ['target', '10-year target: 6.5 min'],
      ['baseline', 'Baseline: 7.9 min'],
    ]);
    // Axis labels go through core's formatting.
    const yTicks = chart.scales.y!.ticks.map((t) => t.label);
    expect(yTicks.every((t) => / min$/.test(String(t)))).to.equal(true);
    expect(canvasOf(el)!.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(q(el, '[part~="chart"]')!.getAttribute('aria-hidden')).to.equal('true');

    const table = q(el, 'table[part~="table"]')!;
    expect(norm(table.querySelector('caption')!.textContent!)).to.equal('Fire response time');
    expect(rows(el)).to.deep.equal([
      ['2019', '7.9 min'],
      ['2020', '– (dispatch system change)'],
      ['2021', '7.7 min'],
      ['2025', '7.2 min'],
    ]);
    expect(norm(table.querySelector('tfoot')!.textContent!)).to.equal(
      '10-year target (2030) 6.5 min Status At risk: 7.2 min is slightly behind the path to 6.5 min by 2030 (expected 7.1 min in 2025); within the 5% tolerance',
    );
  });

  it('the table is there for screen readers, and the button shows and hides it', async () => {
    const el = mount(createChart({ measure: 'fire-response', data: documentWith([responseMeasure()]) }), box(500));
    await drawn(el);
    const wrap = q(el, '.table-wrap') as HTMLElement;
    const toggle = q(el, 'button[part~="toggle"]') as HTMLButtonElement;
    expect(wrap.getBoundingClientRect().height, 'visually hidden').to.be.at.most(1);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(norm(toggle.textContent!)).to.equal('Show the data as a table');
    toggle.focus();
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(norm(toggle.textContent!)).to.equal('Hide the table');
    expect((q(el, '.table-wrap') as HTMLElement).getBoundingClientRect().height).to.be.greaterThan(50);
    expect(el.hasAttribute('show-table')).to.equal(true);
  });
});

describe('<civic-kpi-chart>: comparison and breakdown', () => {
  it('comparison: the city beside its peers, its bar hatched and outlined and its name in bold', async () => {
    const el = mount(createChart({ measure: 'fire-response', view: 'comparison', data: documentWith([responseMeasure()]) }), box(500));
    const chart = await drawn(el);
    expect(chart.data.labels).to.deep.equal(['City of Testville', 'City of Lakeport', 'National median']);
    expect(chart.data.datasets[0]!.data).to.deep.equal([7.2, 7.0, 7.6]);
    const ds = chart.data.datasets[0] as unknown as { backgroundColor: unknown[]; borderWidth: number[] };
    expect(ds.backgroundColor[0]).to.be.instanceOf(CanvasPattern);
    expect(typeof ds.backgroundColor[1]).to.equal('string');
    expect(ds.borderWidth).to.deep.equal([2, 0, 0]);
    expect(partText(el, 'summary')).to.equal(
      'Fire response time, 2025: City of Testville 7.2 min; City of Lakeport 7.0 min; National median 7.6 min (lower is better).',
    );
    expect(q(el, 'tbody tr')!.classList.contains('own')).to.equal(true);
    expect(qa(el, '[part~="legend"] li').map((li) => norm(li.textContent!))).to.deep.equal(['Fire response time', 'City of Testville']);
    expect(q(el, '[part~="legend"] .mark.own')).to.exist;
  });

  it('breakdown: the groups as bars with the target line, and which groups meet it', async () => {
    const el = mount(createChart({ measure: 'fire-response', view: 'breakdown', data: documentWith([responseMeasure()]) }), box(500));
    const chart = await drawn(el);
    expect((chart.config as { type?: string }).type).to.equal('bar');
    expect(chart.data.labels).to.deep.equal(['District 1', 'District 2', 'District 3']);
    expect(chart.data.datasets[1]!.data).to.deep.equal([6.5, 6.5, 6.5]);
    expect(partText(el, 'summary')).to.equal(
      'Fire response time by Council district: highest District 3 (8.6 min), lowest District 1 (6.4 min); 1 of 3 meets the target of 6.5 min.',
    );
    expect(qa(el, 'thead th').map((th) => norm(th.textContent!))).to.deep.equal(['Council district', 'Value', 'Meets the target (6.5 min)']);
    expect(rows(el).map((r) => r[2])).to.deep.equal(['Yes', 'No', 'No']);
  });

  it('changing view redraws the same canvas element’s chart, and leaves one chart', async () => {
    const el = mount(createChart({ measure: 'fire-response', data: documentWith([responseMeasure()]) }), box(500));
    await drawn(el);
    el.view = 'breakdown';
    await el.updateComplete;
    await until(() => chartOf(el)?.data.labels?.[0] === 'District 1', 'the breakdown');
    expect(Object.keys(Chart.instances).filter((k) => Chart.instances[k]!.canvas.getRootNode() === el.shadowRoot)).to.have.length(1);
  });
});

describe('<civic-kpi-chart>: loading lazily and cleaning up', () => {
  it('a chart far below the viewport is not drawn until it comes near', async () => {
    const spacer = mount(document.createElement('div'));
    spacer.style.height = '6000px';
    const el = createChart({ measure: 'fire-response', data: documentWith([responseMeasure()]) });
    spacer.after(el);
    const after = mount(el);
    await after.updateComplete;
    await settle(300);
    expect(canvasOf(el), 'the canvas is in place').to.exist;
    expect(chartOf(el), 'not drawn while far away').to.equal(undefined);
    el.scrollIntoView();
    await drawn(el);
    window.scrollTo(0, 0);
    spacer.remove();
  });

  it('removing the element destroys its chart', async () => {
    const before = Object.keys(Chart.instances).length;
    const el = mount(createChart({ measure: 'fire-response', data: documentWith([responseMeasure()]) }), box(500));
    await drawn(el);
    expect(Object.keys(Chart.instances).length).to.equal(before + 1);
    el.remove();
    expect(Object.keys(Chart.instances).length).to.equal(before);
  });
});

describe('<civic-kpi-chart>: states', () => {
  // The summary and legend of the skeleton have as many lines as a chart of that width usually
  // has (container queries).
  for (const width of [360, 500, 1000]) {
    it(`loading: a skeleton with the chart’s height, then the chart, ${width}px wide`, async () => {
      const held = holdFetch();
      try {
        const el = mount(createChart({ measure: 'fire-response', src: freshUrl(`${CHART}/response.json`) }), box(width));
        await el.updateComplete;
        expect(q(el, '.skeleton')).to.exist;
        expect(qa(el, '[role="status"]').some((s) => norm(s.textContent!) === 'Loading…')).to.equal(true);
        const before = el.getBoundingClientRect().height;
        held.release();
        await drawn(el);
        const after = el.getBoundingClientRect().height;
        expect(Math.abs(after - before), `loading ${before}px vs loaded ${after}px (${width}px wide)`).to.be.at.most(20);
      } finally {
        held.restore();
      }
    });
  }

  for (const [view, overrides, note] of [
    ['trend', { values: [] }, 'No figures reported yet'],
    ['comparison', { comparisons: [] }, 'No comparisons for this measure yet'],
    ['breakdown', { breakdown: undefined }, 'No breakdown for this measure yet'],
  ] as const) {
    it(`empty ${view}: says so, with no chart`, async () => {
      const el = mount(createChart({ measure: 'fire-response', view, data: documentWith([responseMeasure(overrides)]) }), box(500));
      await el.updateComplete;
      expect(norm(q(el, '.empty-note')!.textContent!)).to.equal(note);
      expect(canvasOf(el)).to.equal(null);
    });
  }

  for (const [name, props, message] of [
    ['an unknown view', { measure: 'fire-response', view: 'pie' }, 'Unknown view “pie”'],
    ['a missing measure', { measure: 'x' }, 'Measure “x” is not in the document'],
  ] as const) {
    it(`error: ${name}`, async () => {
      const guard = watchWindow();
      const wrapper = box(500);
      const atWrapper = recordErrors(wrapper);
      try {
        const el = createChart({ ...(props as object), data: documentWith([responseMeasure()]) });
        const errors = recordErrors(el);
        mount(el, wrapper);
        await until(() => errors.length > 0, 'civic-error');
        await settle();
        expect(partText(el, 'error')).to.include(message);
        expectOneCivicError(errors, message, atWrapper, guard.seen);
      } finally {
        guard.stop();
      }
    });
  }

  it('error: a 404 names the file and the status', async () => {
    const el = mount(createChart({ measure: 'fire-response', src: freshUrl(`${CHART}/missing.json`) }), box(500));
    const errors = recordErrors(el);
    await until(() => errors.length > 0, 'civic-error');
    expect(partText(el, 'error')).to.include('missing.json (HTTP 404');
  });
});

describe('<civic-kpi-chart>: locale', () => {
  it('lang="es": Spanish summary and table, numbers on the axis in Spanish', async () => {
    const el = mount(createChart({ measure: 'fire-response', data: documentWith([responseMeasure()]) }), box(500, { lang: 'es' }));
    const chart = await drawn(el);
    expect(partText(el, 'summary')).to.equal(
      'Fire response time bajó de 7,9 min a 7,2 min entre 2019 y 2025; meta: 6,5 min. En riesgo: 7,2 min va algo por detrás de la trayectoria hacia la meta de 6,5 min para 2030 (previsto en 2025: 7,1 min); dentro de la tolerancia del 5 %.',
    );
    expect(chart.scales.y!.ticks.some((t) => /^\d+,\d min$/.test(String(t.label)))).to.equal(true);
    expect(norm(q(el, 'button')!.textContent!)).to.equal('Mostrar los datos en una tabla');
  });

  it('lang="fr": French', async () => {
    const el = mount(createChart({ measure: 'fire-response', view: 'breakdown', data: documentWith([responseMeasure()]) }), box(500, { lang: 'fr' }));
    await drawn(el);
    expect(partText(el, 'summary')).to.match(/^Fire response time par Council district : maximum District 3 \(8,6\smin\)/);
    expect(rows(el).map((r) => r[2])).to.deep.equal(['Oui', 'Non', 'Non']);
  });
});

describe('<civic-kpi-chart>: accessibility (axe, colour contrast included)', () => {
  for (const theme of ['light', 'dark']) {
    for (const view of ['trend', 'comparison', 'breakdown'] as const) {
      it(`${theme}: ${view}, table shown`, async () => {
        const wrapper = box(500, theme === 'dark' ? { theme: 'dark' } : {});
        if (theme === 'dark') wrapper.style.background = '#1b1b1b';
        const el = mount(createChart({ measure: 'fire-response', view, showTable: true, data: documentWith([responseMeasure()]) }), wrapper);
        await drawn(el);
        await expect(el).to.be.accessible();
      });
    }
    it(`${theme}: empty and error`, async () => {
      const wrapper = box(500, theme === 'dark' ? { theme: 'dark' } : {});
      if (theme === 'dark') wrapper.style.background = '#1b1b1b';
      const empty = mount(createChart({ measure: 'fire-response', view: 'comparison', data: documentWith([responseMeasure({ comparisons: [] })]) }), wrapper);
      const error = mount(createChart({ measure: 'x', data: documentWith([responseMeasure()]) }), wrapper);
      await empty.updateComplete;
      await error.updateComplete;
      await expect(empty).to.be.accessible();
      await expect(error).to.be.accessible();
    });
  }

  it('each view with the table hidden (the default)', async () => {
    for (const view of ['trend', 'comparison', 'breakdown'] as const) {
      const el = mount(createChart({ measure: 'fire-response', view, data: documentWith([responseMeasure()]) }), box(500));
      await drawn(el);
      await expect(el).to.be.accessible();
    }
  });

  it('loading', async () => {
    const held = holdFetch();
    try {
      const el = mount(createChart({ measure: 'fire-response', src: freshUrl(`${CHART}/response.json`) }), box(500));
      await el.updateComplete;
      await expect(el).to.be.accessible();
    } finally {
      held.restore();
    }
  });
});

describe('<civic-kpi-chart>: shared requests', () => {
  it('20 charts naming one src make one request for the document', async () => {
    performance.clearResourceTimings();
    const url = freshUrl(`${CHART}/response.json`);
    const wrapper = box(500);
    const charts = Array.from({ length: 20 }, () => createChart({ measure: 'fire-response', src: url, view: 'comparison' }));
    wrapper.append(...charts);
    await until(() => charts.every((c) => !!q(c, '[part~="summary"]')), 'all 20 charts');
    await until(() => requestsFor(url).length > 0, 'the resource-timing entry');
    await settle();
    expect(requestsFor(url)).to.have.length(1);
  });
});
