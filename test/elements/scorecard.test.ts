/**
 * `<civic-scorecard>` (SPEC §4, issue 7): the plan's measures grouped by priority and goal as
 * KPI tiles, filters, the accent-insensitive search with its announced count and its place in
 * the page's address, one column on a phone and several on a wide screen, and axe.
 */
import { expect } from '@open-wc/testing';
import '../../src/scorecard';
import type { CivicScorecard } from '../../src/scorecard';
import { box, mount, norm, partText, q, qa, until } from './helpers';

function planDocument() {
  const measure = (id: string, title: string, goal: string | undefined, value: number, target: number, extra: object = {}) => ({
    id,
    title,
    values: [{ period: '2025', value }],
    target,
    ...(goal ? { goal } : {}),
    ...extra,
  });
  return {
    civicstat: '1.0',
    jurisdiction: { name: 'Ciudad de Prueba', locale: 'en-US' },
    goals: [
      { id: 'safety', title: 'Quality of life and safety', kind: 'goal', priority: 'safety' },
      { id: 'response', title: 'Respond faster', kind: 'objective', parent: 'safety', priority: 'safety', department: 'Fire' },
      { id: 'mobility', title: 'Mobility', kind: 'goal', priority: 'mobility' },
      { id: 'transit', title: 'Better transit', kind: 'objective', parent: 'mobility', priority: 'mobility', department: 'Transportation' },
    ],
    measures: [
      measure('fire', 'Fire response time', 'response', 7, 7.5, { better: 'lower' }),
      measure('crime', 'Violent crime rate', 'response', 5, 4, { better: 'lower', department: 'Police' }),
      measure('bus', 'Tránsito: on-time buses', 'transit', 0.8, 0.9, { narrative: 'Measured by the automatic vehicle location system.' }),
      measure('lanes', 'Protected bike lanes', 'mobility', 12, 10),
      measure('budget', 'Budget variance', undefined, 1, 2),
    ],
  };
}

function create(props: Partial<Pick<CivicScorecard, 'priority' | 'department' | 'goal' | 'status' | 'searchable' | 'data' | 'id'>> = {}): CivicScorecard {
  const el = document.createElement('civic-scorecard');
  Object.assign(el, props);
  return el;
}
const tileIds = (el: Element) => qa(el, 'civic-kpi-tile').map((t) => t.getAttribute('measure'));
const headings = (el: Element) => qa(el, 'h2, h3').map((h) => `${h.tagName.toLowerCase()} ${norm(h.textContent!)}`);
async function settled(el: CivicScorecard) {
  await el.updateComplete;
  await until(() => qa(el, 'civic-kpi-tile').every((t) => !!t.shadowRoot?.querySelector('[part~="title"]')), 'the tiles');
}

