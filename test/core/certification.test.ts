import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { awardState, criteriaForShare, evaluateCertification, findProgram } from '../../src/core/index';
import type { Certification, CivicDocument, Program } from '../../src/core/document';
import { programs } from '../../src/core/programs/index';

/** A share-based program with `n` criteria in two groups, like What Works Cities. */
function shareProgram(n: number): Program {
  return {
    id: 'share',
    name: 'Share program',
    groups: [
      { id: 'a', label: 'Group A' },
      { id: 'b', label: 'Group B' },
    ],
    criteria: Array.from({ length: n }, (_, i) => ({
      id: `c${i + 1}`,
      label: `Criterion ${i + 1}`,
      group: i % 2 === 0 ? 'a' : 'b',
      tags: i < 3 ? ['core'] : i < 6 ? ['resident-outcome'] : [],
      requires: [],
      points: 1,
    })),
    tiers: [
      { id: 'honor-roll', label: 'Honor Roll', rule: { minShare: 0.47 } },
      { id: 'silver', label: 'Silver', rule: { minShare: 0.51, all: ['core'], min: { 'resident-outcome': 1 } } },
      { id: 'gold', label: 'Gold', rule: { minShare: 0.67, min: { 'resident-outcome': 2 } } },
      { id: 'platinum', label: 'Platinum', rule: { minShare: 0.85, min: { 'resident-outcome': 3 } } },
    ],
  };
}

const docWith = (program: Program): Pick<CivicDocument, 'programs'> => ({ programs: [program] });

/** A certification meeting the first `met` criteria (c1…cmet), the rest as given. */
function cert(met: number, extra: Certification['criteria'] = {}): Certification {
  const criteria: Certification['criteria'] = {};
  for (let i = 1; i <= met; i++) criteria[`c${i}`] = { status: 'met', evidence: [] };
  return { id: 'x', program: 'share', criteria: { ...criteria, ...extra } };
}

describe('evaluateCertification: shares compared exactly', () => {
  const program = shareProgram(45);
  it('23 of 45 (51.1%) reaches a 51% threshold; 22 of 45 (48.9%) does not', () => {
    const at23 = evaluateCertification(cert(23), docWith(program))!;
    assert.equal(at23.met, 23);
    assert.equal(at23.total, 45);
    assert.equal(at23.reached!.id, 'silver');
    const at22 = evaluateCertification(cert(22), docWith(program))!;
    assert.equal(at22.reached!.id, 'honor-roll');
    assert.equal(at22.next!.tier.id, 'silver');
    assert.equal(at22.next!.criteria, 1);
  });

  it('criteriaForShare finds the fewest criteria, without float drift', () => {
    assert.equal(criteriaForShare(0.51, 45), 23);
    assert.equal(criteriaForShare(0.51, 100), 51); // 0.51 × 100 = 51.00000000000001 in floating point
    assert.equal(criteriaForShare(0.67, 3), 3); // 2 of 3 is 66.7%
    assert.equal(criteriaForShare(0.67, 43), 29);
    assert.equal(criteriaForShare(0.85, 43), 37);
    assert.equal(criteriaForShare(0, 10), 0);
    assert.equal(criteriaForShare(1, 10), 10);
    assert.equal(criteriaForShare(0.5, 0), 0);
  });
});

