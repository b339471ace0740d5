import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem, parseDocument } from '../../src/core/parse';
import { doc, parsed, problems } from './helpers';

const measure = (extra: Record<string, unknown> = {}) => ({
  id: 'fire-response',
  title: 'Fire response time',
  values: [
    { period: '2023', value: 7.9 },
    { period: '2024', value: 7.4 },
  ],
  ...extra,
});

describe('parseDocument: the root', () => {
  it('accepts the minimal document and fills in empty lists', () => {
    const d = parsed(doc());
    assert.equal(d.civicstat, '1.0');
    assert.deepEqual(d.jurisdiction, { name: 'City of Testville', locale: 'en-US' });
    assert.deepEqual([d.measures, d.goals, d.certifications, d.programs], [[], [], [], []]);
  });

  it('reads JSON text, and reports a syntax error with line and column', () => {
    assert.equal(parsed(JSON.stringify(doc())).jurisdiction.name, 'City of Testville');
    const [p] = problems('{\n  "civicstat": "1.0",\n  "jurisdiction": { "name": "X", }\n}');
    assert.equal(p!.path, '');
    assert.match(p!.message, /not valid JSON: .*trailing comma.* \(line 3, column 32\)/);
  });

  it('rejects what is not an object', () => {
    for (const input of [null, 42, [], 'null', '"text"']) {
      const [p] = problems(input);
      assert.equal(p!.path, '');
      assert.match(p!.message, /expected a CivicStat document/);
    }
  });

  it('requires civicstat and jurisdiction.name', () => {
    const list = problems({ jurisdiction: {} });
    assert.deepEqual(
      list.map((p) => formatProblem(p)),
      ['civicstat: required field is missing', 'jurisdiction.name: required field is missing'],
    );
    assert.equal(problems({ civicstat: '1.0' })[0]!.path, 'jurisdiction');
  });

  it('refuses an unsupported major version, accepts any 1.x', () => {
    assert.equal(parsed(doc({ civicstat: '1.7' })).civicstat, '1.7');
    const [p] = problems(doc({ civicstat: '2.0' }));
    assert.equal(formatProblem(p!), 'civicstat: version 2.0 is not supported: this library reads version 1.x documents');
    assert.match(problems(doc({ civicstat: 'one' }))[0]!.message, /like "1.0"/);
    assert.match(problems(doc({ civicstat: 1 }))[0]!.message, /expected text, got 1/);
  });

  it('checks the locale and the updated date', () => {
    assert.equal(problems(doc({ jurisdiction: { name: 'X', locale: 'not a locale!' } }))[0]!.path, 'jurisdiction.locale');
    assert.equal(problems(doc({ updated: '2026-02-30' }))[0]!.path, 'updated');
    assert.equal(parsed(doc({ updated: '2024-02-29' })).updated, '2024-02-29');
  });

  it('keeps unknown fields out of the model and warns about each', () => {
    const result = parseDocument(doc({ colour: 'blue', measures: [measure({ owner: 'Fire', values: [{ period: '2024', value: 1, flag: 1 }] })] }));
    assert.ok(result.ok);
    assert.deepEqual(
      result.warnings.map((w) => w.path),
      ['colour', 'measures[0].owner', 'measures[0].values[0].flag'],
    );
    assert.equal(result.warnings[0]!.severity, 'warning');
    assert.ok(!('owner' in result.document.measures[0]!));
    assert.ok(!('colour' in result.document));
  });

  it('allows $schema', () => {
    const result = parseDocument(doc({ $schema: '../schema/civicstat.schema.json' }));
    assert.ok(result.ok);
    assert.equal(result.warnings.length, 0);
  });

  it('never reads inherited properties and is not polluted by __proto__ keys', () => {
    const input = JSON.parse('{"civicstat":"1.0","jurisdiction":{"name":"X"},"__proto__":{"polluted":true},"measures":[{"id":"a","title":"A","__proto__":{"better":"lower"}}]}');
    const result = parseDocument(input);
    assert.ok(result.ok);
    assert.equal(result.document.measures[0]!.better, 'higher');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.ok(result.warnings.some((w) => w.path === 'measures[0].__proto__'));
  });
});

