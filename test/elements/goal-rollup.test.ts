/**
 * `<civic-status-summary>` with goals that have no status of their own: their statuses are
 * computed from their measures, the list marks how many were, and a note says so; in
 * English, Spanish and French; the document's statuses win; axe in light and dark themes.
 */
import { expect } from '@open-wc/testing';
import '../../src/status-summary';
import type { CivicStatusSummary } from '../../src/status-summary';
import { box, mount, norm, partText, q, qa } from './helpers';

/** Five goals: two with a status, two computed (in progress, behind), one with nothing to go on. */
function planDocument() {
  const measure = (id: string, goal: string, value: number) => ({ id, title: id, values: [{ period: '2025', value }], target: 10, goal });
  return {
    civicstat: '1.0',
    jurisdiction: { name: 'City of Testville', locale: 'en-US' },
    goals: [
      { id: 'safety', title: 'Safety', status: 'in-progress' },
      { id: 'arts', title: 'Arts', status: 'completed' },
      { id: 'jobs', title: 'Jobs' },
      { id: 'jobs-o', title: 'Small business', kind: 'objective', parent: 'jobs', status: 'in-progress' },
      { id: 'green', title: 'Green' },
      { id: 'housing', title: 'Housing' },
    ],
    measures: [
      measure('a', 'jobs', 12),
      measure('b', 'jobs-o', 10), // the objective's measure counts for its goal
      measure('c', 'jobs', 4),
      measure('d', 'green', 9.8),
      measure('e', 'arts', 1), // off track, but the document says completed
      { id: 'f', title: 'f', values: [], target: 10, goal: 'housing' },
    ],
  };
}

async function summary(attrs: Record<string, string> = {}, wrapper = box(480)): Promise<CivicStatusSummary> {
  const el = document.createElement('civic-status-summary');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = planDocument();
  mount(el, wrapper);
  await el.updateComplete;
  return el;
}
const items = (el: Element) => qa(el, '[part~="list"] li').map((li) => norm(li.textContent!));

describe('<civic-status-summary>: goals computed from their measures', () => {
  it('counts goals without a status by their measures, marks them in the list, and says how many', async () => {
    const el = await summary({ kind: 'goal' });
    expect(partText(el, 'summary')).to.equal('5 strategic goals: 1 not started (20%), 2 in progress (40%), 1 completed (20%), 1 behind schedule (20%)');
    expect(items(el)).to.deep.equal(['Not started 1 (20%)', 'In progress 2 (40%) · 1 computed', 'Completed 1 (20%)', 'Behind schedule 1 (20%) · 1 computed']);
    expect(partText(el, 'note')).to.equal('2 of 5 statuses computed from their measures');
  });

  it('nothing computed: no note, no marks', async () => {
    const el = await summary({ kind: 'objective' });
    expect(partText(el, 'summary')).to.equal('1 strategic objective: 1 in progress (100%)');
    expect(q(el, '[part~="note"]')).to.equal(null);
    expect(q(el, '.computed')).to.equal(null);
  });

  it('Spanish and French', async () => {
    const es = await summary({ kind: 'goal' }, box(480, { lang: 'es' }));
    const fr = await summary({ kind: 'goal' }, box(480, { lang: 'fr' }));
    expect(partText(es, 'note')).to.equal('2 de 5 estados calculados a partir de sus indicadores');
    expect(items(es)[1]).to.match(/ · 1 calculado$/);
    expect(partText(fr, 'note')).to.equal('2 statuts sur 5 calculés à partir des indicateurs');
    expect(items(fr)[3]).to.match(/ · 1 calculé$/);
  });

  for (const theme of ['light', 'dark']) {
    it(`axe, ${theme}: with computed statuses and the note`, async () => {
      const wrapper = box(480, theme === 'dark' ? { theme: 'dark' } : {});
      if (theme === 'dark') wrapper.style.background = '#1b1b1b';
      const el = await summary({ kind: 'goal' }, wrapper);
      expect(q(el, '[part~="note"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  }
});