describe('evaluateCertification: tags, tiers and what the next tier needs', () => {
  const program = shareProgram(43);

  it('a share is not enough without every core criterion', () => {
    // 30 met, but c1 (core) is not met → only Honor Roll (which has no core rule)
    const e = evaluateCertification(cert(31, { c1: { status: 'in-progress', evidence: [] } }), docWith(program))!;
    assert.equal(e.met, 30);
    assert.equal(e.reached!.id, 'honor-roll');
    assert.deepEqual(e.next!.required.map((c) => c.id), ['c1']);
    assert.equal(e.next!.criteria, 0);
  });

  it('tiers are cumulative: a higher rule holding alone is not enough', () => {
    // Gold's share holds and 3 resident-outcome criteria are met, but core c1 is not: Silver fails, so Gold fails.
    const e = evaluateCertification(cert(40, { c1: { status: 'not-met', evidence: [] } }), docWith(program))!;
    assert.equal(e.reached!.id, 'honor-roll');
    assert.equal(e.next!.tier.id, 'silver');
  });

  it('29 of 43 with all core and 2 outcome metrics: Gold; Platinum needs 8 more and 1 more outcome metric', () => {
    // c1–c5 met (3 core + 2 resident-outcome), c6 (the third outcome) not met, then 24 more untagged.
    const criteria: Certification['criteria'] = {};
    for (let i = 1; i <= 5; i++) criteria[`c${i}`] = { status: 'met', evidence: [] };
    for (let i = 7; i <= 30; i++) criteria[`c${i}`] = { status: 'met', evidence: [] };
    criteria.c6 = { status: 'in-progress', note: 'Survey in design', evidence: [] };
    const e = evaluateCertification({ id: 'x', program: 'share', criteria }, docWith(program))!;
    assert.equal(e.met, 29);
    assert.equal(e.inProgress, 1);
    assert.equal(e.notMet, 13);
    assert.ok(Math.abs(e.share - 29 / 43) < 1e-12);
    assert.equal(e.reached!.id, 'gold');
    assert.equal(e.next!.tier.id, 'platinum');
    assert.equal(e.next!.criteria, 8);
    assert.deepEqual({ ...e.next!.tags }, { 'resident-outcome': 1 });
    assert.deepEqual({ ...e.tags['resident-outcome'] }, { met: 2, total: 3 });
    assert.equal(e.criteria.find((c) => c.criterion.id === 'c6')!.note, 'Survey in design');
  });

  it('counts per group', () => {
    const e = evaluateCertification(cert(4, { c5: { status: 'in-progress', evidence: [] } }), docWith(shareProgram(6)))!;
    assert.deepEqual(
      e.groups.map(({ id, met, inProgress, notMet, total }) => ({ id, met, inProgress, notMet, total })),
      [
        { id: 'a', met: 2, inProgress: 1, notMet: 0, total: 3 },
        { id: 'b', met: 2, inProgress: 0, notMet: 1, total: 3 },
      ],
    );
  });

  it('no tier reached: the next is the lowest; at the top there is no next', () => {
    const none = evaluateCertification(cert(0), docWith(program))!;
    assert.equal(none.reached, undefined);
    assert.equal(none.next!.tier.id, 'honor-roll');
    assert.equal(none.next!.criteria, criteriaForShare(0.47, 43));
    const all = evaluateCertification(cert(43), docWith(program))!;
    assert.equal(all.reached!.id, 'platinum');
    assert.equal(all.next, undefined);
  });
});

describe('evaluateCertification: prerequisites, points and groups', () => {
  const program: Program = {
    id: 'pledge',
    name: 'Pledge',
    groups: [
      { id: 'publish', label: 'Publish' },
      { id: 'use', label: 'Use' },
    ],
    criteria: [
      { id: 'portal', label: 'Portal', group: 'publish', tags: [], requires: [], points: 1 },
      { id: 'catalog', label: 'Catalog', group: 'publish', tags: [], requires: ['portal'], points: 3 },
      { id: 'api', label: 'API', group: 'publish', tags: [], requires: ['catalog'], points: 2 },
      { id: 'feedback', label: 'Feedback', group: 'use', tags: [], requires: [], points: 1 },
    ],
    tiers: [
      { id: 'bronze', label: 'Bronze', rule: { minPoints: 3 } },
      { id: 'silver', label: 'Silver', rule: { minPoints: 5, minGroups: 2 } },
      { id: 'gold', label: 'Gold', rule: { minMet: 4 } },
    ],
  };
  const d = docWith(program);
  const c = (criteria: Record<string, 'met' | 'in-progress' | 'not-met'>): Certification => ({
    id: 'p',
    program: 'pledge',
    criteria: Object.fromEntries(Object.entries(criteria).map(([k, status]) => [k, { status, evidence: [] }])),
  });

  it('a met criterion whose prerequisite is not met does not count, transitively', () => {
    const e = evaluateCertification(c({ catalog: 'met', api: 'met', feedback: 'met' }), d)!;
    const catalog = e.criteria.find((x) => x.criterion.id === 'catalog')!;
    assert.equal(catalog.declared, 'met');
    assert.equal(catalog.status, 'in-progress');
    assert.deepEqual(catalog.blockedBy, ['portal']);
    assert.deepEqual(e.criteria.find((x) => x.criterion.id === 'api')!.blockedBy, ['catalog']);
    assert.equal(e.met, 1);
    assert.equal(e.points, 1);
    assert.equal(e.reached, undefined);
  });

  it('points and groups decide the tiers', () => {
    const bronze = evaluateCertification(c({ portal: 'met', catalog: 'met' }), d)!;
    assert.equal(bronze.points, 4);
    assert.equal(bronze.maxPoints, 7);
    assert.equal(bronze.reached!.id, 'bronze');
    assert.equal(bronze.next!.points, 1);
    assert.equal(bronze.next!.groups, 1);
    const silver = evaluateCertification(c({ portal: 'met', catalog: 'met', feedback: 'met' }), d)!;
    assert.equal(silver.reached!.id, 'silver');
    assert.equal(silver.next!.tier.id, 'gold');
    assert.equal(silver.next!.criteria, 1);
  });

  it('an unknown program gives undefined; awarded tier is reported', () => {
    assert.equal(evaluateCertification({ id: 'x', program: 'nope', criteria: {} }, d), undefined);
    const e = evaluateCertification({ ...c({}), awarded: { tier: 'silver' } }, d)!;
    assert.equal(e.awarded!.id, 'silver');
  });
});

