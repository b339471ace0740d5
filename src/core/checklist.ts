/**
 * The criteria checklist's view (SPEC §4 `<civic-criteria-checklist>`): the summary of a
 * certification's self-assessment, what the next tier still needs as separate pieces, the
 * per-group counts, and the criteria grouped by program group with the `status` and `group`
 * filters applied. Numbers and dates come out formatted in the given locale; words are left
 * to the element's strings tables, so that the element only draws and localizes.
 */
import { awardState, evaluateCertification, isScored, type CertificationEvaluation, type Counts } from './certification';
import { CRITERION_STATUSES, type Certification, type CivicDocument, type CriterionStatus, type Program } from './document';
import { formatCount, formatPercent } from './format';
import { formatPeriod } from './period';
import { programs } from './programs/index';
import { safeUrl } from './url';

/** A tag as the checklist names it: the tag id, and the tier's label when the tag names a tier (ICMA levels). */
export interface ChecklistTag {
  tag: string;
  /** The label of the program's tier whose id is this tag, e.g. `Distinction`. */
  level?: string;
}

/** One piece of what the next tier needs, e.g. "8 more criteria". */
export type ChecklistNeed =
  | { kind: 'criteria' | 'points' | 'groups'; count: number; countText: string }
  | (ChecklistTag & {
      kind: 'tag';
      count: number;
      countText: string;
      /** Labels of the criteria still to meet, when the tier requires every criterion with the tag. */
      criteria: string[];
    });

export interface ChecklistCriterion {
  id: string;
  /** The program's own short reference (`PA1`), shown beside the label. */
  code?: string;
  label: string;
  /** The program's explanation of the criterion, when it has one. */
  description?: string;
  /** What counts (`met` only when declared met and every prerequisite is met). */
  status: CriterionStatus;
  /** What the document says. */
  declared: CriterionStatus;
  /** Labels of the unmet prerequisites that keep a declared `met` from counting. */
  blockedBy: string[];
  note?: string;
  /** Evidence links; `url` is left out when it is not safe (SPEC §5), so the label shows as text. */
  evidence: { label: string; url?: string }[];
  tags: ChecklistTag[];
  /** Whether the criterion counts in the totals (false: a requirement the tiers check apart). */
  scored: boolean;
}

export interface ChecklistGroup extends Counts {
  /** The program group's id; `-unscored` for the group of unscored criteria. */
  id: string;
  /** The program group's label; empty for the group of unscored criteria (the element names it). */
  label: string;
  /**
   * False for the group, after the program's, of every unscored criterion (requirements the
   * tiers check apart, such as What Works Cities' resident outcome metrics), whose counts are
   * not part of the share.
   */
  scored: boolean;
  /** In the unscored group: the tag every one of its criteria has, if there is one (`resident-outcome`). */
  tag?: string;
  metText: string;
  inProgressText: string;
  notMetText: string;
  totalText: string;
  /** The group's criteria that pass the status filter, in program order. */
  criteria: ChecklistCriterion[];
}

export interface ChecklistView extends Counts {
  programName: string;
  programVersion?: string;
  /**
   * The program's own description: what it is, and for a built-in whose criteria list is not
   * complete, that shares are counted over the criteria listed (SPEC §3).
   */
  programDescription?: string;
  /** The program's page, when its url is safe (SPEC §5). */
  programUrl?: string;
  /** The program lists no criteria (the checklist's empty state). */
  empty: boolean;
  metText: string;
  totalText: string;
  /** met ÷ total as a percentage, e.g. `71%`. */
  shareText: string;
  /** Highest tier the self-assessment reaches. */
  reached?: { id: string; label: string };
  /** The reached tier is the program's highest. */
  top: boolean;
  /** The next tier and what it still needs (empty when nothing countable is missing). */
  next?: { id: string; label: string; needs: ChecklistNeed[] };
  /** The certifier's award, as distinct from the self-assessment. */
  awarded?: { label: string; year?: string; expired: boolean; expiresText?: string; url?: string };
  /** Date of the self-assessment, formatted. */
  assessedText?: string;
  /** Groups with at least one criterion, after the `group` filter (their counts cover every status). */
  groups: ChecklistGroup[];
  /** Whether a `status` or `group` filter applies. */
  filtered: boolean;
  /** How many criteria the filters leave. */
  shown: number;
  shownText: string;
}

