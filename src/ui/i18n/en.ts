import type { PeriodText, StatusExplanation } from '../../core/status-explanation';

/** "in 2026", "in Q1 2026", "on March 5, 2026". */
const inPeriod = (p: PeriodText) => `${p.kind === 'date' ? 'on' : 'in'} ${p.text}`;

/** English UI strings; Spanish and French follow the same shape. */
export const en = {
  status: { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'no-data': 'No data' },
  loading: 'Loading…',
  errorTitle: 'Data unavailable',
  missingMeasure: (id: string) => `Measure “${id}” is not in the document`,
  noMeasure: 'No measure chosen: set the measure attribute',
  noDocument: 'No data: set src, or place the element inside <civic-data>',
  noValues: 'No figures reported yet',
  target: 'Target',
  change: (delta: string, previous: string) => `${delta} since ${previous}`,
  better: 'better',
  worse: 'worse',
  noChange: 'no change',
  overdue: 'Overdue',
  dueBy: (date: string) => `update was due ${date}`,
  source: 'Source',
  moreAbout: 'About this measure',
  // why a status: `word` is the status's name (strings.status, or the city's own word)
  /** Between the status word and the pace, on the tile: "On track: ahead of pace". */
  statusSeparator: ': ',
  statusPace: { ahead: 'ahead of pace', on: 'on pace', 'slightly-behind': 'slightly behind pace', behind: 'behind pace' },
  statusRule: (word: string, e: StatusExplanation): string => {
    const tolerance = (within: boolean) => (e.tolerance ? `; ${within ? 'within' : 'more than'} the ${e.tolerance} tolerance` : '');
    const gap = e.gapPoints !== undefined ? `${e.gap} ${e.gapPoints === 1 ? 'point' : 'points'}` : e.gap;
    const by = e.targetPeriod ? ` by ${e.targetPeriod.text}` : '';
    const expected = e.period ? ` (expected ${e.expected} ${inPeriod(e.period)})` : '';
    switch (e.kind) {
      case 'set':
        return `${word}: as reported by the city, not computed from the figures`;
      case 'no-data':
        return `${word}: no figure reported yet`;
      case 'met':
        return `${word}: ${e.current} meets the target of ${e.target}`;
      case 'within':
      case 'beyond':
        return `${word}: ${e.current} is ${gap} ${e.side} the target of ${e.target}${tolerance(e.kind === 'within')}`;
      case 'path': {
        const path = `the path to ${e.target}${by}${expected}`;
        if (e.pace === 'ahead') return `${word}: ${e.current} is ahead of ${path}`;
        if (e.pace === 'on') return `${word}: ${e.current} is on ${path}`;
        if (e.pace === 'slightly-behind') return `${word}: ${e.current} is slightly behind ${path}${tolerance(true)}`;
        return `${word}: ${e.current} is behind ${path}${tolerance(false)}`;
      }
    }
  },
  trend: (title: string) => `Trend of ${title}`,
  selfAssessed: 'Self-assessed',
  expired: (date: string) => `Expired ${date}`,
  notCertified: 'Not certified yet',
  unknownProgram: (id: string) => `Unknown certification program “${id}”`,
  unknownTier: (tier: string, program: string) => `${program} has no tier “${tier}”`,
  missingCertification: (id: string) => `Certification “${id}” is not in the document`,
  noCertification: 'No certification chosen: set the certification attribute, or program and tier',
  asOf: (period: string) => `as of ${period}`,
  // target gauge
  progress: (pct: string, start: string) => `${pct} of the way from the baseline (${start}) to the target`,
  progressFromFirst: (pct: string, start: string) => `${pct} of the way from the first figure (${start}) to the target`,
  targetMet: 'Target met',
  losingGround: 'further from the target than at the start',
  baseline: 'Baseline',
  bandAtMost: (value: string) => `at most ${value}`,
  bandAtLeast: (value: string) => `at least ${value}`,
  bandBelow: (value: string) => `below ${value}`,
  bandAbove: (value: string) => `above ${value}`,
  bandBetween: (from: string, to: string) => `${from} to ${to}`,
  noTarget: (id: string) => `Measure “${id}” has no target to measure progress against`,
  missingTarget: (id: string, which: string) => `Measure “${id}” has no target “${which}”`,
  // criteria checklist
  criterionStatus: { met: 'Met', 'in-progress': 'In progress', 'not-met': 'Not met' },
  checklistTags: { core: 'Core', 'resident-outcome': 'Resident outcome' },
  checklistLevel: (tier: string) => `${tier} level`,
  checklistMet: (met: string, total: string, share: string, _metCount: number, totalCount: number) =>
    `${met} of ${total} ${totalCount === 1 ? 'criterion' : 'criteria'} met (${share})`,
  checklistReached: (tier: string) => `${tier} reached`,
  checklistTopTier: (tier: string) => `${tier} reached — the highest tier`,
  checklistNoTier: 'No tier reached yet',
  checklistNeeds: (tier: string, needs: string) => `${tier} needs ${needs}`,
  checklistMoreCriteria: (n: string, count: number) => `${n} more ${count === 1 ? 'criterion' : 'criteria'}`,
  checklistMorePoints: (n: string, count: number) => `${n} more ${count === 1 ? 'point' : 'points'}`,
  checklistMoreGroups: (n: string, count: number) => `a criterion met in ${n} more ${count === 1 ? 'group' : 'groups'}`,
  /** `level` is the tier's label when the tag names a tier (ICMA levels), else ''. */
  checklistMoreTagged: (tag: string, n: string, count: number, level: string) => {
    const criteria = count === 1 ? 'criterion' : 'criteria';
    if (tag === 'core') return `${n} more core ${criteria}`;
    if (tag === 'resident-outcome') return `${n} more resident outcome ${count === 1 ? 'metric' : 'metrics'}`;
    if (level) return `${n} more ${level}-level ${criteria}`;
    return `${n} more ${criteria} tagged “${tag}”`;
  },
  checklistQuoted: (label: string) => `“${label}”`,
  checklistAwarded: (tier: string, year: string) => (year ? `Awarded: ${tier} (${year})` : `Awarded: ${tier}`),
  checklistAwardExpired: (date: string) => `expired ${date}`,
  checklistAwardValid: (date: string) => `valid until ${date}`,
  checklistAssessed: (date: string) => `Self-assessment of ${date}`,
  checklistGroupCounts: (met: string, inProgress: string, notMet: string, _metCount: number, _notMetCount: number) =>
    `${met} met, ${inProgress} in progress, ${notMet} not met`,
  checklistGroupMet: (met: string, total: string, _totalCount: number) => `${met} of ${total} met`,
  checklistBlocked: (names: string, count: number) => `Marked met, but counts only once ${names} ${count === 1 ? 'is' : 'are'} met`,
  /** The group of unscored criteria, by the tag they share ('' when none). */
  checklistUnscoredGroup: (tag: string) => (tag === 'resident-outcome' ? 'Resident outcome metrics' : 'Other requirements'),
  /** After the counts in the heading of the group of unscored criteria: they are not part of the share. */
  checklistUnscored: 'not counted in the share',
  checklistEvidence: 'Evidence',
  checklistAbout: 'About these criteria',
  /** The link to the program's page in the checklist's "about" disclosure. */
  checklistProgramPage: (program: string) => `Website: ${program}`,
  checklistByGroup: 'Progress by group',
  checklistNoCriteria: (program: string) => `No criteria are listed for ${program}`,
  checklistNoMatch: 'No criteria match the filter',
  checklistShown: (shown: string, total: string, _shownCount: number, totalCount: number) =>
    `${shown} of ${total} ${totalCount === 1 ? 'criterion' : 'criteria'} shown`,
  checklistNoCertification: 'No certification chosen: set the certification attribute',
  // kpi chart
  chartRose: (title: string, from: string, to: string, start: string, end: string) => `${title} rose from ${from} to ${to} between ${start} and ${end}`,
  chartFell: (title: string, from: string, to: string, start: string, end: string) => `${title} fell from ${from} to ${to} between ${start} and ${end}`,
  chartSteady: (title: string, value: string, start: string, end: string) => `${title} held steady at ${value} between ${start} and ${end}`,
  chartSingle: (title: string, value: string, period: string) => `${title}: ${value} in ${period}`,
  chartTarget: (target: string) => `target ${target}`,
  chartComparison: (title: string, period: string, figures: string) => `${title}, ${period}: ${figures}`,
  chartLowerBetter: 'lower is better',
  chartHigherBetter: 'higher is better',
  chartBreakdown: (title: string, dimension: string, highest: string, lowest: string) => `${title} by ${dimension}: highest ${highest}, lowest ${lowest}`,
  chartMeeting: (n: string, total: string, target: string, count: number) => `${n} of ${total} ${count === 1 ? 'meets' : 'meet'} the target of ${target}`,
  chartShowTable: 'Show the data as a table',
  chartHideTable: 'Hide the table',
  chartPeriod: 'Period',
  chartValue: 'Value',
  chartName: 'Compared with',
  chartMeetsTarget: 'Meets the target',
  chartStatus: 'Status',
  chartYes: 'Yes',
  chartNo: 'No',
  chartBaseline: 'Baseline',
  chartNoComparisons: 'No comparisons for this measure yet',
  chartNoBreakdown: 'No breakdown for this measure yet',
  chartUnknownView: (view: string) => `Unknown view “${view}”: use trend, comparison or breakdown`,
  chartUnavailable: 'The chart could not be drawn; the figures are in the table below',
  // status summary
  goalStatus: { 'not-started': 'Not started', 'in-progress': 'In progress', completed: 'Completed', ahead: 'Ahead of schedule', behind: 'Behind schedule', 'on-hold': 'On hold', cancelled: 'Cancelled' },
  planKind: (kind: string, count: number) =>
    ({ goal: count === 1 ? 'strategic goal' : 'strategic goals', objective: count === 1 ? 'strategic objective' : 'strategic objectives', project: count === 1 ? 'project' : 'projects', measure: count === 1 ? 'measure' : 'measures' })[kind] ?? kind,
  planPart: (count: string, status: string, percent: string) => `${count} ${status.toLowerCase()} (${percent})`,
  planSentence: (total: string, kind: string, parts: string) => `${total} ${kind}: ${parts}`,
  planNone: (kind: string) => `No ${kind} in the plan match`,
  planUnknownKind: (kind: string) => `Unknown kind “${kind}”: use goal, objective, project or measure`,
  /** The note under the status summary's list: how many statuses come from the measures. */
  planComputed: (computed: string, total: string, computedCount: number, totalCount: number) =>
    `${computed} of ${total} ${totalCount === 1 ? 'status' : 'statuses'} computed from ${computedCount === 1 && totalCount === 1 ? 'its' : 'their'} measures`,
  /** Beside a status in the list: how many of its items have a status computed from their measures. */
  planComputedItem: (n: string, _count: number) => `${n} computed`,
  // scorecard
  scorecardSearch: 'Search the measures',
  scorecardShown: (shown: string, total: string, count: number) => `${shown} of ${total} ${count === 1 ? 'measure' : 'measures'} shown`,
  scorecardNone: 'No measures match',
  scorecardOther: 'Other measures',
} as const;

export type Strings = {
  [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof en)[K] extends string
      ? string
      : { [S in keyof (typeof en)[K]]: string };
};
