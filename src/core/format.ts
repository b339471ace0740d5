/**
 * Number formatting for measures: values, changes, shares and counts, in the reader's locale.
 *
 * DOM-free (runs in Node and browsers). Everything goes through `Intl.NumberFormat`, whose
 * instances are cached by locale + options because a page may render a thousand tiles.
 * Nothing here throws on bad data: an unknown currency or unit falls back to plain decimal
 * formatting followed by the unit text, and a missing value renders as an en dash.
 */

import type { MeasureFormat } from './document';

/** What `formatValue` and `formatDelta` render a missing value as (an en dash, U+2013). */
export const MISSING = '\u2013';

/** The typographic minus sign (U+2212) that `formatDelta` uses for decreases. */
export const MINUS = '\u2212';

/** Languages the user interface exists in. */
export type UiLanguage = 'en' | 'es' | 'fr';

/** Locale used when no candidate is usable. */
export const DEFAULT_LOCALE = 'en-US';

export interface ValueFormatOptions {
  /** The measure's `format` (a subset of `Intl.NumberFormat` options). */
  format?: MeasureFormat;
  /** The measure's `unit`, appended when `format` renders no unit of its own. */
  unit?: string;
  /** BCP 47 locale, e.g. `en-US`. An unusable tag falls back to `en-US`. */
  locale: string;
}

/* ---------- Locales ---------- */

const canonicalCache = new Map<string, string | null>();

function canonical(tag: string): string | null {
  let result = canonicalCache.get(tag);
  if (result === undefined) {
    try {
      result = Intl.getCanonicalLocales(tag)[0] ?? null;
    } catch {
      result = null;
    }
    if (canonicalCache.size >= 500) canonicalCache.clear();
    canonicalCache.set(tag, result);
  }
  return result;
}

/**
 * The first candidate that is a well-formed BCP 47 tag, in canonical form
 * (`EN-us` → `en-US`); `en-US` when none is. Blank, `null` and `undefined` candidates are skipped.
 *
 * @example resolveLocale(element.lang, doc.jurisdiction.locale) // 'es-MX'
 */
export function resolveLocale(...candidates: (string | undefined | null)[]): string {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || candidate.trim() === '') continue;
    const tag = canonical(candidate.trim());
    if (tag) return tag;
  }
  return DEFAULT_LOCALE;
}

/** The UI language of a locale, by its language subtag: `es-MX` → `es`, `fr-CA` → `fr`; others → `en`. */
export function languageOf(locale: string | undefined | null): UiLanguage {
  const language = (locale ?? '').trim().split(/[-_]/)[0]!.toLowerCase();
  return language === 'es' || language === 'fr' ? language : 'en';
}

/* ---------- Cached formatters ---------- */

const MAX_CACHE = 500;
const formatterCache = new Map<string, Intl.NumberFormat | null>();

function cacheKey(locale: string, options: Intl.NumberFormatOptions): string {
  const entries = Object.entries(options)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // Not JSON.stringify(entries): a page's Array.prototype.toJSON would give every key the same text.
  return `${locale}|${entries.map(([k, v]) => `${k}=${String(v)}`).join('|')}`;
}

/** A cached formatter, or `null` when Intl rejects the options (the rejection is cached too). */
function tryNumberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat | null {
  const key = cacheKey(locale, options);
  let formatter = formatterCache.get(key);
  if (formatter === undefined) {
    try {
      formatter = new Intl.NumberFormat(locale, options);
    } catch {
      formatter = null;
    }
    if (formatterCache.size >= MAX_CACHE) formatterCache.clear();
    formatterCache.set(key, formatter);
  }
  return formatter;
}

/**
 * A cached `Intl.NumberFormat` for the locale and options: the same instance for the same
 * (locale, options), whatever the order of the option keys. Throws as `Intl.NumberFormat`
 * would when the options are invalid.
 */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const formatter = tryNumberFormat(locale, options);
  // Re-run the constructor for its own, descriptive error.
  return formatter ?? new Intl.NumberFormat(locale, options);
}

