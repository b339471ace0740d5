/**
 * The CivicStat document: the types of SPEC §2, in two forms.
 *
 * - `*Input` types describe what a person may write in the JSON file (shorthands allowed).
 * - The plain types (`CivicDocument`, `Measure`, …) describe the normalized model that
 *   `parseDocument` returns: shorthands expanded, defaults filled in, unknown fields dropped.
 */

/** Values a measure status can take. */
export const MEASURE_STATUSES = ['on-track', 'at-risk', 'off-track', 'no-data'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** Values a goal status can take. */
export const GOAL_STATUSES = [
  'not-started',
  'in-progress',
  'completed',
  'ahead',
  'behind',
  'on-hold',
  'cancelled',
] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const GOAL_KINDS = ['goal', 'objective', 'project'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

export const CRITERION_STATUSES = ['met', 'in-progress', 'not-met'] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

export const FREQUENCIES = ['annual', 'quarterly', 'monthly', 'weekly', 'daily'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const BETTER = ['higher', 'lower'] as const;
export type Better = (typeof BETTER)[number];

export const FORMAT_STYLES = ['decimal', 'percent', 'currency', 'unit'] as const;
export const FORMAT_NOTATIONS = ['standard', 'compact'] as const;

/** The only major version of the format this library reads. */
export const SUPPORTED_MAJOR = 1;

/** Default share of the target inside which a miss is "at risk" rather than "off track". */
export const DEFAULT_TOLERANCE = 0.05;

/** A subset of `Intl.NumberFormat` options. */
export interface MeasureFormat {
  style?: (typeof FORMAT_STYLES)[number];
  currency?: string;
  unit?: string;
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
  notation?: (typeof FORMAT_NOTATIONS)[number];
}

export interface MeasureValue {
  /** ISO date, `YYYY`, `YYYY-MM`, `YYYY-Qn` or `FYYYYY`. */
  period: string;
  value: number | null;
  note?: string;
}

export interface Target {
  value: number;
  label?: string;
  period?: string;
}

export interface Baseline {
  value: number;
  period?: string;
}

export interface Comparison {
  label: string;
  value: number;
  source?: string;
}

export interface Breakdown {
  dimension: string;
  items: { label: string; value: number }[];
}

export interface Source {
  name: string;
  url?: string;
}

export interface Measure {
  id: string;
  title: string;
  description?: string;
  unit?: string;
  format?: MeasureFormat;
  /** Which direction is good; defaults to `higher`. */
  better: Better;
  values: MeasureValue[];
  /** Targets, primary first. Empty when the measure has none. */
  targets: Target[];
  baseline?: Baseline;
  /** Defaults to 0.05. */
  tolerance: number;
  status?: MeasureStatus;
  comparisons: Comparison[];
  breakdown?: Breakdown;
  narrative?: string;
  source?: Source;
  goal?: string;
  department?: string;
  frequency?: Frequency;
}

export interface Goal {
  id: string;
  title: string;
  /** Defaults to `goal`. */
  kind: GoalKind;
  parent?: string;
  priority?: string;
  outcome?: string;
  department?: string;
  status?: GoalStatus;
  due?: string;
  measures: string[];
}

export interface Evidence {
  label: string;
  url: string;
}

export interface CriterionResult {
  status: CriterionStatus;
  note?: string;
  evidence: Evidence[];
}

export interface Award {
  tier: string;
  date?: string;
  expires?: string;
  url?: string;
}

export interface Certification {
  id: string;
  program: string;
  awarded?: Award;
  assessed?: string;
  /** Criterion id → result. Criteria not listed are `not-met`. */
  criteria: Record<string, CriterionResult>;
}

export interface ProgramGroup {
  id: string;
  label: string;
}

export interface Criterion {
  id: string;
  label: string;
  group: string;
  description?: string;
  tags: string[];
  requires: string[];
  /** Defaults to 1. */
  points: number;
  /** The program's own short reference, shown beside the label (`PA1`). */
  code?: string;
  /**
   * Whether the criterion counts in met / total / share / points (absent: it does). An unscored
   * criterion is a requirement that tier rules (`all`, `min`) check but that no count includes:
   * What Works Cities' resident outcome metrics. The parser sets it only when false.
   */
  scored?: false;
}

export interface TierRule {
  /** Share (0..1) of all criteria met. */
  minShare?: number;
  /** Number of criteria met. */
  minMet?: number;
  /** Points earned (a criterion's `points`, default 1). */
  minPoints?: number;
  /** Number of groups with at least one criterion met. */
  minGroups?: number;
  /** Every criterion with each of these tags must be met. */
  all?: string[];
  /** At least N criteria met with the tag. */
  min?: Record<string, number>;
}

export interface Tier {
  id: string;
  label: string;
  color?: string;
  rule: TierRule;
}

export interface Program {
  id: string;
  name: string;
  issuer?: string;
  url?: string;
  version?: string;
  description?: string;
  groups: ProgramGroup[];
  criteria: Criterion[];
  /** Lowest first; cumulative. */
  tiers: Tier[];
}

/** The words a city uses for some or all of the four measure statuses (`{ "on-track": "On Target" }`). */
export type StatusWords = Partial<Record<MeasureStatus, string>>;

/**
 * The city's own status words (SPEC §2 `statusLabels`), normalized: either the same words for
 * every language (the flat form, written in the document's language), or words per language
 * tag (the per-locale form). Statuses not given keep the library's words.
 */
export interface StatusLabels {
  /** The flat form: `{ "on-track": "On Target", … }`, for every language. */
  all?: StatusWords;
  /** The per-locale form: BCP 47 tag as written (`en`, `es-MX`) → words in that language. */
  byLocale?: Record<string, StatusWords>;
}

export interface Jurisdiction {
  name: string;
  locale?: string;
  url?: string;
}

/** A parsed, normalized CivicStat document. */
export interface CivicDocument {
  civicstat: string;
  jurisdiction: Jurisdiction;
  updated?: string;
  measures: Measure[];
  goals: Goal[];
  certifications: Certification[];
  /** Custom programs declared in the document (built-ins are not copied here). */
  programs: Program[];
  /** The city's words for the measure statuses, when it gives any. */
  statusLabels?: StatusLabels;
}

/* ---------- What a person may write (before normalization) ---------- */

export type TargetInput = number | Target;

export interface MeasureInput extends Omit<Measure, 'better' | 'targets' | 'tolerance' | 'comparisons' | 'values'> {
  /** Chronological; may be left out (or empty) for a measure with no figures yet. */
  values?: MeasureValue[];
  better?: Better;
  target?: TargetInput | TargetInput[];
  tolerance?: number;
  comparisons?: Comparison[];
}

export type CriterionResultInput =
  | CriterionStatus
  | { status: CriterionStatus; note?: string; evidence?: Evidence[] };

export interface CertificationInput extends Omit<Certification, 'criteria'> {
  criteria?: Record<string, CriterionResultInput>;
}

export interface GoalInput extends Omit<Goal, 'kind' | 'measures'> {
  kind?: GoalKind;
  measures?: string[];
}

export interface CriterionInput extends Omit<Criterion, 'tags' | 'requires' | 'points' | 'scored'> {
  tags?: string[];
  requires?: string[];
  points?: number;
  scored?: boolean;
}

export interface ProgramInput extends Omit<Program, 'groups' | 'criteria'> {
  groups?: ProgramGroup[];
  criteria: CriterionInput[];
}

export interface CivicDocumentInput {
  $schema?: string;
  civicstat: string;
  jurisdiction: Jurisdiction;
  updated?: string;
  measures?: MeasureInput[];
  goals?: GoalInput[];
  certifications?: CertificationInput[];
  programs?: ProgramInput[];
  /** Flat (`{ "on-track": "On Target" }`) or per locale (`{ "en": { … }, "es": { … } }`). */
  statusLabels?: StatusWords | Record<string, StatusWords>;
}

/* ---------- Problems ---------- */

/** One thing wrong (or merely odd) in a document, with where it is. */
export interface Problem {
  /** JSON path in the document, e.g. `measures[3].values[2].value`; `` for the root. */
  path: string;
  /** A plain sentence, without the path. */
  message: string;
  /** `error` makes the document unusable; `warning` (unknown fields) does not. */
  severity: 'error' | 'warning';
}

export type ParseResult =
  | { ok: true; document: CivicDocument; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };
