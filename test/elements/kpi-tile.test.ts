/**
 * `<civic-kpi-tile>` as a reader sees it (SPEC §4–5): the text, roles and names in its shadow
 * root in the normal, loading, error and empty states; locale; `hide`; safe URLs; axe (colour
 * contrast included) in light and dark themes; shared requests; and `<civic-data>` as provider.
 *
 * Every test builds its own document (the `data` property) or uses its own URL (a unique query
 * string), so the page-wide document cache never carries a result from one test into another.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/kpi-tile';
import type { CivicKpiTile } from '../../src/kpi-tile';

import {
  expectOneCivicError,
  allText,
  box as fixedBox,
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

const KPI = '/test/fixtures/elements/kpi';

/** A measure like the fixture's: 7.6 → 7.2 min (lower is better), target 7.0, two comparisons. */
function responseMeasure(overrides: Record<string, unknown> = {}) {
  return {
    id: 'fire-response',
    title: 'Fire response time',
    format: { style: 'unit', unit: 'minute', minimumFractionDigits: 1, maximumFractionDigits: 1 },
    better: 'lower',
    frequency: 'quarterly',
    values: [
      { period: '2025-Q2', value: 7.9 },
      { period: '2025-Q3', value: 7.8 },
      { period: '2025-Q4', value: 7.6 },
      { period: '2026-Q1', value: 7.2 },
    ],
    target: [{ value: 7.0, label: '2-year target', period: '2027' }],
    comparisons: [
      { label: 'City of Lakeport', value: 7.0 },
      { label: 'National median', value: 7.6 },
    ],
    narrative: 'Response times improved after dispatch protocols were revised.',
    source: { name: 'Computer-aided dispatch system', url: 'https://www.testville.example/fire/performance' },
    ...overrides,
  };
}

function documentWith(measures: object[], jurisdiction: Record<string, unknown> = {}) {
  return {
    civicstat: '1.0',
    jurisdiction: { name: 'City of Testville', locale: 'en-US', ...jurisdiction },
    updated: '2026-04-15',
    measures,
  };
}

/** A tile, not yet in the page. */
function createTile(props: Partial<Pick<CivicKpiTile, 'measure' | 'data' | 'src' | 'hide' | 'href'>> = {}): CivicKpiTile {
  const el = document.createElement('civic-kpi-tile');
  Object.assign(el, props);
  return el;
}

const box = (width = 360, attrs: Record<string, string> = {}) => fixedBox(width, attrs);
const isReady = (el: Element) => !!q(el, '[part~="value"]') || !!q(el, '.empty-note');

