/**
 * `<civic-criteria-checklist>` as a reader sees it (SPEC §4–5): the summary sentence, the
 * per-group counts and bars, the criteria grouped by group with status (icon + word), markers,
 * notes and evidence links; the loading, error and empty states; Spanish and French; the
 * `status` and `group` filters; collapsing and expanding groups from the keyboard; safe URLs
 * and document text as text; axe (colour contrast included) in every state, light and dark;
 * shared requests; and narrow and wide layouts.
 *
 * Documents come from `data` objects or from URLs with a unique query string, so the page-wide
 * document cache never carries a result from one test into another.
 *
 * The sample city's `wwc` self-assessment (demo/riverton.civicstat.json, What Works Cities
 * 2023): 27 of its 43 criteria met, 9 in progress, 7 not met, and 2 of 3 resident outcome metrics;
 * Silver reached, Gold 2 criteria away; the Silver award
 * of 2023 expired on 2026-07-12, before the browser's clock (2026-11-23).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/criteria-checklist';
import type { CivicCriteriaChecklist } from '../../src/criteria-checklist';
import { programs } from '../../src/core/programs/index';

import {
  allText,
  box as fixedBox,
  contrast,
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
  root,
  settle,
  until,
  watchWindow,
} from './helpers';

const RIVERTON = '/demo/riverton.civicstat.json';
const PLEDGE = '/test/fixtures/elements/checklist/pledge.json';

const WWC = `${programs['wwc-2023']!.name} (2023)`;
const ICMA = programs['icma-2021']!.name;

/** A checklist, not yet in the page; attributes as a page author would write them. */
function createChecklist(attrs: Record<string, string | boolean> = {}): CivicCriteriaChecklist {
  const el = document.createElement('civic-criteria-checklist');
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  return el;
}

/** A `<civic-data src>` (a fresh URL of the demo document) holding the given elements. */
function provider(...children: Element[]): HTMLElement {
  const data = document.createElement('civic-data');
  data.setAttribute('src', freshUrl(RIVERTON));
  data.append(...children);
  return data;
}

/** A document with one certification of a built-in program. */
function documentWith(program: string, criteria: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    civicstat: '1.0',
    jurisdiction: { name: 'City of Testville', locale: 'en-US' },
    certifications: [{ id: 'cert', program, criteria, ...extra }],
  };
}

const box = (width = 640, attrs: Record<string, string> = {}) => fixedBox(width, attrs);
const isReady = (el: Element) => !!q(el, '[part~="title"]');
const hasError = (el: Element) => partText(el, 'error') !== '';
const items = (el: Element) => qa(el, 'li[part~="criterion"]');
const toggles = (el: Element) => qa(el, 'button[part~="group-toggle"]') as HTMLButtonElement[];
const criterion = (el: Element, label: string) => items(el).find((li) => li.querySelector('.criterion-label')!.textContent === label)!;
/** A part's text exactly as rendered (no-break spaces kept; `partText` folds every space). */
const rawText = (el: Element, part: string) => (q(el, `[part~="${part}"]`)?.textContent ?? '').replace(/[ \n\t]+/g, ' ').trim();
const percent = (share: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);


/** Mounts checklists in `parent` (when not yet in the page) and waits until each shows its title. */
async function mountReady(parent: ParentNode, ...els: CivicCriteriaChecklist[]): Promise<void> {
  for (const el of els) if (!el.isConnected) mount(el, parent);
  await until(() => els.every(isReady), 'the checklist');
  await Promise.all(els.map((el) => el.updateComplete));
}

/** The sample city's `wwc` checklist, loaded through `<civic-data>`. */
async function riverton(attrs: Record<string, string | boolean> = {}, width = 640, wrapperAttrs: Record<string, string> = {}) {
  const el = createChecklist({ certification: 'wwc', ...attrs });
  mount(provider(el), box(width, wrapperAttrs));
  await mountReady(document.body, el);
  return el;
}

