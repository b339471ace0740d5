/**
 * The big benchmark document: 5,000 measures of 40 periods each (by default), every field of
 * a measure in use, 50 goals the measures belong to, and one certification. Deterministic
 * (seeded), so every run parses the same text. Plain ES module with no imports: used by
 * `npm run bench` (section 6) and by test/core/big-document.test.ts.
 */

/** Period kinds used in turn: 40 quarters (2016-Q1…2025-Q4), 40 months (2022-09…2025-12), 40 years. */
const KINDS = ['quarterly', 'monthly', 'annual'];

function periodsFor(kind, count) {
  const out = [];
  if (kind === 'quarterly') {
    // the last `count` quarters up to 2025-Q4
    for (let q = 2026 * 4 - count; q < 2026 * 4; q++) out.push(`${Math.floor(q / 4)}-Q${(q % 4) + 1}`);
  } else if (kind === 'monthly') {
    for (let m = 2026 * 12 - count; m < 2026 * 12; m++) out.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  } else {
    for (let y = 2026 - count; y < 2026; y++) out.push(String(y));
  }
  return out;
}

const FORMATS = [
  undefined,
  { style: 'percent', maximumFractionDigits: 1 },
  { style: 'currency', currency: 'USD', notation: 'compact' },
  { style: 'decimal', maximumFractionDigits: 1 },
  { style: 'unit', unit: 'minute', maximumFractionDigits: 1 },
];
const DEPARTMENTS = ['Fire', 'Police', 'Parks', 'Public Works', 'Finance', 'Libraries', 'Transit', 'Housing'];

/**
 * @param {{ measures?: number, periods?: number, goals?: number, seed?: number }} [options]
 * @returns {Record<string, unknown>} a valid CivicStat document
 */
export function makeBigDocument({ measures: count = 5000, periods = 40, goals: goalCount = 50, seed = 20261123 } = {}) {
  let state = seed;
  const rand = () => {
    // mulberry32
    state |= 0;
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const width = String(count - 1).length;
  const goals = [];
  for (let g = 0; g < goalCount; g++) {
    goals.push({
      id: `goal-${g}`,
      title: `Goal ${g + 1}`,
      kind: g < 10 ? 'goal' : 'objective',
      ...(g >= 10 ? { parent: `goal-${g % 10}` } : {}),
      priority: `Priority ${(g % 5) + 1}`,
      department: DEPARTMENTS[g % DEPARTMENTS.length],
      status: ['not-started', 'in-progress', 'completed', 'ahead', 'behind'][g % 5],
      due: `${2026 + (g % 5)}-06-30`,
    });
  }
  const measures = [];
  for (let i = 0; i < count; i++) {
    const format = FORMATS[i % FORMATS.length];
    const frequency = KINDS[i % KINDS.length];
    const scale = format?.style === 'percent' ? 0.5 : format?.style === 'currency' ? 2e6 : 100;
    let v = scale * (0.5 + rand());
    const values = periodsFor(frequency, periods).map((period, k) => {
      v *= 0.97 + rand() * 0.06;
      // a gap now and then, and a note on some figures
      const value = k > 0 && rand() < 0.02 ? null : Number(v.toPrecision(4));
      return rand() < 0.05 ? { period, value, note: 'Revised figure' } : { period, value };
    });
    const last = Number(v.toPrecision(4));
    const target = [{ value: Number((last * (0.9 + rand() * 0.2)).toPrecision(3)), label: '2-year target', period: '2027' }];
    if (i % 3 === 0) target.push({ value: Number((last * 1.2).toPrecision(3)), label: '10-year target', period: '2035' });
    const measure = {
      id: `m-${String(i).padStart(width, '0')}`,
      title: `Big document measure ${i + 1}`,
      description: `What measure ${i + 1} counts, in one line.`,
      better: i % 5 === 0 ? 'lower' : 'higher',
      values,
      target: i % 4 === 0 ? target[0].value : target,
      baseline: { value: Number((scale * 0.8).toPrecision(3)), period: values[0].period },
      tolerance: 0.05 + (i % 3) * 0.025,
      comparisons: [
        { label: 'Peer city', value: Number((last * (0.8 + rand() * 0.4)).toPrecision(3)), source: 'Peer survey' },
        { label: 'National median', value: Number((last * (0.8 + rand() * 0.4)).toPrecision(3)) },
      ],
      narrative: `Measure ${i + 1} moved with the season.\n\nThe department reviews it every cycle.`,
      source: { name: `${DEPARTMENTS[i % DEPARTMENTS.length]} records`, url: `https://data.example.gov/m/${i}` },
      goal: `goal-${i % goalCount}`,
      department: DEPARTMENTS[i % DEPARTMENTS.length],
      frequency,
    };
    if (format) measure.format = format;
    else measure.unit = 'calls';
    if (i % 10 === 0) {
      measure.breakdown = {
        dimension: 'Council district',
        items: [1, 2, 3, 4, 5].map((d) => ({ label: `District ${d}`, value: Number((last * (0.7 + rand() * 0.6)).toPrecision(3)) })),
      };
    }
    if (i % 50 === 0) measure.status = 'at-risk';
    measures.push(measure);
  }
  return {
    $schema: 'https://unpkg.com/civicstat@1/schema/civicstat.schema.json',
    civicstat: '1.0',
    jurisdiction: { name: 'City of Bigtown', locale: 'en-US', url: 'https://bigtown.example.gov' },
    updated: '2026-01-15',
    measures,
    goals,
    certifications: [{ id: 'icma', program: 'icma-2021', assessed: '2026-01-15', criteria: {} }],
    programs: [],
  };
}

/**
 * Times `parseDocument` on the JSON text of the big document: one warm-up run, then `runs`
 * timed runs (each must parse with no problems). Times in ms.
 *
 * @param {(input: unknown) => { ok: boolean, problems?: { path: string, message: string }[] }} parseDocument
 * @param {{ runs?: number, measures?: number, periods?: number }} [options]
 */
export function timeBigDocument(parseDocument, { runs = 5, measures = 5000, periods = 40 } = {}) {
  const text = JSON.stringify(makeBigDocument({ measures, periods }));
  const parse = () => {
    const start = performance.now();
    const result = parseDocument(text);
    const ms = performance.now() - start;
    if (!result.ok) {
      const first = result.problems?.[0];
      throw new Error(`the big document did not parse: ${first ? `${first.path}: ${first.message}` : 'no problem given'}`);
    }
    return ms;
  };
  parse(); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) times.push(parse());
  // JSON.parse alone, for scale
  const jsonTimes = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    JSON.parse(text);
    jsonTimes.push(performance.now() - start);
  }
  return { measures, periods, bytes: Buffer.byteLength(text), times, jsonTimes };
}
