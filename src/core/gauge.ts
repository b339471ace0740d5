/**
 * The target gauge's view of a measure (SPEC §4 `<civic-target-gauge>`): a scale, the
 * qualitative bands of a bullet graph (off track / at risk / on track, from the target and
 * the tolerance, mirrored when lower is better), the current value, the target, the
 * baseline and the progress from baseline to target. Positions are fractions of the scale
 * (0 = left end, 1 = right end); figures come out formatted in the locale. Words are left
 * to the element's strings tables.
 */
import type { Measure, MeasureStatus } from './document';
import { formatPercent, formatValue } from './format';
import { formatPeriod } from './period';
import { currentValue, measureAssessment, measureProgress, pickTarget } from './status';
import { statusExplanation, type StatusExplanation } from './status-explanation';

export type BandStatus = Exclude<MeasureStatus, 'no-data'>;

/** One qualitative band: where it lies on the scale and how to say its range in words. */
export interface GaugeBand {
  status: BandStatus;
  /** Left edge, 0 … 1. */
  from: number;
  /** Right edge, 0 … 1. */
  to: number;
  /**
   * The range as a reader would say it: `at-most` / `at-least` the value (the side that
   * includes the target), `below` / `above` it, or `between` two values.
   */
  range:
    | { kind: 'at-most' | 'at-least' | 'below' | 'above'; valueText: string }
    | { kind: 'between'; fromText: string; toText: string };
}

export interface GaugeTick {
  x: number;
  text: string;
}

export interface GaugeView {
  id: string;
  title: string;
  better: Measure['better'];
  /** No figure yet: the gauge shows the target and the bands, without a bar. */
  empty: boolean;
  /** Status against the chosen target (the measure's explicit status for the primary one). */
  status?: MeasureStatus;
  /** Why it has that status. */
  explanation?: StatusExplanation;
  /**
   * On the path to a future target: the value the path reaches at the current period. The bands
   * are then drawn around it (what the status is judged against), the target marker stays at the target.
   */
  path?: { value: number; valueText: string; periodText: string; x: number };
  current?: { value: number; valueText: string; periodText: string; x: number };
  target: { value: number; valueText: string; label?: string; periodText?: string; index: number; x: number };
  /** Where progress is counted from: the baseline or, without one, the first figure. */
  start?: { value: number; valueText: string; periodText?: string; from: 'baseline' | 'first-value'; x: number };
  progress?: {
    /** 0 at the start, 1 at the target; may pass either end. */
    share: number;
    /** `share` held to 0 … 1, for drawing. */
    clamped: number;
    text: string;
  };
  /** Left to right along the scale. */
  bands: GaugeBand[];
  ticks: GaugeTick[];
  /** Where the value bar starts: zero when zero is on the scale, else the left end. */
  origin: number;
  scale: { min: number; max: number };
}

export interface GaugeOptions {
  locale: string;
  /** Which target: index, label or period (`pickTarget`); the primary by default. */
  target?: string | number | null;
  /** About how many ticks the scale gets (default 4 intervals). */
  intervals?: number;
}

/** A round step for about `intervals` intervals over `span`: 1, 2, 2.5 or 5 × 10ⁿ. */
export function niceStep(span: number, intervals = 4): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, intervals);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * The scale of a bullet graph holding every figure given: it starts at zero when all
 * figures are positive (bars are compared by length, so they start at zero), ends a little
 * past the largest, and both ends fall on round steps.
 */
export function gaugeScale(figures: number[], intervals = 4): { min: number; max: number; step: number } {
  const finite = figures.filter(Number.isFinite);
  let lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (hi - lo < 1e-12) {
    hi = lo + 1;
  } else {
    // Headroom so that a value or marker at an end is not drawn on the frame.
    const headroom = (hi - lo) * 0.05;
    if (hi > 0) hi += headroom;
    if (lo < 0) lo -= headroom;
  }
  // Of about `intervals` and one more, the step that wastes the least room.
  let best: { min: number; max: number; step: number } | undefined;
  for (const n of [intervals, intervals + 1]) {
    const step = niceStep(hi - lo, n);
    const min = round(Math.floor(lo / step + 1e-9) * step);
    const max = round(Math.ceil(hi / step - 1e-9) * step);
    if (!best || max - min < best.max - best.min) best = { min, max, step };
  }
  return best!;
}

