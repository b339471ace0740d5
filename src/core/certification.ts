/**
 * The certification rule engine (SPEC §2 Program, §3): which tier a self-assessment
 * reaches and what the next tier still needs.
 *
 * A criterion counts as met only when its status is `met` and every criterion in its
 * `requires` is met. Tiers are cumulative: a tier is reached when its rule and the rules
 * of every tier below it hold. Shares are compared exactly: 23 of 45 (51.1%) reaches a
 * 51% threshold, 22 of 45 (48.9%) does not. A criterion with `"scored": false` is checked by
 * the `all` and `min` rules but counts in no total, share, point or group count.
 */
import type {
  Certification,
  CivicDocument,
  Criterion,
  CriterionResult,
  CriterionStatus,
  Program,
  Tier,
  TierRule,
} from './document';

/**
 * The built-in programs to look in: the full `programs` (programs/index.ts) where their texts
 * are shown, or `leanPrograms` (programs/lean.ts, no texts) where only their rules count, so
 * that the badge does not carry the criteria's labels and descriptions. `civicstat/core`
 * exports evaluateCertification and findProgram with the full ones.
 */
export type BuiltinPrograms = Readonly<Record<string, Program>>;

/** The program a certification names: declared in the document, or built in. */
export function findProgram(id: string, document: Pick<CivicDocument, 'programs'> | undefined, builtins: BuiltinPrograms): Program | undefined {
  return document?.programs.find((p) => p.id === id) ?? builtins[id];
}

export interface CriterionEvaluation {
  criterion: Criterion;
  /** What the document says (`not-met` when it says nothing). */
  declared: CriterionStatus;
  /** What counts: `met` only when declared met and every prerequisite is met. */
  status: CriterionStatus;
  /** Prerequisites that are not met (why a declared `met` does not count). */
  blockedBy: string[];
  note?: string;
  evidence: CriterionResult['evidence'];
}

export interface Counts {
  met: number;
  inProgress: number;
  notMet: number;
  total: number;
}

/** A program group's counts, over its scored criteria. */
export interface GroupEvaluation extends Counts {
  id: string;
  label: string;
}

export interface TierNeeds {
  tier: Tier;
  /** How many more criteria must be met (for share or count rules, over every tier up to this one). */
  criteria: number;
  /** How many more points (programs with `minPoints`). */
  points: number;
  /** How many more groups need a criterion met (`minGroups`). */
  groups: number;
  /** Criteria that must all be met (`all` tags) and are not, in program order. */
  required: Criterion[];
  /** Tag → how many more met criteria with that tag (`min`). */
  tags: Record<string, number>;
}

export interface CertificationEvaluation {
  certification: Certification;
  program: Program;
  /** Highest tier reached by the self-assessment, if any. */
  reached: Tier | undefined;
  /** The tier the certifier awarded, if any (authoritative). */
  awarded: Tier | undefined;
  /** Counts of the scored criteria: the unscored ones (`"scored": false`) are in `unscored` and `tags` only. */
  met: number;
  inProgress: number;
  notMet: number;
  total: number;
  /** met ÷ total (0 when the program lists no scored criteria). */
  share: number;
  points: number;
  maxPoints: number;
  groups: GroupEvaluation[];
  /** Counts of the unscored criteria: requirements the tiers check apart (resident outcome metrics). */
  unscored: Counts;
  criteria: CriterionEvaluation[];
  /** Tag → met and total criteria with it. */
  tags: Record<string, { met: number; total: number }>;
  /** The next tier above `reached` and what it still needs; undefined at the top tier. */
  next: TierNeeds | undefined;
}

/**
 * Evaluates a certification's self-assessment against its program. Returns undefined when
 * the program is unknown (a document that went through `parseDocument` never has one).
 */
