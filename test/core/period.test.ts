import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_FISCAL_YEAR_START_MONTH,
  comparePeriods,
  formatPeriod,
  isIsoDate,
  isOverdue,
  isPeriod,
  parsePeriod,
  periodEnd,
  periodEndPosition,
  periodStart,
  reportDueDate,
  type Period,
} from '../../src/core/period';
import type { Frequency } from '../../src/core/document';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const iso = (date: Date | undefined) => date?.toISOString().slice(0, 10);

describe('parsePeriod: accepted forms', () => {
  it('parses a year', () => {
    assert.deepEqual(parsePeriod('2024'), { kind: 'year', year: 2024, raw: '2024' });
  });
  it('parses a fiscal year', () => {
    assert.deepEqual(parsePeriod('FY2024'), { kind: 'fiscal-year', year: 2024, raw: 'FY2024' });
  });
  it('parses quarters 1 to 4', () => {
    assert.deepEqual(parsePeriod('2024-Q2'), { kind: 'quarter', year: 2024, quarter: 2, raw: '2024-Q2' });
    for (const q of [1, 2, 3, 4]) assert.equal(parsePeriod(`2024-Q${q}`)?.quarter, q);
  });
  it('parses months 01 to 12', () => {
    assert.deepEqual(parsePeriod('2024-03'), { kind: 'month', year: 2024, month: 3, raw: '2024-03' });
    for (let m = 1; m <= 12; m++) assert.equal(parsePeriod(`2024-${String(m).padStart(2, '0')}`)?.month, m);
  });
  it('parses real calendar dates', () => {
    assert.deepEqual(parsePeriod('2024-03-05'), { kind: 'date', year: 2024, month: 3, day: 5, raw: '2024-03-05' });
    assert.equal(parsePeriod('2024-02-29')?.kind, 'date'); // leap year
    assert.equal(parsePeriod('2000-02-29')?.kind, 'date'); // divisible by 400
    assert.equal(parsePeriod('2023-02-28')?.kind, 'date');
    assert.equal(parsePeriod('2024-01-31')?.kind, 'date');
    assert.equal(parsePeriod('2024-04-30')?.kind, 'date');
    assert.equal(parsePeriod('2024-12-31')?.kind, 'date');
  });
});

describe('parsePeriod: strict rejection', () => {
  const bad = [
    '2024-13', // month out of range
    '2024-00',
    '2024-Q5', // quarter out of range
    '2024-Q0',
    '2024-q1', // lower case
    'FY24', // two-digit fiscal year: ambiguous century, rejected
    'fy2024',
    'FY 2024',
    'FY-2024',
    '2023-02-29', // not a leap year
    '1900-02-29', // century, not divisible by 400
    '2024-02-30',
    '2024-04-31',
    '2024-01-32',
    '2024-01-00',
    '2024-1', // unpadded month
    '2024-1-05',
    '2024-01-5',
    ' 2024', // whitespace is not tolerated
    '2024 ',
    '2024\n',
    '24',
    '20245',
    '+2024',
    '-2024',
    '2024/03',
    '03/05/2024',
    '2024-03-05T00:00:00Z',
    '2024-W10',
    '２０２４', // full-width digits
    '',
  ];
  for (const text of bad) {
    it(`rejects ${JSON.stringify(text)}`, () => {
      assert.equal(parsePeriod(text), undefined);
      assert.equal(isPeriod(text), false);
      assert.equal(isIsoDate(text), false);
    });
  }
  it('rejects non-strings', () => {
    assert.equal(parsePeriod(2024 as unknown as string), undefined);
    assert.equal(parsePeriod(null as unknown as string), undefined);
  });
});

describe('isPeriod and isIsoDate', () => {
  it('isPeriod accepts every period kind', () => {
    for (const text of ['2024', 'FY2024', '2024-Q1', '2024-03', '2024-03-05']) assert.equal(isPeriod(text), true, text);
  });
  it('isIsoDate accepts only real YYYY-MM-DD dates', () => {
    assert.equal(isIsoDate('2026-06-30'), true);
    assert.equal(isIsoDate('2024-02-29'), true);
    assert.equal(isIsoDate('2023-02-29'), false);
    assert.equal(isIsoDate('2024-03'), false);
    assert.equal(isIsoDate('2024'), false);
    assert.equal(isIsoDate('FY2024'), false);
    assert.equal(isIsoDate('2024-Q1'), false);
  });
});

