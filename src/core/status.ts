/**
 * The rules about one measure: its current value, its status against the primary target,
 * its change against the previous period, and its progress from baseline to target.
 */
import type { Measure, MeasureStatus, MeasureValue, Target } from './document';
import { periodEndPosition } from './period';

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

/** Where a path to a target starts: the measure's baseline with a period, or else its first figure. */
export interface PathStart {
  value: number;
  period: string;
  from: 'baseline' | 'first-value';
}

/**
 * How a status came about (SPEC §2, status): `explicit` — the document's own `status`;
 * `target` — the current value against the target itself; `path` — against the straight
 * line from the start to a target that lies in the future, at the current value's period
 * ("on pace").
 */
export type AssessmentBasis = 'explicit' | 'target' | 'path';

export interface MeasureAssessment {
  status: MeasureStatus;
  basis: AssessmentBasis;
  /** The target judged against; absent only for an explicit status of a measure without one. */
  target?: Target;
  /** Its index in the measure's targets. */
  targetIndex?: number;
  /** The current value; absent with no figure yet (status `no-data`, or an explicit one). */
  current?: { period: string; value: number };
  /** What the current value is held against: the target's value, or on a path the path's value now. */
  expected?: number;
  /** On a path: the value the straight line reaches at the current period (the same as `expected`). */
  pathValue?: number;
  /** On a path: where it starts. */
  start?: PathStart;
  /** On a path: the share of the time from the start to the target that has passed, 0 … 1. */
  elapsed?: number;
  /**
   * How far the current value falls short of `expected`, in the measure's units: positive on
   * the bad side (below when higher is better, above when lower is), zero or negative when met.
   */
  gap?: number;
  /** The measure's tolerance (a share of `expected`). */
  tolerance: number;
}

/** The start of a path: the baseline when it has a period, else the first figure. */
export function pathStart(measure: Pick<Measure, 'baseline' | 'values'>): PathStart | undefined {
  if (measure.baseline?.period !== undefined) {
    return { value: measure.baseline.value, period: measure.baseline.period, from: 'baseline' };
  }
  const first = measure.values.find((v) => typeof v.value === 'number');
  return first ? { value: first.value as number, period: first.period, from: 'first-value' } : undefined;
}

/**
 * The straight-line path from the start to `target`, at the period `at`: undefined when the
 * target has no period or its period is not later than `at` (a target that has come or passed
 * is judged as it stands), when there is no start with a period before `at`, or when the start
 * already meets the target (nothing left to pace). Time runs between the ends of periods,
 * counted in months (`periodEndPosition`), so fiscal years, quarters, months and dates mix.
 */
export function pathAt(
  measure: Pick<Measure, 'baseline' | 'values' | 'better'>,
  target: Target,
  at: string,
): { value: number; start: PathStart; elapsed: number } | undefined {
  if (target.period === undefined) return undefined;
  const end = periodEndPosition(target.period);
  const now = periodEndPosition(at);
  const start = pathStart(measure);
  if (end === undefined || now === undefined || !start || !(end > now)) return undefined;
  const from = periodEndPosition(start.period);
  if (from === undefined || !(from < now)) return undefined;
  if (statusAgainst(start.value, target.value, measure.better, 0) === 'on-track') return undefined;
  const elapsed = (now - from) / (end - from);
  return { value: start.value + (target.value - start.value) * elapsed, start, elapsed };
}

/**
 * Why a measure has its status: the basis, the figures compared and the gap between them. An
 * explicit `status` wins (for the primary target); otherwise the current value is held
 * against the target's value, or — when the target's period is later than the current
 * value's and there is a start point with a period — against the straight-line path from the
 * start to the target at the current period (`pathAt`). Met or better: `on-track`; short by
 * at most `tolerance × |expected|`: `at-risk`; else `off-track`.
 *
 * `which` picks the target (`pickTarget`), the primary by default. Undefined when there is no
 * such target and no explicit status.
 */
export function measureAssessment(measure: Measure, which?: number | string | null): MeasureAssessment | undefined {
  const picked = pickTarget(measure, which);
  const current = currentValue(measure);
  const tolerance = measure.tolerance;
  const out: Partial<MeasureAssessment> & { tolerance: number } = { tolerance };
  if (picked) {
    out.target = picked.target;
    out.targetIndex = picked.index;
  }
  if (current) out.current = { period: current.period, value: current.value };
  if (measure.status && (!picked || picked.index === 0)) return { ...out, status: measure.status, basis: 'explicit' };
  if (!picked) return undefined;
  if (!current) return { ...out, status: 'no-data', basis: 'target' };
  const target = picked.target;
  const path = pathAt(measure, target, current.period);
  const expected = path ? path.value : target.value;
  const gap = measure.better === 'lower' ? current.value - expected : expected - current.value;
  const assessment: MeasureAssessment = {
    ...out,
    status: statusAgainst(current.value, expected, measure.better, tolerance),
    basis: path ? 'path' : 'target',
    expected,
    gap,
  };
  if (path) {
    assessment.pathValue = path.value;
    assessment.start = path.start;
    assessment.elapsed = path.elapsed;
  }
  return assessment;
}

/**
 * `on-track` / `at-risk` / `off-track` / `no-data` from the current value, the primary
 * target, `better` and `tolerance` (against the path to a future target: `measureAssessment`).
 * An explicit `status` wins. No target means no status (`undefined`): the elements show none.
 */
export function measureStatus(measure: Measure): MeasureStatus | undefined {
  return measureAssessment(measure)?.status;
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