export function evaluateCertification(
  certification: Certification,
  document: Pick<CivicDocument, 'programs'> | undefined,
  builtins: BuiltinPrograms,
): CertificationEvaluation | undefined {
  const program = findProgram(certification.program, document, builtins);
  if (!program) return undefined;

  const declared = (id: string): CriterionStatus => certification.criteria[id]?.status ?? 'not-met';
  const byId = new Map(program.criteria.map((c) => [c.id, c]));
  // A criterion is met when declared met and its prerequisites are met, transitively.
  const metMemo = new Map<string, boolean>();
  const isMet = (id: string, trail: Set<string> = new Set()): boolean => {
    const known = metMemo.get(id);
    if (known !== undefined) return known;
    if (trail.has(id)) return false; // a prerequisite loop can never be satisfied
    const criterion = byId.get(id);
    trail.add(id);
    const met = !!criterion && declared(id) === 'met' && criterion.requires.every((req) => isMet(req, trail));
    trail.delete(id);
    metMemo.set(id, met);
    return met;
  };

  const criteria: CriterionEvaluation[] = program.criteria.map((criterion) => {
    const result = certification.criteria[criterion.id];
    const said = declared(criterion.id);
    const blockedBy = criterion.requires.filter((req) => !isMet(req));
    const status: CriterionStatus = said === 'met' && blockedBy.length > 0 ? 'in-progress' : said;
    const evaluation: CriterionEvaluation = { criterion, declared: said, status, blockedBy, evidence: result?.evidence ?? [] };
    if (result?.note !== undefined) evaluation.note = result.note;
    return evaluation;
  });

  const count = (list: CriterionEvaluation[]): Counts => ({
    met: list.filter((c) => c.status === 'met').length,
    inProgress: list.filter((c) => c.status === 'in-progress').length,
    notMet: list.filter((c) => c.status === 'not-met').length,
    total: list.length,
  });
  const scored = criteria.filter((c) => isScored(c.criterion));
  const totals = count(scored);
  const groups: GroupEvaluation[] = program.groups.map((g) => ({
    id: g.id,
    label: g.label,
    ...count(scored.filter((c) => c.criterion.group === g.id)),
  }));
  const tags: Record<string, { met: number; total: number }> = Object.create(null);
  for (const c of criteria) {
    for (const tag of c.criterion.tags) {
      const entry = (tags[tag] ??= { met: 0, total: 0 });
      entry.total++;
      if (c.status === 'met') entry.met++;
    }
  }
  const points = scored.reduce((sum, c) => sum + (c.status === 'met' ? c.criterion.points : 0), 0);
  const maxPoints = program.criteria.reduce((sum, c) => sum + (isScored(c) ? c.points : 0), 0);
  const groupsWithMet = new Set(scored.filter((c) => c.status === 'met').map((c) => c.criterion.group)).size;

  const state: RuleState = { criteria, met: totals.met, total: totals.total, points, groupsWithMet, tags };
  let reachedIndex = -1;
  for (let i = 0; i < program.tiers.length; i++) {
    if (!ruleHolds(program.tiers[i]!.rule, state)) break;
    reachedIndex = i;
  }
  const nextTier = program.tiers[reachedIndex + 1];

  return {
    certification,
    program,
    reached: program.tiers[reachedIndex],
    awarded: program.tiers.find((t) => t.id === certification.awarded?.tier),
    ...totals,
    share: totals.total === 0 ? 0 : totals.met / totals.total,
    points,
    maxPoints,
    groups,
    unscored: count(criteria.filter((c) => !isScored(c.criterion))),
    criteria,
    tags,
    next: nextTier ? needsFor(program, reachedIndex + 1, state) : undefined,
  };
}

/** Whether a criterion counts in met / total / share / points: unless it says `"scored": false`. */
export function isScored(criterion: Pick<Criterion, 'scored'>): boolean {
  return criterion.scored !== false;
}

interface RuleState {
  criteria: CriterionEvaluation[];
  met: number;
  total: number;
  points: number;
  groupsWithMet: number;
  tags: Record<string, { met: number; total: number }>;
}

