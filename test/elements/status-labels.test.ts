/**
 * The city's own status words (SPEC §2 `statusLabels`) as a reader sees them: on the KPI tile
 * (also inside the scorecard), the target gauge and its legend, and the status summary of the
 * measures; flat and per locale; in the document's language where it differs from the page's
 * (WCAG 3.1.2); icons and colours as without them; a hostile word stays text; axe.
 */
import { expect } from '@open-wc/testing';
import '../../src/kpi-tile';
import '../../src/target-gauge';
import '../../src/status-summary';
import '../../src/scorecard';
import { box, mount, norm, partText, q, qa, until } from './helpers';

const FIXTURE = '/test/fixtures/elements/labels.civicstat.json';
const FLAT = { 'on-track': 'On Target', 'at-risk': 'Caution', 'off-track': 'Below Plan', 'no-data': 'Target Pending' };

/** The fixture's measures: fire on track, EMS at risk, recycling off track, canopy without figures. */
async function fixture(labels: unknown = FLAT, locale = 'en-US') {
  const doc = (await (await fetch(FIXTURE)).json()) as Record<string, unknown>;
  if (labels === undefined) delete doc.statusLabels;
  else doc.statusLabels = labels;
  (doc.jurisdiction as Record<string, unknown>).locale = locale;
  return doc;
}

async function element<K extends 'civic-kpi-tile' | 'civic-target-gauge' | 'civic-status-summary' | 'civic-scorecard'>(
  tag: K,
  data: object,
  attrs: Record<string, string> = {},
  wrapper: HTMLElement = box(420),
): Promise<HTMLElementTagNameMap[K]> {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  (el as unknown as { data: object }).data = data;
  mount(el, wrapper);
  await el.updateComplete;
  return el;
}

const statusOf = (el: Element) => q(el, '[part~="status"]')!;
const iconOf = (el: Element) => statusOf(el).querySelector('svg')!.innerHTML;
const legend = (el: Element) => qa(el, '[part~="legend"] li').map((li) => norm(li.textContent!));