/* ---------- Building options from a measure's format ---------- */

/** One way to format: Intl options and the text appended after the number (with a space). */
interface Attempt {
  options: Intl.NumberFormatOptions;
  suffix: string | undefined;
}

function digits(format: MeasureFormat | undefined): Intl.NumberFormatOptions {
  const out: Intl.NumberFormatOptions = {};
  if (format?.minimumFractionDigits !== undefined) out.minimumFractionDigits = format.minimumFractionDigits;
  if (format?.maximumFractionDigits !== undefined) out.maximumFractionDigits = format.maximumFractionDigits;
  return out;
}

/**
 * Default fraction digits: at most one for decimal, unit and percent styles in standard
 * notation (Intl's own default of three is noise on a dashboard); currencies keep their
 * minor units and compact notation keeps Intl's rounding (`$1.2M`).
 */
function withDefaultDigits(options: Intl.NumberFormatOptions): Intl.NumberFormatOptions {
  const explicit = options.minimumFractionDigits !== undefined || options.maximumFractionDigits !== undefined;
  if (explicit || options.style === 'currency' || options.notation === 'compact') return options;
  return { ...options, maximumFractionDigits: 1 };
}

function withoutDigits(options: Intl.NumberFormatOptions): Intl.NumberFormatOptions {
  const { minimumFractionDigits: _min, maximumFractionDigits: _max, ...rest } = options;
  return withDefaultDigits(rest);
}

function nonBlank(text: string | undefined): string | undefined {
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}

/**
 * The ways to format a measure's numbers, best first: as asked; as a decimal plus the unit text
 * (when Intl rejects the currency or unit); then both again without the fraction digits (when
 * those are unusable, e.g. minimum > maximum); then a plain decimal.
 */
function attempts(format: MeasureFormat | undefined, unit: string | undefined, extra: Intl.NumberFormatOptions): Attempt[] {
  const style = format?.style ?? 'decimal';
  const base: Intl.NumberFormatOptions = { ...digits(format), ...extra };
  if (format?.notation) base.notation = format.notation;

  const options: Intl.NumberFormatOptions = { ...base, style };
  if (style === 'currency') options.currency = format?.currency;
  if (style === 'unit') options.unit = format?.unit;
  const fallback: Intl.NumberFormatOptions = { ...base, style: 'decimal' };

  const measureUnit = nonBlank(unit);
  const fallbackSuffix =
    measureUnit ??
    (style === 'currency' ? nonBlank(format?.currency) : style === 'unit' ? nonBlank(format?.unit) : undefined);
  const suffix = style === 'decimal' ? measureUnit : undefined;
  return [
    { options: withDefaultDigits(options), suffix },
    { options: withDefaultDigits(fallback), suffix: fallbackSuffix },
    { options: withoutDigits(options), suffix },
    { options: withoutDigits(fallback), suffix: fallbackSuffix },
    // Last resort (e.g. an unknown `notation`): a plain decimal.
    { options: withDefaultDigits({ ...extra }), suffix: fallbackSuffix },
  ];
}

/** The first attempt Intl accepts, with its cached formatter. */
function resolve(locale: string, list: Attempt[]): { formatter: Intl.NumberFormat; suffix: string | undefined } {
  const tag = resolveLocale(locale);
  for (const attempt of list) {
    const formatter = tryNumberFormat(tag, attempt.options);
    if (formatter) return { formatter, suffix: attempt.suffix };
  }
  /* c8 ignore next 2 -- unreachable: the options of the last attempt are always valid */
  return { formatter: numberFormat(tag), suffix: list[list.length - 1]!.suffix };
}

function join(number: string, suffix: string | undefined): string {
  return suffix ? `${number} ${suffix}` : number;
}

/* ---------- Public formatting ---------- */

