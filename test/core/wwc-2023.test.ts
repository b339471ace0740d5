/**
 * What Works Cities 2023 (the standard revised in August 2022): the 43 criteria with their
 * portal codes, the three core criteria, resident outcome metrics as unscored requirements,
 * the tier floors over 43, and documents written for the former 28-entry built-in.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { evaluateCertification, parseDocument, programs } from '../../src/core/index';
import { checkCriteria } from '../../src/core/parse';
import { Reader } from '../../src/core/reader';
import type { Certification, CriterionResult, Problem } from '../../src/core/document';

const wwc = programs['wwc-2023']!;
const scored = wwc.criteria.filter((c) => c.scored !== false);
const outcomes = wwc.criteria.filter((c) => c.scored === false);
const CORE = ['dm1', 'lc1', 'pa1'];
const met: CriterionResult = { status: 'met', evidence: [] };

/** A certification meeting the three core criteria, `n - 3` other criteria and `roms` resident outcome metrics. */
function meeting(n: number, roms: number, { core = true } = {}): Certification {
  const others = scored.filter((c) => !CORE.includes(c.id));
  const ids = [...(core ? CORE : []), ...others.map((c) => c.id)].slice(0, n);
  const criteria: Certification['criteria'] = Object.fromEntries(ids.map((id) => [id, met]));
  for (const c of outcomes.slice(0, roms)) criteria[c.id] = met;
  return { id: 'w', program: 'wwc-2023', criteria };
}
const tierOf = (c: Certification) => evaluateCertification(c, { programs: [] })!.reached?.id;

describe('wwc-2023: the 43 criteria', () => {
  it('43 criteria in eight practices, with the portal codes, in portal order', () => {
    assert.equal(scored.length, 43);
    assert.equal(wwc.groups.length, 8);
    const byPractice = wwc.groups.map((g) => [g.label, scored.filter((c) => c.group === g.id).map((c) => c.code).join(' ')]);
    assert.deepEqual(byPractice, [
      ['Data Management', 'DM1 DM2 DM3 DM4 DM5 DM6 DM7 DM8 DM9'],
      ['Leadership & Capacity', 'LC1 LC2 LC3 LC4 LC5 LC6 LC7'],
      ['Open Data', 'OD1 OD2 OD3 OD4'],
      ['Performance & Analytics', 'PA1 PA2 PA3 PA4 PA5'],
      ['Data-Driven Budget & Finance', 'BF1 BF2 BF3'],
      ['Results-Driven Contracting', 'RDC1 RDC2 RDC3 RDC4 RDC5 RDC6 RDC7 RDC8'],
      ['Community Impact', 'CI1 CI2 CI3'],
      ['Rigorous Evaluations', 'EVAL1 EVAL2 EVAL3 EVAL4'],
    ]);
    for (const c of scored) assert.equal(c.id, c.code!.toLowerCase());
    assert.equal(wwc.criteria.find((c) => c.id === 'pa1')!.label, 'Selecting and Using Performance Metrics for Strategic Goals and Priorities');
    assert.equal(wwc.criteria.find((c) => c.id === 'eval4')!.label, 'Adapting Evidence-Based Programs');
  });

  it('the core criteria are DM1, LC1 and PA1', () => {
    assert.deepEqual(wwc.criteria.filter((c) => c.tags.includes('core')).map((c) => c.code), ['DM1', 'LC1', 'PA1']);
  });

  it('resident outcome metrics: three unscored requirements, never in met / total / share / points', () => {
    assert.deepEqual(outcomes.map((c) => [c.id, c.tags]), [
      ['resident-outcome-metric-1', ['resident-outcome']],
      ['resident-outcome-metric-2', ['resident-outcome']],
      ['resident-outcome-metric-3', ['resident-outcome']],
    ]);
    const none = evaluateCertification(meeting(22, 0), { programs: [] })!;
    const all = evaluateCertification(meeting(22, 3), { programs: [] })!;
    for (const e of [none, all]) {
      assert.deepEqual([e.met, e.total, e.points, e.maxPoints], [22, 43, 22, 43]);
      assert.equal(e.share, 22 / 43);
    }
    assert.deepEqual(all.unscored, { met: 3, inProgress: 0, notMet: 0, total: 3 });
    assert.deepEqual(all.tags['resident-outcome'], { met: 3, total: 3 });
    // The Performance & Analytics practice counts its five criteria only.
    assert.equal(all.groups.find((g) => g.id === 'performance-analytics')!.total, 5);
  });
});