describe('<civic-criteria-checklist>: normal state', () => {
  it('title, award apart from the self-assessment, and the summary sentence', async () => {
    const guard = watchWindow();
    try {
      const el = await riverton();
      const errors = recordErrors(el);
      expect(partText(el, 'title')).to.equal(WWC);
      expect(partText(el, 'meta')).to.equal('Self-assessment of May 15, 2026 · Awarded: Silver (2023), expired July 12, 2026');
      const award = q(el, 'a[part~="award"]')!;
      expect(award.getAttribute('href')).to.equal('https://www.riverton.example/news/2023/what-works-cities-silver');
      expect(partText(el, 'summary')).to.equal(
        '27 of 43 criteria met (63%) — Silver reached; Gold needs 2 more criteria',
      );
      expect(partText(el, 'error')).to.equal('');
      await settle(50);
      expect(errors, 'no civic-error').to.have.length(0);
      expect(guard.seen, 'nothing reached window').to.deep.equal([]);
    } finally {
      guard.stop();
    }
  });

  it('a row per group with its counts in words, and a decorative stacked bar', async () => {
    const el = await riverton();
    const overview = q(el, '[part~="overview"]')!;
    expect(overview.tagName).to.equal('UL');
    expect(overview.getAttribute('aria-label')).to.equal('Progress by group');
    const rows = [...overview.querySelectorAll(':scope > li')];
    expect(rows.map((li) => norm(li.textContent!))).to.deep.equal([
      'Data Management: 7 met, 2 in progress, 0 not met',
      'Leadership & Capacity: 5 met, 1 in progress, 1 not met',
      'Open Data: 3 met, 1 in progress, 0 not met',
      'Performance & Analytics: 4 met, 0 in progress, 1 not met',
      'Data-Driven Budget & Finance: 2 met, 1 in progress, 0 not met',
      'Results-Driven Contracting: 4 met, 2 in progress, 2 not met',
      'Community Impact: 2 met, 1 in progress, 0 not met',
      'Rigorous Evaluations: 0 met, 1 in progress, 3 not met',
      'Resident outcome metrics: 2 met, 1 in progress, 0 not met',
    ]);
    const bar = rows[0]!.querySelector('[part~="bar"]')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    const segments = [...bar.querySelectorAll('.segment')] as HTMLElement[];
    expect(segments.map((s) => s.className)).to.deep.equal(['segment met', 'segment in-progress']);
    // 7 met and 2 in progress: the met segment is about three and a half times as wide.
    const [met, inProgress] = segments.map((s) => s.getBoundingClientRect().width);
    expect(met! / inProgress!).to.be.within(3, 5);
    // In progress is hatched and not met is open, so the bar does not rest on colour alone.
    expect(getComputedStyle(segments[1]!).backgroundImage).to.include('repeating-linear-gradient');
  });

  it('criteria grouped by group, as real lists, each with a status icon and word', async () => {
    const el = await riverton();
    const groups = qa(el, '[part~="group"]');
    expect(groups).to.have.length(9);
    const heading = groups[0]!.querySelector('[role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('3');
    const button = heading.querySelector('button')!;
    expect(norm(button.textContent!)).to.equal('Data Management 7 of 9 met');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const list = root(el).getElementById(button.getAttribute('aria-controls')!)!;
    expect(list.tagName).to.equal('UL');
    expect(list.getAttribute('part')).to.equal('criteria');
    expect(list.querySelectorAll(':scope > li')).to.have.length(9);

    expect(items(el)).to.have.length(46);
    const icons = new Set<string>();
    for (const [label, word] of [
      ['Implementing Data Strategy and Governance', 'Met'],
      ['Sharing Data', 'In progress'],
      ['Rigorous Evaluation Leadership & Expertise', 'Not met'],
    ] as const) {
      const status = criterion(el, label).querySelector('[part~="status"]')!;
      expect(norm(status.textContent!), label).to.equal(word);
      const svg = status.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.getBoundingClientRect().width, 'icon drawn').to.be.greaterThan(0);
      icons.add(svg.innerHTML);
    }
    expect(icons.size, 'a distinct shape per status').to.equal(3);
  });

  it('core markers, notes and evidence links', async () => {
    const el = await riverton();
    const strategy = criterion(el, 'Implementing Data Strategy and Governance');
    expect([...strategy.querySelectorAll('[part~="marker"]')].map((m) => m.textContent)).to.deep.equal(['Core']);
    const core = items(el).filter((li) => [...li.querySelectorAll('[part~="marker"]')].some((m) => m.textContent === 'Core'));
    expect(core, 'three core criteria').to.have.length(3);
    expect(criterion(el, 'Resident outcome metric (first)').querySelector('[part~="marker"]')!.textContent).to.equal('Resident outcome');
    expect(criterion(el, 'Protecting Data Privacy and Confidentiality').querySelector('[part~="marker"]')).to.equal(null);

    expect(norm(strategy.querySelector('[part~="note"]')!.textContent!)).to.equal(
      'Data strategy adopted in 2024; the data governance committee oversees it.',
    );
    const evidence = strategy.querySelector('[part~="evidence"]')!;
    expect(evidence.tagName).to.equal('UL');
    const links = [...evidence.querySelectorAll('li > a')] as HTMLAnchorElement[];
    expect(links.map((a) => [norm(a.textContent!), a.getAttribute('href')])).to.deep.equal([
      ['Riverton data strategy 2024–2027', 'https://www.riverton.example/innovation/data-strategy'],
      ['Data governance committee charter', 'https://www.riverton.example/innovation/data-governance'],
    ]);
    expect(norm(evidence.parentElement!.textContent!)).to.match(/^Evidence:/);
    expect(criterion(el, 'Improving Data Quality').querySelector('[part~="note"], [part~="evidence"]')).to.equal(null);
  });

  it('each criterion of the 43 shows its code before its name; the resident outcome metrics have a group of their own, out of the share', async () => {
    const el = await riverton();
    const codes = items(el).map((li) => li.querySelector('[part~="code"]')?.textContent ?? '');
    expect(codes.filter(Boolean)).to.have.length(43);
    expect(codes.slice(0, 3)).to.deep.equal(['DM1', 'DM2', 'DM3']);
    const pa1 = criterion(el, 'Selecting and Using Performance Metrics for Strategic Goals and Priorities');
    const code = pa1.querySelector('[part~="code"]')!;
    expect(code.textContent).to.equal('PA1');
    expect(code.compareDocumentPosition(pa1.querySelector('.criterion-label')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'code first').to.not.equal(0);
    expect(code.getBoundingClientRect().width, 'visible').to.be.greaterThan(0);

    const groups = qa(el, '[part~="group"]');
    const outcomes = groups[groups.length - 1]!;
    expect(norm(outcomes.querySelector('button')!.textContent!)).to.equal('Resident outcome metrics 2 of 3 met, not counted in the share');
    expect([...outcomes.querySelectorAll('li[part~="criterion"] .criterion-label')].map((l) => l.textContent)).to.deep.equal([
      'Resident outcome metric (first)',
      'Resident outcome metric (second)',
      'Resident outcome metric (third)',
    ]);
    // The Performance & Analytics practice lists its five criteria only.
    expect(groups[3]!.querySelectorAll('li[part~="criterion"]')).to.have.length(5);
    expect(partText(el, 'summary')).to.match(/^27 of 43 criteria met/);
  });

  it('what the next tier needs names the resident outcome metrics', async () => {
    const program = programs['wwc-2023']!;
    const criteria: Record<string, string> = Object.fromEntries(
      program.criteria.filter((c) => c.scored !== false).slice(0, 30).map((c) => [c.id, 'met']),
    );
    Object.assign(criteria, { dm1: 'met', lc1: 'met', pa1: 'met', 'resident-outcome-metric-1': 'met', 'resident-outcome-metric-2': 'in-progress' });
    const el = createChecklist({ certification: 'cert' });
    el.data = documentWith('wwc-2023', criteria);
    await mountReady(box(), el);
    expect(partText(el, 'summary')).to.equal('30 of 43 criteria met (70%) — Silver reached; Gold needs 1 more resident outcome metric');
    const outcomes = qa(el, '[part~="overview"] > li').at(-1)!;
    expect(norm(outcomes.textContent!)).to.equal('Resident outcome metrics: 1 met, 1 in progress, 1 not met');
  });

  it('each criterion shows what it asks, in the program’s words, between its label and the city’s note', async () => {
    const el = await riverton();
    const strategy = criterion(el, 'Implementing Data Strategy and Governance');
    const description = strategy.querySelector('[part~="description"]')!;
    expect(norm(description.textContent!)).to.equal(programs['wwc-2023']!.criteria.find((c) => c.id === 'dm1')!.description);
    expect(description.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
    const note = strategy.querySelector('[part~="note"]')!;
    expect(description.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING, 'description before the note').to.not.equal(0);
    const described = programs['wwc-2023']!.criteria.filter((c) => c.description !== undefined).length;
    expect(described, 'the criteria a public source explains').to.equal(27);
    expect(qa(el, '[part~="description"]'), 'each criterion that has one shows it').to.have.length(described);
  });

  it('"About these criteria": closed at first, opened by the keyboard, says where the names come from and that outcome metrics are apart, and links the program', async () => {
    const el = await riverton();
    const about = q(el, 'details[part~="about"]') as HTMLDetailsElement;
    expect(about.open).to.equal(false);
    const summary = about.querySelector('summary')!;
    expect(norm(summary.textContent!)).to.equal('About these criteria');
    expect(summary.compareDocumentPosition(q(el, '[part~="overview"]')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'right under the summary sentence').to.not.equal(0);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => about.open, 'opened with Enter');
    expect(norm(about.textContent!)).to.include('Resident outcome metrics are a separate requirement, not criteria');
    expect(norm(about.textContent!)).to.include('Where the names come from: the program’s assessment page names 43 criteria');
    const link = about.querySelector('a[part~="program-link"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal(programs['wwc-2023']!.url);
    expect(norm(link.textContent!)).to.equal(`Website: ${programs['wwc-2023']!.name}`);
    expect(link.getBoundingClientRect().height, 'shown once open').to.be.greaterThan(0);
  });

  it('ICMA: level markers, and the unmet criteria the next level requires, by name', async () => {
    const el = createChecklist({ certification: 'icma' });
    mount(provider(el), box());
    await mountReady(document.body, el);
    expect(partText(el, 'title')).to.equal(`${ICMA} (2021)`);
    expect(partText(el, 'meta')).to.equal('Self-assessment of April 30, 2026 · Awarded: Distinction (2025)');
    expect(partText(el, 'summary')).to.equal(
      '15 of 18 criteria met (83%) — Distinction reached; Excellence needs 3 more Excellence-level criteria ' +
        '(“Quarterly internal review”, “Equity reporting and analysis”, and “External leadership”)',
    );
    expect(criterion(el, 'Data for 4 service areas over 2 years').querySelector('[part~="marker"]')!.textContent).to.equal('Achievement level');
    expect(criterion(el, 'External leadership').querySelector('[part~="marker"]')!.textContent).to.equal('Excellence level');
  });

  it('the highest tier, and no tier yet', async () => {
    const all = Object.fromEntries(programs['icma-2021']!.criteria.map((c) => [c.id, 'met']));
    const top = createChecklist({ certification: 'cert' });
    top.data = documentWith('icma-2021', all);
    const none = createChecklist({ certification: 'cert' });
    none.data = documentWith('wwc-2023', { lc1: 'met' });
    await mountReady(box(), top, none);
    expect(partText(top, 'summary')).to.equal('18 of 18 criteria met (100%) — Excellence reached — the highest tier');
    expect(q(top, '[part~="meta"]'), 'no award, no assessment date').to.equal(null);
    expect(partText(none, 'summary')).to.equal(
      '1 of 43 criteria met (2%) — No tier reached yet; Silver needs 21 more criteria, ' +
        '2 more core criteria (“Implementing Data Strategy and Governance” and “Selecting and Using Performance Metrics for Strategic Goals and Priorities”), ' +
        'and 1 more resident outcome metric',
    );
  });

  it('a custom program: points, groups, custom tags, and a criterion blocked by its prerequisite', async () => {
    const el = createChecklist({ certification: 'pledge', src: freshUrl(PLEDGE) });
    await mountReady(box(), el);
    expect(partText(el, 'title')).to.equal('Testville Data Pledge (2025)');
    expect(partText(el, 'summary')).to.equal(
      '2 of 5 criteria met (40%) — Pledged reached; Leader needs 7 more points, a criterion met in 2 more groups, ' +
        '1 more criterion tagged “foundation” (“Open data policy adopted”), and 1 more criterion tagged “community”',
    );
    const inventory = criterion(el, 'Data inventory published');
    expect(norm(inventory.querySelector('[part~="status"]')!.textContent!)).to.equal('In progress');
    expect(norm(inventory.querySelector('[part~="blocked"]')!.textContent!)).to.equal(
      'Marked met, but counts only once “Open data policy adopted” is met',
    );
    expect(criterion(el, 'Open data policy adopted').querySelector('[part~="marker"]')!.textContent).to.equal('foundation');
    expect(criterion(el, 'Open data policy adopted').querySelector('[part~="blocked"]')).to.equal(null);
    expect(q(el, '[part~="about"]'), 'a program with no description and no page has no "About"').to.equal(null);
    expect(qa(el, '[part~="description"]'), 'nor criterion descriptions it does not give').to.have.length(0);
  });
});

describe('<civic-criteria-checklist>: loading state', () => {
  it('shows a skeleton and a visually hidden "Loading…" status, then the checklist', async () => {
    const held = holdFetch();
    try {
      const el = createChecklist({ certification: 'wwc', src: freshUrl(RIVERTON) });
      mount(el, box());
      await el.updateComplete;
      const skeleton = q(el, '.skeleton')!;
      expect(skeleton, 'skeleton').to.exist;
      expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
      expect(skeleton.getBoundingClientRect().height, 'skeleton drawn').to.be.greaterThan(200);
      const loading = qa(el, '[role="status"]').find((s) => norm(s.textContent!) === 'Loading…');
      expect(loading, 'a role=status with "Loading…"').to.exist;
      const r = loading!.getBoundingClientRect();
      expect(r.width <= 1 && r.height <= 1, `visually hidden (${r.width}×${r.height})`).to.equal(true);
      expect(q(el, '[part~="summary"]')).to.equal(null);

      held.release();
      await until(() => isReady(el), 'the loaded checklist');
      await el.updateComplete;
      expect(q(el, '.skeleton'), 'skeleton gone').to.equal(null);
      expect(partText(el, 'summary')).to.match(/^27 of 43 criteria met/);
    } finally {
      held.restore();
    }
  });

  it('with collapsed groups, a nine-group program (What Works Cities: eight practices and the outcome metrics) keeps its size when the data arrives (640px wide)', async () => {
    const held = holdFetch();
    try {
      const el = createChecklist({ certification: 'wwc', src: freshUrl(RIVERTON), collapsed: true });
      mount(el, box(640));
      await el.updateComplete;
      expect(q(el, '.skeleton')).to.exist;
      const loading = el.getBoundingClientRect();
      held.release();
      await until(() => isReady(el), 'the loaded checklist');
      await el.updateComplete;
      const loaded = el.getBoundingClientRect();
      expect(loaded.width, 'width').to.equal(loading.width);
      expect(Math.abs(loaded.height - loading.height), `height while loading ${loading.height}px vs loaded ${loaded.height}px`).to.be.at.most(4);
    } finally {
      held.restore();
    }
  });

  it('expanded, the heading rows keep their place: title, summary and group bars do not move (640px wide)', async () => {
    const held = holdFetch();
    try {
      const el = createChecklist({ certification: 'wwc', src: freshUrl(RIVERTON) });
      mount(el, box(640));
      await el.updateComplete;
      const top = (selector: string) => q(el, selector)!.getBoundingClientRect();
      const before = { title: top('.title'), summary: top('.summary'), overview: top('.overview'), groups: top('.groups') };
      held.release();
      await until(() => isReady(el), 'the loaded checklist');
      await el.updateComplete;
      const after = { title: top('.title'), summary: top('.summary'), overview: top('.overview'), groups: top('.groups') };
      for (const key of ['title', 'summary', 'overview', 'groups'] as const) {
        expect(Math.abs(after[key].top - before[key].top), `${key} top ${before[key].top} → ${after[key].top}`).to.be.at.most(4);
      }
      expect(Math.abs(after.overview.bottom - before.overview.bottom), 'overview bottom').to.be.at.most(4);
    } finally {
      held.restore();
    }
  });
});

describe('<civic-criteria-checklist>: error states', () => {
  it('a missing certification shows a visible message and fires one bubbling, composed civic-error', async () => {
    const guard = watchWindow();
    const wrapper = box();
    const atWrapper = recordErrors(wrapper);
    try {
      const el = createChecklist({ certification: 'x' });
      const errors = recordErrors(el);
      mount(provider(el), wrapper);
      await until(() => hasError(el), 'the error message');
      await settle();
      const message = q(el, '[part~="error"]') as HTMLElement;
      expect(message.getAttribute('role')).to.equal('status');
      expect(message.getAttribute('aria-live')).to.equal('polite');
      expect(norm(message.textContent!)).to.equal('Data unavailable: Certification “x” is not in the document');
      expect(message.getBoundingClientRect().height, 'message visible').to.be.greaterThan(0);
      expect(getComputedStyle(message).visibility).to.equal('visible');
      expect(q(el, '[part~="summary"]')).to.equal(null);
      expectOneCivicError(errors, 'Certification “x” is not in the document', atWrapper, guard.seen);
    } finally {
      guard.stop();
    }
  });

  it('no certification attribute says what to set', async () => {
    const el = createChecklist();
    const errors = recordErrors(el);
    mount(provider(el), box());
    await until(() => hasError(el), 'the error message');
    await settle();
    expect(partText(el, 'error')).to.include('No certification chosen: set the certification attribute');
    expect(errors).to.have.length(1);
  });

  it('a src that answers 404 names the file and the status; one civic-error; nothing reaches window', async () => {
    const guard = watchWindow();
    const wrapper = box();
    const atWrapper = recordErrors(wrapper);
    try {
      const el = createChecklist({ certification: 'wwc', src: freshUrl('/test/fixtures/elements/checklist/missing.json') });
      const errors = recordErrors(el);
      mount(el, wrapper);
      await until(() => errors.length > 0, 'civic-error');
      await settle();
      expect(partText(el, 'error')).to.include('missing.json');
      expect(partText(el, 'error')).to.include('(HTTP 404');
      expectOneCivicError(errors, '(HTTP 404', atWrapper, guard.seen);
    } finally {
      guard.stop();
    }
  });
});

describe('<civic-criteria-checklist>: empty state', () => {
  it('a program with no criteria says so, and still shows the award', async () => {
    const el = createChecklist({ certification: 'wwc-2019', src: freshUrl(PLEDGE) });
    const errors = recordErrors(el);
    await mountReady(box(), el);
    const name = `${programs['wwc-2019']!.name} (2019)`;
    expect(partText(el, 'title')).to.equal(name);
    expect(partText(el, 'empty')).to.equal(`No criteria are listed for ${name}`);
    expect(partText(el, 'meta')).to.equal('Awarded: Gold (2019), expired June 30, 2022');
    expect(q(el, '[part~="summary"]')).to.equal(null);
    expect(qa(el, '[part~="group"]')).to.have.length(0);
    expect(norm(q(el, '[part~="about"]')!.textContent!), 'why the list is empty').to.include('no criteria');
    await settle(50);
    expect(errors, 'not an error').to.have.length(0);
  });
});

describe('<civic-criteria-checklist>: locale', () => {
  it('lang="es" on an ancestor: Spanish words, Spanish numbers', async () => {
    const el = await riverton({}, 640, { lang: 'es' });
    const share = percent(27 / 43, 'es');
    expect(rawText(el, 'summary')).to.include(`(${share})`);
    expect(partText(el, 'summary')).to.equal(
      norm(`27 de 43 criterios cumplidos (${share}) — Nivel Silver alcanzado; Gold requiere 2 criterios más`),
    );
    expect(partText(el, 'meta')).to.equal('Autoevaluación del 15 de mayo de 2026 · Otorgado: Silver (2023), venció el 12 de julio de 2026');
    expect(norm(q(el, '[part~="overview"] li')!.textContent!)).to.equal('Data Management: 7 cumplidos, 2 en curso, 0 no cumplidos');
    expect(norm(qa(el, '[part~="overview"] li').at(-1)!.textContent!)).to.equal(
      'Métricas de resultados para residentes: 2 cumplidos, 1 en curso, 0 no cumplidos',
    );
    expect(norm(toggles(el)[0]!.textContent!)).to.equal('Data Management 7 de 9 cumplidos');
    expect(norm(criterion(el, 'Sharing Data').querySelector('[part~="status"]')!.textContent!)).to.equal('En curso');
    expect(norm(criterion(el, 'Rigorous Evaluation Leadership & Expertise').querySelector('[part~="status"]')!.textContent!)).to.equal('No cumplido');
    expect(criterion(el, 'Implementing Data Strategy and Governance').querySelector('[part~="marker"]')!.textContent).to.equal('Esencial');
    expect(allText(el)).to.include('Evidencias:');
    expect(norm(q(el, '[part~="about"] summary')!.textContent!)).to.equal('Acerca de estos criterios');
  });

  it('lang="fr" on an ancestor: French words, and the percent as Intl writes it in French', async () => {
    const el = await riverton({}, 640, { lang: 'fr' });
    const share = percent(27 / 43, 'fr');
    expect(share, 'a space before % in French').to.match(/^63\s%$/u);
    // The exact characters Intl uses (a narrow or plain no-break space), not just any space.
    expect(rawText(el, 'summary')).to.include(`(${share})`);
    expect(partText(el, 'summary')).to.equal(
      norm(`27 critères remplis sur 43 (${share}) — Niveau Silver atteint; Gold demande encore 2 critères`),
    );
    expect(norm(criterion(el, 'Improving Data Quality').querySelector('[part~="status"]')!.textContent!)).to.equal('Rempli');
    expect(criterion(el, 'Executive Commitment to Data-Informed Government').querySelector('[part~="marker"]')!.textContent).to.equal('Essentiel');
    expect(partText(el, 'meta')).to.include('Décerné : Silver (2023), expiré le 12 juillet 2026');
  });

  it('French thousands: counts go through the locale (1 000 criteria, grouped the French way)', async () => {
    const many = {
      id: 'big',
      name: 'Big program',
      groups: [{ id: 'all', label: 'All' }],
      criteria: Array.from({ length: 1000 }, (_, i) => ({ id: `c${i}`, label: `Criterion ${i}`, group: 'all' })),
      tiers: [{ id: 'one', label: 'One', rule: { minMet: 1 } }],
    };
    const el = createChecklist({ certification: 'cert', collapsed: true });
    el.data = { ...documentWith('big', { c0: 'met' }), programs: [many] };
    await mountReady(box(640, { lang: 'fr' }), el);
    const thousand = new Intl.NumberFormat('fr').format(1000);
    expect(thousand, 'French groups thousands with a space').to.match(/^1\s000$/u);
    expect(rawText(el, 'summary')).to.include(`1 critère rempli sur ${thousand} (${percent(1 / 1000, 'fr')})`);
  });
});

describe('<civic-criteria-checklist>: filters', () => {
  it('status="not-met": only those criteria, only their groups, and how many are shown', async () => {
    const el = await riverton({ status: 'not-met' });
    expect(items(el).map((li) => li.querySelector('.criterion-label')!.textContent)).to.deep.equal([
      'Rigorous Evaluation Leadership & Expertise',
      'Evaluating Disparate Impact of Automated Decisions',
      'Making Informed Contracting Decisions',
      'Supporting Vendor Participation and Competition',
      'Launching Rigorous Evaluations',
      'Using Rigorous Evaluation Results to Make Decisions',
      'Adapting Evidence-Based Programs',
    ]);
    expect(toggles(el).map((b) => b.querySelector('.group-label')!.textContent)).to.deep.equal([
      'Leadership & Capacity',
      'Performance & Analytics',
      'Results-Driven Contracting',
      'Rigorous Evaluations',
    ]);
    expect(partText(el, 'filter-note')).to.equal('7 of 43 criteria shown');
    // The summary and the group bars still cover the whole self-assessment.
    expect(partText(el, 'summary')).to.match(/^27 of 43 criteria met/);
    expect(qa(el, '[part~="overview"] > li')).to.have.length(9);
  });

  it('status and group take space-separated lists', async () => {
    const el = await riverton({ status: 'met in-progress', group: 'open-data stakeholder-impact' });
    expect(toggles(el).map((b) => b.querySelector('.group-label')!.textContent)).to.deep.equal(['Open Data', 'Community Impact']);
    expect(qa(el, '[part~="overview"] > li')).to.have.length(2);
    expect(items(el)).to.have.length(7);
    expect(partText(el, 'filter-note')).to.equal('7 of 43 criteria shown');
  });

  it('a filter that matches nothing says so', async () => {
    const el = await riverton({ status: 'not-met', group: 'open-data' });
    expect(partText(el, 'empty')).to.equal('No criteria match the filter');
    expect(items(el)).to.have.length(0);
    expect(q(el, '.groups')).to.equal(null);
  });

  it('unknown values are ignored: everything shows, nothing is thrown', async () => {
    const guard = watchWindow();
    try {
      const el = await riverton({ status: 'done maybe', group: 'nowhere' });
      const errors = recordErrors(el);
      expect(items(el)).to.have.length(46);
      expect(q(el, '[part~="filter-note"]')).to.equal(null);
      await settle(50);
      expect(errors).to.have.length(0);
      expect(partText(el, 'error')).to.equal('');
      expect(guard.seen).to.deep.equal([]);
    } finally {
      guard.stop();
    }
  });

  it('changing the attributes re-filters', async () => {
    const el = await riverton();
    expect(items(el)).to.have.length(46);
    el.setAttribute('status', 'in-progress');
    await el.updateComplete;
    expect(items(el)).to.have.length(10);
    el.setAttribute('group', 'open-data');
    await el.updateComplete;
    expect(items(el).map((li) => li.querySelector('.criterion-label')!.textContent)).to.deep.equal(['User Insights About Open and Shared Data']);
    el.removeAttribute('status');
    el.removeAttribute('group');
    await el.updateComplete;
    expect(items(el)).to.have.length(46);
  });
});

describe('<civic-criteria-checklist>: collapsing and expanding groups', () => {
  it('Enter and Space on a focused group button collapse and expand it (real key presses)', async () => {
    const el = await riverton();
    const [first, second] = toggles(el);
    const list = root(el).getElementById(first!.getAttribute('aria-controls')!)!;
    first!.focus();
    expect(root(el).activeElement).to.equal(first);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(list).display).to.equal('none');
    expect(list.getBoundingClientRect().height).to.equal(0);

    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(list).display).not.to.equal('none');
    expect(list.getBoundingClientRect().height).to.be.greaterThan(0);

    // Collapsed, the group's links leave the tab order: Tab goes straight to the next group.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement, 'focus on the next group button').to.equal(second);
    expect(second!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('collapsed: every group starts closed, and opens on its own', async () => {
    const el = await riverton({ collapsed: true });
    expect(toggles(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(Array(9).fill('false'));
    expect(qa(el, '[part~="criteria"]').every((ul) => getComputedStyle(ul).display === 'none')).to.equal(true);
    toggles(el)[2]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggles(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal([
      'false', 'false', 'true', 'false', 'false', 'false', 'false', 'false', 'false',
    ]);
  });

  it('heading-level sets the level of the group headings', async () => {
    const el = await riverton({ 'heading-level': '2' });
    expect(qa(el, '[role="heading"]').map((h) => h.getAttribute('aria-level'))).to.deep.equal(Array(9).fill('2'));
  });

  it('the print and forced-colors style sheets expand every group, and draw bars and statuses in system colours', async () => {
    const el = await riverton({ collapsed: true });
    const sheets = [...root(el).adoptedStyleSheets, ...root(el).styleSheets];
    const media = (condition: string) =>
      sheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && norm(rule.conditionText) === condition)
        .map((rule) => norm(rule.cssText))
        .join('\n');
    const print = media('print');
    expect(print).to.match(/\.criteria\.collapsed \{ display: block; \}/);
    const forced = media('(forced-colors: active)');
    expect(forced).to.match(/\.segment\.met \{[^}]*background: canvastext/i);
    expect(forced).to.match(/\.segment\.not-met \{[^}]*border-color: canvastext/i);
    expect(forced).to.match(/\.status \{ color: canvastext !important; \}/i);
  });

  it('print shows every group expanded (Chromium: the only driver here that emulates print media)', async function () {
    // Firefox's WebDriver BiDi and WebKitGTK's WebDriver cannot emulate media; the style sheet
    // test above covers them.
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    const el = await riverton({ collapsed: true }, 640, { theme: 'dark' });
    const lists = qa(el, '[part~="criteria"]');
    expect(lists.every((ul) => getComputedStyle(ul).display === 'none')).to.equal(true);
    await emulateMedia({ media: 'print' });
    try {
      expect(lists.every((ul) => getComputedStyle(ul).display === 'block')).to.equal(true);
      // Dark-themed, it still prints dark text on the white page.
      expect(contrast(getComputedStyle(q(el, '.summary')!).color, 'rgb(255, 255, 255)')).to.be.at.least(4.5);
      expect(contrast(getComputedStyle(q(el, '.status.met')!).color, 'rgb(255, 255, 255)')).to.be.at.least(4.5);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<civic-criteria-checklist>: forced colours (high-contrast mode)', () => {
  afterEach(async () => {
    if (/Chrome\//.test(navigator.userAgent)) await executeServerCommand('civic-forced-colors', { active: false });
  });

  it('text, icons and bar segments in system colours (Chromium: the only engine here that emulates it)', async function () {
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    const el = await riverton({}, 640, { theme: 'dark' });
    await executeServerCommand('civic-forced-colors', { active: true });
    await settle(50);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours on').to.equal(true);
    const probe = document.createElement('div');
    probe.style.cssText = 'background: Canvas; color: CanvasText';
    el.parentElement!.append(probe);
    const canvas = getComputedStyle(probe).backgroundColor;
    probe.remove();

    const texts = qa(el, '*').filter(
      (n) => n instanceof HTMLElement && [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== ''),
    );
    expect(texts.length).to.be.greaterThan(50);
    for (const n of texts) {
      const color = getComputedStyle(n).color;
      expect(contrast(color, canvas), `“${n.textContent!.trim().slice(0, 40)}” (${color} on ${canvas})`).to.be.at.least(4.5);
    }
    // Bar segments: met filled, in progress hatched with an outline, not met outlined.
    for (const [selector, property] of [
      ['.segment.met', 'backgroundColor'],
      ['.segment.in-progress', 'borderTopColor'],
      ['.segment.not-met', 'borderTopColor'],
    ] as const) {
      const segment = q(el, selector)!;
      const paint = getComputedStyle(segment)[property];
      expect(contrast(paint, canvas), `${selector} ${property} ${paint} on ${canvas}`).to.be.at.least(3);
    }
    // Status icons keep a shape drawn in a colour that stands out.
    for (const status of ['met', 'in-progress', 'not-met']) {
      const circle = q(el, `.status.${status} svg circle`)!;
      const style = getComputedStyle(circle);
      const paint = [style.fill, style.stroke].filter((p) => p !== 'none' && !/rgba\(.*, 0\)$/.test(p));
      expect(Math.max(...paint.map((p) => contrast(p, canvas))), `${status} icon`).to.be.at.least(3);
    }
  });
});

describe('<civic-criteria-checklist>: safety', () => {
  it('document text is text (an <img> in a note stays text), and javascript: links are never rendered', async () => {
    const guard = watchWindow();
    try {
      const el = createChecklist({ certification: 'pledge', src: freshUrl(PLEDGE) });
      await mountReady(box(), el);
      const inventory = criterion(el, 'Data inventory published');
      expect(norm(inventory.querySelector('[part~="note"]')!.textContent!)).to.equal(
        'Inventory of 63 datasets <img src=x onerror=alert(1)> published in May.',
      );
      expect(qa(el, 'img')).to.have.length(0);
      expect(qa(el, '[href^="javascript" i]')).to.have.length(0);
      expect(root(el).innerHTML.toLowerCase()).not.to.include('javascript:');
      expect(guard.seen).to.deep.equal([]);
    } finally {
      guard.stop();
    }
  });

  it('javascript: evidence and award URLs given as data never become links', async () => {
    const el = createChecklist({ certification: 'cert' });
    el.data = documentWith(
      'wwc-2023',
      { 'executive-commitment': { status: 'met', evidence: [{ label: 'Order', url: 'javascript:alert(1)' }, { label: 'Memo', url: '/memo' }] } },
      { awarded: { tier: 'silver', date: '2023-07-12', url: 'javascript:alert(1)' } },
    );
    await mountReady(box(), el);
    expect(qa(el, '[href^="javascript" i]')).to.have.length(0);
    expect(root(el).innerHTML.toLowerCase()).not.to.include('javascript:');
    expect(q(el, 'a[part~="award"]'), 'award not a link').to.equal(null);
    expect(partText(el, 'award')).to.equal('Awarded: Silver (2023)');
    // Written with the former id of LC1: read as LC1, links still checked.
    const commitment = criterion(el, 'Executive Commitment to Data-Informed Government');
    expect([...commitment.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['/memo']);
  });
});

describe('<civic-criteria-checklist>: layout', () => {
  for (const width of [280, 1200]) {
    it(`${width}px wide: nothing overflows sideways`, async () => {
      const el = await riverton({}, width);
      const base = q(el, '[part~="base"]') as HTMLElement;
      expect(Math.abs(el.getBoundingClientRect().width - width), 'fills its box').to.be.at.most(1);
      expect(base.scrollWidth, `scrollWidth ${base.scrollWidth} ≤ clientWidth ${base.clientWidth}`).to.be.at.most(base.clientWidth);
      const right = base.getBoundingClientRect().right;
      for (const node of qa(el, 'li, button, a, .summary, .meta')) {
        expect(node.getBoundingClientRect().right, `${node.className || node.tagName} inside`).to.be.at.most(right + 0.5);
      }
    });
  }
});

describe('<civic-criteria-checklist>: shared requests', () => {
  it('50 checklists with the same src make exactly one request, and all render', async () => {
    performance.clearResourceTimings();
    const url = freshUrl(RIVERTON);
    const wrapper = box(640);
    const els = Array.from({ length: 50 }, () => createChecklist({ certification: 'wwc', src: url, collapsed: true }));
    wrapper.append(...els);
    await until(() => els.every(isReady), 'all 50 checklists to render', 8000);
    expect(new Set(els.map((el) => partText(el, 'summary'))).size).to.equal(1);
    await until(() => requestsFor(url).length > 0, 'the resource-timing entry');
    await settle();
    expect(requestsFor(url), 'requests for the URL').to.have.length(1);
  });
});

describe('<civic-criteria-checklist>: accessibility (axe, colour contrast included)', () => {
  /** Light and dark wrappers, each as a page would style them. */
  const themes = {
    light: () => box(640),
    dark: () => {
      const wrapper = box(640, { theme: 'dark' });
      wrapper.style.background = '#1b1b1b';
      wrapper.style.color = '#f0f0f0';
      wrapper.style.padding = '8px';
      return wrapper;
    },
  };

  for (const [theme, wrapperFor] of Object.entries(themes)) {
    describe(theme, () => {
      const check = async (el: CivicCriteriaChecklist) => {
        expect(q(el, '[part~="base"]')!.classList.contains('dark'), 'dark tokens applied').to.equal(theme === 'dark');
        await expect(el).to.be.accessible();
      };

      it('normal state (expanded)', async () => {
        const el = createChecklist({ certification: 'wwc' });
        mount(provider(el), wrapperFor());
        await mountReady(document.body, el);
        await check(el);
      });

      it('"About these criteria" open, its link included', async () => {
        const el = createChecklist({ certification: 'wwc' });
        mount(provider(el), wrapperFor());
        await mountReady(document.body, el);
        (q(el, 'details[part~="about"]') as HTMLDetailsElement).open = true;
        await check(el);
      });

      it('ICMA, and a custom program with a blocked criterion', async () => {
        const wrapper = wrapperFor();
        const icma = createChecklist({ certification: 'icma' });
        const pledge = createChecklist({ certification: 'pledge', src: freshUrl(PLEDGE) });
        mount(provider(icma), wrapper);
        mount(pledge, wrapper);
        await mountReady(document.body, icma, pledge);
        await check(icma);
        await check(pledge);
      });

      it('collapsed, filtered, and a filter that matches nothing', async () => {
        const wrapper = wrapperFor();
        const collapsed = createChecklist({ certification: 'wwc', collapsed: true });
        const filtered = createChecklist({ certification: 'wwc', status: 'not-met in-progress' });
        const nothingLeft = createChecklist({ certification: 'wwc', status: 'not-met', group: 'open-data' });
        mount(provider(collapsed, filtered, nothingLeft), wrapper);
        await mountReady(document.body, collapsed, filtered, nothingLeft);
        for (const el of [collapsed, filtered, nothingLeft]) await check(el);
      });

      it('empty state', async () => {
        const el = createChecklist({ certification: 'wwc-2019', src: freshUrl(PLEDGE) });
        await mountReady(wrapperFor(), el);
        expect(partText(el, 'empty')).to.include('No criteria are listed');
        await check(el);
      });

      it('error state', async () => {
        const el = createChecklist({ certification: 'x' });
        mount(provider(el), wrapperFor());
        await until(() => hasError(el), 'the error message');
        await settle(50);
        await check(el);
      });

      it('loading state', async () => {
        const held = holdFetch();
        try {
          const el = createChecklist({ certification: 'wwc', src: freshUrl(RIVERTON) });
          mount(el, wrapperFor());
          await el.updateComplete;
          expect(q(el, '.skeleton')).to.exist;
          await check(el);
        } finally {
          held.restore();
        }
      });

      it('Spanish', async () => {
        const wrapper = wrapperFor();
        wrapper.setAttribute('lang', 'es');
        const el = createChecklist({ certification: 'wwc' });
        mount(provider(el), wrapper);
        await mountReady(document.body, el);
        await check(el);
      });
    });
  }
});
