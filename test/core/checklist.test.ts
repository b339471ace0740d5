import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checklistFilter, checklistView, formatList, type ChecklistNeed } from '../../src/core/checklist';
import type { Certification, CivicDocument, Program } from '../../src/core/document';
import { programs } from '../../src/core/programs/index';
import { parsed } from './helpers';

const riverton = parsed(JSON.parse(readFileSync(new URL('../../demo/riverton.civicstat.json', import.meta.url), 'utf8')));
const certification = (id: string) => riverton.certifications.find((c) => c.id === id)!;
const EN = { locale: 'en-US', asOf: new Date('2026-11-23T12:00:00Z') };

/** A document that declares `program` (built-ins need none). */
const docWith = (...list: Program[]): Pick<CivicDocument, 'programs'> => ({ programs: list });

/** A small custom program: points, groups, a prerequisite and custom tags. */
const pledge: Program = {
  id: 'pledge',
  name: 'Open Data Pledge',
  groups: [
    { id: 'publish', label: 'Publish' },
    { id: 'quality', label: 'Quality' },
    { id: 'engage', label: 'Engagement' },
    { id: 'later', label: 'Later (no criteria yet)' },
  ],
  criteria: [
    { id: 'policy', label: 'Open data policy', group: 'publish', tags: ['foundation'], requires: [], points: 5 },
    { id: 'inventory', label: 'Data inventory', group: 'publish', tags: [], requires: ['policy'], points: 3 },
    { id: 'metadata', label: 'Metadata standard', group: 'quality', tags: ['foundation'], requires: [], points: 3 },
    { id: 'feedback', label: 'Feedback channel', group: 'engage', tags: ['community'], requires: [], points: 2 },
  ],
  tiers: [
    { id: 'pledged', label: 'Pledged', rule: { minPoints: 5 } },
    { id: 'leader', label: 'Leader', rule: { minPoints: 12, minGroups: 3, all: ['foundation'], min: { community: 1 } } },
  ],
};

const pledgeCert = (criteria: Certification['criteria']): Certification => ({ id: 'p', program: 'pledge', criteria });
const met: Certification['criteria'][string] = { status: 'met', evidence: [] };