/** Rounds away binary noise (0.1 × 3 = 0.30000000000000004). */
const round = (v: number) => Number(v.toPrecision(12));

/**
 * The gauge of `measure` against one of its targets, or undefined when the measure has no
 * such target (the element says which).
 */
export function gaugeView(measure: Measure, { locale, target: which, intervals = 4 }: GaugeOptions): GaugeView | undefined {
  const picked = pickTarget(measure, which);
  if (!picked) return undefined;
  const fmt = { format: measure.format, unit: measure.unit, locale };
  const text = (v: number) => formatValue(v, fmt);
  const target = picked.target;
  const current = currentValue(measure);
  const progress = measureProgress(measure, picked.index);
  const startValue = progress?.start ?? measure.baseline?.value;
  const assessment = measureAssessment(measure, picked.index);
  // What the status is judged against: the target, or the path's value now (SPEC §2, status).
  const reference = assessment?.basis === 'path' ? assessment.pathValue! : target.value;

  // The tolerance band next to the reference, on the side that misses it.
  const slack = measure.tolerance * Math.abs(reference);
  const lower = measure.better === 'lower';
  const riskEdge = lower ? reference + slack : reference - slack;

  const figures = [target.value, reference, riskEdge];
  if (current) figures.push(current.value);
  if (startValue !== undefined) figures.push(startValue);
  const { min, max, step } = gaugeScale(figures, intervals);
  const x = (v: number) => Math.min(1, Math.max(0, (v - min) / (max - min)));

  const bands: GaugeBand[] = [];
  // A band can be empty (a target of zero at the bottom of the scale); it still has a range to name.
  const band = (status: BandStatus, a: number, b: number, range: GaugeBand['range']) => {
    bands.push({ status, from: x(a), to: x(b), range });
  };
  if (lower) {
    band('on-track', min, reference, { kind: 'at-most', valueText: text(reference) });
    if (slack > 0) band('at-risk', reference, riskEdge, { kind: 'between', fromText: text(reference), toText: text(riskEdge) });
    band('off-track', riskEdge, max, { kind: 'above', valueText: text(riskEdge) });
  } else {
    band('off-track', min, riskEdge, { kind: 'below', valueText: text(riskEdge) });
    if (slack > 0) band('at-risk', riskEdge, reference, { kind: 'between', fromText: text(riskEdge), toText: text(reference) });
    band('on-track', reference, max, { kind: 'at-least', valueText: text(reference) });
  }

  const ticks: GaugeTick[] = [];
  for (let i = 0; min + i * step <= max + step * 1e-9; i++) {
    const value = round(min + i * step);
    ticks.push({ x: x(value), text: text(value) });
  }

  const view: GaugeView = {
    id: measure.id,
    title: measure.title,
    better: measure.better,
    empty: !current,
    target: { value: target.value, valueText: text(target.value), index: picked.index, x: x(target.value) },
    bands,
    ticks,
    origin: x(Math.min(Math.max(0, min), max)),
    scale: { min, max },
  };
  if (target.label !== undefined) view.target.label = target.label;
  if (target.period !== undefined) view.target.periodText = formatPeriod(target.period, locale);

  if (assessment) view.status = assessment.status;
  const explanation = statusExplanation(measure, { locale, target: picked.index });
  if (explanation) view.explanation = explanation;
  if (assessment?.basis === 'path' && current) {
    view.path = { value: reference, valueText: text(reference), periodText: formatPeriod(current.period, locale), x: x(reference) };
  }
  if (current) {
    view.current = { value: current.value, valueText: text(current.value), periodText: formatPeriod(current.period, locale), x: x(current.value) };
  }
  if (progress) {
    const first = measure.values.find((v) => typeof v.value === 'number');
    const period = progress.startFrom === 'baseline' ? measure.baseline?.period : first?.period;
    view.start = { value: progress.start, valueText: text(progress.start), from: progress.startFrom, x: x(progress.start) };
    if (period !== undefined) view.start.periodText = formatPeriod(period, locale);
    view.progress = {
      share: progress.progress,
      clamped: Math.min(1, Math.max(0, progress.progress)),
      text: formatPercent(progress.progress, locale),
    };
  } else if (measure.baseline) {
    const { value, period } = measure.baseline;
    view.start = { value, valueText: text(value), from: 'baseline', x: x(value) };
    if (period !== undefined) view.start.periodText = formatPeriod(period, locale);
  }
  return view;
}