describe('parseDocument: measures', () => {
  it('fills in defaults and expands the target shorthand', () => {
    const m = parsed(doc({ measures: [measure({ target: 6.5 })] })).measures[0]!;
    assert.equal(m.better, 'higher');
    assert.equal(m.tolerance, 0.05);
    assert.deepEqual(m.targets, [{ value: 6.5 }]);
    assert.deepEqual(m.comparisons, []);
  });

  it('keeps several targets in order, objects and numbers mixed', () => {
    const m = parsed(doc({ measures: [measure({ target: [{ value: 7, label: '2-year', period: '2026' }, 6] })] })).measures[0]!;
    assert.deepEqual(m.targets, [{ value: 7, label: '2-year', period: '2026' }, { value: 6 }]);
  });

  it('names the exact path of a bad value', () => {
    const values = [
      { period: '2022', value: 1 },
      { period: '2023', value: 2 },
      { period: '2024', value: '12' },
    ];
    const [p] = problems(doc({ measures: [measure(), measure({ id: 'b' }), measure({ id: 'c' }), measure({ id: 'd', values })] }));
    assert.equal(formatProblem(p!), 'measures[3].values[2].value: expected a number or null, got "12"');
  });

  it('accepts null values and requires the value field', () => {
    const m = parsed(doc({ measures: [measure({ values: [{ period: '2024', value: null, note: 'survey skipped' }] })] })).measures[0]!;
    assert.deepEqual(m.values, [{ period: '2024', value: null, note: 'survey skipped' }]);
    assert.match(problems(doc({ measures: [measure({ values: [{ period: '2024' }] })] }))[0]!.message, /use null/);
  });

  it('requires chronological, distinct periods', () => {
    const out = problems(doc({ measures: [measure({ values: [{ period: '2024', value: 1 }, { period: '2023', value: 2 }] })] }));
    assert.equal(out[0]!.path, 'measures[0].values[1].period');
    assert.match(out[0]!.message, /chronological/);
    const dup = problems(doc({ measures: [measure({ values: [{ period: '2024-Q1', value: 1 }, { period: '2024-Q1', value: 2 }] })] }));
    assert.match(dup[0]!.message, /repeats/);
  });

  it('rejects bad periods, ids, enums and numbers with their paths', () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ values: [{ period: '2024-13', value: 1 }] }, 'measures[0].values[0].period', /expected a period/],
      [{ id: 'Fire Response' }, 'measures[0].id', /lower-case letters/],
      [{ better: 'up' }, 'measures[0].better', /"higher", "lower"/],
      [{ tolerance: -0.1 }, 'measures[0].tolerance', /at least 0/],
      [{ status: 'green' }, 'measures[0].status', /"on-track"/],
      [{ frequency: 'yearly' }, 'measures[0].frequency', /"annual"/],
      [{ target: [] }, 'measures[0].target', /empty list/],
      [{ target: '7' }, 'measures[0].target', /a number or an object/],
      [{ target: [{ label: 'x' }] }, 'measures[0].target[0].value', /required/],
      [{ target: { value: 1, period: 'soon' } }, 'measures[0].target.period', /expected a period/],
      [{ baseline: { period: '2020' } }, 'measures[0].baseline.value', /required/],
      [{ comparisons: [{ label: 'Peers', value: 'n/a' }] }, 'measures[0].comparisons[0].value', /a number/],
      [{ breakdown: { dimension: 'District', items: [{ label: 'D1' }] } }, 'measures[0].breakdown.items[0].value', /required/],
      [{ breakdown: { items: [] } }, 'measures[0].breakdown.dimension', /required/],
      [{ source: { url: 'https://x.org' } }, 'measures[0].source.name', /required/],
      [{ title: '' }, 'measures[0].title', /must not be empty/],
      [{ values: { period: '2024', value: 1 } }, 'measures[0].values', /expected a list/],
      [{ values: [{ period: '2024', value: Infinity }] }, 'measures[0].values[0].value', /number or null/],
    ];
    for (const [extra, path, message] of cases) {
      const [p] = problems(doc({ measures: [measure(extra)] }));
      assert.equal(p!.path, path, JSON.stringify(extra));
      assert.match(p!.message, message, JSON.stringify(extra));
    }
  });

  it('checks formats against Intl', () => {
    const f = (format: unknown) => doc({ measures: [measure({ format })] });
    assert.deepEqual(parsed(f({ style: 'unit', unit: 'minute', maximumFractionDigits: 1 })).measures[0]!.format, {
      style: 'unit',
      unit: 'minute',
      maximumFractionDigits: 1,
    });
    assert.equal(problems(f({ style: 'currency' }))[0]!.path, 'measures[0].format.currency');
    assert.equal(problems(f({ style: 'unit' }))[0]!.path, 'measures[0].format.unit');
    assert.equal(problems(f({ style: 'unit', unit: 'tons' }))[0]!.path, 'measures[0].format.unit');
    assert.equal(problems(f({ style: 'currency', currency: 'dollars' }))[0]!.path, 'measures[0].format.currency');
    assert.equal(problems(f({ minimumFractionDigits: 3, maximumFractionDigits: 1 }))[0]!.path, 'measures[0].format.maximumFractionDigits');
    assert.equal(problems(f({ maximumFractionDigits: 1.5 }))[0]!.path, 'measures[0].format.maximumFractionDigits');
    assert.equal(problems(f({ notation: 'scientific' }))[0]!.path, 'measures[0].format.notation');
  });

  it('finds duplicate measure ids', () => {
    const [p] = problems(doc({ measures: [measure(), measure({ id: 'other' }), measure()] }));
    assert.equal(formatProblem(p!), 'measures[2].id: duplicate measure id "fire-response" (first used at measures[0].id)');
  });

  it('drops unsafe links with a warning and keeps safe ones', () => {
    const result = parseDocument(
      doc({ measures: [measure({ source: { name: 'CAD', url: 'javascript:alert(1)' } }), measure({ id: 'b', source: { name: 'CAD', url: '/data/cad.csv' } })] }),
    );
    assert.ok(result.ok);
    assert.deepEqual(result.document.measures[0]!.source, { name: 'CAD' });
    assert.deepEqual(result.document.measures[1]!.source, { name: 'CAD', url: '/data/cad.csv' });
    assert.equal(result.warnings[0]!.path, 'measures[0].source.url');
  });
});

