/**
 * A status in words' worth of facts: which rule gave it and the figures it compared, formatted
 * in the reader's locale. The sentences themselves are the strings tables' (`statusRule`),
 * so that the words stay in the language files; the status word is theirs to choose too.
 */
import type { Measure, MeasureStatus } from './document';
import { formatPercent, formatValue, numberFormat, resolveLocale } from './format';
import { formatPeriod, parsePeriod, type PeriodKind } from './period';
import { measureAssessment, type AssessmentBasis } from './status';

/** How the current value stands against the path to a future target. */
export type Pace = 'ahead' | 'on' | 'slightly-behind' | 'behind';
export const PACES: readonly Pace[] = ['ahead', 'on', 'slightly-behind', 'behind'];

/** A period as text, with its kind (each language puts its own preposition before it). */
export interface PeriodText {
  text: string;
  /** Undefined for text that is not a period. */
  kind?: PeriodKind;
}

export interface StatusExplanation {
  status: MeasureStatus;
  basis: AssessmentBasis;
  /**
   * `set`: the document's own status; `no-data`: no figure yet; `met`, `within` (the
   * tolerance) or `beyond` it: against the target itself; `path`: against the path (see `pace`).
   */
  kind: 'set' | 'no-data' | 'met' | 'within' | 'beyond' | 'path';
  /** On a path: ahead of it, on it, slightly behind (within the tolerance) or behind. */
  pace?: Pace;
  /** The measure's figures are percentages (some languages put an article before them). */
  percent: boolean;
  current?: string;
  /** The current value's period. */
  period?: PeriodText;
  target?: string;
  /** The target's period ("by 2035"). */
  targetPeriod?: PeriodText;
  /** On a path: where the path stands at the current period. */
  expected?: string;
  /** How far off the target the value is, without a sign: `0.4 min`, or for percentages the number of points (`9`). */
  gap?: string;
  /** For percentages: the gap in percentage points as shown (for the plural); `gap` is then only the number. */
  gapPoints?: number;
  /** Which side of the target the value lies on. */
  side?: 'above' | 'below';
  /** The tolerance as a percentage (`5%`); empty when it is zero (no band). */
  tolerance: string;
}

export interface ExplanationOptions {
  locale: string;
  /** Which target (`pickTarget`); the primary by default. */
  target?: number | string | null;
}

const EPSILON = 1e-9;

function periodText(period: string, locale: string): PeriodText {
  const kind = parsePeriod(period)?.kind;
  return kind ? { text: formatPeriod(period, locale), kind } : { text: period };
}

/** A gap in percentage points, unsigned, with the measure's digits (at most one by default). */
function points(gap: number, measure: Measure, locale: string): { text: string; count: number } {
  const options: Intl.NumberFormatOptions = {};
  const f = measure.format;
  if (f?.minimumFractionDigits !== undefined) options.minimumFractionDigits = f.minimumFractionDigits;
  if (f?.maximumFractionDigits !== undefined) options.maximumFractionDigits = f.maximumFractionDigits;
  if (options.minimumFractionDigits === undefined && options.maximumFractionDigits === undefined) options.maximumFractionDigits = 1;
  let formatter: Intl.NumberFormat;
  try {
    formatter = numberFormat(resolveLocale(locale), options);
  } catch {
    formatter = numberFormat(resolveLocale(locale), { maximumFractionDigits: 1 });
  }
  // Round away binary noise (0.7 − 0.61 = 0.08999999999999997) before scaling.
  const value = Math.round(Math.abs(gap) * 100 * 1e9) / 1e9;
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 1;
  return { text: formatter.format(value), count: Math.round(value * 10 ** digits) / 10 ** digits };
}

/**
 * The explanation of a measure's status against a target (the primary by default), or
 * undefined when it has no status. Figures come formatted with the measure's format.
 */
export function statusExplanation(measure: Measure, { locale, target: which }: ExplanationOptions): StatusExplanation | undefined {
  const a = measureAssessment(measure, which);
  if (!a) return undefined;
  const fmt = { format: measure.format, unit: measure.unit, locale };
  const text = (v: number) => formatValue(v, fmt);
  const percent = measure.format?.style === 'percent';
  const tolerance = a.tolerance > 0 ? formatPercent(a.tolerance, locale, 2) : '';
  const out: StatusExplanation = { status: a.status, basis: a.basis, kind: 'set', percent, tolerance };
  if (a.current) {
    out.current = text(a.current.value);
    out.period = periodText(a.current.period, locale);
  }
  if (a.target) {
    out.target = text(a.target.value);
    if (a.target.period !== undefined) out.targetPeriod = periodText(a.target.period, locale);
  }
  if (a.basis === 'explicit') return out;
  if (a.status === 'no-data' || a.expected === undefined || a.gap === undefined || !a.current) return { ...out, kind: 'no-data' };
  const slack = EPSILON * Math.max(1, Math.abs(a.expected));
  out.side = a.current.value > a.expected ? 'above' : 'below';
  if (a.basis === 'path') {
    out.kind = 'path';
    out.expected = text(a.expected);
    out.pace = a.status === 'on-track' ? (Math.abs(a.gap) <= slack ? 'on' : 'ahead') : a.status === 'at-risk' ? 'slightly-behind' : 'behind';
    return out;
  }
  out.kind = a.status === 'on-track' ? 'met' : a.status === 'at-risk' ? 'within' : 'beyond';
  if (out.kind !== 'met') {
    if (percent) {
      const p = points(a.gap, measure, locale);
      out.gap = p.text;
      out.gapPoints = p.count;
    } else {
      out.gap = text(Math.abs(a.gap));
    }
  }
  return out;
}
