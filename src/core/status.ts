/**
 * The rules about one measure: its current value, its status against the primary target,
 * its change against the previous period, and its progress from baseline to target.
 */
import type { Measure, MeasureStatus, MeasureValue, Target } from './document';

/** The latest entry with a number, and its index in `values`. */
export function currentValue(measure: Pick<Measure, 'values'>): (MeasureValue & { value: number; index: number }) | undefined {
  for (let i = measure.values.length - 1; i >= 0; i--) {
    const entry = measure.values[i]!;
    if (typeof entry.value === 'number') return { ...entry, value: entry.value, index: i };
  }
  return undefined;
}

/** The entry with a number before the current one. */
export function previousValue(measure: Pick<Measure, 'values'>): (MeasureValue & { value: number; index: number }) | undefined {
  const current = currentValue(measure);
  if (!current) return undefined;
  return currentValue({ values: measure.values.slice(0, current.index) });
}

/** Relative slack for comparing computed floating-point figures with a target. */
const EPSILON = 1e-9;

/**
 * Where `value` stands against `target`: met, inside the tolerance band (a miss of at most
 * `tolerance × |target|`), or outside it. `better` says which side of the target is good.
 */
export function statusAgainst(value: number, target: number, better: Measure['better'], tolerance: number): Exclude<MeasureStatus, 'no-data'> {
  const shortfall = better === 'lower' ? value - target : target - value;
  const slack = EPSILON * Math.max(1, Math.abs(target));
  if (shortfall <= slack) return 'on-track';
  if (shortfall <= tolerance * Math.abs(target) + slack) return 'at-risk';
  return 'off-track';
}

/**
 * `on-track` / `at-risk` / `off-track` / `no-data` from the current value, the primary
 * target, `better` and `tolerance`. An explicit `status` wins. No target means no status
 * (`undefined`): the elements show none.
 */
export function measureStatus(measure: Measure): MeasureStatus | undefined {
  if (measure.status) return measure.status;
  const target = measure.targets[0];
  if (!target) return undefined;
  const current = currentValue(measure);
  if (!current) return 'no-data';
  return statusAgainst(current.value, target.value, measure.better, measure.tolerance);
}

export interface MeasureChange {
  current: MeasureValue & { value: number };
  previous: MeasureValue & { value: number };
  /** current − previous */
  delta: number;
  /** delta ÷ |previous|; undefined when previous is 0. */
  relative: number | undefined;
  direction: 'up' | 'down' | 'flat';
  /** Whether the change goes the good way under `better`; undefined when flat. */
  good: boolean | undefined;
}

/** The change against the previous period with a figure, or undefined with fewer than two. */
export function measureChange(measure: Measure): MeasureChange | undefined {
  const current = currentValue(measure);
  const previous = previousValue(measure);
  if (!current || !previous) return undefined;
  const delta = current.value - previous.value;
  const flat = Math.abs(delta) <= EPSILON * Math.max(1, Math.abs(previous.value));
  const direction = flat ? 'flat' : delta > 0 ? 'up' : 'down';
  return {
    current,
    previous,
    delta: flat ? 0 : delta,
    relative: previous.value === 0 ? undefined : (flat ? 0 : delta) / Math.abs(previous.value),
    direction,
    good: flat ? undefined : (direction === 'up') === (measure.better === 'higher'),
  };
}

/** Picks a target by index (`0`, `"1"`), by label (`"10-year"`, case-insensitive) or by period (`"2034"`); primary by default. */
export function pickTarget(measure: Measure, which?: number | string | null): { target: Target; index: number } | undefined {
  if (which === undefined || which === null || which === '') {
    return measure.targets[0] ? { target: measure.targets[0], index: 0 } : undefined;
  }
  if (typeof which === 'number' || /^\d+$/.test(which.trim())) {
    const index = Number(which);
    const target = measure.targets[index];
    // "2034" is no index of a short list: it may be a target's period or label.
    if (target) return { target, index };
    if (typeof which === 'number') return undefined;
  }
  const wanted = which.trim().toLowerCase();
  const index = measure.targets.findIndex((t) => t.label?.trim().toLowerCase() === wanted || t.period === which.trim());
  return index >= 0 ? { target: measure.targets[index]!, index } : undefined;
}

export interface MeasureProgress {
  /** 0 at the baseline, 1 at the target; can exceed 1 or fall below 0. */
  progress: number;
  start: number;
  /** Where the start comes from: the measure's baseline or, without one, its first figure. */
  startFrom: 'baseline' | 'first-value';
  current: number;
  target: Target;
}

/**
 * Progress from the baseline (or the first figure when there is no baseline) to a target.
 * Undefined without a current value or target. When baseline and target coincide, the
 * progress is 1 if the target is met and 0 otherwise.
 */
export function measureProgress(measure: Measure, which?: number | string | null): MeasureProgress | undefined {
  const picked = pickTarget(measure, which);
  const current = currentValue(measure);
  if (!picked || !current) return undefined;
  const first = measure.values.find((v) => typeof v.value === 'number');
  const start = measure.baseline?.value ?? (first?.value as number);
  const startFrom = measure.baseline ? 'baseline' : 'first-value';
  const span = picked.target.value - start;
  let progress: number;
  if (Math.abs(span) <= EPSILON * Math.max(1, Math.abs(start))) {
    progress = statusAgainst(current.value, picked.target.value, measure.better, 0) === 'on-track' ? 1 : 0;
  } else {
    progress = (current.value - start) / span;
  }
  return { progress, start, startFrom, current: current.value, target: picked.target };
}
