import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_LOCALE,
  MINUS,
  MISSING,
  formatCount,
  formatDelta,
  formatPercent,
  formatValue,
  languageOf,
  numberFormat,
  resolveLocale,
} from '../../src/core/format';
import type { MeasureFormat } from '../../src/core/document';

// Separators as ICU writes them (checked by eye once, then pinned here).
const NBSP = '\u00a0'; // no-break space: es/fr before %, €, "M"
const NNBSP = '\u202f'; // narrow no-break space: French group separator
const EN_DASH = '\u2013';
const REAL_MINUS = '\u2212';

const fmt = (value: number | null | undefined, format?: MeasureFormat, unit?: string, locale = 'en-US') =>
  formatValue(value, { format, unit, locale });

describe('constants', () => {
  it('are the en dash and the real minus sign', () => {
    assert.equal(MISSING, EN_DASH);
    assert.equal(MINUS, REAL_MINUS);
    assert.equal(DEFAULT_LOCALE, 'en-US');
  });
});

describe('resolveLocale', () => {
  it('returns the first well-formed candidate, canonicalized', () => {
    assert.equal(resolveLocale('es-MX', 'en-US'), 'es-MX');
    assert.equal(resolveLocale('EN-us'), 'en-US');
    assert.equal(resolveLocale(' fr-CA '), 'fr-CA');
  });
  it('skips null, undefined, blank and malformed candidates', () => {
    assert.equal(resolveLocale(undefined, null, '', '   ', 'en_US', 'not a locale', 'fr'), 'fr');
  });
  it('falls back to en-US', () => {
    assert.equal(resolveLocale(), 'en-US');
    assert.equal(resolveLocale(undefined, 'bad tag!'), 'en-US');
    assert.equal(resolveLocale('bad tag!'), 'en-US'); // cached rejection path
  });
});

describe('languageOf', () => {
  it('maps by language subtag to en, es or fr', () => {
    assert.equal(languageOf('en-US'), 'en');
    assert.equal(languageOf('es'), 'es');
    assert.equal(languageOf('es-MX'), 'es');
    assert.equal(languageOf('ES-es'), 'es');
    assert.equal(languageOf('fr-CA'), 'fr');
    assert.equal(languageOf('fr_FR'), 'fr');
  });
  it('maps other languages and nothing to en', () => {
    assert.equal(languageOf('de-DE'), 'en');
    assert.equal(languageOf('pt-BR'), 'en');
    assert.equal(languageOf(''), 'en');
    assert.equal(languageOf(undefined), 'en');
    assert.equal(languageOf(null), 'en');
  });
});

describe('numberFormat cache', () => {
  it('returns the same instance for the same locale and options', () => {
    const a = numberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
    const b = numberFormat('en-US', { maximumFractionDigits: 1, style: 'percent' });
    assert.equal(a, b);
    assert.notEqual(a, numberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }));
    assert.notEqual(a, numberFormat('en-US', { style: 'percent', maximumFractionDigits: 2 }));
    assert.equal(numberFormat('en-US'), numberFormat('en-US', {}));
  });
  it('ignores undefined option values in the key', () => {
    assert.equal(numberFormat('en-US', { currency: undefined }), numberFormat('en-US', {}));
  });
  it('throws Intl’s own error for invalid options, every time', () => {
    assert.throws(() => numberFormat('en-US', { style: 'currency', currency: 'dollars' }), RangeError);
    assert.throws(() => numberFormat('en-US', { style: 'currency', currency: 'dollars' }), RangeError);
  });
  it('is used by formatValue: repeated calls reuse the formatter', () => {
    // Same output, and the instance behind a given (locale, options) never changes.
    const before = numberFormat('de-DE', { style: 'decimal', maximumFractionDigits: 1 });
    assert.equal(fmt(1234.56, undefined, undefined, 'de-DE'), '1.234,6');
    assert.equal(numberFormat('de-DE', { maximumFractionDigits: 1, style: 'decimal' }), before);
  });
  it('lets a thousand tiles share one formatter', () => {
    const Original = Intl.NumberFormat;
    let constructed = 0;
    Intl.NumberFormat = new Proxy(Original, {
      construct(target, args: [string, Intl.NumberFormatOptions]) {
        constructed++;
        return new target(...args);
      },
    });
    try {
      const format: MeasureFormat = { style: 'currency', currency: 'CAD', notation: 'compact' };
      for (let i = 0; i < 1000; i++) formatValue(i * 1000, { format, locale: 'fr-CA' });
      for (let i = 0; i < 1000; i++) formatDelta(i, { format, locale: 'fr-CA' });
      assert.equal(constructed, 2); // one for values, one for signed changes
    } finally {
      Intl.NumberFormat = Original;
    }
  });
  it('keeps working past its size limit', () => {
    for (let i = 0; i < 600; i++) numberFormat('en-US', { minimumIntegerDigits: (i % 21) + 1, maximumFractionDigits: i % 20 });
    assert.equal(numberFormat('en-US', { maximumFractionDigits: 3 }).format(1.23456), '1.235');
  });
});

