/**
 * Injected content (SPEC §5): every payload of payloads.ts goes into every text and URL field
 * of a document, and into the attributes the elements read, and is rendered by every element
 * in a real browser. Then:
 *
 * - no script ran: the sentinel `__xss` (a setter on window) was never written, and no
 *   alert/confirm/prompt was called;
 * - nothing was injected: every element's shadow root holds only tag names the element
 *   renders for harmless text (the same configuration rendered with plain words), no element
 *   anywhere has an `on…` attribute, the page's light DOM and <head> gained nothing;
 * - the payload shows as text: for every field an element shows, the field's text (a field
 *   marker, then the payload) is in the shadow root's textContent, whitespace collapsed;
 * - no unsafe URL reached the DOM: every href, xlink:href, src, action, formaction, data,
 *   poster and background attribute resolves to http(s);
 * - nothing was thrown into the page.
 *
 * Text fields carry a marker `⟦field⟧` before the payload, so the check knows which field
 * came out as text; URL fields and attributes carry the bare payload. Payloads are rendered
 * in batches (one document per payload, every element configuration from it) so the file
 * runs in seconds per engine. One summary line is printed at the end.
 */
import { expect } from '@open-wc/testing';
import '../../src/index';
import { Chart } from '../../src/charts/chart-js';
import { norm, settle, until, watchWindow } from '../elements/helpers';
import { PAYLOADS } from './payloads';

// ---------------------------------------------------------------------------------------------
// The sentinel: payloads write their own number into `__xss` (window, parent, top, self or
// globalThis all reach this window from the page or a same-origin frame).

const fired: string[] = [];
Object.defineProperty(window, '__xss', {
  configurable: true,
  get: () => undefined,
  set: (value: unknown) => {
    fired.push(`__xss=${String(value)}`);
  },
});
for (const name of ['alert', 'confirm', 'prompt'] as const) {
  (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    fired.push(`${name}(${args.map(String).join(',')})`);
    return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
  };
}

// ---------------------------------------------------------------------------------------------
// Fields

