/**
 * Language of parts (WCAG 3.1.2): on a page in one language, text taken from a document in
 * another (or from a built-in program, in English) carries its own `lang`, so a screen reader
 * reads an English title in English on a Spanish page. Where the languages agree, no `lang`
 * is added.
 */
import { expect } from '@open-wc/testing';
import '../../src/index';
import { box, mount, q, qa, until } from './helpers';

let riverton: { jurisdiction: { locale: string } } & Record<string, unknown>;
before(async () => {
  riverton = await (await fetch('/demo/riverton.civicstat.json')).json();
});

/** The sample city's document (en-US), or the same with another locale. */
const documentIn = (locale = 'en-US') => ({ ...structuredClone(riverton), jurisdiction: { ...riverton.jurisdiction, locale } });

async function show<T extends HTMLElement>(tag: string, attrs: Record<string, string>, pageLang: string, locale?: string): Promise<T> {
  const el = document.createElement(tag) as T & { data: unknown; updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.data = documentIn(locale);
  mount(el, box(700, { lang: pageLang }));
  await until(() => !!el.shadowRoot?.querySelector('[part~="title"], [part~="count"]'), `${tag} ready`);
  await el.updateComplete;
  return el;
}

const langOf = (el: Element, selector: string) => q(el, selector)?.getAttribute('lang') ?? null;

afterEach(() => {
  for (const node of [...document.body.children]) if (node.tagName === 'DIV') node.remove();
});

describe('document text in another language than the page', () => {
  it('tile on a Spanish page, English document: title, comparison labels, narrative and source are marked en-US; the UI words are not', async () => {
    const el = await show('civic-kpi-tile', { measure: 'fire-response-time' }, 'es');
    expect(langOf(el, '[part~="title"]')).to.equal('en-US');
    const comparisons = qa(el, '[part~="comparisons"] li');
    expect(comparisons.length).to.be.greaterThan(0);
    for (const li of comparisons) expect(li.querySelector('span[lang="en-US"]'), li.textContent!).to.exist;
    const narrative = qa(el, '[part~="narrative"] p, p[part~="narrative"]');
    expect(narrative.length).to.be.greaterThan(0);
    for (const p of narrative) expect(p.getAttribute('lang')).to.equal('en-US');
    expect(q(el, '[part~="source"] [lang="en-US"]'), 'the source name').to.exist;
    expect(langOf(el, '[part~="status"]'), 'the status word is Spanish, as the page').to.equal(null);
  });

  it('the same tile on an English page has no lang of its own anywhere', async () => {
    const el = await show('civic-kpi-tile', { measure: 'fire-response-time' }, 'en');
    expect(qa(el, '[lang]')).to.have.length(0);
  });

  it('a Spanish document on an English page: its title is marked es-MX; on a Spanish page it is not', async () => {
    const en = await show('civic-kpi-tile', { measure: 'fire-response-time' }, 'en-US', 'es-MX');
    expect(langOf(en, '[part~="title"]')).to.equal('es-MX');
    const es = await show('civic-kpi-tile', { measure: 'fire-response-time' }, 'es', 'es-MX');
    expect(langOf(es, '[part~="title"]')).to.equal(null);
  });

  it('gauge: title and a target label from the document', async () => {
    const el = await show('civic-target-gauge', { measure: 'fire-response-time', target: '2-year target' }, 'fr');
    expect(langOf(el, '[part~="title"]')).to.equal('en-US');
    expect(q(el, '[part~="figures"] span[lang="en-US"]')!.textContent).to.equal('2-year target');
  });

  it('chart: title, caption, and the comparison names in the table; period rows of a trend are not', async () => {
    const el = await show('civic-kpi-chart', { measure: 'fire-response-time', view: 'comparison' }, 'es');
    expect(langOf(el, '[part~="title"]')).to.equal('en-US');
    expect(langOf(el, 'caption')).to.equal('en-US');
    const rows = qa(el, 'tbody th');
    expect(rows.length).to.be.greaterThan(1);
    for (const th of rows) expect(th.getAttribute('lang')).to.equal('en-US');
    const trend = await show('civic-kpi-chart', { measure: 'fire-response-time' }, 'es');
    expect(qa(trend, 'tbody th[lang]')).to.have.length(0);
  });

  it('checklist of a built-in program on a Spanish page: its labels and descriptions are English (en), the city’s notes en-US', async () => {
    const el = await show('civic-criteria-checklist', { certification: 'wwc' }, 'es');
    const labels = qa(el, '.criterion-label');
    expect(labels.length).to.equal(46);
    for (const label of labels) expect(label.getAttribute('lang')).to.equal('en');
    for (const d of qa(el, '[part~="description"]')) expect(d.getAttribute('lang')).to.equal('en');
    const groupLabels = qa(el, '.group-label, .overview-label');
    // The program's eight practices are its words; the group of resident outcome metrics is named in ours.
    const ours = groupLabels.filter((g) => g.textContent!.startsWith('Métricas de resultados para residentes'));
    expect(ours).to.have.length(2);
    for (const g of groupLabels) expect(g.getAttribute('lang')).to.equal(ours.includes(g) ? null : 'en');
    expect(langOf(el, '.about-text')).to.equal('en');
    const notes = qa(el, '[part~="note"]');
    expect(notes.length).to.be.greaterThan(0);
    for (const n of notes) expect(n.getAttribute('lang')).to.equal('en-US');
    expect(langOf(el, '[part~="summary"]'), 'the summary sentence is the page’s language').to.equal(null);
  });

  it('checklist of the document’s own program: its labels are in the document’s language; on an English page, a built-in’s are unmarked', async () => {
    const own = await show('civic-criteria-checklist', { certification: 'open-data-pledge' }, 'fr');
    for (const label of qa(own, '.criterion-label')) expect(label.getAttribute('lang')).to.equal('en-US');
    const english = await show('civic-criteria-checklist', { certification: 'wwc' }, 'en');
    expect(qa(english, '[lang]')).to.have.length(0);
  });

  it('scorecard: priority and goal headings', async () => {
    const el = await show('civic-scorecard', {}, 'es');
    const headings = qa(el, 'h2, h3');
    expect(headings.length).to.be.greaterThan(2);
    for (const h of headings) {
      const fromDocument = h.textContent!.trim() !== 'Otros indicadores';
      expect(h.getAttribute('lang'), h.textContent!).to.equal(fromDocument ? 'en-US' : null);
    }
  });

  it('axe: a Spanish page with the English document, checklist and tile (valid lang values included)', async function () {
    this.timeout(30_000);
    const tile = await show('civic-kpi-tile', { measure: 'fire-response-time' }, 'es');
    await expect(tile).to.be.accessible();
    const checklist = await show('civic-criteria-checklist', { certification: 'icma' }, 'es');
    await expect(checklist).to.be.accessible();
  });
});