describe('parseDocument: goals', () => {
  const goals = [
    { id: 'safety', title: 'Quality of life and safety', department: 'Police' },
    { id: 'response', title: 'Faster emergency response', kind: 'objective', parent: 'safety', status: 'in-progress', due: '2027-06-30', measures: ['fire-response'] },
  ];

  it('reads the tree with defaults', () => {
    const d = parsed(doc({ measures: [measure({ goal: 'response' })], goals }));
    assert.equal(d.goals[0]!.kind, 'goal');
    assert.deepEqual(d.goals[0]!.measures, []);
    assert.equal(d.goals[1]!.parent, 'safety');
    assert.equal(d.measures[0]!.goal, 'response');
  });

  it('finds references that point at nothing', () => {
    assert.equal(problems(doc({ measures: [measure({ goal: 'nowhere' })], goals }))[0]!.path, 'measures[0].goal');
    assert.equal(problems(doc({ measures: [measure()], goals: [goals[0], { ...goals[1], parent: 'gone' }] }))[0]!.path, 'goals[1].parent');
    const [p] = problems(doc({ goals }));
    assert.equal(formatProblem(p!), 'goals[1].measures[0]: measure "fire-response" is not in the document\'s measures');
  });

  it('finds loops in the tree', () => {
    const loop = [
      { id: 'a', title: 'A', parent: 'c' },
      { id: 'b', title: 'B', parent: 'a' },
      { id: 'c', title: 'C', parent: 'b' },
    ];
    const list = problems(doc({ goals: loop }));
    assert.equal(list[0]!.path, 'goals[0].parent');
    assert.match(list[0]!.message, /loop/);
    assert.match(problems(doc({ goals: [{ id: 'a', title: 'A', parent: 'a' }] }))[0]!.message, /loop/);
  });

  it('checks kinds, statuses, dates and duplicates', () => {
    assert.equal(problems(doc({ goals: [{ id: 'a', title: 'A', kind: 'task' }] }))[0]!.path, 'goals[0].kind');
    assert.equal(problems(doc({ goals: [{ id: 'a', title: 'A', status: 'done' }] }))[0]!.path, 'goals[0].status');
    assert.equal(problems(doc({ goals: [{ id: 'a', title: 'A', due: '30/06/2027' }] }))[0]!.path, 'goals[0].due');
    assert.equal(problems(doc({ goals: [{ id: 'a', title: 'A' }, { id: 'a', title: 'B' }] }))[0]!.path, 'goals[1].id');
  });
});

