/**
 * View models: what an element shows, computed here so that elements only draw. Numbers
 * and periods come out formatted in the given locale; words for statuses and labels are
 * left to the elements' strings tables.
 */
import type { Measure, MeasureStatus } from './document';
import { formatDelta, formatValue } from './format';
import { formatPeriod, isOverdue, reportDueDate } from './period';
import { currentValue, measureChange, measureStatus } from './status';
import { statusExplanation, type StatusExplanation } from './status-explanation';

export interface SparklinePoint {
  /** 0 (first period) … 1 (last period). */
  x: number;
  /** 0 (bottom) … 1 (top). */
  y: number;
}

export interface Sparkline {
  /** Runs of consecutive figures; a period without a figure breaks the line. */
  segments: SparklinePoint[][];
  /** Height of the primary target, 0 … 1, when there is one. */
  target?: number;
  /** The last point (the current value). */
  last: SparklinePoint;
}

export interface KpiView {
  id: string;
  title: string;
  description?: string;
  /** No figure at all yet: the element shows its empty state. */
  empty: boolean;
  status?: MeasureStatus;
  /** Why it has that status (the rule and the figures it compared). */
  explanation?: StatusExplanation;
  current?: { valueText: string; period: string; periodText: string; note?: string };
  change?: { deltaText: string; direction: 'up' | 'down' | 'flat'; good?: boolean; previousPeriodText: string };
  target?: { valueText: string; label?: string; periodText?: string };
  comparisons: { label: string; valueText: string; source?: string }[];
  sparkline?: Sparkline;
  /** Paragraphs of the narrative (blank lines separate them). */
  narrative: string[];
  source?: { name: string; url?: string };
  /** Reported less often than its frequency promises. */
  overdue: boolean;
  /** When the next figure was due (ISO date), for overdue measures. */
  due?: string;
}

export interface ViewOptions {
  locale: string;
  /** "Today" for the overdue rule; defaults to now. */
  asOf?: Date;
}

/** The KPI tile's view of one measure. */
export function kpiView(measure: Measure, { locale, asOf = new Date() }: ViewOptions): KpiView {
  const fmt = { format: measure.format, unit: measure.unit, locale };
  const current = currentValue(measure);
  const change = measureChange(measure);
  const target = measure.targets[0];
  const view: KpiView = {
    id: measure.id,
    title: measure.title,
    empty: !current,
    comparisons: measure.comparisons.map((c) => ({
      label: c.label,
      valueText: formatValue(c.value, fmt),
      ...(c.source !== undefined ? { source: c.source } : {}),
    })),
    narrative: (measure.narrative ?? '')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    overdue: false,
  };
  if (measure.description !== undefined) view.description = measure.description;
  const status = measureStatus(measure);
  if (status !== undefined) view.status = status;
  const explanation = statusExplanation(measure, { locale });
  if (explanation) view.explanation = explanation;
  if (current) {
    view.current = { valueText: formatValue(current.value, fmt), period: current.period, periodText: formatPeriod(current.period, locale) };
    if (current.note !== undefined) view.current.note = current.note;
  }
  if (change) {
    view.change = {
      deltaText: formatDelta(change.delta, fmt),
      direction: change.direction,
      previousPeriodText: formatPeriod(change.previous.period, locale),
    };
    if (change.good !== undefined) view.change.good = change.good;
  }
  if (target) {
    view.target = { valueText: formatValue(target.value, fmt) };
    if (target.label !== undefined) view.target.label = target.label;
    if (target.period !== undefined) view.target.periodText = formatPeriod(target.period, locale);
  }
  const sparkline = sparklineOf(measure);
  if (sparkline) view.sparkline = sparkline;
  if (measure.source) view.source = measure.source;
  const latest = measure.values[measure.values.length - 1];
  if (latest && measure.frequency && isOverdue(latest.period, measure.frequency, asOf)) {
    view.overdue = true;
    const due = reportDueDate(latest.period, measure.frequency);
    if (due) view.due = due.toISOString().slice(0, 10);
  }
  return view;
}

/** The sparkline of a measure's values with its primary target; undefined with fewer than two figures. */
export function sparklineOf(measure: Measure): Sparkline | undefined {
  const figures = measure.values.filter((v) => typeof v.value === 'number').map((v) => v.value as number);
  if (figures.length < 2) return undefined;
  const target = measure.targets[0]?.value;
  const all = target === undefined ? figures : [...figures, target];
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (max - min < 1e-12) {
    min -= 1;
    max += 1;
  }
  const y = (v: number) => (v - min) / (max - min);
  const n = measure.values.length;
  const segments: SparklinePoint[][] = [];
  let run: SparklinePoint[] = [];
  measure.values.forEach((entry, i) => {
    if (typeof entry.value === 'number') run.push({ x: n === 1 ? 0 : i / (n - 1), y: y(entry.value) });
    else if (run.length) {
      segments.push(run);
      run = [];
    }
  });
  if (run.length) segments.push(run);
  const lastRun = segments[segments.length - 1]!;
  const line: Sparkline = { segments, last: lastRun[lastRun.length - 1]! };
  if (target !== undefined) line.target = y(target);
  return line;
}

export interface BadgeView {
  programName: string;
  tierLabel: string;
  /** Background colour: the tier's, or a neutral grey when expired or unknown. */
  color: string;
  year?: string;
  /** awarded: the certifier's award; expired: an award past its expiry; self-assessed: an estimate. */
  state: 'awarded' | 'expired' | 'self-assessed' | 'none';
  /** ISO date of expiry, when known. */
  expires?: string;
  url?: string;
}

/** The neutral colour of an expired or unknown tier: 7:1 against white text. */
export const NEUTRAL_BADGE = '#4d5259';
