/**
 * Reporting periods of measure values (SPEC §2): `YYYY`, `FYYYYY`, `YYYY-Qn`, `YYYY-MM` and ISO
 * dates `YYYY-MM-DD` — parsing (strict), dates, ordering, display and overdue checks.
 *
 * DOM-free (runs in Node and browsers). All dates are UTC; the machine's time zone never matters.
 */

import { FREQUENCIES, type Frequency } from './document';
import { languageOf, resolveLocale, type UiLanguage } from './format';

export type PeriodKind = 'year' | 'fiscal-year' | 'quarter' | 'month' | 'date';

export type Quarter = 1 | 2 | 3 | 4;
export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/** A parsed period. */
export interface Period {
  kind: PeriodKind;
  /** The calendar year; for a fiscal year, the year it is named after (the year it ends in). */
  year: number;
  /** For `quarter`. */
  quarter?: Quarter;
  /** For `month` and `date`. */
  month?: Month;
  /** For `date`: day of the month. */
  day?: number;
  /** The text it was parsed from. */
  raw: string;
}

export interface PeriodOptions {
  /**
   * Month (1–12) in which a fiscal year starts; default 7 (July), the commonest US municipal
   * fiscal year, so `FY2024` runs from July 1, 2023 to June 30, 2024. A fiscal year is named
   * after the calendar year it ends in; with 1 it is the calendar year. Not an integer 1–12: RangeError.
   */
  fiscalYearStartMonth?: number;
}

/** Default month in which a fiscal year starts (July). */
export const DEFAULT_FISCAL_YEAR_START_MONTH = 7;

/* ---------- Parsing ---------- */

const YEAR = /^(\d{4})$/;
const FISCAL_YEAR = /^FY(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses a period, strictly: exactly `YYYY`, `FYYYYY` (`FY2024`), `YYYY-Qn` (n 1–4),
 * `YYYY-MM` (01–12) or `YYYY-MM-DD` (a real calendar date). Anything else — surrounding
 * whitespace, lower case (`fy2024`, `2024-q1`), two-digit fiscal years (`FY24`), unpadded
 * months (`2024-1`), impossible dates (`2023-02-29`) — gives `undefined`.
 */
export function parsePeriod(text: string): Period | undefined {
  if (typeof text !== 'string') return undefined;
  let m: RegExpExecArray | null;
  if ((m = YEAR.exec(text))) return { kind: 'year', year: Number(m[1]), raw: text };
  if ((m = FISCAL_YEAR.exec(text))) return { kind: 'fiscal-year', year: Number(m[1]), raw: text };
  if ((m = QUARTER.exec(text))) {
    return { kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) as Quarter, raw: text };
  }
  if ((m = MONTH.exec(text))) {
    return { kind: 'month', year: Number(m[1]), month: Number(m[2]) as Month, raw: text };
  }
  if ((m = DATE.exec(text))) {
    const year = Number(m[1]);
    const month = Number(m[2]) as Month;
    const day = Number(m[3]);
    if (day > daysInMonth(year, month)) return undefined;
    return { kind: 'date', year, month, day, raw: text };
  }
  return undefined;
}

/** Whether `text` is a period `parsePeriod` accepts. */
export function isPeriod(text: string): boolean {
  return parsePeriod(text) !== undefined;
}

/** Whether `text` is exactly an ISO date `YYYY-MM-DD` that exists in the calendar. */
export function isIsoDate(text: string): boolean {
  return parsePeriod(text)?.kind === 'date';
}

/* ---------- Dates ---------- */

/** Midnight UTC of a calendar day; `month` is 1-based and may overflow (13 → January next year). */
function utc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function fiscalStartMonth(options: PeriodOptions | undefined): number {
  const month = options?.fiscalYearStartMonth ?? DEFAULT_FISCAL_YEAR_START_MONTH;
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`fiscalYearStartMonth must be an integer from 1 to 12, got ${String(month)}`);
  }
  return month;
}

function toPeriod(p: Period | string): Period | undefined {
  return typeof p === 'string' ? parsePeriod(p) : p;
}

/** First day of the period and first day after it (exclusive end), midnight UTC. */
function bounds(p: Period, options: PeriodOptions | undefined): [Date, Date] {
  switch (p.kind) {
    case 'year':
      return [utc(p.year, 1, 1), utc(p.year + 1, 1, 1)];
    case 'fiscal-year': {
      const start = fiscalStartMonth(options);
      const firstYear = start === 1 ? p.year : p.year - 1;
      return [utc(firstYear, start, 1), utc(firstYear + 1, start, 1)];
    }
    case 'quarter': {
      const first = (p.quarter! - 1) * 3 + 1;
      return [utc(p.year, first, 1), utc(p.year, first + 3, 1)];
    }
    case 'month':
      return [utc(p.year, p.month!, 1), utc(p.year, p.month! + 1, 1)];
    case 'date':
      return [utc(p.year, p.month!, p.day!), utc(p.year, p.month!, p.day! + 1)];
  }
}