describe('statusLabels: the city’s words', () => {
  it('the tile shows "On Target" with the on-track icon and colour, and the other statuses their words', async () => {
    const doc = await fixture();
    const plain = await fixture(undefined);
    const words: string[] = [];
    for (const measure of ['fire-response', 'ems-response', 'recycling']) {
      const own = await element('civic-kpi-tile', doc, { measure });
      const library = await element('civic-kpi-tile', plain, { measure });
      words.push(partText(own, 'status'));
      expect(statusOf(own).className, 'same status class').to.equal(statusOf(library).className);
      expect(iconOf(own), 'same icon').to.equal(iconOf(library));
      expect(getComputedStyle(statusOf(own)).color).to.equal(getComputedStyle(statusOf(library)).color);
    }
    expect(words).to.deep.equal(['On Target', 'Caution', 'Below Plan']);
    expect(statusOf(await element('civic-kpi-tile', doc, { measure: 'fire-response' })).classList.contains('on-track')).to.equal(true);
  });

  it('a status the city gives no word for keeps the library’s', async () => {
    const el = await element('civic-kpi-tile', await fixture({ 'on-track': 'On Target' }), { measure: 'ems-response' });
    expect(partText(el, 'status')).to.equal('At risk');
  });

  it('the gauge: its status and its band legend', async () => {
    const el = await element('civic-target-gauge', await fixture(), { measure: 'ems-response' });
    expect(partText(el, 'status')).to.equal('Caution');
    expect(legend(el)).to.deep.equal(['On Target: at most 7', 'Caution: 7 to 7.4', 'Below Plan: above 7.4']);
  });

  it('the status summary of the measures: the list and the sentence, the words as written', async () => {
    const el = await element('civic-status-summary', await fixture(), { kind: 'measure' });
    expect(partText(el, 'summary')).to.equal('4 measures: 1 On Target (25%), 1 Caution (25%), 1 Below Plan (25%), 1 Target Pending (25%)');
    expect(qa(el, '[part~="list"] li').map((li) => norm(li.textContent!))).to.deep.equal([
      'On Target 1 (25%)',
      'Caution 1 (25%)',
      'Below Plan 1 (25%)',
      'Target Pending 1 (25%)',
    ]);
    const other = await element('civic-status-summary', await fixture({ 'no-data': 'Target Pending' }), { kind: 'measure' });
    expect(partText(other, 'summary')).to.equal('4 measures: 1 on track (25%), 1 at risk (25%), 1 off track (25%), 1 Target Pending (25%)');
  });

  it('the scorecard’s tiles use them', async () => {
    const el = await element('civic-scorecard', await fixture(), {}, box(900));
    await until(() => qa(el, 'civic-kpi-tile').every((t) => !!t.shadowRoot && !!q(t, '[part~="title"]')), 'the tiles');
    const tiles = qa(el, 'civic-kpi-tile');
    await Promise.all(tiles.map((t) => (t as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    expect(tiles.map((t) => norm(q(t, '[part~="status"]')?.textContent ?? ''))).to.deep.equal(['On Target', 'Caution', 'Below Plan', '']);
  });

  it('per locale: a Spanish page shows the Spanish words, an English page the English ones; no entry, the library’s', async () => {
    const labels = { en: { 'on-track': 'On Target' }, 'es-MX': { 'on-track': 'En meta', 'at-risk': 'Precaución' } };
    const doc = await fixture(labels);
    const es = await element('civic-kpi-tile', doc, { measure: 'fire-response' }, box(420, { lang: 'es' }));
    const en = await element('civic-kpi-tile', doc, { measure: 'fire-response' }, box(420, { lang: 'en' }));
    const fr = await element('civic-kpi-tile', doc, { measure: 'fire-response' }, box(420, { lang: 'fr' }));
    expect(partText(es, 'status')).to.equal('En meta');
    expect(partText(en, 'status')).to.equal('On Target');
    expect(partText(fr, 'status')).to.equal('En bonne voie');
    // The Spanish words are in the page's language: nothing to mark.
    expect(statusOf(es).querySelector('[lang]')).to.equal(null);
    const gauge = await element('civic-target-gauge', doc, { measure: 'ems-response' }, box(420, { lang: 'es' }));
    expect(partText(gauge, 'status')).to.equal('Precaución');
    expect(legend(gauge)[2]).to.match(/^Desviado: /);
  });

  it('flat words on a page in another language are marked with the document’s language (WCAG 3.1.2)', async () => {
    const doc = await fixture();
    const es = await element('civic-kpi-tile', doc, { measure: 'fire-response' }, box(420, { lang: 'es' }));
    expect(partText(es, 'status')).to.equal('On Target');
    expect(statusOf(es).querySelector('span[lang]')!.getAttribute('lang')).to.equal('en-US');
    const summary = await element('civic-status-summary', doc, { kind: 'measure' }, box(420, { lang: 'fr' }));
    expect(partText(summary, 'summary')).to.match(/^4 indicateurs : 1 On Target \(25/);
    const marked = qa(summary, '[part~="summary"] span[lang]');
    expect(marked.map((s) => [s.getAttribute('lang'), s.textContent])).to.deep.include(['en-US', 'On Target']);
    const en = await element('civic-kpi-tile', doc, { measure: 'fire-response' });
    expect(statusOf(en).querySelector('[lang]')).to.equal(null);
  });

  it('a hostile word stays text', async () => {
    const hostile = '<img src=x onerror="window.__labelsXss=1"><b>On</b> Target';
    const doc = await fixture({ 'on-track': hostile });
    const tile = await element('civic-kpi-tile', doc, { measure: 'fire-response' });
    const summary = await element('civic-status-summary', doc, { kind: 'measure' });
    await new Promise((r) => setTimeout(r, 50));
    expect(partText(tile, 'status')).to.equal(hostile);
    expect(statusOf(tile).querySelector('img, b')).to.equal(null);
    expect(partText(summary, 'summary')).to.include(`1 ${hostile} (25%)`);
    expect(q(summary, 'img, b')).to.equal(null);
    expect((window as unknown as Record<string, unknown>).__labelsXss).to.equal(undefined);
  });

  for (const theme of ['light', 'dark']) {
    it(`axe, ${theme}: tiles, gauge and summary with the city’s words, marked in another language`, async () => {
      const wrapper = box(420, theme === 'dark' ? { theme: 'dark', lang: 'es' } : { lang: 'es' });
      if (theme === 'dark') wrapper.style.background = '#1b1b1b';
      const doc = await fixture();
      const els = [
        ...(await Promise.all(['fire-response', 'ems-response', 'recycling', 'tree-canopy'].map((measure) => element('civic-kpi-tile', doc, { measure }, wrapper)))),
        await element('civic-target-gauge', doc, { measure: 'ems-response' }, wrapper),
        await element('civic-status-summary', doc, { kind: 'measure' }, wrapper),
      ];
      for (const el of els) await expect(el).to.be.accessible();
    });
  }
});
