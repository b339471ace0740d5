/**
 * The DOM-free core: every rule of the library, usable in Node and in browsers.
 * It imports nothing from lit, the DOM, `data/` or the elements.
 */
import { evaluateCertification as evaluate, findProgram as find, type CertificationEvaluation } from './certification';
import type { Certification, CivicDocument, Program } from './document';
import { programs } from './programs/index';

export * from './document';
export { parseDocument, formatProblem } from './parse';
export { parseJsonText, type JsonSyntaxError, type JsonTextResult } from './json-text';
export { childPath, pathFromPointer } from './json-path';
export {
  currentValue,
  previousValue,
  measureStatus,
  measureAssessment,
  pathAt,
  pathStart,
  statusAgainst,
  measureChange,
  measureProgress,
  pickTarget,
  type MeasureChange,
  type MeasureProgress,
  type MeasureAssessment,
  type AssessmentBasis,
  type PathStart,
} from './status';
export { statusExplanation, PACES, type StatusExplanation, type Pace, type PeriodText, type ExplanationOptions } from './status-explanation';
export {
  awardState,
  isExpired,
  criteriaForShare,
  type AwardState,
  type CertificationEvaluation,
  type CriterionEvaluation,
  type GroupEvaluation,
  type TierNeeds,
  type Counts,
} from './certification';
export { programs } from './programs/index';

/**
 * Evaluates a certification's self-assessment against its program (SPEC §3): the highest
 * tier reached, met / total / share, per-group counts, and what the next tier still needs.
 * Undefined when the program is neither built in nor declared in the document.
 */
export function evaluateCertification(certification: Certification, document?: Pick<CivicDocument, 'programs'>): CertificationEvaluation | undefined {
  return evaluate(certification, document, programs);
}

/** The program a certification names: declared in the document, or built in. */
export function findProgram(id: string, document?: Pick<CivicDocument, 'programs'>): Program | undefined {
  return find(id, document, programs);
}
export { safeUrl, isSafeUrl } from './url';
export * from './format';
export * from './period';
export { kpiView, sparklineOf, type KpiView, type Sparkline, type SparklinePoint, type ViewOptions } from './view';
export { gaugeView, gaugeScale, niceStep, type GaugeView, type GaugeBand, type GaugeTick, type GaugeOptions, type BandStatus } from './gauge';
export { chartView, CHART_KINDS, type ChartView, type ChartKind, type ChartPoint, type ChartLine, type ChartSummary, type ChartOptions } from './chart';
export { planRollup, wholePercents, goalStatusFromMeasures, ROLLUP_KINDS, type ComputedGoalStatus, type Rollup, type RollupKind, type RollupOptions, type StatusCount } from './plan';
export { scorecardView, searchable, type ScorecardView, type ScorecardGroup, type ScorecardGoal, type ScorecardOptions } from './scorecard';
export { standaloneBadge, certificationBadge } from './badge';
export { NEUTRAL_BADGE, type BadgeView } from './view';
export {
  checklistView,
  checklistFilter,
  formatList,
  type ChecklistView,
  type ChecklistGroup,
  type ChecklistCriterion,
  type ChecklistNeed,
  type ChecklistTag,
  type ChecklistFilter,
  type ChecklistOptions,
} from './checklist';