describe('<civic-scorecard>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('groups the measures by priority and goal, as KPI tiles that read the scorecard’s document', async () => {
    const el = mount(create({ data: planDocument() }), box(1200));
    await settled(el);
    expect(headings(el)).to.deep.equal(['h2 Quality of life and safety', 'h3 Respond faster', 'h2 Mobility', 'h3 Better transit', 'h2 Other measures']);
    expect(tileIds(el)).to.deep.equal(['fire', 'crime', 'bus', 'lanes', 'budget']);
    expect(partText(el, 'count')).to.equal('5 of 5 measures shown');
    expect(q(el, '[part~="count"]')!.getAttribute('role')).to.equal('status');
    const fire = q(el, 'civic-kpi-tile')!;
    expect(norm(fire.shadowRoot!.querySelector('[part~="title"]')!.textContent!)).to.equal('Fire response time');
    expect(qa(el, '[part~="grid"]')[0]!.tagName).to.equal('UL');
  });

  it('filters by priority, goal, department and status', async () => {
    const cases: [Partial<CivicScorecard>, string[]][] = [
      [{ priority: 'mobility' }, ['bus', 'lanes']],
      [{ goal: 'response' }, ['fire', 'crime']],
      [{ department: 'Police' }, ['crime']],
      [{ department: 'Fire' }, ['fire']],
      [{ status: 'off-track' }, ['crime', 'bus', 'budget']],
      [{ status: 'on-track' }, ['fire', 'lanes']],
    ];
    for (const [props, ids] of cases) {
      const el = mount(create({ data: planDocument(), ...props }), box(1200));
      await settled(el);
      expect(tileIds(el), JSON.stringify(props)).to.deep.equal(ids);
    }
  });

  it('searches without regard to accents or case, announces the count, and keeps the query in the address', async () => {
    const el = mount(create({ data: planDocument(), searchable: true }), box(1200));
    await settled(el);
    const input = q(el, 'input[part~="search"]') as HTMLInputElement;
    expect(q(el, `label[for="${input.id}"]`)!.textContent).to.equal('Search the measures');
    input.value = 'transito';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(tileIds(el)).to.deep.equal(['bus']);
    expect(partText(el, 'count')).to.equal('1 of 5 measures shown');
    expect(new URLSearchParams(location.hash.slice(1)).get('q')).to.equal('transito');
    input.value = 'VEHICLE location';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(tileIds(el), 'narrative words').to.deep.equal(['bus']);
    input.value = 'police';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(tileIds(el), 'department').to.deep.equal(['crime']);
    input.value = 'zzz';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(tileIds(el)).to.deep.equal([]);
    expect(partText(el, 'count')).to.equal('No measures match');
  });

  it('a linked search: the query comes from the address (#q=… or #<id>=…)', async () => {
    history.replaceState(null, '', '#plan=BIKE');
    const el = mount(create({ data: planDocument(), searchable: true, id: 'plan' }), box(1200));
    await settled(el);
    expect((q(el, 'input') as HTMLInputElement).value).to.equal('BIKE');
    expect(tileIds(el)).to.deep.equal(['lanes']);
  });

  it('one column at 320 px, several at 1200 px', async () => {
    const narrow = mount(create({ data: planDocument() }), box(320));
    const wide = mount(create({ data: planDocument() }), box(1200));
    await settled(narrow);
    await settled(wide);
    const columns = (el: Element) => getComputedStyle(q(el, '[part~="grid"]')!).gridTemplateColumns.split(' ').length;
    expect(columns(narrow)).to.equal(1);
    expect(columns(wide)).to.be.at.least(3);
    const base = q(narrow, '[part~="base"]') as HTMLElement;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
  });

  it('Spanish', async () => {
    const el = mount(create({ data: planDocument(), searchable: true }), box(1200, { lang: 'es' }));
    await settled(el);
    expect(partText(el, 'count')).to.equal('5 de 5 indicadores');
    expect(headings(el).pop()).to.equal('h2 Otros indicadores');
    const fire = qa(el, 'civic-kpi-tile').find((t) => t.getAttribute('measure') === 'fire')!;
    expect(norm(fire.shadowRoot!.querySelector('[part~="status"]')!.textContent!), 'its tiles speak Spanish too').to.equal('En camino');
  });

  it('its tiles take the page’s lang and theme from around the scorecard, and follow when they change', async () => {
    const wrapper = box(1200);
    const el = mount(create({ data: planDocument() }), wrapper);
    await settled(el);
    // While the French strings load the scorecard shows its skeleton: its tiles come and go.
    const fire = () => qa(el, 'civic-kpi-tile').find((t) => t.getAttribute('measure') === 'fire');
    const status = () => norm(fire()?.shadowRoot?.querySelector('[part~="status"]')?.textContent ?? '');
    const dark = () => fire()?.shadowRoot?.querySelector('[part~="base"]')?.classList.contains('dark') ?? false;
    expect([status(), dark()]).to.deep.equal(['On track', false]);
    wrapper.setAttribute('lang', 'fr');
    wrapper.setAttribute('theme', 'dark');
    await until(() => status() === 'En bonne voie' && dark(), 'the tile in French and dark');
    expect(headings(el).pop()).to.equal('h2 Autres indicateurs');
  });

  for (const theme of ['light', 'dark']) {
    it(`axe, ${theme}, with the search box`, async function () {
      this.timeout(30_000);
      const wrapper = box(1200, theme === 'dark' ? { theme: 'dark' } : {});
      if (theme === 'dark') wrapper.style.background = '#1b1b1b';
      const el = mount(create({ data: planDocument(), searchable: true }), wrapper);
      await settled(el);
      await expect(el).to.be.accessible();
    });
  }
});