describe('wwc-2023: tiers over 43', () => {
  it('Silver: 22 of 43 (51.2%), every core criterion and 1 resident outcome metric', () => {
    assert.equal(tierOf(meeting(22, 1)), 'silver');
    assert.equal(tierOf(meeting(21, 1)), undefined); // 48.8%
    assert.equal(tierOf(meeting(22, 0)), undefined);
    assert.equal(tierOf(meeting(25, 1, { core: false })), undefined);
    const short = evaluateCertification(meeting(21, 1), { programs: [] })!;
    assert.equal(short.next!.tier.id, 'silver');
    assert.equal(short.next!.criteria, 1);
  });

  it('the former 28-entry reading: 20 criteria met is 46.5% of 43, not Gold', () => {
    const e = evaluateCertification(meeting(20, 2), { programs: [] })!;
    assert.equal(e.share, 20 / 43);
    assert.equal(e.reached, undefined);
    assert.equal(e.next!.criteria, 2);
  });

  it('Gold: 29 of 43 (67.4%) and 2 metrics; 28 (65.1%) stays Silver', () => {
    assert.equal(tierOf(meeting(29, 2)), 'gold');
    assert.equal(tierOf(meeting(28, 2)), 'silver');
    assert.equal(tierOf(meeting(29, 1)), 'silver');
    const e = evaluateCertification(meeting(29, 1), { programs: [] })!;
    assert.equal(e.next!.tier.id, 'gold');
    assert.equal(e.next!.criteria, 0);
    assert.deepEqual({ ...e.next!.tags }, { 'resident-outcome': 1 });
  });

  it('Platinum: 37 of 43 (86.0%) and 3 metrics; 36 (83.7%) stays Gold', () => {
    assert.equal(tierOf(meeting(37, 3)), 'platinum');
    assert.equal(tierOf(meeting(36, 3)), 'gold');
    assert.equal(tierOf(meeting(43, 2)), 'gold');
    const e = evaluateCertification(meeting(36, 2), { programs: [] })!;
    assert.equal(e.next!.tier.id, 'platinum');
    assert.equal(e.next!.criteria, 1);
    assert.deepEqual({ ...e.next!.tags }, { 'resident-outcome': 1 });
    assert.equal(evaluateCertification(meeting(43, 3), { programs: [] })!.next, undefined);
  });

  it('the program says where its names come from', () => {
    assert.match(wwc.description!, /43 criteria in eight foundational practices/);
    assert.match(wwc.description!, /the program’s assessment page names 43 criteria/);
    assert.match(wwc.description!, /an evaluation partner of the program lists the four Rigorous Evaluations criteria \(EVAL1–EVAL4\) and LC6/);
    assert.match(wwc.description!, /a city data team’s public transcription of the assessment portal/);
  });
});