describe('checklistView: the sample city’s What Works Cities self-assessment', () => {
  const view = checklistView(certification('wwc'), riverton, EN)!;

  it('counts and formats met / total and the share', () => {
    assert.equal(view.programName, programs['wwc-2023']!.name);
    assert.equal(view.programVersion, '2023');
    assert.equal(view.empty, false);
    // Over the 43 criteria; the three resident outcome metrics are counted apart.
    assert.deepEqual([view.met, view.inProgress, view.notMet, view.total], [27, 9, 7, 43]);
    assert.equal(view.metText, '27');
    assert.equal(view.totalText, '43');
    assert.equal(view.shareText, '63%');
  });

  it('reaches Silver; Gold needs 2 more criteria (29 of 43 is 67.4%)', () => {
    assert.deepEqual(view.reached, { id: 'silver', label: 'Silver' });
    assert.equal(view.top, false);
    assert.equal(view.next!.id, 'gold');
    assert.equal(view.next!.label, 'Gold');
    assert.deepEqual(view.next!.needs, [{ kind: 'criteria', count: 2, countText: '2' }] satisfies ChecklistNeed[]);
  });

  it('the next tier names the resident outcome metrics it still needs', () => {
    const all = programs['wwc-2023']!.criteria;
    const scored = all.filter((c) => c.scored !== false);
    const criteria: Certification['criteria'] = Object.fromEntries(scored.slice(0, 37).map((c) => [c.id, met]));
    for (const id of ['dm1', 'lc1', 'pa1']) criteria[id] = met;
    criteria['resident-outcome-metric-1'] = met;
    const v = checklistView({ id: 'w', program: 'wwc-2023', criteria }, riverton, EN)!;
    assert.deepEqual([v.met, v.total], [37, 43]);
    assert.deepEqual(v.reached, { id: 'silver', label: 'Silver' });
    assert.deepEqual(v.next!.needs, [{ kind: 'tag', tag: 'resident-outcome', count: 1, countText: '1', criteria: [] }] satisfies ChecklistNeed[]);
  });

  it('tells the award (Silver, 2023) apart from the self-assessment, and reads it as expired after 2026-07-12', () => {
    assert.deepEqual(view.awarded, {
      label: 'Silver',
      year: '2023',
      expired: true,
      expiresText: 'July 12, 2026',
      url: 'https://www.riverton.example/news/2023/what-works-cities-silver',
    });
    const before = checklistView(certification('wwc'), riverton, { locale: 'en-US', asOf: new Date('2025-01-01') })!;
    assert.equal(before.awarded!.expired, false);
    assert.equal(view.assessedText, 'May 15, 2026');
  });

  it('groups in program order with their counts, and the criteria with status, note, evidence and tags', () => {
    assert.deepEqual(
      view.groups.map((g) => [g.id, g.met, g.inProgress, g.notMet, g.total]),
      [
        ['data-management', 7, 2, 0, 9],
        ['leadership-capacity', 5, 1, 1, 7],
        ['open-data', 3, 1, 0, 4],
        ['performance-analytics', 4, 0, 1, 5],
        ['budget-finance', 2, 1, 0, 3],
        ['results-driven-contracting', 4, 2, 2, 8],
        ['stakeholder-impact', 2, 1, 0, 3],
        ['rigorous-evaluations', 0, 1, 3, 4],
        ['-unscored', 2, 1, 0, 3],
      ],
    );
    assert.deepEqual(view.groups.map((g) => g.scored), [true, true, true, true, true, true, true, true, false]);
    // The resident outcome metrics: a group of their own after the practices, out of the share.
    const outcomes = view.groups[8]!;
    assert.equal(outcomes.tag, 'resident-outcome');
    assert.deepEqual(outcomes.criteria.map((c) => [c.id, c.status, c.scored]), [
      ['resident-outcome-metric-1', 'met', false],
      ['resident-outcome-metric-2', 'met', false],
      ['resident-outcome-metric-3', 'in-progress', false],
    ]);
    assert.equal(view.groups[3]!.criteria.some((c) => !c.scored), false);
    assert.equal(view.shown, 43);
    assert.equal(view.filtered, false);
    const strategy = view.groups[0]!.criteria[0]!;
    assert.equal(strategy.id, 'dm1');
    assert.equal(strategy.code, 'DM1');
    assert.equal(strategy.label, 'Implementing Data Strategy and Governance');
    assert.equal(strategy.status, 'met');
    assert.deepEqual(strategy.tags, [{ tag: 'core' }]);
    assert.match(strategy.note!, /Data strategy adopted in 2024/);
    assert.deepEqual(strategy.evidence.map((e) => e.label), ['Riverton data strategy 2024–2027', 'Data governance committee charter']);
    assert.equal(strategy.evidence[0]!.url, 'https://www.riverton.example/innovation/data-strategy');
    const sharing = view.groups[0]!.criteria.find((c) => c.id === 'dm3')!;
    assert.equal(sharing.status, 'in-progress');
    assert.deepEqual(sharing.evidence, []);
    assert.deepEqual(sharing.blockedBy, []);
  });

  it('formats numbers in the locale: French percent with the locale’s own spacing', () => {
    const fr = checklistView(certification('wwc'), riverton, { ...EN, locale: 'fr-FR' })!;
    assert.equal(fr.shareText, new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(27 / 43));
    assert.equal(fr.assessedText, '15 mai 2026');
    const es = checklistView(certification('wwc'), riverton, { ...EN, locale: 'es-ES' })!;
    assert.equal(es.awarded!.expiresText, '12 de julio de 2026');
  });
});

describe('checklistView: ICMA levels and required criteria', () => {
  const view = checklistView(certification('icma'), riverton, EN)!;

  it('a level tag carries the tier’s label', () => {
    const first = view.groups[0]!.criteria[0]!;
    assert.deepEqual(first.tags, [{ tag: 'achievement', level: 'Achievement' }]);
  });

  it('Excellence needs its three unmet Excellence criteria, named', () => {
    assert.deepEqual(view.reached, { id: 'distinction', label: 'Distinction' });
    assert.deepEqual(view.next!.needs, [
      {
        kind: 'tag',
        tag: 'excellence',
        level: 'Excellence',
        count: 3,
        countText: '3',
        criteria: ['Quarterly internal review', 'Equity reporting and analysis', 'External leadership'],
      },
    ] satisfies ChecklistNeed[]);
  });

  it('at the top tier there is nothing next', () => {
    const all: Certification['criteria'] = {};
    for (const c of programs['icma-2021']!.criteria) all[c.id] = { status: 'met', evidence: [] };
    const top = checklistView({ id: 'i', program: 'icma-2021', criteria: all }, riverton, EN)!;
    assert.deepEqual(top.reached, { id: 'excellence', label: 'Excellence' });
    assert.equal(top.top, true);
    assert.equal(top.next, undefined);
    assert.equal(top.shareText, '100%');
  });

  it('no tier reached: the first tier and every core criterion it needs', () => {
    const view = checklistView({ id: 'w', program: 'wwc-2023', criteria: { lc1: met } }, riverton, EN)!;
    assert.equal(view.reached, undefined);
    assert.equal(view.top, false);
    assert.equal(view.next!.label, 'Silver');
    // 22 of 43 (51.2%) reach 51%: 21 more.
    assert.deepEqual(view.next!.needs, [
      { kind: 'criteria', count: 21, countText: '21' },
      {
        kind: 'tag',
        tag: 'core',
        count: 2,
        countText: '2',
        criteria: ['Implementing Data Strategy and Governance', 'Selecting and Using Performance Metrics for Strategic Goals and Priorities'],
      },
      { kind: 'tag', tag: 'resident-outcome', count: 1, countText: '1', criteria: [] },
    ] satisfies ChecklistNeed[]);
    assert.equal(view.awarded, undefined);
    assert.equal(view.assessedText, undefined);
  });
});