describe('<civic-kpi-tile>: normal state', () => {
  it('shows title, value, period, status (icon + word), delta, target, sparkline, comparisons and source', async () => {
    const el = createTile({ measure: 'fire-response', data: documentWith([responseMeasure()]) });
    mount(el, box());
    await el.updateComplete;

    expect(partText(el, 'title')).to.equal('Fire response time');
    expect(partText(el, 'value')).to.equal('7.2 min');
    expect(partText(el, 'period')).to.match(/2026/);
    expect(partText(el, 'period')).to.match(/Q1|1st quarter|first quarter/i);

    // Status: a word and an icon, never colour alone. The 2-year target (2027) is still ahead:
    // 7.2 min is judged against the path from 7.9 min (2025-Q2) to 7.0 by 2027, 7.45 min now → on track.
    const status = q(el, '[part~="status"]')!;
    expect(status, 'status part').to.exist;
    expect(norm(status.textContent!)).to.equal('On track');
    const icon = status.querySelector('svg');
    expect(icon, 'status icon').to.exist;
    expect(icon!.getAttribute('aria-hidden')).to.equal('true');

    // 7.6 → 7.2 with lower better: down 0.4, better.
    const delta = partText(el, 'delta');
    expect(delta).to.match(/0\.4 min/);
    expect(delta).to.match(/since .*2025/);
    expect(delta).to.include('(better)');
    expect(delta).not.to.include('worse');

    const target = partText(el, 'target');
    expect(target).to.match(/^Target/);
    expect(target).to.include('2027');
    expect(target).to.include('7.0 min');

    const spark = q(el, 'svg[part~="sparkline"]');
    expect(spark, 'sparkline svg').to.exist;
    expect(spark!.getAttribute('aria-hidden')).to.equal('true');
    expect(spark!.getBoundingClientRect().height, 'sparkline drawn').to.be.greaterThan(0);

    const list = q(el, '[part~="comparisons"]')!;
    expect(list.tagName).to.equal('UL');
    expect([...list.querySelectorAll('li')].map((li) => norm(li.textContent!))).to.deep.equal([
      'City of Lakeport: 7.0 min',
      'National median: 7.6 min',
    ]);

    expect(partText(el, 'narrative')).to.equal('Response times improved after dispatch protocols were revised.');

    const sourceLink = q(el, '[part~="source"] a') as HTMLAnchorElement | null;
    expect(sourceLink, 'source link').to.exist;
    expect(sourceLink!.getAttribute('href')).to.equal('https://www.testville.example/fire/performance');
    expect(norm(sourceLink!.textContent!)).to.equal('Computer-aided dispatch system');
    expect(partText(el, 'source')).to.match(/^Source:/);

    // No error shown.
    expect(partText(el, 'error')).to.equal('');
  });

  it('a worse change says "worse", and off track shows its own word and icon', async () => {
    const measure = responseMeasure({
      values: [
        { period: '2025-Q4', value: 7.6 },
        { period: '2026-Q1', value: 8.4 },
      ],
    });
    const el = createTile({ measure: 'fire-response', data: documentWith([measure]) });
    mount(el, box());
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('8.4 min');
    expect(partText(el, 'delta')).to.include('(worse)');
    expect(partText(el, 'status')).to.equal('Off track');
    expect(q(el, '[part~="status"] svg')).to.exist;
  });

  it('on track: the word "On track" with an icon', async () => {
    const measure = responseMeasure({
      values: [
        { period: '2025-Q4', value: 7.2 },
        { period: '2026-Q1', value: 6.8 },
      ],
    });
    const el = createTile({ measure: 'fire-response', data: documentWith([measure]) });
    mount(el, box());
    await el.updateComplete;
    expect(partText(el, 'status')).to.equal('On track');
    expect(q(el, '[part~="status"] svg')).to.exist;
  });
});

describe('<civic-kpi-tile>: loading state', () => {
  it('shows a skeleton and a visually hidden "Loading…" status, then the figures', async () => {
    const held = holdFetch();
    try {
      const url = freshUrl(`${KPI}/response.json`);
      const el = createTile({ measure: 'fire-response', src: url });
      mount(el, box(360));
      await el.updateComplete;

      const skeleton = q(el, '.skeleton');
      expect(skeleton, 'skeleton').to.exist;
      expect(skeleton!.getAttribute('aria-hidden')).to.equal('true');
      expect(skeleton!.getBoundingClientRect().height, 'skeleton drawn').to.be.greaterThan(0);
      const loading = qa(el, '[role="status"]').find((s) => norm(s.textContent!) === 'Loading…');
      expect(loading, 'a role=status with "Loading…"').to.exist;
      const r = loading!.getBoundingClientRect();
      expect(r.width <= 1 && r.height <= 1, `visually hidden (${r.width}×${r.height})`).to.equal(true);
      expect(q(el, '[part~="value"]')).to.equal(null);

      held.release();
      await until(() => isReady(el), 'the loaded tile');
      await el.updateComplete;
      expect(q(el, '.skeleton'), 'skeleton gone').to.equal(null);
      expect(partText(el, 'value')).to.equal('7.2 min');
    } finally {
      held.restore();
    }
  });

  // The skeleton has the rows of a typical full tile (fewer lines where a wide tile has room:
  // container queries); where an engine's font wraps one more line of the loaded text than the
  // skeleton has, the tile grows by that one line (20 px). Holding the exact size in every
  // engine and for every measure is still open work.
  for (const width of [360, 700, 1000]) {
    it(`holds its loaded height while loading to within one line of text, ${width}px wide`, async () => {
      const held = holdFetch();
      try {
        const el = createTile({ measure: 'fire-response', src: freshUrl(`${KPI}/response.json`) });
        mount(el, box(width));
        await el.updateComplete;
        expect(q(el, '.skeleton')).to.exist;
        const loadingHeight = el.getBoundingClientRect().height;
        held.release();
        await until(() => isReady(el), 'the loaded tile');
        await el.updateComplete;
        const loadedHeight = el.getBoundingClientRect().height;
        expect(
          Math.abs(loadedHeight - loadingHeight),
          `height while loading ${loadingHeight}px vs loaded ${loadedHeight}px (${width}px wide)`,
        ).to.be.at.most(20);
      } finally {
        held.restore();
      }
    });
  }
});