describe('findProgram and awardState', () => {
  it('finds built-in and custom programs', () => {
    assert.equal(findProgram('wwc-2023')!.id, 'wwc-2023');
    assert.equal(findProgram('share', docWith(shareProgram(3)))!.name, 'Share program');
    assert.equal(findProgram('nope'), undefined);
    assert.equal(findProgram('toString'), undefined);
  });

  it('an award is current through its expiry date, expired after', () => {
    const c: Certification = { id: 'c', program: 'wwc-2023', criteria: {}, awarded: { tier: 'silver', date: '2023-07-01', expires: '2026-07-01' } };
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      assert.equal(awardState(c, new Date('2026-07-01T23:00:00Z')), 'current');
      assert.equal(awardState(c, new Date('2026-07-02T00:00:00Z')), 'expired');
      // In the city's time zone: 9 p.m. on July 1 in Chicago is already July 2 in UTC.
      process.env.TZ = 'America/Chicago';
      assert.equal(awardState(c, new Date('2026-07-02T02:00:00Z')), 'current', 'July 1, 9 p.m. in Chicago');
      assert.equal(awardState(c, new Date('2026-07-02T05:00:00Z')), 'expired', 'July 2, 0 a.m. in Chicago');
      // East of UTC the day turns earlier: 1 a.m. on July 2 in Paris is still July 1 in UTC.
      process.env.TZ = 'Europe/Paris';
      assert.equal(awardState(c, new Date('2026-07-01T23:00:00Z')), 'expired', 'July 2, 1 a.m. in Paris');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    assert.equal(awardState({ ...c, awarded: { tier: 'silver' } }), 'current');
    assert.equal(awardState({ ...c, awarded: undefined }), 'none');
  });
});

describe('built-in programs', () => {
  it('are the three programs of SPEC §3 with their tiers, lowest first', () => {
    assert.deepEqual(Object.keys(programs).sort(), ['icma-2021', 'wwc-2019', 'wwc-2023']);
    assert.deepEqual(programs['icma-2021']!.tiers.map((t) => t.id), ['achievement', 'distinction', 'excellence']);
    assert.deepEqual(programs['wwc-2019']!.tiers.map((t) => [t.id, t.rule.minShare]), [
      ['honor-roll', 0.47],
      ['silver', 0.51],
      ['gold', 0.67],
      ['platinum', 0.84],
    ]);
    const wwc = programs['wwc-2023']!;
    assert.deepEqual(wwc.tiers.map((t) => [t.id, t.rule.minShare, t.rule.min?.['resident-outcome']]), [
      ['silver', 0.51, 1],
      ['gold', 0.67, 2],
      ['platinum', 0.85, 3],
    ]);
    for (const tier of wwc.tiers) assert.deepEqual(tier.rule.all, ['core']);
    assert.equal(wwc.groups.length, 8);
    assert.equal(wwc.criteria.filter((c) => c.tags.includes('core')).length, 3);
  });

  it('ICMA: every criterion tagged with its level; each tier needs its level and below', () => {
    const icma = programs['icma-2021']!;
    const levels = ['achievement', 'distinction', 'excellence'];
    for (const c of icma.criteria) assert.equal(c.tags.filter((t) => levels.includes(t)).length, 1, c.id);
    for (const level of levels) assert.ok(icma.criteria.some((c) => c.tags.includes(level)), level);
    const metUpTo = (n: number): Certification => ({
      id: 'icma',
      program: 'icma-2021',
      criteria: Object.fromEntries(
        icma.criteria.filter((c) => levels.slice(0, n).some((l) => c.tags.includes(l))).map((c) => [c.id, { status: 'met' as const, evidence: [] }]),
      ),
    });
    assert.equal(evaluateCertification(metUpTo(0))!.reached, undefined);
    assert.equal(evaluateCertification(metUpTo(1))!.reached!.id, 'achievement');
    assert.equal(evaluateCertification(metUpTo(2))!.reached!.id, 'distinction');
    assert.equal(evaluateCertification(metUpTo(3))!.reached!.id, 'excellence');
    // Distinction's criteria all met but one achievement criterion missing: nothing.
    const gap = metUpTo(2);
    const firstAchievement = icma.criteria.find((c) => c.tags.includes('achievement'))!;
    delete gap.criteria[firstAchievement.id];
    const e = evaluateCertification(gap)!;
    assert.equal(e.reached, undefined);
    assert.deepEqual(e.next!.required.map((c) => c.id), [firstAchievement.id]);
  });

  it('every tier colour reaches 4.5:1 against white text', () => {
    const luminance = (hex: string) => {
      const full = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const program of Object.values(programs)) {
      for (const tier of program.tiers) {
        assert.ok(tier.color, `${program.id} ${tier.id} has a colour`);
        const ratio = 1.05 / (luminance(tier.color!) + 0.05);
        assert.ok(ratio >= 4.5, `${program.id} ${tier.id} ${tier.color} contrast ${ratio.toFixed(2)}`);
      }
    }
  });
});