/** Text fields of the document; each gets `⟦id⟧` + payload. */
const TEXT_FIELDS = [
  'jurisdiction.name',
  'measure.title',
  'measure.description',
  'measure.unit',
  'measure.department',
  'measure.narrative',
  'measure.source.name',
  'measure.values.note',
  'measure.target.label',
  'measure.comparisons.label',
  'measure.comparisons.source',
  'measure.breakdown.dimension',
  'measure.breakdown.label',
  'goal.title',
  'goal.priority',
  'goal.outcome',
  'goal.department',
  'criteria.note',
  'criteria.evidence.label',
  'program.name',
  'program.issuer',
  'program.version',
  'program.description',
  'program.group.label',
  'program.criterion.label',
  'program.criterion.description',
  'program.criterion.tag',
  'program.tier.label',
  'statusLabels',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** URL fields of the document; each gets the bare payload. */
const URL_FIELDS = [
  'jurisdiction.url',
  'measure.source.url',
  'criteria.evidence.url',
  'certification.awarded.url',
  'program.url',
] as const;

/** Element attributes; each gets the bare payload. */
const ATTRIBUTE_FIELDS = [
  'kpi-tile[href]',
  'kpi-tile[measure]',
  'kpi-tile[hide]',
  'target-gauge[measure]',
  'target-gauge[target]',
  'kpi-chart[measure]',
  'kpi-chart[view]',
  'tier-badge[href]',
  'tier-badge[certification]',
  'tier-badge[program]',
  'tier-badge[tier]',
  'tier-badge[year]',
  'tier-badge[expires]',
  'criteria-checklist[certification]',
  'criteria-checklist[status]',
  'criteria-checklist[group]',
  'status-summary[kind]',
  'status-summary[priority]',
  'status-summary[department]',
  'scorecard[priority]',
  'scorecard[department]',
  'scorecard[goal]',
  'scorecard[status]',
  // On the ancestor of every element: the locale and the theme are read from there.
  '[lang] ancestor',
  '[theme] ancestor',
] as const;

const mark = (field: TextField) => `⟦${field}⟧`;

/** One document with the payload in every text and URL field. */
function documentWith(p: string) {
  const t = (field: TextField) => `${mark(field)}${p}`;
  return {
    civicstat: '1.0',
    jurisdiction: { name: t('jurisdiction.name'), locale: 'en-US', url: p },
    updated: '2026-01-15',
    // The city's own status words: the same field for the four statuses.
    statusLabels: { 'on-track': t('statusLabels'), 'at-risk': t('statusLabels'), 'off-track': t('statusLabels'), 'no-data': t('statusLabels') },
    measures: [
      {
        id: 'm',
        title: t('measure.title'),
        description: t('measure.description'),
        unit: t('measure.unit'),
        department: t('measure.department'),
        goal: 'g',
        better: 'higher',
        values: [
          { period: '2023', value: 10, note: t('measure.values.note') },
          { period: '2024', value: 12, note: t('measure.values.note') },
          { period: '2025', value: 15, note: t('measure.values.note') },
        ],
        target: [
          { value: 20, label: t('measure.target.label'), period: '2027' },
          { value: 30, label: t('measure.target.label'), period: '2030' },
        ],
        baseline: { value: 8, period: '2022' },
        comparisons: [
          { label: t('measure.comparisons.label'), value: 14, source: t('measure.comparisons.source') },
          { label: t('measure.comparisons.label'), value: 18 },
        ],
        breakdown: {
          dimension: t('measure.breakdown.dimension'),
          items: [
            { label: t('measure.breakdown.label'), value: 11 },
            { label: t('measure.breakdown.label'), value: 22 },
          ],
        },
        narrative: t('measure.narrative'),
        source: { name: t('measure.source.name'), url: p },
      },
    ],
    goals: [
      { id: 'g', title: t('goal.title'), priority: t('goal.priority'), outcome: t('goal.outcome'), department: t('goal.department'), measures: ['m'] },
    ],
    certifications: [
      {
        id: 'cert',
        program: 'xss-program',
        assessed: '2026-01-10',
        awarded: { tier: 'bronze', date: '2025-06-01', expires: '2099-06-01', url: p },
        criteria: {
          c1: {
            status: 'met',
            note: t('criteria.note'),
            evidence: [
              { label: t('criteria.evidence.label'), url: 'https://example.org/evidence' },
              { label: 'Second evidence', url: p },
            ],
          },
          // Declared met but blocked by c3: its label shows in the "counts only once" line.
          c2: { status: 'met', note: t('criteria.note') },
          c3: 'in-progress',
        },
      },
      // No award: the badge links to the program's url.
      { id: 'cert-b', program: 'xss-program', criteria: { c1: 'met' } },
    ],
    programs: [
      {
        id: 'xss-program',
        name: t('program.name'),
        issuer: t('program.issuer'),
        url: p,
        version: t('program.version'),
        description: t('program.description'),
        groups: [
          { id: 'g1', label: t('program.group.label') },
          { id: 'g2', label: t('program.group.label') },
        ],
        criteria: [
          { id: 'c1', label: t('program.criterion.label'), group: 'g1', description: t('program.criterion.description'), tags: ['core', t('program.criterion.tag')] },
          { id: 'c2', label: t('program.criterion.label'), group: 'g2', tags: ['core'], requires: ['c3'] },
          { id: 'c3', label: t('program.criterion.label'), group: 'g2', tags: [t('program.criterion.tag')] },
        ],
        tiers: [
          { id: 'bronze', label: t('program.tier.label'), rule: { minMet: 1 } },
          { id: 'gold', label: t('program.tier.label'), rule: { all: ['core'], min: { [t('program.criterion.tag')]: 2 } } },
        ],
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Element configurations rendered for each payload

interface Config {
  name: string;
  tag: string;
  /** Attributes; the value `P` stands for the payload. */
  attrs: Record<string, string>;
  /** Inside the <civic-data> that holds the payload's document (else standalone). */
  inData: boolean;
  /** Whether the element renders its ready state or its error state. */
  kind: 'ready' | 'error';
  /** Text fields the element shows; `P` means the bare payload (from an attribute). */
  shows: (TextField | 'P')[];
  /** A chart that must be drawn by chart.js. */
  chart?: boolean;
}

const P = 'P';
const CONFIGS: Config[] = [
  {
    name: 'tile',
    tag: 'civic-kpi-tile',
    attrs: { measure: 'm', href: P },
    inData: true,
    kind: 'ready',
    shows: ['measure.title', 'measure.unit', 'measure.comparisons.label', 'measure.narrative', 'measure.source.name', 'statusLabels'],
  },
  { name: 'tile (measure=P)', tag: 'civic-kpi-tile', attrs: { measure: P, hide: P }, inData: true, kind: 'error', shows: [P] },
  { name: 'gauge', tag: 'civic-target-gauge', attrs: { measure: 'm' }, inData: true, kind: 'ready', shows: ['measure.title', 'measure.unit', 'measure.target.label', 'statusLabels'] },
  {
    name: 'radial gauge',
    tag: 'civic-target-gauge',
    attrs: { measure: 'm', variant: 'radial' },
    inData: true,
    kind: 'ready',
    shows: ['measure.title', 'measure.unit', 'measure.target.label'],
  },
  { name: 'gauge (target=P)', tag: 'civic-target-gauge', attrs: { measure: 'm', target: P }, inData: true, kind: 'error', shows: [P] },
  { name: 'gauge (measure=P)', tag: 'civic-target-gauge', attrs: { measure: P }, inData: true, kind: 'error', shows: [P] },
  { name: 'badge (awarded)', tag: 'civic-tier-badge', attrs: { certification: 'cert' }, inData: true, kind: 'ready', shows: ['program.name', 'program.tier.label'] },
  { name: 'badge (no award)', tag: 'civic-tier-badge', attrs: { certification: 'cert-b' }, inData: true, kind: 'ready', shows: ['program.name'] },
  {
    name: 'badge (estimate, href=P)',
    tag: 'civic-tier-badge',
    attrs: { certification: 'cert', estimate: '', href: P },
    inData: true,
    kind: 'ready',
    shows: ['program.name', 'program.tier.label'],
  },
  { name: 'badge (certification=P)', tag: 'civic-tier-badge', attrs: { certification: P }, inData: true, kind: 'error', shows: [P] },
  { name: 'badge (program=P)', tag: 'civic-tier-badge', attrs: { program: P, tier: 'silver' }, inData: false, kind: 'error', shows: [P] },
  { name: 'badge (tier=P)', tag: 'civic-tier-badge', attrs: { program: 'wwc-2023', tier: P }, inData: false, kind: 'error', shows: [P] },
  {
    name: 'badge (year=P expires=P href=P)',
    tag: 'civic-tier-badge',
    attrs: { program: 'wwc-2023', tier: 'gold', year: P, expires: P, href: P },
    inData: false,
    kind: 'ready',
    shows: [P],
  },
  {
    name: 'checklist',
    tag: 'civic-criteria-checklist',
    attrs: { certification: 'cert' },
    inData: true,
    kind: 'ready',
    shows: [
      'program.name',
      'program.version',
      'program.group.label',
      'program.criterion.label',
      'program.criterion.tag',
      'program.tier.label',
      'criteria.note',
      'criteria.evidence.label',
    ],
  },
  {
    name: 'checklist (status=P group=P)',
    tag: 'civic-criteria-checklist',
    attrs: { certification: 'cert', status: P, group: P },
    inData: true,
    kind: 'ready',
    shows: ['program.name', 'program.group.label', 'program.criterion.label', 'criteria.note', 'criteria.evidence.label'],
  },
  { name: 'checklist (certification=P)', tag: 'civic-criteria-checklist', attrs: { certification: P }, inData: true, kind: 'error', shows: [P] },
  {
    name: 'chart (trend)',
    tag: 'civic-kpi-chart',
    attrs: { measure: 'm', view: 'trend' },
    inData: true,
    kind: 'ready',
    shows: ['measure.title', 'measure.unit', 'measure.target.label', 'measure.values.note'],
    chart: true,
  },
  {
    name: 'chart (comparison)',
    tag: 'civic-kpi-chart',
    attrs: { measure: 'm', view: 'comparison' },
    inData: true,
    kind: 'ready',
    shows: ['measure.title', 'measure.unit', 'jurisdiction.name', 'measure.comparisons.label'],
    chart: true,
  },
  {
    name: 'chart (breakdown)',
    tag: 'civic-kpi-chart',
    attrs: { measure: 'm', view: 'breakdown' },
    inData: true,
    kind: 'ready',
    shows: ['measure.title', 'measure.unit', 'measure.breakdown.dimension', 'measure.breakdown.label', 'measure.target.label'],
    chart: true,
  },
  { name: 'chart (view=P)', tag: 'civic-kpi-chart', attrs: { measure: 'm', view: P }, inData: true, kind: 'error', shows: [P] },
  { name: 'chart (measure=P)', tag: 'civic-kpi-chart', attrs: { measure: P }, inData: true, kind: 'error', shows: [P] },
  { name: 'status summary (goals)', tag: 'civic-status-summary', attrs: { kind: 'goal' }, inData: true, kind: 'ready', shows: [] },
  { name: 'status summary (measures)', tag: 'civic-status-summary', attrs: { kind: 'measure' }, inData: true, kind: 'ready', shows: ['statusLabels'] },
  {
    name: 'status summary (priority=P department=P)',
    tag: 'civic-status-summary',
    attrs: { kind: 'measure', priority: P, department: P },
    inData: true,
    kind: 'ready',
    shows: [],
  },
  { name: 'status summary (kind=P)', tag: 'civic-status-summary', attrs: { kind: P }, inData: true, kind: 'error', shows: [P] },
  // The scorecard's tiles are checked through its shadow root (nested shadow roots included).
  { name: 'scorecard', tag: 'civic-scorecard', attrs: { searchable: '' }, inData: true, kind: 'ready', shows: ['goal.title', 'goal.priority'] },
  {
    name: 'scorecard (priority=P department=P goal=P status=P)',
    tag: 'civic-scorecard',
    attrs: { searchable: '', priority: P, department: P, goal: P, status: P },
    inData: true,
    kind: 'ready',
    shows: [],
  },
];

const ELEMENT_TAGS = ['civic-data', ...new Set(CONFIGS.map((c) => c.tag))];

// ---------------------------------------------------------------------------------------------
// Rendering

/** Every element at the top left of the viewport (so each chart is in view and drawn), out of sight. */
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  .xss-batch { position: fixed; inset: 0 auto auto 0; width: 360px; height: 300px; opacity: 0.01; pointer-events: none; z-index: -1; }
  .xss-batch .xss-case > :not(civic-data), .xss-batch civic-data > * { position: absolute; top: 0; left: 0; width: 360px; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

interface Rendered {
  config: Config;
  payload: string;
  index: number;
  el: HTMLElement & { updateComplete: Promise<unknown> };
}

function renderCase(container: HTMLElement, payload: string, index: number): Rendered[] {
  const box = document.createElement('div');
  box.className = 'xss-case';
  box.setAttribute('lang', payload);
  box.setAttribute('theme', payload);
  const data = document.createElement('civic-data') as HTMLElement & { data: unknown };
  data.data = documentWith(payload);
  box.append(data);
  const out: Rendered[] = [];
  for (const config of CONFIGS) {
    const el = document.createElement(config.tag) as Rendered['el'];
    for (const [name, value] of Object.entries(config.attrs)) el.setAttribute(name, value === P ? payload : value);
    (config.inData ? data : box).append(el);
    out.push({ config, payload, index, el });
  }
  container.append(box);
  return out;
}

const stateOf = (el: Element) => {
  const base = el.shadowRoot?.querySelector('[part="base"]');
  return base?.classList.contains('ready') ? 'ready' : base?.classList.contains('error') ? 'error' : 'other';
};

/**
 * chart.js has drawn the chart: it exists for the canvas and has a plot area (animation is
 * off, so it draws when made). csp.test.ts checks the pixels; here that would cost seconds.
 */
function painted(el: Element): boolean {
  const canvas = el.shadowRoot?.querySelector('canvas');
  const chart = canvas ? Chart.getChart(canvas) : undefined;
  return !!chart && chart.chartArea.width > 0 && chart.chartArea.height > 0;
}

async function renderBatch(payloads: { payload: string; index: number }[]) {
  const container = document.createElement('div');
  container.className = 'xss-batch';
  document.body.append(container);
  const rendered = payloads.flatMap(({ payload, index }) => renderCase(container, payload, index));
  await Promise.all(rendered.map((r) => r.el.updateComplete));
  await until(() => rendered.every((r) => stateOf(r.el) !== 'other'), 'every element to render', 10_000);
  let charts = rendered.filter((r) => r.config.chart && r.config.kind === 'ready');
  try {
    await until(
      () => {
        charts = charts.filter((r) => !painted(r.el));
        return charts.length === 0;
      },
      'every chart to be drawn',
      15_000,
    );
  } catch (error) {
    const r = charts[0]!;
    const chart = Chart.getChart(r.el.shadowRoot!.querySelector('canvas')!);
    throw new Error(
      `${(error as Error).message}: ${charts.length} not drawn, e.g. ${r.config.name} of payload ${r.index}: ` +
        `${chart ? `plot area ${JSON.stringify(chart.chartArea)}` : 'no chart'}`,
    );
  }
  // Let late handlers (an <img> whose request fails, a frame that loads) have their turn.
  await settle(150);
  return { container, rendered };
}

// ---------------------------------------------------------------------------------------------
// Checks

/** Every element of a shadow root, nested shadow roots included. */
function elementsOf(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...elementsOf(el.shadowRoot));
  }
  return out;
}

const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'codebase', 'cite', 'longdesc', 'srcdoc']);

/** Problems with one element's attributes: event handlers, unsafe URLs, scripted styles. */
function attributeProblems(el: Element): string[] {
  const problems: string[] = [];
  for (const attr of el.attributes) {
    const name = attr.name.toLowerCase();
    if (name.startsWith('on')) problems.push(`<${el.localName} ${attr.name}>`);
    if (URL_ATTRIBUTES.has(name) || attr.localName === 'href') {
      if (name === 'srcdoc') problems.push(`<${el.localName} srcdoc>`);
      let protocol = '';
      try {
        protocol = new URL(attr.value, el.baseURI).protocol;
      } catch {
        protocol = 'unparsable';
      }
      if (protocol !== 'http:' && protocol !== 'https:') problems.push(`<${el.localName} ${attr.name}="${attr.value}"> (${protocol})`);
    }
    if (name === 'style' && /url\s*\(|expression\s*\(|javascript:/i.test(attr.value)) problems.push(`<${el.localName} style="${attr.value}">`);
  }
  return problems;
}

/** Event-handler attributes (`on…`) of an element. */
const handlerAttributes = (el: Element) =>
  [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `<${el.localName} ${a.name}>`);

const tagsOf = (el: Element) => new Set(elementsOf(el.shadowRoot!).map((e) => e.localName));

/** Tag names each configuration renders for harmless text: what a payload's render may contain. */
const allowedTags = new Map<string, Set<string>>();

const harmless = ['Plain words', 'https://example.org/plain', `${'Long plain words '.repeat(12)}end`];

let checkedFields = 0;
let renderedElements = 0;

describe('injected content: payloads in every field and attribute (SPEC §5)', function () {
  this.timeout(60_000);
  let watch: ReturnType<typeof watchWindow>;
  const headBefore = document.head.children.length;

  let started = 0;
  before(async () => {
    started = performance.now();
    watch = watchWindow();
    // What each configuration renders for harmless text: the allowed tag names.
    for (const text of harmless) {
      const { container, rendered } = await renderBatch([{ payload: text, index: 0 }]);
      for (const r of rendered) {
        expect(stateOf(r.el), `${r.config.name} with harmless text`).to.equal(r.config.kind);
        const set = allowedTags.get(r.config.name) ?? new Set<string>();
        for (const tag of tagsOf(r.el)) set.add(tag);
        allowedTags.set(r.config.name, set);
      }
      container.remove();
    }
  });

  after(() => {
    watch.stop();
    const fields = TEXT_FIELDS.length + URL_FIELDS.length + ATTRIBUTE_FIELDS.length;
    console.log(
      `xss: ${PAYLOADS.length} payloads × ${fields} fields (${TEXT_FIELDS.length} text, ${URL_FIELDS.length} URL, ${ATTRIBUTE_FIELDS.length} attributes) × ` +
        `${ELEMENT_TAGS.length} elements (${CONFIGS.length} configurations, ${renderedElements} elements rendered, ${checkedFields} field texts checked), ` +
        `${fired.length} executed (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
  });

  it('the corpus has at least 100 distinct payloads', () => {
    expect(new Set(PAYLOADS).size).to.equal(PAYLOADS.length);
    expect(PAYLOADS.length).to.be.at.least(100);
    for (const p of PAYLOADS) expect(/\n\s*\n/.test(p), `no blank line in ${JSON.stringify(p)}`).to.equal(false);
  });

  it('the checks catch an element that renders text as HTML (control)', async () => {
    // What a broken element would do: the payload as markup, and as a link without safeUrl.
    const payload = PAYLOADS.find((p) => p.startsWith('<img src=x onerror='))!;
    const link = PAYLOADS.find((p) => p.startsWith('javascript:'))!;
    const host = document.createElement('div');
    host.className = 'xss-batch';
    const el = document.createElement('div');
    el.attachShadow({ mode: 'open' }).innerHTML = `<p>${payload}</p><a href="${link}">x</a>`;
    host.append(el);
    document.body.append(host);
    const before = fired.length;
    try {
      await until(() => fired.length > before, 'the control payload to run');
      const problems = elementsOf(el.shadowRoot!).flatMap(attributeProblems);
      expect(problems.some((p) => p.startsWith('<img onerror>'))).to.equal(true);
      expect(problems.some((p) => p.startsWith('<a href="javascript:'))).to.equal(true);
      expect([...tagsOf(el)]).to.include('img');
      expect(norm(el.shadowRoot!.textContent ?? '')).not.to.include(norm(payload));
    } finally {
      host.remove();
      fired.splice(before); // the control's own run is not a finding
    }
  });

  it('a payload-length unit and labels leave a chart its plot (axis labels are cut short)', async () => {
    const long = PAYLOADS.reduce((a, b) => (b.length > a.length ? b : a));
    const { container, rendered } = await renderBatch([{ payload: long, index: 0 }]);
    try {
      for (const r of rendered.filter((x) => x.config.chart && x.config.kind === 'ready')) {
        const canvas = r.el.shadowRoot!.querySelector('canvas')!;
        const chart = Chart.getChart(canvas)!;
        expect(chart.chartArea.width, `${r.config.name}: plot width`).to.be.greaterThan(canvas.getBoundingClientRect().width / 3);
        for (const axis of ['x', 'y']) {
          for (const tick of chart.scales[axis]!.ticks) expect(String(tick.label).length, `${r.config.name}: ${axis} label`).to.be.at.most(28);
        }
      }
    } finally {
      container.remove();
    }
  });

  const BATCH = 12;
  for (let start = 0; start < PAYLOADS.length; start += BATCH) {
    const batch = PAYLOADS.slice(start, start + BATCH).map((payload, i) => ({ payload, index: start + i + 1 }));
    it(`payloads ${start + 1}–${start + batch.length}: nothing runs, nothing is injected, text stays text, no unsafe URL`, async () => {
      const firedBefore = fired.length;
      const bodyBefore = document.body.querySelectorAll('*').length;
      const { container, rendered } = await renderBatch(batch);
      renderedElements += rendered.length + batch.length; // + one <civic-data> per payload
      const problems: string[] = [];
      try {
        for (const r of rendered) {
          const where = `payload ${r.index} ${JSON.stringify(r.payload)} in ${r.config.name}`;
          const state = stateOf(r.el);
          if (state !== r.config.kind) problems.push(`${where}: ${state} state, expected ${r.config.kind}`);
          const allowed = allowedTags.get(r.config.name)!;
          const extra = [...tagsOf(r.el)].filter((t) => !allowed.has(t));
          if (extra.length) problems.push(`${where}: injected <${extra.join('>, <')}>`);
          for (const el of elementsOf(r.el.shadowRoot!)) problems.push(...attributeProblems(el).map((p) => `${where}: ${p}`));
          // The host's own attributes are the page's input (href=P); only handlers would be news.
          problems.push(...handlerAttributes(r.el).map((p) => `${where}: on the host ${p}`));
          const text = norm(r.el.shadowRoot!.textContent ?? '');
          for (const field of r.config.shows) {
            checkedFields += 1;
            const expected = norm(field === P ? r.payload : `${mark(field)}${r.payload}`);
            if (!text.includes(expected)) problems.push(`${where}: ${field === P ? 'the attribute' : field} is not shown as text`);
          }
        }
        // The page's light DOM holds only the elements the test made.
        for (const el of container.querySelectorAll('*')) {
          if (el.localName !== 'div' && !ELEMENT_TAGS.includes(el.localName)) problems.push(`light DOM gained <${el.localName}>`);
          problems.push(...handlerAttributes(el).map((p) => `light DOM: ${p}`));
        }
        if (document.head.children.length !== headBefore) problems.push(`<head> gained ${document.head.children.length - headBefore} element(s)`);
        const outside = document.body.querySelectorAll('*').length - container.querySelectorAll('*').length - 1;
        if (outside !== bodyBefore) problems.push(`the page outside the test's elements changed (${bodyBefore} → ${outside} elements)`);
      } finally {
        container.remove();
      }
      // Handlers that would fire on removal or late.
      await settle(50);
      const ran = fired.slice(firedBefore);
      expect(ran, 'script from a payload ran').to.deep.equal([]);
      expect(watch.seen, 'errors reached the window').to.deep.equal([]);
      expect(problems.slice(0, 30), `${problems.length} problem(s)`).to.deep.equal([]);
    });
  }
});