describe('<civic-kpi-tile>: error states', () => {
  it('a missing measure shows a visible message and fires one bubbling, composed civic-error', async () => {
    const guard = watchWindow();
    const wrapper = box();
    const atWrapper = recordErrors(wrapper);
    try {
      const el = createTile({ measure: 'x', data: documentWith([responseMeasure()]) });
      const errors = recordErrors(el);
      mount(el, wrapper);
      await until(() => errors.length > 0, 'civic-error');
      await settle();

      const message = q(el, '[part~="error"]') as HTMLElement;
      expect(norm(message.textContent!)).to.include('Measure “x” is not in the document');
      expect(message.getBoundingClientRect().height, 'message visible').to.be.greaterThan(0);
      expect(getComputedStyle(message).visibility).to.equal('visible');
      expectOneCivicError(errors, 'Measure “x” is not in the document', atWrapper, guard.seen);
    } finally {
      guard.stop();
    }
  });

  it('a src that answers 404 shows "(HTTP 404" and fires civic-error; nothing reaches window', async () => {
    const guard = watchWindow();
    try {
      const el = createTile({ measure: 'fire-response', src: freshUrl(`${KPI}/missing.json`) });
      const errors = recordErrors(el);
      mount(el, box());
      await until(() => errors.length > 0, 'civic-error');
      await settle();

      expect(partText(el, 'error')).to.include('(HTTP 404');
      expect(partText(el, 'error')).to.include('missing.json');
      expect(errors, 'exactly one civic-error').to.have.length(1);
      expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
      expect(errors[0]!.detail.error.message).to.include('(HTTP 404');
      expect(guard.seen, 'nothing reached window').to.deep.equal([]);
    } finally {
      guard.stop();
    }
  });

  it('ten tiles whose shared document fails: each shows the message, a screen reader hears it once', async () => {
    const src = freshUrl(`${KPI}/missing.json`);
    const wrapper = box();
    const tiles = Array.from({ length: 10 }, () => mount(createTile({ measure: 'fire-response', src }), wrapper));
    await until(() => tiles.every((t) => partText(t, 'error') !== ''), 'every message');
    await settle();
    const regions = tiles.map((t) => q(t, '[part~="error"]') as HTMLElement);
    for (const r of regions) {
      expect(r.getAttribute('role')).to.equal('status');
      expect(norm(r.textContent!)).to.include('(HTTP 404');
      expect(r.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
    }
    expect(regions.filter((r) => r.getAttribute('aria-live') === 'polite'), 'one live region speaks').to.have.length(1);
    expect(regions.filter((r) => r.getAttribute('aria-live') === 'off')).to.have.length(9);
    // A different message is spoken: it is news.
    const other = mount(createTile({ measure: 'no-such', src: freshUrl(`${KPI}/missing-too.json`) }), wrapper);
    await until(() => partText(other, 'error') !== '', 'the other message');
    expect(q(other, '[part~="error"]')!.getAttribute('aria-live')).to.equal('polite');
    // Once the tile that spoke is gone, the same failure elsewhere is spoken again.
    wrapper.remove();
    const later = mount(createTile({ measure: 'fire-response', src }), box());
    await until(() => partText(later, 'error') !== '', 'the message again');
    expect(q(later, '[part~="error"]')!.getAttribute('aria-live')).to.equal('polite');
  });
});

describe('<civic-kpi-tile>: empty state', () => {
  it('a measure without values says "No figures reported yet"', async () => {
    const el = createTile({ measure: 'fire-response', data: documentWith([responseMeasure({ values: [] })]) });
    mount(el, box());
    await el.updateComplete;
    expect(partText(el, 'title')).to.equal('Fire response time');
    expect(allText(el)).to.include('No figures reported yet');
    expect(q(el, '[part~="value"]')).to.equal(null);
    expect(q(el, 'svg[part~="sparkline"]')).to.equal(null);
  });
});

describe('<civic-kpi-tile>: locale', () => {
  it('lang="es" on an ancestor: Spanish status word and 7,2 min', async () => {
    const wrapper = box(360, { lang: 'es' });
    const el = createTile({ measure: 'fire-response', data: documentWith([responseMeasure()]) });
    mount(el, wrapper);
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('7,2 min');
    expect(partText(el, 'status')).to.equal('En camino');
    expect(partText(el, 'delta')).to.include('(mejor)');
    expect(partText(el, 'target')).to.match(/^Meta/);
  });

  it('lang="fr" on an ancestor: French', async () => {
    const wrapper = box(360, { lang: 'fr' });
    const el = createTile({ measure: 'fire-response', data: documentWith([responseMeasure()]) });
    mount(el, wrapper);
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('7,2 min');
    expect(partText(el, 'status')).to.equal('En bonne voie');
    expect(partText(el, 'delta')).to.include('(mieux)');
    expect(partText(el, 'target')).to.match(/^Objectif/);
  });

  it('jurisdiction.locale "es-MX" with no lang attribute anywhere: Spanish', async () => {
    // The test page has <html lang="en">, which (as the nearest lang) would win; remove it here.
    const html = document.documentElement;
    const pageLang = html.getAttribute('lang');
    html.removeAttribute('lang');
    try {
      const el = createTile({ measure: 'fire-response', data: documentWith([responseMeasure()], { locale: 'es-MX' }) });
      mount(el, box());
      await el.updateComplete;
      // es-MX writes decimals with a point (Intl: 7.2); the words are Spanish.
      const expected = `${new Intl.NumberFormat('es-MX', { minimumFractionDigits: 1 }).format(7.2)} min`;
      expect(partText(el, 'value')).to.equal(expected);
      expect(partText(el, 'status')).to.equal('En camino');
      expect(partText(el, 'delta')).to.include('(mejor)');
      expect(q(el, '[part~="base"]')!.getAttribute('lang')).to.match(/^es/);
    } finally {
      if (pageLang !== null) html.setAttribute('lang', pageLang);
    }
  });
});

describe('<civic-kpi-tile>: hide', () => {
  it('hide="sparkline comparisons narrative source target delta" removes those parts only', async () => {
    const el = createTile({
      measure: 'fire-response',
      data: documentWith([responseMeasure()]),
      hide: 'sparkline comparisons narrative source target delta',
    });
    mount(el, box());
    await el.updateComplete;
    for (const part of ['sparkline', 'comparisons', 'narrative', 'source', 'target', 'delta']) {
      expect(q(el, `[part~="${part}"]`), part).to.equal(null);
    }
    expect(partText(el, 'title')).to.equal('Fire response time');
    expect(partText(el, 'value')).to.equal('7.2 min');
    expect(partText(el, 'status')).to.equal('On track');
  });
});

describe('<civic-kpi-tile>: safe URLs', () => {
  it('href="javascript:…" and a javascript: source URL never become links', async () => {
    const measure = responseMeasure({ source: { name: 'Evil source', url: 'javascript:alert(1)' } });
    const el = createTile({ measure: 'fire-response', data: documentWith([measure]), href: 'javascript:alert(1)' });
    mount(el, box());
    await el.updateComplete;
    expect(qa(el, 'a[href^="javascript" i]')).to.have.length(0);
    expect(qa(el, 'a').filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? ''))).to.have.length(0);
    expect(q(el, '[part~="title"] a'), 'title not a link').to.equal(null);
    expect(partText(el, 'title')).to.equal('Fire response time');
    // The source is still named, as text.
    expect(partText(el, 'source')).to.include('Evil source');
  });

  it('href set as an attribute with javascript: is dropped too', async () => {
    const el = await fixture<CivicKpiTile>(html`<civic-kpi-tile measure="fire-response" href="javascript:alert(1)"></civic-kpi-tile>`);
    el.data = documentWith([responseMeasure()]);
    await el.updateComplete;
    expect(qa(el, 'a[href^="javascript" i]')).to.have.length(0);
    expect(q(el, '[part~="title"] a')).to.equal(null);
  });

  it('href="https://example.org/x" makes the title a link named by the title', async () => {
    const el = createTile({ measure: 'fire-response', data: documentWith([responseMeasure()]), href: 'https://example.org/x' });
    mount(el, box());
    await el.updateComplete;
    const link = q(el, '[part~="title"] a') as HTMLAnchorElement | null;
    expect(link, 'title link').to.exist;
    expect(link!.getAttribute('href')).to.equal('https://example.org/x');
    expect(norm(link!.textContent!)).to.equal('Fire response time');
  });
});