const program = {
  id: 'open-data-pledge',
  name: 'Open Data Pledge',
  groups: [
    { id: 'publish', label: 'Publishing' },
    { id: 'use', label: 'Use' },
  ],
  criteria: [
    { id: 'portal', label: 'Portal', group: 'publish', tags: ['core'] },
    { id: 'catalog', label: 'Catalog', group: 'publish', requires: ['portal'], points: 2 },
    { id: 'feedback', label: 'Feedback', group: 'use' },
  ],
  tiers: [
    { id: 'bronze', label: 'Bronze', color: '#7a4a1d', rule: { minPoints: 1 } },
    { id: 'silver', label: 'Silver', rule: { minPoints: 3, minGroups: 2, all: ['core'], min: { core: 1 } } },
  ],
};

describe('parseDocument: programs and certifications', () => {
  it('reads a custom program with defaults (tags, requires, points)', () => {
    const d = parsed(doc({ programs: [program] }));
    const p = d.programs[0]!;
    assert.deepEqual(p.criteria[0], { id: 'portal', label: 'Portal', group: 'publish', tags: ['core'], requires: [], points: 1 });
    assert.equal(p.criteria[1]!.points, 2);
    assert.equal(p.tiers[0]!.color, '#7a4a1d');
    assert.deepEqual({ ...p.tiers[1]!.rule.min }, { core: 1 });
  });

  it('checks program structure', () => {
    const bad = (patch: Record<string, unknown>) => problems(doc({ programs: [{ ...program, ...patch }] }))[0]!;
    assert.equal(bad({ tiers: [] }).path, 'programs[0].tiers');
    assert.equal(bad({ id: 'wwc-2023' }).path, 'programs[0].id');
    assert.equal(bad({ criteria: [{ ...program.criteria[0], group: 'nope' }] }).path, 'programs[0].criteria[0].group');
    assert.equal(bad({ criteria: [{ ...program.criteria[0], requires: ['ghost'] }] }).path, 'programs[0].criteria[0].requires[0]');
    assert.equal(bad({ criteria: [{ ...program.criteria[0], requires: ['portal'] }] }).path, 'programs[0].criteria[0].requires[0]');
    assert.equal(bad({ criteria: [program.criteria[0], program.criteria[0]] }).path, 'programs[0].criteria[1].id');
    assert.equal(bad({ tiers: [{ id: 't', label: 'T', rule: { minShare: 1.5 } }] }).path, 'programs[0].tiers[0].rule.minShare');
    assert.equal(bad({ tiers: [{ id: 't', label: 'T', rule: { minMet: 2.5 } }] }).path, 'programs[0].tiers[0].rule.minMet');
    assert.equal(bad({ tiers: [{ id: 't', label: 'T', rule: { min: { core: -1 } } }] }).path, 'programs[0].tiers[0].rule.min.core');
    assert.equal(bad({ tiers: [{ id: 't', label: 'T', rule: { min: 3 } }] }).path, 'programs[0].tiers[0].rule.min');
    assert.equal(bad({ tiers: [{ id: 't', label: 'T' }] }).path, 'programs[0].tiers[0].rule');
    assert.equal(bad({ tiers: [{ id: 't', label: 'T', color: 'red', rule: {} }] }).path, 'programs[0].tiers[0].color');
    assert.equal(bad({ groups: [{ id: 'publish', label: 'A' }, { id: 'publish', label: 'B' }] }).path, 'programs[0].groups[1].id');
    assert.equal(problems(doc({ programs: [program, program] }))[0]!.path, 'programs[1].id');
  });

  it('normalizes criterion shorthands and keeps notes and evidence', () => {
    const d = parsed(
      doc({
        programs: [program],
        certifications: [
          {
            id: 'pledge',
            program: 'open-data-pledge',
            awarded: { tier: 'bronze', date: '2025-01-15', expires: '2028-01-15', url: 'https://example.org/award' },
            assessed: '2026-05-01',
            criteria: {
              portal: 'met',
              catalog: { status: 'in-progress', note: 'Half done', evidence: [{ label: 'Plan', url: 'https://example.org/plan.pdf' }] },
            },
          },
        ],
      }),
    );
    const c = d.certifications[0]!;
    assert.deepEqual({ ...c.criteria }, {
      portal: { status: 'met', evidence: [] },
      catalog: { status: 'in-progress', note: 'Half done', evidence: [{ label: 'Plan', url: 'https://example.org/plan.pdf' }] },
    });
    assert.equal(c.awarded!.tier, 'bronze');
  });

  it('names unknown programs, tiers and criteria', () => {
    const cert = (patch: Record<string, unknown>) => doc({ programs: [program], certifications: [{ id: 'c', program: 'open-data-pledge', ...patch }] });
    assert.equal(formatProblem(problems(cert({ program: 'leed' }))[0]!).split(' (known')[0], 'certifications[0].program: program "leed" is neither built in nor declared in "programs"');
    assert.equal(problems(cert({ awarded: { tier: 'gold' } }))[0]!.path, 'certifications[0].awarded.tier');
    assert.equal(problems(cert({ criteria: { 'open-budget': 'met' } }))[0]!.path, 'certifications[0].criteria["open-budget"]');
    assert.equal(problems(cert({ criteria: { portal: 'yes' } }))[0]!.path, 'certifications[0].criteria.portal');
    assert.equal(problems(cert({ criteria: { portal: { note: 'x' } } }))[0]!.path, 'certifications[0].criteria.portal.status');
    assert.equal(problems(cert({ criteria: { portal: { status: 'met', evidence: [{ label: 'x' }] } } }))[0]!.path, 'certifications[0].criteria.portal.evidence[0].url');
    assert.equal(problems(cert({ criteria: [] }))[0]!.path, 'certifications[0].criteria');
    assert.equal(problems(cert({ awarded: { tier: 'bronze', date: '2025-01-01', expires: '2024-01-01' } }))[0]!.path, 'certifications[0].awarded.expires');
    assert.equal(problems(doc({ certifications: [{ id: 'c', program: 'wwc-2023' }, { id: 'c', program: 'wwc-2023' }] }))[0]!.path, 'certifications[1].id');
  });

  it('drops evidence whose link is unsafe, with a warning', () => {
    const result = parseDocument(
      doc({ programs: [program], certifications: [{ id: 'c', program: 'open-data-pledge', criteria: { portal: { status: 'met', evidence: [{ label: 'x', url: 'data:text/html,hi' }] } } }] }),
    );
    assert.ok(result.ok);
    assert.deepEqual(result.document.certifications[0]!.criteria.portal!.evidence, []);
    assert.equal(result.warnings[0]!.path, 'certifications[0].criteria.portal.evidence[0].url');
  });

  it('reports problems in document order, all of them', () => {
    const list = problems(doc({ measures: [measure({ better: 'up' }), measure({ id: 'x', tolerance: 'a' })], goals: [{ id: 'g' }] }));
    assert.deepEqual(list.map((p) => p.path), ['measures[0].better', 'measures[1].tolerance', 'goals[0].title']);
  });
});

describe('parseDocument: one mistake, one problem', () => {
  it('a custom program with a fault is reported once, not again at each certification', () => {
    const list = problems(
      doc({
        programs: [{ ...program, tiers: [{ id: 'bronze', label: 'Bronze', rule: { minShare: 2 } }] }],
        certifications: [{ id: 'c', program: 'open-data-pledge', criteria: { portal: 'met' } }],
      }),
    );
    assert.deepEqual(list.map((p) => p.path), ['programs[0].tiers[0].rule.minShare']);
  });

  it('a programs field that is not a list is reported once', () => {
    assert.deepEqual(problems(doc({ programs: 5 })).map((p) => formatProblem(p)), ['programs: expected a list, got 5']);
  });
});