describe('checklistView: points, groups, prerequisites and safe URLs', () => {
  it('the next tier’s missing points, groups and tagged criteria', () => {
    const view = checklistView(pledgeCert({ policy: met }), docWith(pledge), EN)!;
    assert.deepEqual(view.reached, { id: 'pledged', label: 'Pledged' });
    assert.deepEqual(view.next!.needs, [
      { kind: 'points', count: 7, countText: '7' },
      { kind: 'groups', count: 2, countText: '2' },
      { kind: 'tag', tag: 'foundation', count: 1, countText: '1', criteria: ['Metadata standard'] },
      { kind: 'tag', tag: 'community', count: 1, countText: '1', criteria: [] },
    ] satisfies ChecklistNeed[]);
  });

  it('a criterion declared met whose prerequisite is not met counts as in progress and names the prerequisite', () => {
    const view = checklistView(pledgeCert({ inventory: met }), docWith(pledge), EN)!;
    const inventory = view.groups[0]!.criteria.find((c) => c.id === 'inventory')!;
    assert.equal(inventory.declared, 'met');
    assert.equal(inventory.status, 'in-progress');
    assert.deepEqual(inventory.blockedBy, ['Open data policy']);
    assert.equal(view.met, 0);
  });

  it('groups without criteria are left out', () => {
    const view = checklistView(pledgeCert({}), docWith(pledge), EN)!;
    assert.deepEqual(view.groups.map((g) => g.id), ['publish', 'quality', 'engage']);
  });

  it('evidence with a javascript:, data: or vbscript: URL keeps its label but loses the URL', () => {
    const view = checklistView(
      pledgeCert({
        policy: {
          status: 'met',
          evidence: [
            { label: 'Bad', url: 'javascript:alert(1)' },
            { label: 'Data', url: 'data:text/html,<b>x</b>' },
            { label: 'Relative', url: '/council/2024-117' },
            { label: 'Tabbed', url: 'java\tscript:alert(1)' },
          ],
        },
      }),
      docWith(pledge),
      EN,
    )!;
    assert.deepEqual(view.groups[0]!.criteria[0]!.evidence, [
      { label: 'Bad' },
      { label: 'Data' },
      { label: 'Relative', url: '/council/2024-117' },
      { label: 'Tabbed' },
    ]);
  });
});

describe('checklistView: what the program says of itself', () => {
  it('wwc-2023: the description that says shares count only the listed criteria, the program page, and each criterion’s description', () => {
    const view = checklistView(certification('wwc'), riverton, EN)!;
    assert.match(view.programDescription!, /43 criteria in eight foundational practices/);
    assert.match(view.programDescription!, /Resident outcome metrics are a separate requirement, not criteria/);
    assert.match(view.programDescription!, /Where the names come from: the program’s assessment page .* lists the nine Data Management criteria/);
    assert.equal(view.programUrl, programs['wwc-2023']!.url);
    const core = view.groups.flatMap((g) => g.criteria).find((c) => c.id === 'dm1')!;
    assert.equal(
      core.description,
      'The city implements a data strategy and data governance, with regular data-governance meetings. A core criterion: required for every tier.',
    );
  });

  it('a program without description or url has neither; a criterion without description has none', () => {
    const view = checklistView(pledgeCert({ policy: met }), docWith(pledge), EN)!;
    assert.equal(view.programDescription, undefined);
    assert.equal(view.programUrl, undefined);
    assert.equal('description' in view.groups[0]!.criteria[0]!, false);
  });

  it('a program page with a javascript: URL is left out; its description stays', () => {
    const view = checklistView(pledgeCert({}), docWith({ ...pledge, url: 'javascript:alert(1)', description: 'Our pledge.' }), EN)!;
    assert.equal(view.programUrl, undefined);
    assert.equal(view.programDescription, 'Our pledge.');
  });
});