describe('<civic-kpi-tile>: why the status', () => {
  /** 25% in 2025 toward 32% by 2035, with a baseline: the path is at 25.7% in 2026. */
  const canopy = (value: number) => ({
    id: 'canopy',
    title: 'Tree canopy',
    format: { style: 'percent', maximumFractionDigits: 1 },
    values: [
      { period: '2025', value: 0.25 },
      { period: '2026', value },
    ],
    baseline: { value: 0.25, period: '2025' },
    target: { value: 0.32, period: '2035', label: '10-year target' },
  });

  it('on the way to a 10-year target: the pace is visible, the rule opens from the status with the keyboard', async () => {
    const el = createTile({ measure: 'canopy', data: documentWith([canopy(0.27)]) });
    mount(el, box(288));
    await el.updateComplete;
    const rule = q(el, 'details[part~="status-rule"]') as HTMLDetailsElement;
    expect(rule, 'the status is a disclosure').to.exist;
    const summary = rule.querySelector('summary')!;
    expect(norm(summary.textContent!)).to.equal('On track: ahead of pace');
    expect(summary.querySelector('[part~="status"] svg'), 'icon with the word').to.exist;
    // The short form fits one line of a phone's tile.
    expect(summary.getBoundingClientRect().height, 'one line').to.be.below(30);
    const explanation = q(el, '[part~="status-explanation"]') as HTMLElement;
    expect(rule.open).to.equal(false);
    expect(explanation.checkVisibility(), 'closed at first').to.equal(false);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => rule.open, 'opened with Enter');
    expect(explanation.checkVisibility(), 'the rule shows').to.equal(true);
    expect(norm(explanation.textContent!)).to.equal('On track: 27% is ahead of the path to 32% by 2035 (expected 25.7% in 2026)');
    await expect(el).to.be.accessible();
  });

  it('slightly behind the path, in Spanish with lang="es"', async () => {
    const el = createTile({ measure: 'canopy', data: documentWith([canopy(0.25)]) });
    mount(el, box(360, { lang: 'es' }));
    await until(() => partText(el, 'status') === 'En riesgo', 'the Spanish strings');
    expect(norm(q(el, 'details[part~="status-rule"] summary')!.textContent!)).to.equal('En riesgo: algo por detrás del ritmo previsto');
    expect(partText(el, 'status-explanation')).to.equal(
      'En riesgo: el 25 % va algo por detrás de la trayectoria hacia la meta del 32 % para 2035 (previsto en 2026: 25,7 %); dentro de la tolerancia del 5 %',
    );
    (q(el, 'details[part~="status-rule"]') as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
  });

  it('against the target itself, and a status set by the city, in the light and dark themes', async () => {
    const due = responseMeasure({ target: { value: 7.0, period: '2026-Q1' } });
    for (const theme of ['light', 'dark']) {
      const el = createTile({ measure: 'fire-response', data: documentWith([due]) });
      mount(el, box(360, { theme }));
      await el.updateComplete;
      expect(norm(q(el, 'details[part~="status-rule"] summary')!.textContent!)).to.equal('At risk');
      expect(partText(el, 'status-explanation')).to.equal('At risk: 7.2 min is 0.2 min above the target of 7.0 min; within the 5% tolerance');
      (q(el, 'details[part~="status-rule"]') as HTMLDetailsElement).open = true;
      await expect(el).to.be.accessible();
    }
    const set = createTile({ measure: 'fire-response', data: documentWith([responseMeasure({ status: 'off-track' })]) });
    mount(set, box());
    await set.updateComplete;
    expect(partText(set, 'status-explanation')).to.equal('Off track: as reported by the city, not computed from the figures');
  });
});

