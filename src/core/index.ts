/**
 * The DOM-free core: every rule of the library, usable in Node and in browsers.
 * It imports nothing from lit, the DOM, `data/` or the elements.
 */
export * from './document';
export { parseDocument, formatProblem } from './parse';
export { parseJsonText, type JsonSyntaxError, type JsonTextResult } from './json-text';
export { childPath, pathFromPointer } from './json-path';
export {
  currentValue,
  previousValue,
  measureStatus,
  statusAgainst,
  measureChange,
  measureProgress,
  pickTarget,
  type MeasureChange,
  type MeasureProgress,
} from './status';
export {
  evaluateCertification,
  findProgram,
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
export { safeUrl, isSafeUrl } from './url';
export * from './format';
export * from './period';
export { kpiView, sparklineOf, type KpiView, type Sparkline, type SparklinePoint, type ViewOptions } from './view';
export { gaugeView, gaugeScale, niceStep, type GaugeView, type GaugeBand, type GaugeTick, type GaugeOptions, type BandStatus } from './gauge';
export { chartView, CHART_KINDS, type ChartView, type ChartKind, type ChartPoint, type ChartLine, type ChartSummary, type ChartOptions } from './chart';
export { planRollup, wholePercents, ROLLUP_KINDS, type Rollup, type RollupKind, type RollupOptions, type StatusCount } from './plan';
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