function addDays(date: Date, days: number): Date {
  const out = new Date(date.getTime());
  out.setUTCDate(out.getUTCDate() + days);
  return out;
}

/**
 * The first day of the period, at midnight UTC: `2024-Q2` → 2024-04-01. A fiscal year starts on the
 * first of `fiscalYearStartMonth` (default July) of the year before its name: `FY2024` → 2023-07-01.
 * A string that is not a period gives `undefined`.
 */
export function periodStart(p: Period, options?: PeriodOptions): Date;
export function periodStart(p: Period | string, options?: PeriodOptions): Date | undefined;
export function periodStart(p: Period | string, options?: PeriodOptions): Date | undefined {
  const period = toPeriod(p);
  return period && bounds(period, options)[0];
}

/**
 * The last day of the period, at midnight UTC: `2024` → 2024-12-31, `2024-02` → 2024-02-29,
 * a date → itself. A fiscal year ends on the last day of the month before `fiscalYearStartMonth`
 * in the year it is named after — by default (July start, the commonest US municipal fiscal
 * year) `FY2024` ends on 2024-06-30. A string that is not a period gives `undefined`.
 */
export function periodEnd(p: Period, options?: PeriodOptions): Date;
export function periodEnd(p: Period | string, options?: PeriodOptions): Date | undefined;
export function periodEnd(p: Period | string, options?: PeriodOptions): Date | undefined {
  const period = toPeriod(p);
  return period && addDays(bounds(period, options)[1], -1);
}

/**
 * Orders periods by their end date (for `Array.prototype.sort`); among periods that end on the same
 * day the longer one comes first (`2024`, `2024-Q4`, `2024-12`, `2024-12-31`). Strings that are not
 * periods sort after all periods, among themselves by their text.
 */