export interface ChecklistFilter {
  /** Statuses to keep; undefined keeps all. */
  statuses?: ReadonlySet<CriterionStatus>;
  /** Group ids to keep; undefined keeps all. */
  groups?: ReadonlySet<string>;
}

export interface ChecklistOptions {
  locale: string;
  /** The `status` attribute: space-separated `met`, `in-progress`, `not-met`. */
  status?: string | undefined;
  /** The `group` attribute: space-separated group ids of the program. */
  group?: string | undefined;
  /** "Today", for whether the award has expired; defaults to now. */
  asOf?: Date;
}

const tokens = (value: string | undefined): string[] => (value ?? '').split(/\s+/).filter(Boolean);

/**
 * The filters from the `status` and `group` attributes. Unknown values are ignored; when
 * none of the values is known, that filter does not apply (the checklist shows everything
 * rather than nothing because of a typo).
 */
export function checklistFilter(program: Program, status?: string, group?: string): ChecklistFilter {
  const filter: ChecklistFilter = {};
  const statuses = tokens(status).filter((s): s is CriterionStatus => (CRITERION_STATUSES as readonly string[]).includes(s));
  if (statuses.length > 0) filter.statuses = new Set(statuses);
  const groupIds = new Set(program.groups.map((g) => g.id));
  const groups = tokens(group).filter((g) => groupIds.has(g));
  if (groups.length > 0) filter.groups = new Set(groups);
  return filter;
}