/** The criterion ids of the former 28-entry built-in, with what each is now. */
const FORMER: Record<string, string> = {
  'data-strategy-governance': 'dm1',
  'privacy-confidentiality': 'dm5',
  'data-governance-meetings': 'dm1',
  'data-sharing': 'dm3',
  'data-quality': 'dm4',
  'evaluations-team-process': 'lc6',
  'executive-commitment': 'lc1',
  'communicating-value': 'lc2',
  'data-leadership': 'lc5',
  'performance-leadership': 'lc4',
  'staff-training': 'lc3',
  'open-data-centralization': 'od3',
  'open-data-user-guides': 'od2',
  'open-data-feedback': 'od4',
  'performance-metrics': 'pa1',
  'strategic-goals-progress': 'pa1',
  'performance-meetings': 'pa2',
  'sharing-goals-progress': 'pa3',
  'informing-priorities': 'pa5',
  'budget-aligned-priorities': 'bf1',
  'budget-data-analysis': 'bf1',
  'shifting-funding': 'bf2',
  'vendor-performance': 'rdc3',
  'data-services': 'ci2',
  'community-collaboration': 'ci1',
};

const documentWith = (criteria: Record<string, unknown>) => ({
  civicstat: '1.0',
  jurisdiction: { name: 'Testville' },
  certifications: [{ id: 'wwc', program: 'wwc-2023', criteria }],
});

describe('wwc-2023: documents written for the former 28-entry built-in', () => {
  it('every former id is read as its successor, each with a one-line warning naming the new id', () => {
    const criteria = Object.fromEntries(Object.keys(FORMER).map((id) => [id, 'met']));
    criteria['resident-outcome-metric-1'] = 'met';
    const result = parseDocument(documentWith(criteria));
    assert.ok(result.ok);
    const read = result.document.certifications[0]!.criteria;
    assert.deepEqual(Object.keys(read).sort(), [...new Set(Object.values(FORMER)), 'resident-outcome-metric-1'].sort());
    for (const r of Object.values(read)) assert.equal(r.status, 'met');
    assert.equal(result.warnings.length, 25);
    for (const [old, successor] of Object.entries(FORMER)) {
      const warning: Problem | undefined = result.warnings.find((w) => w.path === `certifications[0].criteria["${old}"]`)!;
      assert.ok(warning, old);
      assert.equal(warning.severity, 'warning');
      assert.match(warning.message, new RegExp(`^"${old}" is now "${successor}" in What Works Cities Certification \\(wwc-2023\\): read as "${successor}"`));
      assert.doesNotMatch(warning.message, /\n/);
    }
    // 22 distinct criteria of the 43 (51.2%), with every core criterion and one metric: Silver.
    const e = evaluateCertification(result.document.certifications[0]!, result.document)!;
    assert.deepEqual([e.met, e.total], [22, 43]);
    assert.equal(e.reached!.id, 'silver');
  });

  it('two former ids that one criterion replaces: met only when both were; notes and evidence kept', () => {
    const result = parseDocument(
      documentWith({
        'performance-metrics': { status: 'met', note: 'Measures adopted.', evidence: [{ label: 'Plan', url: 'https://t.example/plan' }] },
        'strategic-goals-progress': { status: 'in-progress', note: 'Progress reports from 2027.' },
      }),
    );
    assert.ok(result.ok);
    assert.deepEqual({ ...result.document.certifications[0]!.criteria }, {
      pa1: { status: 'in-progress', note: 'Measures adopted. Progress reports from 2027.', evidence: [{ label: 'Plan', url: 'https://t.example/plan' }] },
    });
    assert.match(result.warnings[1]!.message, /together with the other former criteria it replaces \(met only when all of them are\)/);
  });

  it('a former id beside its successor: the successor as written counts, the former is left out with a warning', () => {
    const result = parseDocument(documentWith({ 'executive-commitment': 'not-met', lc1: 'met' }));
    assert.ok(result.ok);
    assert.deepEqual({ ...result.document.certifications[0]!.criteria }, { lc1: { status: 'met', evidence: [] } });
    assert.equal(result.warnings.length, 1);
    assert.match(result.warnings[0]!.message, /is now "lc1" .* which the certification also lists: this entry is not counted/);
  });

  it('a former id with no successor is dropped with a warning; an id never in the program is an error', () => {
    const r = new Reader();
    const cert: Certification = {
      id: 'c',
      program: 'p',
      criteria: { gone: { status: 'met', evidence: [] }, kept: { status: 'met', evidence: [] }, typo: { status: 'met', evidence: [] } },
    };
    checkCriteria(r, cert, 'certifications[0]', { id: 'p', name: 'Program', tiers: ['t'], criteria: ['kept'], formerIds: { gone: null } });
    assert.deepEqual(Object.keys(cert.criteria), ['kept', 'typo']);
    assert.deepEqual(r.warnings.map((w) => [w.path, w.message]), [
      ['certifications[0].criteria.gone', '"gone" is no longer a criterion of Program (p) and has no successor: it is not counted'],
    ]);
    assert.deepEqual(r.problems.map((p) => [p.path, p.message]), [['certifications[0].criteria.typo', '"typo" is not a criterion of Program (p)']]);
  });

  it('the sample city uses the 43 criteria: 27 of 43 met (62.8%), Silver; Gold needs 2 more', () => {
    const result = parseDocument(readFileSync(new URL('../../demo/riverton.civicstat.json', import.meta.url), 'utf8'));
    assert.ok(result.ok);
    assert.equal(result.warnings.filter((w) => w.path.startsWith('certifications')).length, 0);
    const c = result.document.certifications.find((x) => x.program === 'wwc-2023')!;
    const e = evaluateCertification(c, result.document)!;
    assert.deepEqual([e.met, e.inProgress, e.notMet, e.total], [27, 9, 7, 43]);
    assert.equal(e.reached!.id, 'silver');
    assert.equal(e.next!.criteria, 2);
    assert.deepEqual(e.unscored, { met: 2, inProgress: 1, notMet: 0, total: 3 });
  });
});