export function comparePeriods(a: Period | string, b: Period | string, options?: PeriodOptions): number {
  const pa = toPeriod(a);
  const pb = toPeriod(b);
  if (!pa || !pb) {
    if (pa) return -1;
    if (pb) return 1;
    return compareText(String(a), String(b));
  }
  const [startA, endA] = bounds(pa, options);
  const [startB, endB] = bounds(pb, options);
  return endA.getTime() - endB.getTime() || startA.getTime() - startB.getTime() || compareText(pa.raw, pb.raw);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Where a period ends on a time line counted in months: the first day after the period, as
 * months since the start of year 0, a day counting as its share of its month. `2026` → the
 * position of 2027-01-01 (2027 × 12); `2026-Q1` → 2026-04-01; `FY2026` (July start) →
 * 2026-07-01; `2026-03-05` → 2026-03-06 (March + 5⁄31). Equal calendar spans give equal
 * lengths (every year is 12, every quarter 3), so a straight line between two years falls
 * exactly on whole steps. A string that is not a period gives `undefined`.
 */
export function periodEndPosition(p: Period | string, options?: PeriodOptions): number | undefined {
  const period = toPeriod(p);
  if (!period) return undefined;
  const end = bounds(period, options)[1];
  const year = end.getUTCFullYear();
  const month = end.getUTCMonth() + 1;
  return year * 12 + (month - 1) + (end.getUTCDate() - 1) / daysInMonth(year, month);
}

/* ---------- Overdue ---------- */

/** The date one reporting cycle later (calendar months and years, not fixed day counts). */
function addCycle(date: Date, frequency: Frequency): Date {
  const out = new Date(date.getTime());
  switch (frequency) {
    case 'annual':
      out.setUTCFullYear(out.getUTCFullYear() + 1);
      break;
    case 'quarterly':
      out.setUTCMonth(out.getUTCMonth() + 3);
      break;
    case 'monthly':
      out.setUTCMonth(out.getUTCMonth() + 1);
      break;
    case 'weekly':
      out.setUTCDate(out.getUTCDate() + 7);
      break;
    case 'daily':
      out.setUTCDate(out.getUTCDate() + 1);
      break;
  }
  return out;
}

/**
 * The day by which the report after `latestPeriod` is due: one reporting cycle after the latest
 * period ends (midnight UTC of that day). Cycles are counted from the day after the period ends,
 * so month lengths work out: annual data for `2024` → 2025-12-31; monthly data for `2024-01` →
 * 2024-02-29; quarterly `2024-Q4` → 2025-03-31; weekly or daily data for `2024-03-05` →
 * 2024-03-12 or 2024-03-06. `undefined` when `latestPeriod` is not a period or the frequency is unknown.
 */
export function reportDueDate(
  latestPeriod: Period | string,
  frequency: Frequency,
  options?: PeriodOptions,
): Date | undefined {
  const period = toPeriod(latestPeriod);
  if (!period || !(FREQUENCIES as readonly string[]).includes(frequency)) return undefined;
  return addDays(addCycle(bounds(period, options)[1], frequency), -1);
}

/**
 * Whether a measure reported at `frequency` is overdue on `asOf`: the next report is due one cycle
 * after the latest period ends (`reportDueDate`), and the measure is overdue once that whole due day
 * (UTC) has passed. Example: annual data for `2024` ends 2024-12-31, the 2025 figure is due by
 * 2025-12-31, and the measure is overdue from 2026-01-01T00:00Z. Likewise monthly `2024-01` is
 * overdue from 2024-03-01, quarterly `2024-Q1` from 2024-07-01, and — with the default July start —
 * annual `FY2024` (ends 2024-06-30) from 2025-07-01.
 *
 * Not overdue (`false`) when the period cannot be parsed, the frequency is unknown or `asOf` is an
 * invalid date: the element then says nothing rather than something wrong.
 */
export function isOverdue(
  latestPeriod: Period | string,
  frequency: Frequency,
  asOf: Date,
  options?: PeriodOptions,
): boolean {
  const due = reportDueDate(latestPeriod, frequency, options);
  if (!due || !(asOf instanceof Date) || Number.isNaN(asOf.getTime())) return false;
  return asOf.getTime() >= addDays(due, 1).getTime();
}

/* ---------- Display ---------- */

export interface FormatPeriodOptions {
  /** `long` (default): `March 2024`, `FY 2024`; `short`: `Mar 2024`, `FY24`. */
  style?: 'long' | 'short';
}

interface PeriodWords {
  fiscalYear: (year: number, style: 'long' | 'short') => string;
  quarter: (quarter: Quarter, year: number, style: 'long' | 'short') => string;
}

const WORDS: Record<UiLanguage, PeriodWords> = {
  en: {
    fiscalYear: (y, s) => (s === 'short' ? `FY${pad2(y % 100)}` : `FY ${y}`),
    quarter: (q, y) => `Q${q} ${y}`,
  },
  es: {
    fiscalYear: (y, s) => (s === 'short' ? `AF ${y}` : `año fiscal ${y}`),
    // "primer" and "tercer" are shortened before a masculine noun: 1.er, 3.er.
    quarter: (q, y, s) => (s === 'short' ? `T${q} ${y}` : `${['1.er', '2.º', '3.er', '4.º'][q - 1]} trimestre de ${y}`),
  },
  fr: {
    fiscalYear: (y, s) => (s === 'short' ? `ex. ${y}` : `exercice ${y}`),
    quarter: (q, y, s) => (s === 'short' ? `T${q} ${y}` : `${q === 1 ? '1er' : `${q}e`} trimestre ${y}`),
  },
};

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

const dateFormatCache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, kind: 'month' | 'date', style: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${locale}|${kind}|${style}`;
  let formatter = dateFormatCache.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'month'
        ? { year: 'numeric', month: style === 'short' ? 'short' : 'long', timeZone: 'UTC' }
        : { dateStyle: style === 'short' ? 'medium' : 'long', timeZone: 'UTC' };
    formatter = new Intl.DateTimeFormat(locale, options);
    dateFormatCache.set(key, formatter);
  }
  return formatter;
}

/**
 * A period for people to read, in the locale's words. Years stay `2024`; months and dates go
 * through `Intl.DateTimeFormat` in UTC; fiscal years and quarters come from a small table for
 * English, Spanish and French (chosen by language subtag; other languages get English words).
 *
 * | period | en long / short | es long / short | fr long / short |
 * |---|---|---|---|
 * | `FY2024` | FY 2024 / FY24 | año fiscal 2024 / AF 2024 | exercice 2024 / ex. 2024 |
 * | `2024-Q2` | Q2 2024 / Q2 2024 | 2.º trimestre de 2024 / T2 2024 | 2e trimestre 2024 / T2 2024 |
 * | `2024-03` | March 2024 / Mar 2024 | marzo de 2024 / mar 2024 | mars 2024 / mars 2024 |
 * | `2024-03-05` | March 5, 2024 / Mar 5, 2024 | 5 de marzo de 2024 / 5 mar 2024 | 5 mars 2024 / 5 mars 2024 |
 *
 * Text that is not a period is returned unchanged.
 */
export function formatPeriod(text: string, locale: string, opts?: FormatPeriodOptions): string {
  const period = parsePeriod(text);
  if (!period) return text;
  const style = opts?.style === 'short' ? 'short' : 'long';
  const tag = resolveLocale(locale);
  const words = WORDS[languageOf(tag)];
  switch (period.kind) {
    case 'year':
      return period.raw;
    case 'fiscal-year':
      return words.fiscalYear(period.year, style);
    case 'quarter':
      return words.quarter(period.quarter!, period.year, style);
    case 'month':
      return dateFormat(tag, 'month', style).format(utc(period.year, period.month!, 1));
    case 'date':
      return dateFormat(tag, 'date', style).format(utc(period.year, period.month!, period.day!));
  }
}