describe('the validator’s outlines of the built-in programs (src/core/programs/outlines.ts)', () => {
  it('name every built-in program with its name, tier ids and criterion ids, and nothing else', async () => {
    const { outlines } = await import('../../src/core/programs/outlines');
    assert.deepEqual(Object.keys(outlines).sort(), Object.keys(programs).sort());
    const { readFileSync } = await import('node:fs');
    for (const p of Object.values(programs)) {
      const file = JSON.parse(readFileSync(new URL(`../../src/core/programs/${p.id}.json`, import.meta.url), 'utf8'));
      assert.deepEqual(
        { ...outlines[p.id] },
        {
          id: p.id,
          name: p.name,
          tiers: p.tiers.map((t) => t.id),
          criteria: p.criteria.map((c) => c.id),
          ...(file.formerIds ? { formerIds: file.formerIds } : {}),
        },
        p.id,
      );
    }
    // Every former id of What Works Cities 2023 names a criterion of the 43, or none.
    const wwc = outlines['wwc-2023']!;
    assert.equal(Object.keys(wwc.formerIds!).length, 25);
    for (const [old, successor] of Object.entries(wwc.formerIds!)) {
      assert.ok(!wwc.criteria.includes(old), old);
      if (successor !== null) assert.ok(wwc.criteria.includes(successor), `${old} → ${successor}`);
    }
    // A lookup by a name that Object.prototype has finds nothing.
    assert.equal('toString' in outlines, false);
  });
});

describe('the built-in programs put back together from rules.ts and texts.ts, and the lean ones', () => {
  const files = ['icma-2021', 'wwc-2019', 'wwc-2023'];
  const fromFile = async (id: string) => {
    const { readFileSync } = await import('node:fs');
    const { readProgram } = await import('../../src/core/program');
    const { Reader } = await import('../../src/core/reader');
    const raw = JSON.parse(readFileSync(new URL(`../../src/core/programs/${id}.json`, import.meta.url), 'utf8'));
    return readProgram(new Reader(), raw, '')!;
  };

  it('programs: each is the JSON file, read by the same reader, texts included', async () => {
    assert.deepEqual(Object.keys(programs), files);
    for (const id of files) assert.deepEqual(programs[id], await fromFile(id), id);
    assert.match(programs['icma-2021']!.criteria[0]!.description!, /service areas/);
  });

  it('leanPrograms: the same rules, names, tiers and links, with ids for labels and no descriptions', async () => {
    const { leanPrograms } = await import('../../src/core/programs/lean');
    assert.deepEqual(Object.keys(leanPrograms), files);
    for (const id of files) {
      const full = programs[id]!;
      const { description: _d, ...rest } = full;
      assert.deepEqual(leanPrograms[id], {
        ...rest,
        groups: full.groups.map((g) => ({ ...g, label: g.id })),
        criteria: full.criteria.map(({ description: _cd, code: _code, ...c }) => ({ ...c, label: c.id })),
      }, id);
    }
    assert.equal('toString' in leanPrograms, false);
  });

  it('the badge evaluates with the lean programs to the same tiers as the checklist with the full ones', async () => {
    const { leanPrograms } = await import('../../src/core/programs/lean');
    const { evaluateCertification: evaluate } = await import('../../src/core/certification');
    const c: Certification = {
      id: 'c',
      program: 'wwc-2023',
      criteria: Object.fromEntries(programs['wwc-2023']!.criteria.slice(0, 20).map((x) => [x.id, { status: 'met' as const, evidence: [] }])),
    };
    const lean = evaluate(c, undefined, leanPrograms)!;
    const full = evaluate(c, undefined, programs)!;
    assert.deepEqual([lean.reached?.id, lean.met, lean.total, lean.next?.tier.id], [full.reached?.id, full.met, full.total, full.next?.tier.id]);
  });
});
