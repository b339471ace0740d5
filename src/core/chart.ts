/**
 * The KPI chart's view of a measure (SPEC §4 `<civic-kpi-chart>`): the series to draw for
 * each view (trend over time, the city beside its comparisons, the breakdown by group), the
 * target and baseline lines, the facts of the text summary and the rows of the data table.
 * Figures come out formatted in the locale; sentences are left to the element's strings.
 */
import type { Measure } from './document';
import { formatValue } from './format';
import { formatPeriod } from './period';
import { currentValue, measureChange, statusAgainst } from './status';
import { statusExplanation, type StatusExplanation } from './status-explanation';

export type ChartKind = 'trend' | 'comparison' | 'breakdown';
export const CHART_KINDS: readonly ChartKind[] = ['trend', 'comparison', 'breakdown'];

export interface ChartPoint {
  label: string;
  /** null where a period has no figure (the line breaks there). */
  value: number | null;
  valueText: string;
  /** The city's own bar in the comparison view. */
  own?: boolean;
  /** Breakdown: whether this group meets the primary target. */
  meetsTarget?: boolean;
  note?: string;
}

export interface ChartLine {
  value: number;
  valueText: string;
  label?: string;
  periodText?: string;
}

export type ChartSummary =
  | {
      kind: 'trend';
      first: { valueText: string; periodText: string };
      last: { valueText: string; periodText: string };
      direction: 'up' | 'down' | 'flat';
      /** Whether the change goes the good way; undefined when flat or with one figure. */
      good?: boolean;
      target?: ChartLine;
      /** Why the measure has its status now, when it has one. */
      status?: StatusExplanation;
    }
  | { kind: 'comparison'; own: ChartPoint; others: ChartPoint[]; better: Measure['better']; periodText: string }
  | {
      kind: 'breakdown';
      dimension: string;
      highest: ChartPoint;
      lowest: ChartPoint;
      target?: ChartLine;
      /** How many groups meet the target, when there is one. */
      meeting?: number;
      total: number;
    };

export interface ChartView {
  kind: ChartKind;
  id: string;
  title: string;
  better: Measure['better'];
  points: ChartPoint[];
  /** Target lines (trend: every target; breakdown: the primary one). */
  targets: ChartLine[];
  baseline?: ChartLine;
  /** Undefined when there is nothing to chart (the element shows its empty state). */
  summary?: ChartSummary;
  /** The dimension of the breakdown (its column heading). */
  dimension?: string;
  /** Formats any number on the measure's scale (axis ticks, tooltips). */
  format: (value: number) => string;
}

export interface ChartOptions {
  locale: string;
  /** The city's name, for its bar in the comparison view. */
  ownLabel: string;
}

/** The chart of `measure` in the given view. */
export function chartView(measure: Measure, kind: ChartKind, { locale, ownLabel }: ChartOptions): ChartView {
  const fmt = { format: measure.format, unit: measure.unit, locale };
  const format = (v: number) => formatValue(v, fmt);
  const line = (t: { value: number; label?: string; period?: string }): ChartLine => {
    const out: ChartLine = { value: t.value, valueText: format(t.value) };
    if (t.label !== undefined) out.label = t.label;
    if (t.period !== undefined) out.periodText = formatPeriod(t.period, locale);
    return out;
  };
  const primary = measure.targets[0];
  const view: ChartView = { kind, id: measure.id, title: measure.title, better: measure.better, points: [], targets: [], format };

  if (kind === 'trend') {
    view.points = measure.values.map((v) => {
      const point: ChartPoint = { label: formatPeriod(v.period, locale), value: v.value, valueText: formatValue(v.value, fmt) };
      if (v.note !== undefined) point.note = v.note;
      return point;
    });
    view.targets = measure.targets.map(line);
    if (measure.baseline) view.baseline = line(measure.baseline);
    const figures = measure.values.filter((v) => typeof v.value === 'number');
    if (figures.length > 0) {
      const first = figures[0]!;
      const last = figures[figures.length - 1]!;
      const change = measureChange({ ...measure, values: [first, last] });
      view.summary = {
        kind: 'trend',
        first: { valueText: format(first.value as number), periodText: formatPeriod(first.period, locale) },
        last: { valueText: format(last.value as number), periodText: formatPeriod(last.period, locale) },
        direction: change?.direction ?? 'flat',
      };
      if (change?.good !== undefined) view.summary.good = change.good;
      if (primary) view.summary.target = line(primary);
      const status = statusExplanation(measure, { locale });
      if (status) view.summary.status = status;
    }
  } else if (kind === 'comparison') {
    const current = currentValue(measure);
    if (current) {
      const own: ChartPoint = { label: ownLabel, value: current.value, valueText: format(current.value), own: true };
      const others = measure.comparisons.map((c) => ({ label: c.label, value: c.value, valueText: format(c.value) }));
      view.points = [own, ...others];
      if (others.length > 0) {
        view.summary = { kind: 'comparison', own, others, better: measure.better, periodText: formatPeriod(current.period, locale) };
      }
    }
  } else {
    const breakdown = measure.breakdown;
    if (breakdown && breakdown.items.length > 0) {
      view.dimension = breakdown.dimension;
      view.points = breakdown.items.map((item) => {
        const point: ChartPoint = { label: item.label, value: item.value, valueText: format(item.value) };
        if (primary) point.meetsTarget = statusAgainst(item.value, primary.value, measure.better, 0) === 'on-track';
        return point;
      });
      if (primary) view.targets = [line(primary)];
      const sorted = [...view.points].sort((a, b) => (a.value as number) - (b.value as number));
      view.summary = {
        kind: 'breakdown',
        dimension: breakdown.dimension,
        highest: sorted[sorted.length - 1]!,
        lowest: sorted[0]!,
        total: view.points.length,
      };
      if (primary) {
        view.summary.target = line(primary);
        view.summary.meeting = view.points.filter((p) => p.meetsTarget).length;
      }
    }
  }
  return view;
}