describe('<civic-kpi-tile>: accessibility (axe, colour contrast included)', () => {
  it('normal state', async () => {
    const el = createTile({ measure: 'fire-response', data: documentWith([responseMeasure()]), href: 'https://example.org/x' });
    mount(el, box());
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('normal state, off track and worse', async () => {
    const measure = responseMeasure({
      values: [
        { period: '2025-Q4', value: 7.6 },
        { period: '2026-Q1', value: 8.4 },
      ],
    });
    const el = createTile({ measure: 'fire-response', data: documentWith([measure]) });
    mount(el, box());
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('empty state', async () => {
    const el = createTile({ measure: 'fire-response', data: documentWith([responseMeasure({ values: [] })]) });
    mount(el, box());
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('error state', async () => {
    const el = createTile({ measure: 'x', data: documentWith([responseMeasure()]) });
    mount(el, box());
    await el.updateComplete;
    await settle(50);
    expect(partText(el, 'error')).to.include('is not in the document');
    await expect(el).to.be.accessible();
  });

  it('loading state', async () => {
    const held = holdFetch();
    try {
      const el = createTile({ measure: 'fire-response', src: freshUrl(`${KPI}/response.json`) });
      mount(el, box());
      await el.updateComplete;
      expect(q(el, '.skeleton')).to.exist;
      await expect(el).to.be.accessible();
    } finally {
      held.restore();
    }
  });

  for (const [name, values] of [
    ['at risk, better', undefined],
    ['off track, worse', [{ period: '2025-Q4', value: 7.6 }, { period: '2026-Q1', value: 8.4 }]],
    ['on track', [{ period: '2025-Q4', value: 7.2 }, { period: '2026-Q1', value: 6.8 }]],
  ] as const) {
    it(`dark theme (theme="dark" on an ancestor): ${name}`, async () => {
      const wrapper = box(360, { theme: 'dark' });
      wrapper.style.background = '#1b1b1b';
      wrapper.style.color = '#f0f0f0';
      wrapper.style.padding = '8px';
      const measure = responseMeasure(values ? { values } : {});
      const el = createTile({ measure: 'fire-response', data: documentWith([measure]), href: 'https://example.org/x' });
      mount(el, wrapper);
      await el.updateComplete;
      expect(q(el, '[part~="base"]')!.classList.contains('dark'), 'dark tokens applied').to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('dark theme: empty and error states', async () => {
    const wrapper = box(360, { theme: 'dark' });
    wrapper.style.background = '#1b1b1b';
    const empty = createTile({ measure: 'fire-response', data: documentWith([responseMeasure({ values: [] })]) });
    const error = createTile({ measure: 'x', data: documentWith([responseMeasure()]) });
    mount(empty, wrapper);
    mount(error, wrapper);
    await empty.updateComplete;
    await error.updateComplete;
    await expect(empty).to.be.accessible();
    await expect(error).to.be.accessible();
  });
});

describe('<civic-kpi-tile>: shared requests', () => {
  it('50 tiles with the same src make exactly one request, and all render', async () => {
    performance.clearResourceTimings();
    const url = freshUrl(`${KPI}/response.json`);
    const wrapper = box(360);
    const tiles = Array.from({ length: 50 }, () => createTile({ measure: 'fire-response', src: url }));
    wrapper.append(...tiles);
    await until(() => tiles.every(isReady), 'all 50 tiles to render', 8000);
    expect(tiles.map((t) => partText(t, 'value'))).to.deep.equal(Array(50).fill('7.2 min'));
    await until(() => requestsFor(url).length > 0, 'the resource-timing entry');
    await settle();
    expect(requestsFor(url), 'requests for the URL').to.have.length(1);
  });
});

describe('<civic-kpi-tile>: inside <civic-data>', () => {
  it('renders from an inline JSON provider', async () => {
    const provider = document.createElement('civic-data');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(documentWith([responseMeasure({ title: 'Provided response time' })]));
    const el = createTile({ measure: 'fire-response' });
    provider.append(script, el);
    mount(provider, box());
    await until(() => isReady(el), 'the tile to render from the provider');
    expect(partText(el, 'title')).to.equal('Provided response time');
    expect(partText(el, 'value')).to.equal('7.2 min');
    expect(partText(el, 'status')).to.equal('On track');
  });
});

describe('<civic-kpi-tile>: a provider upgraded after the tile', () => {
  it('receives the document once the late provider is defined', async () => {
    const tag = `late-data-${Math.random().toString(36).slice(2, 8)}`;
    const host = mount(document.createElement('div'));
    host.innerHTML = `<${tag}><script type="application/json">${JSON.stringify(documentWith([responseMeasure()]))}</script>
      <civic-kpi-tile measure="fire-response"></civic-kpi-tile></${tag}>`;
    const tile = host.querySelector('civic-kpi-tile') as CivicKpiTile;
    await tile.updateComplete;
    // No provider answered yet: the tile says it has no data.
    expect(partText(tile, 'error')).to.include('No data');
    customElements.define(tag, class extends (customElements.get('civic-data') as typeof HTMLElement) {});
    await until(() => isReady(tile), 'the tile to receive the late document');
    expect(partText(tile, 'value')).to.equal('7.2 min');
    expect(partText(tile, 'error')).to.equal('');
  });
});
