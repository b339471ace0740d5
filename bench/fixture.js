/**
 * The benchmark document: 1000 measures, 10 annual periods each, one or two targets and
 * two comparisons. Deterministic (seeded), so every run draws the same tiles. Plain ES
 * module with no imports: loaded by bench/render.js in the browser.
 */
export function makeDocument(count = 1000) {
  let seed = 20260630;
  const rand = () => {
    // mulberry32
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const formats = [
    undefined,
    { style: 'percent', maximumFractionDigits: 1 },
    { style: 'currency', currency: 'USD', notation: 'compact' },
    { style: 'decimal', maximumFractionDigits: 1 },
  ];
  const measures = [];
  for (let i = 0; i < count; i++) {
    const format = formats[i % formats.length];
    const scale = format?.style === 'percent' ? 0.5 : format?.style === 'currency' ? 2e6 : 100;
    let v = scale * (0.5 + rand());
    const values = [];
    for (let y = 2016; y <= 2025; y++) {
      v *= 0.95 + rand() * 0.1;
      values.push({ period: String(y), value: Number(v.toPrecision(4)) });
    }
    const last = values[values.length - 1].value;
    const target = [{ value: Number((last * (0.9 + rand() * 0.2)).toPrecision(3)), label: '2-year target', period: '2027' }];
    if (i % 3 === 0) target.push({ value: Number((last * 1.2).toPrecision(3)), label: '10-year target', period: '2035' });
    const measure = {
      id: `m-${String(i).padStart(4, '0')}`,
      title: `Benchmark measure ${i + 1}`,
      better: i % 5 === 0 ? 'lower' : 'higher',
      values,
      target,
      comparisons: [
        { label: 'Peer city', value: Number((last * (0.8 + rand() * 0.4)).toPrecision(3)) },
        { label: 'National median', value: Number((last * (0.8 + rand() * 0.4)).toPrecision(3)) },
      ],
    };
    if (format) measure.format = format;
    measures.push(measure);
  }
  return {
    civicstat: '1.0',
    jurisdiction: { name: 'Benchmark City', locale: 'en-US' },
    updated: '2026-06-30',
    measures,
  };
}