/** The fewest met criteria out of `total` whose share reaches `minShare`, compared exactly. */
export function criteriaForShare(minShare: number, total: number): number {
  if (total === 0) return 0;
  let n = Math.min(total, Math.max(0, Math.ceil(minShare * total)));
  while (n > 0 && (n - 1) / total >= minShare) n--;
  while (n < total && n / total < minShare) n++;
  return n;
}

function ruleHolds(rule: TierRule, s: RuleState): boolean {
  if (rule.minShare !== undefined && (s.total === 0 || s.met / s.total < rule.minShare)) return false;
  if (rule.minMet !== undefined && s.met < rule.minMet) return false;
  if (rule.minPoints !== undefined && s.points < rule.minPoints) return false;
  if (rule.minGroups !== undefined && s.groupsWithMet < rule.minGroups) return false;
  for (const tag of rule.all ?? []) {
    if (s.criteria.some((c) => c.criterion.tags.includes(tag) && c.status !== 'met')) return false;
  }
  for (const [tag, n] of Object.entries(rule.min ?? {})) {
    if ((s.tags[tag]?.met ?? 0) < n) return false;
  }
  return true;
}

/** What tier `index` needs, taking every rule up to it (tiers are cumulative). */
function needsFor(program: Program, index: number, s: RuleState): TierNeeds {
  let criteriaTarget = 0;
  let pointsTarget = 0;
  let groupsTarget = 0;
  const requiredTags = new Set<string>();
  const tagTargets: Record<string, number> = Object.create(null);
  for (const tier of program.tiers.slice(0, index + 1)) {
    const rule = tier.rule;
    if (rule.minShare !== undefined) criteriaTarget = Math.max(criteriaTarget, criteriaForShare(rule.minShare, s.total));
    if (rule.minMet !== undefined) criteriaTarget = Math.max(criteriaTarget, rule.minMet);
    if (rule.minPoints !== undefined) pointsTarget = Math.max(pointsTarget, rule.minPoints);
    if (rule.minGroups !== undefined) groupsTarget = Math.max(groupsTarget, rule.minGroups);
    for (const tag of rule.all ?? []) requiredTags.add(tag);
    for (const [tag, n] of Object.entries(rule.min ?? {})) tagTargets[tag] = Math.max(tagTargets[tag] ?? 0, n);
  }
  const tags: Record<string, number> = Object.create(null);
  for (const [tag, n] of Object.entries(tagTargets)) {
    const missing = n - (s.tags[tag]?.met ?? 0);
    if (missing > 0) tags[tag] = missing;
  }
  return {
    tier: program.tiers[index]!,
    criteria: Math.max(0, criteriaTarget - s.met),
    points: Math.max(0, pointsTarget - s.points),
    groups: Math.max(0, groupsTarget - s.groupsWithMet),
    required: s.criteria
      .filter((c) => c.status !== 'met' && c.criterion.tags.some((t) => requiredTags.has(t)))
      .map((c) => c.criterion),
    tags,
  };
}

export type AwardState = 'none' | 'current' | 'expired';

/**
 * Whether an award that expires on `expires` (ISO date) has expired on `asOf`: it is valid
 * through that date, in the reader's time zone (an evening in Chicago is still the day it
 * is there, though it is already the next day in UTC).
 */
export function isExpired(expires: string | undefined, asOf: Date = new Date()): boolean {
  if (expires === undefined) return false;
  const two = (n: number) => String(n).padStart(2, '0');
  const today = `${String(asOf.getFullYear()).padStart(4, '0')}-${two(asOf.getMonth() + 1)}-${two(asOf.getDate())}`;
  return today > expires;
}

/** Whether the certifier's award is current on `asOf` (an expired award reads as expired). */
export function awardState(certification: Certification, asOf: Date = new Date()): AwardState {
  if (!certification.awarded) return 'none';
  return isExpired(certification.awarded.expires, asOf) ? 'expired' : 'current';
}