describe('checklistView: filters', () => {
  const wwc = certification('wwc');

  it('status="not-met": only the not-met criteria, in the groups that have one', () => {
    const view = checklistView(wwc, riverton, { ...EN, status: 'not-met' })!;
    assert.equal(view.filtered, true);
    assert.equal(view.shown, 7);
    const withCriteria = view.groups.filter((g) => g.criteria.length > 0);
    assert.deepEqual(withCriteria.map((g) => g.id), ['leadership-capacity', 'performance-analytics', 'results-driven-contracting', 'rigorous-evaluations']);
    assert.deepEqual(withCriteria.flatMap((g) => g.criteria.map((c) => c.id)), ['lc6', 'pa4', 'rdc6', 'rdc8', 'eval2', 'eval3', 'eval4']);
    // Group counts still cover every status.
    assert.equal(view.groups.find((g) => g.id === 'performance-analytics')!.met, 4);
    // The resident outcome metrics follow the status filter too (none is not met).
    assert.deepEqual(view.groups.find((g) => g.id === '-unscored')!.criteria, []);
  });

  it('several statuses and groups, space-separated', () => {
    const view = checklistView(wwc, riverton, { ...EN, status: ' in-progress  not-met ', group: 'open-data data-management' })!;
    assert.deepEqual(view.groups.map((g) => g.id), ['data-management', 'open-data']);
    assert.deepEqual(view.groups.flatMap((g) => g.criteria.map((c) => c.id)), ['dm3', 'dm7', 'od4']);
    assert.equal(view.shown, 3);
    // With performance-analytics, its resident outcome metrics come along, in their own group.
    const pa = checklistView(wwc, riverton, { ...EN, status: 'in-progress', group: 'performance-analytics' })!;
    assert.deepEqual(pa.groups.map((g) => [g.id, g.criteria.map((c) => c.id)]), [
      ['performance-analytics', []],
      ['-unscored', ['resident-outcome-metric-3']],
    ]);
    assert.equal(pa.shown, 0);
  });

  it('a filter that matches nothing leaves no criteria', () => {
    const view = checklistView(wwc, riverton, { ...EN, status: 'not-met', group: 'open-data' })!;
    assert.equal(view.shown, 0);
    assert.equal(view.filtered, true);
  });

  it('unknown values are ignored; a filter with no known value does not apply', () => {
    const program = programs['wwc-2023']!;
    assert.deepEqual(checklistFilter(program, 'done maybe', 'nowhere'), {});
    assert.deepEqual(checklistFilter(program, 'met done', 'open-data nowhere'), {
      statuses: new Set(['met']),
      groups: new Set(['open-data']),
    });
    const view = checklistView(wwc, riverton, { ...EN, status: 'done', group: 'constructor __proto__' })!;
    assert.equal(view.filtered, false);
    assert.equal(view.shown, 43);
    assert.equal(view.groups.length, 9);
  });
});

describe('checklistView: empty program and unknown program', () => {
  it('wwc-2019 lists no criteria: empty, no groups, and nothing countable next', () => {
    const view = checklistView(
      { id: 'old', program: 'wwc-2019', awarded: { tier: 'gold', date: '2019-06-30', expires: '2022-06-30' }, criteria: {} },
      riverton,
      EN,
    )!;
    assert.equal(view.empty, true);
    assert.equal(view.total, 0);
    assert.deepEqual(view.groups, []);
    assert.equal(view.reached, undefined);
    assert.deepEqual(view.next!.needs, []);
    assert.deepEqual(view.awarded, { label: 'Gold', year: '2019', expired: true, expiresText: 'June 30, 2022' });
    assert.match(view.programDescription!, /carries the practices and tier thresholds but no criteria/, 'why the list is empty');
  });

  it('an unknown program gives undefined', () => {
    assert.equal(checklistView({ id: 'x', program: 'nope', criteria: {} }, riverton, EN), undefined);
  });
});

describe('formatList', () => {
  it('joins the locale’s way', () => {
    assert.equal(formatList(['a', 'b', 'c'], 'en-US'), 'a, b, and c');
    assert.equal(formatList(['a', 'b'], 'es-ES'), 'a y b');
    assert.equal(formatList(['a', 'b'], 'fr-FR'), 'a et b');
    assert.equal(formatList(['a'], 'en-US'), 'a');
  });
});