describe('custom programs: "scored": false and "code"', () => {
  const program = {
    id: 'leed-like',
    name: 'Points program',
    groups: [{ id: 'g', label: 'Group' }],
    criteria: [
      { id: 'pre', label: 'Prerequisite', group: 'g', tags: ['prerequisite'], scored: false },
      { id: 'a', code: 'A1', label: 'Credit A', group: 'g', points: 30 },
      { id: 'b', code: 'B1', label: 'Credit B', group: 'g', points: 20 },
    ],
    tiers: [{ id: 'certified', label: 'Certified', rule: { minPoints: 40, all: ['prerequisite'] } }],
  };
  const doc = (criteria: Record<string, string>) => ({
    civicstat: '1.0',
    jurisdiction: { name: 'Testville' },
    programs: [program],
    certifications: [{ id: 'c', program: 'leed-like', criteria }],
  });

  it('an unscored prerequisite is checked by the rule but earns no points and counts in no total', () => {
    const without = parseDocument(doc({ a: 'met', b: 'met' }));
    const withPre = parseDocument(doc({ a: 'met', b: 'met', pre: 'met' }));
    assert.ok(without.ok && withPre.ok);
    const e1 = evaluateCertification(without.document.certifications[0]!, without.document)!;
    const e2 = evaluateCertification(withPre.document.certifications[0]!, withPre.document)!;
    assert.equal(e1.reached, undefined);
    assert.equal(e2.reached!.id, 'certified');
    assert.deepEqual([e2.met, e2.total, e2.points, e2.maxPoints], [2, 2, 50, 50]);
    assert.equal(withPre.document.programs[0]!.criteria[0]!.scored, false);
    assert.equal('scored' in withPre.document.programs[0]!.criteria[1]!, false);
    assert.equal(withPre.document.programs[0]!.criteria[1]!.code, 'A1');
  });

  it('a scored that is not a boolean names its path', () => {
    const bad = structuredClone(doc({}));
    (bad.programs[0]!.criteria[0] as Record<string, unknown>).scored = 'no';
    const result = parseDocument(bad);
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.problems.some((p) => p.path === 'programs[0].criteria[0].scored' && p.message === 'expected true or false, got "no"'));
  });
});