describe('formatValue: missing values', () => {
  it('renders null, undefined and non-finite numbers as an en dash', () => {
    assert.equal(fmt(null), EN_DASH);
    assert.equal(fmt(undefined), EN_DASH);
    assert.equal(fmt(Number.NaN), EN_DASH);
    assert.equal(fmt(Number.POSITIVE_INFINITY), EN_DASH);
    assert.equal(fmt(null, { style: 'percent' }, 'tons', 'fr-FR'), EN_DASH);
  });
  it('formats zero as zero', () => {
    assert.equal(fmt(0), '0');
    assert.equal(fmt(0, { style: 'percent' }), '0%');
  });
});

describe('formatValue: decimal', () => {
  it('groups and appends the unit (en-US)', () => {
    assert.equal(fmt(1204, undefined, 'tons'), '1,204 tons');
    assert.equal(fmt(1204, { style: 'decimal' }, 'tons'), '1,204 tons');
    assert.equal(fmt(1204567), '1,204,567');
  });
  it('es-ES does not group four-digit numbers', () => {
    assert.equal(fmt(1204, undefined, 'toneladas', 'es-ES'), '1204 toneladas');
    assert.equal(fmt(12045, undefined, undefined, 'es-ES'), '12.045');
    assert.equal(fmt(1204.56, undefined, undefined, 'es-ES'), '1204,6');
  });
  it('fr-FR groups with a narrow no-break space', () => {
    assert.equal(fmt(1204, undefined, 'tonnes', 'fr-FR'), `1${NNBSP}204 tonnes`);
    assert.equal(fmt(1204567.89, undefined, undefined, 'fr-FR'), `1${NNBSP}204${NNBSP}567,9`);
  });
  it('shows at most one fraction digit by default, none for integers', () => {
    assert.equal(fmt(3.14159), '3.1');
    assert.equal(fmt(3.96), '4');
    assert.equal(fmt(42), '42');
    assert.equal(fmt(-2.25), '-2.3');
  });
  it('follows the fraction digits of the format', () => {
    assert.equal(fmt(3.14159, { maximumFractionDigits: 3 }), '3.142');
    assert.equal(fmt(3, { minimumFractionDigits: 2 }), '3.00');
    assert.equal(fmt(3.14159, { minimumFractionDigits: 2, maximumFractionDigits: 2 }), '3.14');
    assert.equal(fmt(3.6, { maximumFractionDigits: 0 }), '4');
  });
  it('ignores a blank unit', () => {
    assert.equal(fmt(5, undefined, '   '), '5');
    assert.equal(fmt(5, undefined, ''), '5');
  });
  it('supports compact notation', () => {
    assert.equal(fmt(1234567, { notation: 'compact' }, 'residents'), '1.2M residents');
    assert.equal(fmt(1234567, { notation: 'compact' }, undefined, 'es-ES'), `1,2${NBSP}M`);
    assert.equal(fmt(1234567, { notation: 'compact' }, undefined, 'fr-FR'), `1,2${NBSP}M`);
  });
});