/** The `all` tags of every tier up to `index` (tiers are cumulative), in program order. */
function requiredTags(program: Program, index: number): string[] {
  const tags: string[] = [];
  for (const tier of program.tiers.slice(0, index + 1)) {
    for (const tag of tier.rule.all ?? []) if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

function tagOf(program: Program, tag: string): ChecklistTag {
  const tier = program.tiers.find((t) => t.id === tag);
  return tier ? { tag, level: tier.label } : { tag };
}

/** What the next tier needs, as separate pieces: counts first, then one piece per tag. */
function needsOf(evaluation: CertificationEvaluation, locale: string): ChecklistNeed[] {
  const { program, next } = evaluation;
  if (!next) return [];
  const count = (n: number) => ({ count: n, countText: formatCount(n, locale) });
  const needs: ChecklistNeed[] = [];
  if (next.criteria > 0) needs.push({ kind: 'criteria', ...count(next.criteria) });
  if (next.points > 0) needs.push({ kind: 'points', ...count(next.points) });
  if (next.groups > 0) needs.push({ kind: 'groups', ...count(next.groups) });
  const index = program.tiers.indexOf(next.tier);
  const tags = new Map<string, { count: number; criteria: string[] }>();
  for (const tag of requiredTags(program, index)) {
    const missing = next.required.filter((c) => c.tags.includes(tag)).map((c) => c.label);
    if (missing.length > 0) tags.set(tag, { count: missing.length, criteria: missing });
  }
  for (const [tag, n] of Object.entries(next.tags)) {
    const known = tags.get(tag);
    if (known) known.count = Math.max(known.count, n);
    else tags.set(tag, { count: n, criteria: [] });
  }
  for (const [tag, { count: n, criteria }] of tags) needs.push({ kind: 'tag', ...tagOf(program, tag), ...count(n), criteria });
  return needs;
}

/**
 * The checklist's view of one certification of the document. Returns undefined when the
 * certification names an unknown program (a parsed document never does).
 */
export function checklistView(
  certification: Certification,
  document: Pick<CivicDocument, 'programs'>,
  { locale, status, group, asOf = new Date() }: ChecklistOptions,
): ChecklistView | undefined {
  const evaluation = evaluateCertification(certification, document, programs);
  if (!evaluation) return undefined;
  const { program } = evaluation;
  const filter = checklistFilter(program, status, group);
  const labelOf = new Map(program.criteria.map((c) => [c.id, c.label]));

  const criterionView = (c: CertificationEvaluation['criteria'][number]): ChecklistCriterion => {
    const view: ChecklistCriterion = {
      id: c.criterion.id,
      label: c.criterion.label,
      status: c.status,
      declared: c.declared,
      blockedBy: c.declared === 'met' ? c.blockedBy.map((id) => labelOf.get(id) ?? id) : [],
      evidence: c.evidence.map((e) => {
        const url = safeUrl(e.url);
        return url === undefined ? { label: e.label } : { label: e.label, url };
      }),
      tags: c.criterion.tags.map((tag) => tagOf(program, tag)),
      scored: isScored(c.criterion),
    };
    if (c.criterion.code !== undefined) view.code = c.criterion.code;
    if (c.criterion.description !== undefined) view.description = c.criterion.description;
    if (c.note !== undefined) view.note = c.note;
    return view;
  };

  const shows = (c: CertificationEvaluation['criteria'][number]) =>
    (!filter.groups || filter.groups.has(c.criterion.group)) && (!filter.statuses || filter.statuses.has(c.status));
  const texts = (counts: Counts) => ({
    metText: formatCount(counts.met, locale),
    inProgressText: formatCount(counts.inProgress, locale),
    notMetText: formatCount(counts.notMet, locale),
    totalText: formatCount(counts.total, locale),
  });
  const groups: ChecklistGroup[] = evaluation.groups
    .filter((g) => g.total > 0 && (!filter.groups || filter.groups.has(g.id)))
    .map((g) => ({
      ...g,
      scored: true,
      ...texts(g),
      criteria: evaluation.criteria.filter((c) => c.criterion.group === g.id && isScored(c.criterion) && shows(c)).map(criterionView),
    }));
  // The unscored criteria, after the program's groups: counted apart, filtered by their own group.
  const unscored = evaluation.criteria.filter((c) => !isScored(c.criterion) && (!filter.groups || filter.groups.has(c.criterion.group)));
  if (unscored.length > 0) {
    const counts: Counts = {
      met: unscored.filter((c) => c.status === 'met').length,
      inProgress: unscored.filter((c) => c.status === 'in-progress').length,
      notMet: unscored.filter((c) => c.status === 'not-met').length,
      total: unscored.length,
    };
    const group: ChecklistGroup = { id: '-unscored', label: '', scored: false, ...counts, ...texts(counts), criteria: unscored.filter(shows).map(criterionView) };
    const tag = unscored[0]!.criterion.tags.find((t) => unscored.every((c) => c.criterion.tags.includes(t)));
    if (tag !== undefined) group.tag = tag;
    groups.push(group);
  }
  // Criteria shown: the scored ones, out of `total` (the unscored ones are requirements apart).
  const shown = groups.reduce((sum, g) => sum + (g.scored ? g.criteria.length : 0), 0);

  const view: ChecklistView = {
    programName: program.name,
    empty: program.criteria.length === 0,
    met: evaluation.met,
    inProgress: evaluation.inProgress,
    notMet: evaluation.notMet,
    total: evaluation.total,
    metText: formatCount(evaluation.met, locale),
    totalText: formatCount(evaluation.total, locale),
    shareText: formatPercent(evaluation.share, locale),
    top: evaluation.reached !== undefined && evaluation.reached === program.tiers[program.tiers.length - 1],
    groups,
    filtered: filter.statuses !== undefined || filter.groups !== undefined,
    shown,
    shownText: formatCount(shown, locale),
  };
  if (program.version !== undefined) view.programVersion = program.version;
  if (program.description !== undefined) view.programDescription = program.description;
  const programUrl = safeUrl(program.url);
  if (programUrl !== undefined) view.programUrl = programUrl;
  if (evaluation.reached) view.reached = { id: evaluation.reached.id, label: evaluation.reached.label };
  if (evaluation.next) view.next = { id: evaluation.next.tier.id, label: evaluation.next.tier.label, needs: needsOf(evaluation, locale) };
  const award = certification.awarded;
  if (award && evaluation.awarded) {
    const awarded: NonNullable<ChecklistView['awarded']> = {
      label: evaluation.awarded.label,
      expired: awardState(certification, asOf) === 'expired',
    };
    if (award.date) awarded.year = award.date.slice(0, 4);
    if (award.expires) awarded.expiresText = formatPeriod(award.expires, locale);
    const url = safeUrl(award.url);
    if (url !== undefined) awarded.url = url;
    view.awarded = awarded;
  }
  if (certification.assessed) view.assessedText = formatPeriod(certification.assessed, locale);
  return view;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Items joined the locale's way: `a, b and c` (en), `a, b y c` (es), `a, b et c` (fr). */
export function formatList(items: readonly string[], locale: string): string {
  let format = listFormats.get(locale);
  if (!format) {
    try {
      format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    } catch {
      format = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' });
    }
    if (listFormats.size >= 100) listFormats.clear();
    listFormats.set(locale, format);
  }
  return format.format(items);
}
