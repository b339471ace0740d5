/**
 * `<civic-status-summary>` (SPEC §4, issue 7): the sentence, the stacked bar and the list of
 * statuses for objectives, projects, goals and measures; filters; states; languages; axe.
 */
import { expect } from '@open-wc/testing';
import '../../src/status-summary';
import type { CivicStatusSummary } from '../../src/status-summary';
import { box, expectOneCivicError, freshUrl, holdFetch, mount, norm, partText, q, qa, recordErrors, requestsFor, settle, until, watchWindow } from './helpers';

/** 28 objectives as in the 2023 certified city: 3 completed, 17 in progress, 8 not started. */
function planDocument() {
  const goals: object[] = [
    { id: 'safety', title: 'Safety', kind: 'goal', status: 'in-progress', priority: 'safety' },
    { id: 'green', title: 'Green', kind: 'goal', status: 'behind', priority: 'green' },
  ];
  const statuses = [...Array(3).fill('completed'), ...Array(17).fill('in-progress'), ...Array(8).fill('not-started')];
  statuses.forEach((status, i) =>
    goals.push({ id: `o${i}`, title: `Objective ${i}`, kind: 'objective', parent: i % 2 ? 'safety' : 'green', priority: i % 2 ? 'safety' : 'green', status, department: i < 4 ? 'Fire' : 'Parks' }),
  );
  goals.push({ id: 'p1', title: 'Station 7', kind: 'project', parent: 'o1', priority: 'safety', status: 'ahead' });
  return {
    civicstat: '1.0',
    jurisdiction: { name: 'City of Testville', locale: 'en-US' },
    measures: [
      { id: 'm1', title: 'Response', values: [{ period: '2025', value: 10 }], target: 10, goal: 'o1' },
      { id: 'm2', title: 'Canopy', values: [{ period: '2025', value: 5 }], target: 10, goal: 'o0' },
    ],
    goals,
  };
}

function create(props: Partial<Pick<CivicStatusSummary, 'kind' | 'priority' | 'department' | 'data' | 'src'>> = {}): CivicStatusSummary {
  const el = document.createElement('civic-status-summary');
  Object.assign(el, props);
  return el;
}
const items = (el: Element) => qa(el, '[part~="list"] li').map((li) => norm(li.textContent!));

describe('<civic-status-summary>', () => {
  it('says how the objectives stand, in a sentence, a bar and a list (shares add up to 100%)', async () => {
    const el = mount(create({ data: planDocument() }), box(480));
    await el.updateComplete;
    expect(partText(el, 'summary')).to.equal('28 strategic objectives: 8 not started (28%), 17 in progress (61%), 3 completed (11%)');
    expect(items(el)).to.deep.equal(['Not started 8 (28%)', 'In progress 17 (61%)', 'Completed 3 (11%)']);
    for (const li of qa(el, '[part~="list"] li')) expect(li.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    const bar = q(el, '[part~="bar"]')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    const widths = qa(el, '.segment').map((s) => s.getBoundingClientRect().width / bar.getBoundingClientRect().width);
    expect(widths.length).to.equal(3);
    expect(widths[1]).to.be.closeTo(17 / 28, 0.02);
  });

  it('kind, priority and department filter what is counted', async () => {
    const projects = mount(create({ data: planDocument(), kind: 'project' }), box(480));
    const safety = mount(create({ data: planDocument(), priority: 'safety' }), box(480));
    const fire = mount(create({ data: planDocument(), department: 'Fire' }), box(480));
    const measures = mount(create({ data: planDocument(), kind: 'measure' }), box(480));
    await Promise.all([projects, safety, fire, measures].map((e) => e.updateComplete));
    expect(partText(projects, 'summary')).to.equal('1 project: 1 ahead of schedule (100%)');
    expect(partText(safety, 'summary')).to.match(/^14 strategic objectives: /);
    expect(partText(fire, 'summary')).to.match(/^4 strategic objectives: /);
    expect(partText(measures, 'summary')).to.equal('2 measures: 1 on track (50%), 1 off track (50%)');
  });

  it('nothing to count: says so; an unknown kind: a visible error and one civic-error', async () => {
    const none = mount(create({ data: planDocument(), priority: 'nowhere' }), box(480));
    await none.updateComplete;
    expect(partText(none, 'summary')).to.equal('No strategic objectives in the plan match');
    const guard = watchWindow();
    const wrapper = box(480);
    const atWrapper = recordErrors(wrapper);
    try {
      const el = create({ data: planDocument(), kind: 'task' as 'goal' });
      const errors = recordErrors(el);
      mount(el, wrapper);
      await until(() => errors.length > 0, 'civic-error');
      await settle();
      expect(partText(el, 'error')).to.include('Unknown kind “task”');
      expectOneCivicError(errors, 'Unknown kind “task”', atWrapper, guard.seen);
    } finally {
      guard.stop();
    }
  });

  it('Spanish and French, with agreement and the locale’s percent sign', async () => {
    const es = mount(create({ data: planDocument() }), box(480, { lang: 'es' }));
    const fr = mount(create({ data: planDocument(), kind: 'measure' }), box(480, { lang: 'fr' }));
    await es.updateComplete;
    await fr.updateComplete;
    const pct = (lang: string, v: number) => new Intl.NumberFormat(lang, { style: 'percent' }).format(v);
    expect(partText(es, 'summary')).to.equal(norm(`28 objetivos estratégicos: 8 sin iniciar (${pct('es', 0.28)}), 17 en curso (${pct('es', 0.61)}), 3 terminados (${pct('es', 0.11)})`));
    expect(partText(fr, 'summary')).to.equal(norm(`2 indicateurs : 1 en bonne voie (${pct('fr', 0.5)}), 1 en retard (${pct('fr', 0.5)})`));
  });

  it('loading: a skeleton, "Loading…", and one request for 20 elements naming one src', async () => {
    const held = holdFetch();
    const url = freshUrl('/test/fixtures/elements/plan.json');
    try {
      performance.clearResourceTimings();
      const wrapper = box(480);
      const all = Array.from({ length: 20 }, () => create({ src: url }));
      wrapper.append(...all);
      await all[0]!.updateComplete;
      expect(q(all[0]!, '.skeleton')).to.exist;
      expect(qa(all[0]!, '[role="status"]').some((s) => norm(s.textContent!) === 'Loading…')).to.equal(true);
      await expect(all[0]!).to.be.accessible();
      held.release();
      await until(() => all.every((e) => !!q(e, '[part~="summary"]')), 'all 20');
      await until(() => requestsFor(url).length > 0, 'the resource-timing entry');
      await settle();
      expect(requestsFor(url)).to.have.length(1);
      expect(partText(all[0]!, 'summary')).to.match(/^28 strategic objectives/);
    } finally {
      held.restore();
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`axe, ${theme}: objectives, projects with every goal status, measures`, async () => {
      const wrapper = box(480, theme === 'dark' ? { theme: 'dark' } : {});
      if (theme === 'dark') wrapper.style.background = '#1b1b1b';
      const doc = planDocument();
      for (const status of ['not-started', 'in-progress', 'completed', 'ahead', 'behind', 'on-hold', 'cancelled'])
        doc.goals.push({ id: `p-${status}`, title: status, kind: 'project', status });
      for (const kind of ['objective', 'project', 'measure'] as const) {
        const el = mount(create({ data: doc, kind }), wrapper);
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });
  }
});