describe('formatValue: percent', () => {
  it('treats values as fractions', () => {
    assert.equal(fmt(0.42, { style: 'percent' }), '42%');
    assert.equal(fmt(1, { style: 'percent' }), '100%');
    assert.equal(fmt(0.425, { style: 'percent' }), '42.5%');
    assert.equal(fmt(0.42, { style: 'percent' }, undefined, 'es-ES'), `42${NBSP}%`);
    assert.equal(fmt(0.425, { style: 'percent' }, undefined, 'fr-FR'), `42,5${NBSP}%`);
  });
  it('does not append the unit (the format renders one)', () => {
    assert.equal(fmt(0.42, { style: 'percent' }, 'of residents'), '42%');
  });
  it('follows fraction digits', () => {
    assert.equal(fmt(0.4256, { style: 'percent', maximumFractionDigits: 0 }), '43%');
    assert.equal(fmt(0.4256, { style: 'percent', minimumFractionDigits: 2 }), '42.56%');
  });
});

describe('formatValue: currency', () => {
  it('formats standard currency with minor units', () => {
    assert.equal(fmt(1234.5, { style: 'currency', currency: 'USD' }), '$1,234.50');
    assert.equal(fmt(1234.5, { style: 'currency', currency: 'EUR' }, undefined, 'es-ES'), `1234,50${NBSP}€`);
    assert.equal(fmt(1234.5, { style: 'currency', currency: 'EUR' }, undefined, 'fr-FR'), `1${NNBSP}234,50${NBSP}€`);
    assert.equal(fmt(1234.5, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }), '$1,235');
  });
  it('formats compact currency', () => {
    const compactUsd: MeasureFormat = { style: 'currency', currency: 'USD', notation: 'compact' };
    assert.equal(fmt(1234567, compactUsd), '$1.2M');
    assert.equal(fmt(45300, compactUsd), '$45K');
    assert.equal(fmt(1234567, compactUsd, undefined, 'es-ES'), `1,2${NBSP}M${NBSP}US$`);
    assert.equal(fmt(1234567, compactUsd, undefined, 'fr-FR'), `1,2${NBSP}M${NBSP}$US`);
  });
  it('does not append the unit', () => {
    assert.equal(fmt(12, { style: 'currency', currency: 'USD' }, 'dollars'), '$12.00');
  });
  it('falls back to decimal plus unit text for an unknown currency', () => {
    assert.equal(fmt(1234.56, { style: 'currency', currency: 'dollars' }, 'dollars'), '1,234.6 dollars');
    assert.equal(fmt(1234.56, { style: 'currency', currency: 'dollars' }), '1,234.6 dollars');
    assert.equal(fmt(12, { style: 'currency' }), '12');
    assert.equal(fmt(12, { style: 'currency' }, 'pesos', 'es-ES'), '12 pesos');
  });
});

describe('formatValue: unit', () => {
  it('formats Intl units in each locale', () => {
    assert.equal(fmt(4.25, { style: 'unit', unit: 'minute' }), '4.3 min');
    assert.equal(fmt(4.25, { style: 'unit', unit: 'minute' }, undefined, 'es-ES'), '4,3 min');
    assert.equal(fmt(4.25, { style: 'unit', unit: 'minute' }, undefined, 'fr-FR'), `4,3${NBSP}min`);
    assert.equal(fmt(12, { style: 'unit', unit: 'kilometer-per-hour' }), '12 km/h');
  });
  it('does not append the measure unit', () => {
    assert.equal(fmt(4, { style: 'unit', unit: 'minute' }, 'minutes'), '4 min');
  });
  it('falls back to decimal plus unit text for an unknown unit', () => {
    assert.equal(fmt(12, { style: 'unit', unit: 'minutes' }), '12 minutes');
    assert.equal(fmt(1204.5, { style: 'unit', unit: 'widget' }, 'widgets', 'fr-FR'), `1${NNBSP}204,5 widgets`);
    assert.equal(fmt(12, { style: 'unit' }), '12');
  });
});