/**
 * A measure value as shown on a tile.
 *
 * - Formatted by `Intl.NumberFormat(locale, format)`; `percent` values are fractions (0.42 → `42%`).
 * - When `format` renders no unit of its own (no style or `decimal`), `unit` follows after a space
 *   (`1,204 tons`).
 * - Unless `format` sets fraction digits, decimal, unit and percent styles show at most one
 *   (`3.14159` → `3.1`, `0.425` → `42.5%`); currency and compact notation keep Intl's defaults.
 * - `null`, `undefined` and non-finite numbers render as an en dash (`–`).
 * - Options Intl rejects (an unknown currency or unit) never throw: the value is formatted as a
 *   decimal followed by the measure's `unit`, or else the currency code or unit id.
 *
 * @example formatValue(1234567, { format: { style: 'currency', currency: 'USD', notation: 'compact' }, locale: 'en-US' }) // '$1.2M'
 */
export function formatValue(value: number | null | undefined, options: ValueFormatOptions): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MISSING;
  const { formatter, suffix } = resolve(options.locale, attempts(options.format, options.unit, {}));
  return join(formatter.format(value), suffix);
}

/** Words for percentage points, by UI language. */
const POINTS: Record<UiLanguage, string> = {
  en: 'pts',
  es: 'p. p.',
  fr: 'pts',
};

/** Formats with a sign, using the real minus sign (U+2212) for negatives. */
function signed(formatter: Intl.NumberFormat, value: number): string {
  return formatter
    .formatToParts(value)
    .map((part) => (part.type === 'minusSign' ? MINUS : part.value))
    .join('');
}

/**
 * A change between two values of a measure, always signed: `+0.3 min`, `−12`, `0` for no change
 * (the minus is U+2212, not a hyphen). Formatted like `formatValue` (same format, unit and
 * fallbacks), except that for `percent` measures the change is in percentage points:
 * a change from 0.42 to 0.441 is `+2.1 pts` (en), `+2,1 p. p.` (es), `+2,1 pts` (fr).
 * A non-finite delta renders as an en dash.
 */
export function formatDelta(delta: number, options: ValueFormatOptions): string {
  if (typeof delta !== 'number' || !Number.isFinite(delta)) return MISSING;
  const locale = resolveLocale(options.locale);
  if (options.format?.style === 'percent') {
    const pointsFormat: MeasureFormat = { ...options.format, style: 'decimal' };
    const { formatter } = resolve(locale, attempts(pointsFormat, undefined, { signDisplay: 'exceptZero' }));
    // Round away binary noise (0.441 − 0.42 = 0.02100000000000002) before scaling.
    const points = Math.round(delta * 100 * 1e9) / 1e9;
    return join(signed(formatter, points), POINTS[languageOf(locale)]);
  }
  const { formatter, suffix } = resolve(locale, attempts(options.format, options.unit, { signDisplay: 'exceptZero' }));
  return join(signed(formatter, delta), suffix);
}

/**
 * A share (0..1) as a percentage: `0.6667` → `67%` (en), `67 %` (es, fr: with a no-break space).
 * Non-finite shares render as an en dash.
 */
export function formatPercent(share: number, locale: string, maximumFractionDigits = 0): string {
  if (typeof share !== 'number' || !Number.isFinite(share)) return MISSING;
  const digitsWanted = Number.isInteger(maximumFractionDigits) && maximumFractionDigits >= 0 ? Math.min(maximumFractionDigits, 20) : 0;
  return numberFormat(resolveLocale(locale), {
    style: 'percent',
    maximumFractionDigits: digitsWanted,
  }).format(share);
}

/**
 * A count of things, rounded to a whole number and grouped the locale's way
 * (`12,345` en; `1204` and `12.345` es-ES, which does not group four digits; `12 345` fr with U+202F).
 * Non-finite counts render as an en dash.
 */
export function formatCount(n: number, locale: string): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return MISSING;
  return numberFormat(resolveLocale(locale), { maximumFractionDigits: 0 }).format(n);
}