describe('periodStart and periodEnd', () => {
  const cases: [string, string, string][] = [
    ['2024', '2024-01-01', '2024-12-31'],
    ['FY2024', '2023-07-01', '2024-06-30'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-Q2', '2024-04-01', '2024-06-30'],
    ['2024-Q3', '2024-07-01', '2024-09-30'],
    ['2024-Q4', '2024-10-01', '2024-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024-04', '2024-04-01', '2024-04-30'],
    ['2024-12', '2024-12-01', '2024-12-31'],
    ['2024-03-05', '2024-03-05', '2024-03-05'],
    ['2024-12-31', '2024-12-31', '2024-12-31'],
  ];
  for (const [text, start, end] of cases) {
    it(`${text} runs from ${start} to ${end}`, () => {
      assert.equal(iso(periodStart(text)), start);
      assert.equal(iso(periodEnd(text)), end);
      // Midnight UTC, whatever the machine's zone.
      assert.equal(periodStart(text)!.toISOString(), `${start}T00:00:00.000Z`);
      assert.equal(periodEnd(text)!.toISOString(), `${end}T00:00:00.000Z`);
    });
  }
  it('accepts parsed periods', () => {
    const p = parsePeriod('2024-Q3')!;
    assert.equal(iso(periodStart(p)), '2024-07-01');
    assert.equal(iso(periodEnd(p)), '2024-09-30');
  });
  it('gives undefined for text that is not a period', () => {
    assert.equal(periodStart('2024-13'), undefined);
    assert.equal(periodEnd('soon'), undefined);
  });
  it('handles years below 100 without mapping them to the 1900s', () => {
    assert.equal(periodStart('0050')!.toISOString(), '0050-01-01T00:00:00.000Z');
    assert.equal(periodEnd('0050')!.toISOString(), '0050-12-31T00:00:00.000Z');
  });
  it('defaults fiscal years to a July start', () => {
    assert.equal(DEFAULT_FISCAL_YEAR_START_MONTH, 7);
    assert.equal(iso(periodStart('FY2024', {})), '2023-07-01');
  });
  it('supports other fiscal year starts', () => {
    // US federal: October.
    assert.equal(iso(periodStart('FY2024', { fiscalYearStartMonth: 10 })), '2023-10-01');
    assert.equal(iso(periodEnd('FY2024', { fiscalYearStartMonth: 10 })), '2024-09-30');
    // April (e.g. Canada, UK).
    assert.equal(iso(periodStart('FY2024', { fiscalYearStartMonth: 4 })), '2023-04-01');
    assert.equal(iso(periodEnd('FY2024', { fiscalYearStartMonth: 4 })), '2024-03-31');
    // January: the calendar year.
    assert.equal(iso(periodStart('FY2024', { fiscalYearStartMonth: 1 })), '2024-01-01');
    assert.equal(iso(periodEnd('FY2024', { fiscalYearStartMonth: 1 })), '2024-12-31');
    // March: ends on the last day of February, leap years included.
    assert.equal(iso(periodEnd('FY2024', { fiscalYearStartMonth: 3 })), '2024-02-29');
  });
  it('rejects an impossible fiscal year start', () => {
    for (const month of [0, 13, 1.5, Number.NaN]) {
      assert.throws(() => periodStart('FY2024', { fiscalYearStartMonth: month }), RangeError);
    }
    // Non-fiscal periods do not look at the option.
    assert.equal(iso(periodStart('2024', { fiscalYearStartMonth: 0 })), '2024-01-01');
  });
  it('does not depend on the machine’s time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        assert.equal(periodStart('2024-03')!.toISOString(), '2024-03-01T00:00:00.000Z', tz);
        assert.equal(periodEnd('2024-Q1')!.toISOString(), '2024-03-31T00:00:00.000Z', tz);
        assert.equal(formatPeriod('2024-03-01', 'en-US'), 'March 1, 2024', tz);
        assert.equal(formatPeriod('2024-03', 'en-US'), 'March 2024', tz);
        assert.equal(isOverdue('2024', 'annual', new Date('2025-12-31T23:30:00Z')), false, tz);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('comparePeriods', () => {
  it('orders by end date', () => {
    const periods = ['2025-01', 'FY2024', '2024-Q3', '2023', '2024-03-05', '2024-07'];
    assert.deepEqual([...periods].sort(comparePeriods), ['2023', '2024-03-05', 'FY2024', '2024-07', '2024-Q3', '2025-01']);
  });
  it('puts the longer period first when two end on the same day', () => {
    const periods = ['2024-12-31', '2024-12', '2024', '2024-Q4'];
    assert.deepEqual([...periods].sort(comparePeriods), ['2024', '2024-Q4', '2024-12', '2024-12-31']);
  });
  it('returns 0 only for the same period', () => {
    assert.equal(comparePeriods('2024', '2024'), 0);
    assert.ok(comparePeriods('2023', '2024') < 0);
    assert.ok(comparePeriods('2024', '2023') > 0);
  });
  it('tells apart periods with the same dates by their text', () => {
    // With a January start FY2024 is the calendar year 2024.
    const options = { fiscalYearStartMonth: 1 };
    assert.ok(comparePeriods('2024', 'FY2024', options) < 0);
    assert.ok(comparePeriods('FY2024', '2024', options) > 0);
  });
  it('honours the fiscal year start', () => {
    // FY2024 ends 2024-06-30 by default, 2024-09-30 with an October start; 2024-08 ends 2024-08-31.
    assert.ok(comparePeriods('FY2024', '2024-08') < 0);
    assert.ok(comparePeriods('FY2024', '2024-08', { fiscalYearStartMonth: 10 }) > 0);
  });
  it('accepts parsed periods', () => {
    const a: Period = parsePeriod('2024-Q1')!;
    assert.ok(comparePeriods(a, '2024-02') > 0);
    assert.ok(comparePeriods('2024-02', a) < 0);
  });
  it('sorts text that is not a period last, by text', () => {
    const periods = ['zzz', '2024', 'abc', '2023'];
    assert.deepEqual([...periods].sort(comparePeriods), ['2023', '2024', 'abc', 'zzz']);
    assert.equal(comparePeriods('abc', 'abc'), 0);
  });
});

describe('reportDueDate', () => {
  const cases: [string, Frequency, string][] = [
    ['2024', 'annual', '2025-12-31'],
    ['FY2024', 'annual', '2025-06-30'],
    ['2024-Q1', 'quarterly', '2024-06-30'],
    ['2024-Q4', 'quarterly', '2025-03-31'],
    ['2024-01', 'monthly', '2024-02-29'],
    ['2023-01', 'monthly', '2023-02-28'],
    ['2024-08', 'monthly', '2024-09-30'],
    ['2024-12', 'monthly', '2025-01-31'],
    ['2024-03-05', 'weekly', '2024-03-12'],
    ['2024-12-28', 'weekly', '2025-01-04'],
    ['2024-03-05', 'daily', '2024-03-06'],
    ['2024-12-31', 'daily', '2025-01-01'],
    ['2024-02-29', 'annual', '2025-02-28'],
    ['2024', 'monthly', '2025-01-31'], // coarser period than the frequency
    ['2024-06', 'annual', '2025-06-30'], // finer period than the frequency
  ];
  for (const [period, frequency, due] of cases) {
    it(`${frequency} ${period} → due by ${due}`, () => {
      assert.equal(reportDueDate(period, frequency)!.toISOString(), `${due}T00:00:00.000Z`);
    });
  }
  it('follows the fiscal year start', () => {
    assert.equal(iso(reportDueDate('FY2024', 'annual', { fiscalYearStartMonth: 10 })), '2025-09-30');
  });
  it('gives undefined for a bad period or frequency', () => {
    assert.equal(reportDueDate('2024-13', 'annual'), undefined);
    assert.equal(reportDueDate('2024', 'hourly' as Frequency), undefined);
  });
});

describe('isOverdue', () => {
  // [latest period, frequency, last day still on time]; overdue from the next day at 00:00 UTC.
  const cases: [string, Frequency, string, string][] = [
    ['2024', 'annual', '2025-12-31', '2026-01-01'],
    ['FY2024', 'annual', '2025-06-30', '2025-07-01'],
    ['2024-Q1', 'quarterly', '2024-06-30', '2024-07-01'],
    ['2024-Q4', 'quarterly', '2025-03-31', '2025-04-01'],
    ['2024-01', 'monthly', '2024-02-29', '2024-03-01'],
    ['2024-08', 'monthly', '2024-09-30', '2024-10-01'],
    ['2024-03-05', 'weekly', '2024-03-12', '2024-03-13'],
    ['2024-03-05', 'daily', '2024-03-06', '2024-03-07'],
  ];
  for (const [period, frequency, lastOnTime, firstOverdue] of cases) {
    it(`${frequency} ${period}: on time through ${lastOnTime}, overdue from ${firstOverdue}`, () => {
      assert.equal(isOverdue(period, frequency, day(lastOnTime)), false);
      assert.equal(isOverdue(period, frequency, new Date(`${lastOnTime}T23:59:59.999Z`)), false);
      assert.equal(isOverdue(period, frequency, day(firstOverdue)), true);
      assert.equal(isOverdue(period, frequency, new Date(day(firstOverdue).getTime() + 86_400_000 * 400)), true);
    });
  }
  it('is not overdue during or right after the period', () => {
    assert.equal(isOverdue('2024', 'annual', day('2024-06-01')), false);
    assert.equal(isOverdue('2024', 'annual', day('2025-01-01')), false);
    assert.equal(isOverdue('2030', 'annual', day('2025-01-01')), false);
  });
  it('accepts parsed periods', () => {
    assert.equal(isOverdue(parsePeriod('2024-Q1')!, 'quarterly', day('2024-07-01')), true);
  });
  it('honours the fiscal year start', () => {
    assert.equal(isOverdue('FY2024', 'annual', day('2025-07-01'), { fiscalYearStartMonth: 10 }), false);
    assert.equal(isOverdue('FY2024', 'annual', day('2025-10-01'), { fiscalYearStartMonth: 10 }), true);
  });
  it('says not overdue when it cannot tell', () => {
    assert.equal(isOverdue('sometime', 'annual', day('2030-01-01')), false);
    assert.equal(isOverdue('2020', 'fortnightly' as Frequency, day('2030-01-01')), false);
    assert.equal(isOverdue('2020', 'annual', new Date(Number.NaN)), false);
    assert.equal(isOverdue('2020', 'annual', '2030-01-01' as unknown as Date), false);
  });
});

describe('formatPeriod', () => {
  const table: [string, string, string, string][] = [
    // [period, locale, long, short]
    ['2024', 'en-US', '2024', '2024'],
    ['FY2024', 'en-US', 'FY 2024', 'FY24'],
    ['2024-Q2', 'en-US', 'Q2 2024', 'Q2 2024'],
    ['2024-03', 'en-US', 'March 2024', 'Mar 2024'],
    ['2024-03-05', 'en-US', 'March 5, 2024', 'Mar 5, 2024'],

    ['2024', 'es-ES', '2024', '2024'],
    ['FY2024', 'es-ES', 'año fiscal 2024', 'AF 2024'],
    ['2024-Q1', 'es-ES', '1.er trimestre de 2024', 'T1 2024'],
    ['2024-Q2', 'es-ES', '2.º trimestre de 2024', 'T2 2024'],
    ['2024-Q3', 'es-ES', '3.er trimestre de 2024', 'T3 2024'],
    ['2024-Q4', 'es-ES', '4.º trimestre de 2024', 'T4 2024'],
    ['2024-03', 'es-ES', 'marzo de 2024', 'mar 2024'],
    ['2024-09', 'es-ES', 'septiembre de 2024', 'sept 2024'],
    ['2024-03-05', 'es-ES', '5 de marzo de 2024', '5 mar 2024'],

    ['2024', 'fr-FR', '2024', '2024'],
    ['FY2024', 'fr-FR', 'exercice 2024', 'ex. 2024'],
    ['2024-Q1', 'fr-FR', '1er trimestre 2024', 'T1 2024'],
    ['2024-Q2', 'fr-FR', '2e trimestre 2024', 'T2 2024'],
    ['2024-Q4', 'fr-FR', '4e trimestre 2024', 'T4 2024'],
    ['2024-03', 'fr-FR', 'mars 2024', 'mars 2024'],
    ['2024-09', 'fr-FR', 'septembre 2024', 'sept. 2024'],
    ['2024-03-05', 'fr-FR', '5 mars 2024', '5 mars 2024'],

    // Regional variants use their language's words (and their own month abbreviations).
    ['FY2024', 'es-MX', 'año fiscal 2024', 'AF 2024'],
    ['2024-Q2', 'es-MX', '2.º trimestre de 2024', 'T2 2024'],
    ['2024-09', 'es-MX', 'septiembre de 2024', 'sep 2024'],
    ['FY2024', 'fr-CA', 'exercice 2024', 'ex. 2024'],
    ['2024-Q2', 'fr-CA', '2e trimestre 2024', 'T2 2024'],
    ['2024-03-05', 'fr-CA', '5 mars 2024', '5 mars 2024'],

    // Other languages: English words, the locale's own months and dates.
    ['FY2024', 'de-DE', 'FY 2024', 'FY24'],
    ['2024-Q2', 'de-DE', 'Q2 2024', 'Q2 2024'],
    ['2024-03', 'de-DE', 'März 2024', 'März 2024'],
    ['2024-03-05', 'de-DE', '5. März 2024', '05.03.2024'],

    // A malformed locale falls back to en-US.
    ['2024-03', 'not a locale', 'March 2024', 'Mar 2024'],
  ];
  for (const [period, locale, long, short] of table) {
    it(`${period} in ${locale}: "${long}" / "${short}"`, () => {
      assert.equal(formatPeriod(period, locale), long);
      assert.equal(formatPeriod(period, locale, { style: 'long' }), long);
      assert.equal(formatPeriod(period, locale, { style: 'short' }), short);
    });
  }
  it('pads two-digit short fiscal years', () => {
    assert.equal(formatPeriod('FY2005', 'en-US', { style: 'short' }), 'FY05');
    assert.equal(formatPeriod('FY2100', 'en', { style: 'short' }), 'FY00');
  });
  it('formats the first and last day of a month in UTC', () => {
    assert.equal(formatPeriod('2024-01-01', 'en-US'), 'January 1, 2024');
    assert.equal(formatPeriod('2024-12-31', 'en-US'), 'December 31, 2024');
    assert.equal(formatPeriod('2024-12', 'en-US'), 'December 2024');
  });
  it('returns text that is not a period unchanged', () => {
    for (const text of ['Spring 2024', '2024-13', ' 2024', '', 'FY24']) {
      assert.equal(formatPeriod(text, 'en-US'), text);
      assert.equal(formatPeriod(text, 'fr-FR', { style: 'short' }), text);
    }
  });
});

describe('periodEndPosition', () => {
  it('counts months to the day after a period ends', () => {
    assert.equal(periodEndPosition('2026'), 2027 * 12);
    assert.equal(periodEndPosition('2026-Q1'), 2026 * 12 + 3);
    assert.equal(periodEndPosition('2026-12'), 2027 * 12);
    assert.equal(periodEndPosition('FY2026'), 2026 * 12 + 6);
    assert.equal(periodEndPosition('FY2026', { fiscalYearStartMonth: 10 }), 2026 * 12 + 9);
    assert.equal(periodEndPosition('2026-03-05'), 2026 * 12 + 2 + 5 / 31);
    assert.equal(periodEndPosition('2024-02-29'), 2024 * 12 + 2);
    assert.equal(periodEndPosition('soon'), undefined);
  });
});