describe('formatValue: unusable options never throw', () => {
  it('survives bad fraction digits', () => {
    assert.equal(fmt(12.345, { minimumFractionDigits: 3, maximumFractionDigits: 1 }), '12.3');
    assert.equal(fmt(0.12345, { style: 'percent', minimumFractionDigits: 3, maximumFractionDigits: 1 }), '12.3%');
    assert.equal(fmt(12.5, { style: 'unit', unit: 'nope', maximumFractionDigits: -1 }, 'nopes'), '12.5 nopes');
  });
  it('survives an unknown notation', () => {
    assert.equal(fmt(12.345, { notation: 'weird' as MeasureFormat['notation'] }, 'tons'), '12.3 tons');
  });
  it('survives an unknown style', () => {
    assert.equal(fmt(12.345, { style: 'fancy' as MeasureFormat['style'] }, 'tons'), '12.3 tons');
  });
  it('survives a malformed locale', () => {
    assert.equal(fmt(1204.5, undefined, 'tons', 'not a locale'), '1,204.5 tons');
  });
});

describe('formatDelta', () => {
  it('signs changes with + and the real minus sign', () => {
    assert.equal(formatDelta(0.3, { unit: 'min', locale: 'en-US' }), '+0.3 min');
    assert.equal(formatDelta(-12, { locale: 'en-US' }), `${REAL_MINUS}12`);
    assert.equal(formatDelta(-1204, { unit: 'tons', locale: 'fr-FR' }), `${REAL_MINUS}1${NNBSP}204 tons`);
    assert.equal(formatDelta(0.25, { format: { style: 'unit', unit: 'minute' }, locale: 'en-US' }), '+0.3 min');
    assert.equal(formatDelta(-0.25, { format: { style: 'unit', unit: 'minute' }, locale: 'es-ES' }), `${REAL_MINUS}0,3 min`);
    assert.ok(!formatDelta(-5, { locale: 'en-US' }).includes('-'));
  });
  it('shows no sign for zero, or for a change that rounds to zero', () => {
    assert.equal(formatDelta(0, { locale: 'en-US' }), '0');
    assert.equal(formatDelta(-0.01, { locale: 'en-US' }), '0');
    assert.equal(formatDelta(0, { format: { style: 'percent' }, locale: 'en-US' }), '0 pts');
  });
  it('gives percent measures’ changes in percentage points', () => {
    const percent: MeasureFormat = { style: 'percent' };
    assert.equal(formatDelta(0.441 - 0.42, { format: percent, locale: 'en-US' }), '+2.1 pts');
    assert.equal(formatDelta(0.441 - 0.42, { format: percent, locale: 'es-ES' }), '+2,1 p. p.');
    assert.equal(formatDelta(0.441 - 0.42, { format: percent, locale: 'fr-FR' }), '+2,1 pts');
    assert.equal(formatDelta(-0.12, { format: percent, locale: 'en-US' }), `${REAL_MINUS}12 pts`);
    assert.equal(formatDelta(-0.12, { format: percent, locale: 'es-MX' }), `${REAL_MINUS}12 p. p.`);
    assert.equal(formatDelta(0.05, { format: percent, locale: 'de-DE' }), '+5 pts');
  });
  it('uses the percent format’s fraction digits for points and ignores the unit', () => {
    const percent: MeasureFormat = { style: 'percent', maximumFractionDigits: 2 };
    assert.equal(formatDelta(0.01234, { format: percent, unit: 'of trips', locale: 'en-US' }), '+1.23 pts');
    assert.equal(formatDelta(0.021, { format: { style: 'percent', maximumFractionDigits: 0 }, locale: 'en-US' }), '+2 pts');
  });
  it('formats currency and compact changes', () => {
    const compactUsd: MeasureFormat = { style: 'currency', currency: 'USD', notation: 'compact' };
    assert.equal(formatDelta(-1234567, { format: compactUsd, locale: 'en-US' }), `${REAL_MINUS}$1.2M`);
    assert.equal(formatDelta(250000, { format: compactUsd, locale: 'en-US' }), '+$250K');
    assert.equal(formatDelta(-1234567, { format: compactUsd, locale: 'es-ES' }), `${REAL_MINUS}1,2${NBSP}M${NBSP}US$`);
    assert.equal(formatDelta(12.5, { format: { style: 'currency', currency: 'EUR' }, locale: 'fr-FR' }), `+12,50${NBSP}€`);
  });
  it('falls back like formatValue, keeping the sign', () => {
    assert.equal(formatDelta(-3, { format: { style: 'unit', unit: 'minutes' }, locale: 'en-US' }), `${REAL_MINUS}3 minutes`);
    assert.equal(formatDelta(3, { format: { style: 'currency', currency: 'dollars' }, unit: 'dollars', locale: 'en-US' }), '+3 dollars');
    assert.equal(formatDelta(3, { format: { notation: 'weird' as MeasureFormat['notation'] }, locale: 'en-US' }), '+3');
  });
  it('renders a non-finite change as an en dash', () => {
    assert.equal(formatDelta(Number.NaN, { locale: 'en-US' }), EN_DASH);
    assert.equal(formatDelta(Number.NEGATIVE_INFINITY, { format: { style: 'percent' }, locale: 'en-US' }), EN_DASH);
  });
});

describe('formatPercent', () => {
  it('formats shares with no fraction digits by default', () => {
    assert.equal(formatPercent(0.6667, 'en-US'), '67%');
    assert.equal(formatPercent(0.6667, 'es-ES'), `67${NBSP}%`);
    assert.equal(formatPercent(0.6667, 'fr-FR'), `67${NBSP}%`);
    assert.equal(formatPercent(0, 'en-US'), '0%');
    assert.equal(formatPercent(1, 'en-US'), '100%');
  });
  it('takes a maximum of fraction digits', () => {
    assert.equal(formatPercent(0.6667, 'en-US', 1), '66.7%');
    assert.equal(formatPercent(0.5, 'en-US', 1), '50%');
    assert.equal(formatPercent(0.6667, 'fr-FR', 2), `66,67${NBSP}%`);
  });
  it('ignores an unusable digit count and a bad locale', () => {
    assert.equal(formatPercent(0.6667, 'en-US', -1), '67%');
    assert.equal(formatPercent(0.6667, 'en-US', 1.5), '67%');
    assert.equal(formatPercent(0.6667, 'nope nope'), '67%');
  });
  it('renders a non-finite share as an en dash', () => {
    assert.equal(formatPercent(Number.NaN, 'en-US'), EN_DASH);
  });
});

describe('formatCount', () => {
  it('formats whole counts the locale’s way', () => {
    assert.equal(formatCount(28, 'en-US'), '28');
    assert.equal(formatCount(12345, 'en-US'), '12,345');
    assert.equal(formatCount(1204, 'es-ES'), '1204');
    assert.equal(formatCount(12345, 'es-ES'), '12.345');
    assert.equal(formatCount(12345, 'fr-FR'), `12${NNBSP}345`);
  });
  it('rounds to a whole number', () => {
    assert.equal(formatCount(12345.6, 'en-US'), '12,346');
  });
  it('renders a non-finite count as an en dash', () => {
    assert.equal(formatCount(Number.NaN, 'en-US'), EN_DASH);
  });
});
