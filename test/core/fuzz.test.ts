/**
 * Property-based tests of the document reader with fast-check: generated valid documents,
 * mutated documents (wrong types, missing and extra fields, huge numbers, NaN/Infinity as
 * strings, deep nesting, very long strings, `__proto__`/`constructor`/`prototype` keys),
 * mutated JSON text and arbitrary strings.
 *
 * Properties:
 * - `parseDocument` never throws, whatever it is given;
 * - every problem and warning has a JSON path that parses and points into the document (the
 *   parent always exists; only "required …" problems may name a field that is absent), and a
 *   message of one line (no line break, at most 1,000 characters: `civicstat validate` prints
 *   one line per problem);
 * - nothing pollutes `Object.prototype`, `Array.prototype` or `Function.prototype`;
 * - a valid document (generated from an arbitrary that follows SPEC §2) always parses, from
 *   the value and from its text alike;
 * - `parseJsonText` never throws and agrees with `JSON.parse` about validity (after the one
 *   leading byte-order mark it skips), and its error scanner agrees too: no error in valid
 *   text, an error of its own (with a line and column inside the text) in invalid text.
 *
 * The seed is fixed so CI is reproducible; `FUZZ_SEED=123 npx tsx --test test/core/fuzz.test.ts`
 * tries another one, `FUZZ_SCALE=10` ten times as many cases. On failure fast-check prints the
 * shrunk counterexample with the seed and path to replay it.
 *
 * Run: npx tsx --test test/core/fuzz.test.ts
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { parseDocument } from '../../src/core/parse';
import { locateSyntaxError, parseJsonText } from '../../src/core/json-text';
import { childPath } from '../../src/core/json-path';
import { programs as builtinPrograms } from '../../src/core/programs/index';
import type { ParseResult } from '../../src/core/document';

const SEED = process.env.FUZZ_SEED === undefined || process.env.FUZZ_SEED === '' ? 20261123 : Number(process.env.FUZZ_SEED);
if (!Number.isInteger(SEED)) throw new Error(`FUZZ_SEED must be an integer, got ${JSON.stringify(process.env.FUZZ_SEED)}`);
const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1) || 1);
const runs = (n: number) => Math.round(n * SCALE);
const options = (n: number) => ({ seed: SEED, numRuns: runs(n) });

let documents = 0;
let parses = 0;
let texts = 0;
let failures = 0;
const started = performance.now();

/** Counts a failed property (fast-check's own message, with the counterexample, is rethrown). */
function check<T>(property: fc.IProperty<T>, n: number): void {
  try {
    fc.assert(property, { ...options(n), includeErrorInReport: true });
  } catch (error) {
    failures++;
    throw error;
  } finally {
    assertPrototypesClean();
  }
}

after(() => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `fuzz: ${documents.toLocaleString('en-US')} documents (${parses.toLocaleString('en-US')} parses) and ${texts.toLocaleString('en-US')} texts, ` +
      `${failures} failures (seed ${SEED}${SCALE > 1 ? `, scale ${SCALE}` : ''}, ${seconds} s)`,
  );
});

// ---------------------------------------------------------------------------------------------
// Prototypes

const PROTOTYPES: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
];
const ownKeys = (o: object) => Reflect.ownKeys(o).map(String).sort();
const SNAPSHOT = new Map(PROTOTYPES.map(([name, proto]) => [name, ownKeys(proto)]));
const SNAPSHOT_SIZE = new Map(PROTOTYPES.map(([name, proto]) => [name, Reflect.ownKeys(proto).length]));

/** Cheap check, after every document. */
function prototypesLookClean(): boolean {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || ([] as unknown as Record<string, unknown>).polluted !== undefined) return false;
  return PROTOTYPES.every(([name, proto]) => Reflect.ownKeys(proto).length === SNAPSHOT_SIZE.get(name));
}

/** Full check, after every property. */
function assertPrototypesClean(): void {
  assert.equal(({} as Record<string, unknown>).polluted, undefined, '({}).polluted');
  for (const [name, proto] of PROTOTYPES) assert.deepEqual(ownKeys(proto), SNAPSHOT.get(name), `own keys of ${name}`);
}

// ---------------------------------------------------------------------------------------------
// JSON paths: `measures[3].values[2].value`, `criteria["open-data"]`, `` for the root

type Segment = string | number;

function parsePath(path: string): Segment[] | undefined {
  const out: Segment[] = [];
  let rest = path;
  let first = true;
  while (rest) {
    let m: RegExpExecArray | null;
    if (first && (m = /^[A-Za-z_$][\w$]*/.exec(rest))) out.push(m[0]);
    else if (!first && (m = /^\.([A-Za-z_$][\w$]*)/.exec(rest))) out.push(m[1]!);
    else if ((m = /^\[(0|[1-9]\d*)\]/.exec(rest))) out.push(Number(m[1]));
    else if ((m = /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest))) {
      const key = JSON.parse(m[1]!) as string;
      // A quoted key is one that is not a plain identifier.
      if (/^[A-Za-z_$][\w$]*$/.test(key)) return undefined;
      out.push(key);
    } else return undefined;
    rest = rest.slice(m[0].length);
    first = false;
  }
  return out;
}

/** Deep equality of JSON values without recursion (values may be nested 60,000 deep). */
function sameJson(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length) {
    const [x, y] = stack.pop()!;
    if (Object.is(x, y)) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.length !== ky.length) return false;
    for (const k of kx) {
      if (!Object.prototype.hasOwnProperty.call(y, k)) return false;
      stack.push([(x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]]);
    }
  }
  return true;
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Raw);

/** How far `segments` resolve in `root`: `found` (all of them), or the container of the last. */
function resolve(root: unknown, segments: Segment[]): { found: boolean; parent?: unknown } {
  let node = root;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const last = i === segments.length - 1;
    const has =
      typeof seg === 'number' ? Array.isArray(node) && seg < node.length : isPlainObject(node) && hasOwn(node, seg);
    if (!has) return last ? { found: false, parent: node } : { found: false };
    node = (node as Record<string, unknown>)[seg as string];
  }
  return { found: true };
}

/**
 * The shape every result has, for input `value` (the JSON value, or `NOT_JSON` when the input
 * was text that is not JSON). Returns a reason when something is off.
 */
const NOT_JSON = Symbol('not JSON');
function resultProblem(result: ParseResult, value: unknown): string | undefined {
  if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') return 'no result object';
  if (!Array.isArray(result.warnings)) return 'no warnings list';
  if (result.ok) {
    if (!isPlainObject(result.document)) return 'ok without a document';
    if ('problems' in result) return 'ok with problems';
  } else if (!Array.isArray(result.problems) || result.problems.length === 0) return 'not ok, but no problem listed';
  const all = [...(result.ok ? [] : result.problems.map((p) => ['error', p] as const)), ...result.warnings.map((w) => ['warning', w] as const)];
  for (const [severity, p] of all) {
    const cut = (t: unknown) => (typeof t === 'string' && t.length > 160 ? `${t.slice(0, 157)}…` : t);
    const where = `${severity} ${JSON.stringify(cut(p?.path))}: ${JSON.stringify(cut(p?.message))}`;
    if (p.severity !== severity) return `${where}: severity ${p.severity}`;
    if (typeof p.path !== 'string') return `${where}: no path`;
    if (typeof p.message !== 'string' || p.message.trim() === '') return `${where}: no message`;
    // `civicstat validate` prints one line per problem: text from the document is quoted and cut.
    if (/[\n\r\u2028\u2029]/.test(p.message)) return `${where}: a line break in the message`;
    if (p.message.length > 1000) return `${where}: a message of ${p.message.length} characters`;
    const segments = parsePath(p.path);
    if (!segments) return `${where}: the path does not parse`;
    if (value === NOT_JSON) {
      if (p.path !== '' || !/^not valid JSON: .+ \(line \d+, column \d+\)$/s.test(p.message)) return `${where}: expected a syntax error at the root`;
      continue;
    }
    const at = resolve(value, segments);
    if (at.found) continue;
    // Only a missing required field may be named by a path that is not in the document; its
    // parent must be there and be an object.
    if (severity === 'warning') return `${where}: the path is not in the document`;
    if (!('parent' in at) || !isPlainObject(at.parent)) return `${where}: the path's parent is not in the document`;
    if (!/^required/.test(p.message)) return `${where}: the path is not in the document, and the message is not about a missing field`;
  }
  return undefined;
}

/** What `parseDocument` reads from `input`: a string is JSON text (after one leading BOM). */
function jsonOf(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  } catch {
    return NOT_JSON;
  }
}

/** Parses, counts, and checks the properties shared by every input. */
function parseChecked(input: unknown, json: unknown = jsonOf(input)): ParseResult {
  parses++;
  const value = json;
  let result: ParseResult;
  try {
    result = parseDocument(input);
  } catch (error) {
    assert.fail(`parseDocument threw: ${(error as Error)?.stack ?? String(error)}`);
  }
  const reason = resultProblem(result, value);
  if (reason) assert.fail(reason);
  assert.ok(prototypesLookClean(), 'a prototype was polluted');
  return result;
}

const problemLines = (r: ParseResult) => (r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`));

// ---------------------------------------------------------------------------------------------
// Building JSON: own `__proto__` keys, and raw JSON text for what a JS value cannot hold

/** JSON text spliced in as is: numbers beyond double range, `-0`, deep nesting, `__proto__` objects. */
class Raw {
  constructor(
    readonly text: string,
    readonly label: string = text,
  ) {}
}

/** Sets `obj[key]` as an own data property, even for `__proto__`. */
function put(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function object(entries: [string, unknown][]): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  for (const [k, v] of entries) put(obj, k, v);
  return obj;
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (isPlainObject(value)) return object(Object.keys(value).map((k) => [k, clone(value[k])]));
  return value;
}

const RAW_MARK = '\u0001fuzz-raw-';
/** JSON text of a value that may hold `Raw` pieces; the value is then read back with JSON.parse. */
function toJson(value: unknown, indent?: number): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_k, v) => (v instanceof Raw ? `${RAW_MARK}${raws.push(v.text) - 1}\u0001` : v), indent);
  if (raws.length === 0) return text;
  return text.replace(/"\\u0001fuzz-raw-(\d+)\\u0001"/g, (_, i: string) => raws[Number(i)]!);
}

/** Short text of a value for a counterexample. */
function show(value: unknown): string {
  if (value instanceof Raw) return `<${value.label}>`;
  if (typeof value === 'string' && value.length > 60) return `${JSON.stringify(value.slice(0, 20))}…(${value.length} chars)`;
  const text = toJson(value);
  return text !== undefined && text.length > 120 ? `${text.slice(0, 117)}…` : String(text);
}

/** A text for a counterexample, repeats shortened: `"[{\"a\":" × 3850 + "1"`. */
function showText(t: string): string {
  const parts: string[] = [];
  let plain = '';
  for (let i = 0; i < t.length; ) {
    // The unit of up to 8 characters that repeats longest from here.
    let best = { unit: '', count: 0 };
    for (let len = 1; len <= 8 && i + len <= t.length; len++) {
      const unit = t.slice(i, i + len);
      let count = 1;
      while (t.startsWith(unit, i + count * len)) count++;
      if (count >= 8 && count * len > best.count * best.unit.length) best = { unit, count };
    }
    if (best.count) {
      if (plain) parts.push(JSON.stringify(plain));
      plain = '';
      parts.push(`${JSON.stringify(best.unit)} × ${best.count}`);
      i += best.count * best.unit.length;
    } else plain += t[i++];
  }
  if (plain || !parts.length) parts.push(JSON.stringify(plain));
  const out = parts.join(' + ');
  return out.length > 400 ? `${out.slice(0, 397)}… (${t.length} chars)` : out;
}

/** A document as a test case: the JSON value, its text, and how it prints when it fails. */
interface Doc {
  value: unknown;
  text: string;
  label: string;
}
function makeDoc(tree: unknown, label?: string, indent?: number): Doc {
  const text = toJson(tree, indent);
  const shown = label ?? text;
  return { value: JSON.parse(text), text, label: shown, [fc.toStringMethod]: () => shown } as Doc;
}

// ---------------------------------------------------------------------------------------------
// Valid documents (SPEC §2)

const BUILTIN_IDS = Object.keys(builtinPrograms);
const FIRST_DAY = (() => {
  const d = new Date(0);
  d.setUTCFullYear(0, 0, 1);
  return d.getTime();
})();
const LAST_DAY_INDEX = 3_652_058; // 9999-12-31
const pad = (n: number, w: number) => String(n).padStart(w, '0');
function dayToDate(day: number): Date {
  return new Date(FIRST_DAY + day * 86_400_000);
}
const isoDay = (day: number) => {
  const d = dayToDate(day);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
};
const PERIOD_KINDS = ['year', 'fiscal-year', 'quarter', 'month', 'date'] as const;
/** A period containing the day; monotone in the day for each kind. */
function periodOf(kind: (typeof PERIOD_KINDS)[number], day: number): string {
  const d = dayToDate(day);
  const y = pad(d.getUTCFullYear(), 4);
  switch (kind) {
    case 'year':
      return y;
    case 'fiscal-year':
      return `FY${y}`;
    case 'quarter':
      return `${y}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
    case 'month':
      return `${y}-${pad(d.getUTCMonth() + 1, 2)}`;
    case 'date':
      return isoDay(day);
  }
}

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const text = fc.oneof({ weight: 4, arbitrary: fc.string({ maxLength: 24 }) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) });
const nonBlank = text.map((s) => (s.trim() === '' ? `${s}x` : s));
const nonEmpty = text.map((s) => (s === '' ? 'x' : s));
const slug = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/) },
  { weight: 1, arbitrary: fc.constantFrom('constructor', 'prototype', 'hasownproperty', 'tostring', 'valueof', 'polluted', '0', 'a--') },
);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const nonNegative = fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true });
const day = fc.integer({ min: 0, max: LAST_DAY_INDEX });
const date = day.map(isoDay);
const url = fc.oneof(
  fc.constantFrom(
    'https://example.gov/report',
    'http://data.example.org/x?y=1#z',
    '/relative/path',
    '../up',
    '?q=1',
    '#part',
    'page.html',
    'HTTPS://EXAMPLE.ORG',
    // unsafe: dropped with a warning, the document stays valid
    'javascript:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:x',
  ),
  fc.webUrl(),
);
const locale = fc.constantFrom('en-US', 'en', 'es', 'fr-CA', 'de-DE', 'zh-Hant-TW', 'ar-EG', 'sr-Latn-RS');
/** Extra (unknown) fields: a warning each, never a problem. */
const extraKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'futureField', 'x-custom', 'polluted');
const extraValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constant(new Raw('{"polluted":"yes"}')),
  fc.constant(new Raw('{"prototype":{"polluted":"yes"}}')),
  fc.constant(new Raw('{"__proto__":{"polluted":"yes"}}')),
);
const extras = fc.option(fc.uniqueArray(fc.tuple(extraKey, extraValue), { selector: (e) => e[0], maxLength: 2 }), { nil: undefined, freq: 5 });

/** An object from fields, dropping undefined ones, plus unknown extra fields. */
function build(fields: Record<string, unknown>, extra?: [string, unknown][]): Record<string, unknown> {
  return object([...Object.entries(fields), ...(extra ?? [])]);
}

const formatArb = fc
  .record({
    kind: fc.constantFrom('decimal', 'percent', 'currency', 'unit', 'none'),
    currency: fc.constantFrom('USD', 'EUR', 'JPY', 'CAD', 'usd'),
    unit: fc.constantFrom('minute', 'day', 'percent', 'kilometer-per-hour', 'mile', 'liter', 'megabyte'),
    digits: opt(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }))),
    which: fc.constantFrom('both', 'min', 'max'),
    notation: opt(fc.constantFrom('standard', 'compact')),
  })
  .map(({ kind, currency, unit, digits, which, notation }) => {
    const lo = digits && Math.min(...digits);
    const hi = digits && Math.max(...digits);
    return build({
      style: kind === 'none' ? undefined : kind,
      currency: kind === 'currency' ? currency : undefined,
      unit: kind === 'unit' ? unit : undefined,
      minimumFractionDigits: which !== 'max' ? lo : undefined,
      maximumFractionDigits: which !== 'min' ? hi : undefined,
      notation,
    });
  });

const valuesArb = fc
  .tuple(fc.constantFrom(...PERIOD_KINDS), fc.uniqueArray(day, { maxLength: 8 }), fc.array(fc.tuple(fc.option(finite, { freq: 4 }), opt(text)), { maxLength: 8 }), extras)
  .map(([kind, days, entries, extra]) => {
    const periods: string[] = [];
    for (const d of [...days].sort((a, b) => a - b)) {
      const p = periodOf(kind, d);
      if (periods[periods.length - 1] !== p) periods.push(p);
    }
    return periods.map((period, i) => {
      const [value, note] = entries[i] ?? [0, undefined];
      return build({ period, value, note }, i === 0 ? extra : undefined);
    });
  });

const periodArb = fc.tuple(fc.constantFrom(...PERIOD_KINDS), day).map(([k, d]) => periodOf(k, d));
const targetOne = fc.oneof(finite, fc.record({ value: finite, label: opt(text), period: opt(periodArb) }).map((t) => build(t)));
const targetArb = fc.oneof(targetOne, fc.array(targetOne, { minLength: 1, maxLength: 3 }));

const measureArb = fc.record({
  id: slug,
  title: nonBlank,
  description: opt(text),
  unit: opt(text),
  format: opt(formatArb),
  better: opt(fc.constantFrom('higher', 'lower')),
  values: opt(valuesArb),
  target: opt(targetArb),
  baseline: opt(fc.record({ value: finite, period: opt(periodArb) }).map((b) => build(b))),
  tolerance: opt(nonNegative),
  status: opt(fc.constantFrom('on-track', 'at-risk', 'off-track', 'no-data')),
  comparisons: opt(fc.array(fc.record({ label: nonBlank, value: finite, source: opt(text) }).map((c) => build(c)), { maxLength: 3 })),
  breakdown: opt(
    fc
      .record({ dimension: nonBlank, items: fc.array(fc.record({ label: nonBlank, value: finite }).map((i) => build(i)), { maxLength: 4 }) })
      .map((b) => build(b)),
  ),
  narrative: opt(text),
  source: opt(fc.record({ name: nonBlank, url: opt(url) }).map((s) => build(s))),
  goal: opt(fc.nat()),
  department: opt(text),
  frequency: opt(fc.constantFrom('annual', 'quarterly', 'monthly', 'weekly', 'daily')),
  extra: extras,
});

const goalArb = fc.record({
  id: slug,
  title: nonBlank,
  kind: opt(fc.constantFrom('goal', 'objective', 'project')),
  parent: opt(fc.nat()),
  priority: opt(text),
  outcome: opt(text),
  department: opt(text),
  status: opt(fc.constantFrom('not-started', 'in-progress', 'completed', 'ahead', 'behind', 'on-hold', 'cancelled')),
  due: opt(date),
  measures: opt(fc.array(fc.nat(), { maxLength: 3 })),
});

const tag = fc.oneof(fc.constantFrom('core', 'resident-outcome', '__proto__', 'constructor'), nonEmpty);
const ruleArb = fc
  .record({
    minShare: opt(fc.double({ min: 0, max: 1, noNaN: true })),
    minMet: opt(fc.nat(50)),
    minPoints: opt(nonNegative),
    minGroups: opt(fc.nat(10)),
    all: opt(fc.array(tag, { maxLength: 2 })),
    min: opt(fc.uniqueArray(fc.tuple(tag, fc.nat(5)), { selector: (e) => e[0], maxLength: 2 })),
  })
  .map(({ min, ...rest }) => build({ ...rest, min: min && object(min) }));

const programArb = fc.record({
  id: slug.filter((s) => !BUILTIN_IDS.includes(s)),
  name: nonBlank,
  issuer: opt(text),
  url: opt(url),
  version: opt(text),
  description: opt(text),
  groups: fc.uniqueArray(fc.record({ id: slug, label: nonBlank }), { selector: (g) => g.id, maxLength: 3 }),
  criteria: fc.uniqueArray(
    fc.record({ id: slug, label: nonBlank, group: fc.nat(), description: opt(text), tags: opt(fc.array(tag, { maxLength: 2 })), requires: opt(fc.array(fc.nat(), { maxLength: 2 })), points: opt(nonNegative) }),
    { selector: (c) => c.id, maxLength: 5 },
  ),
  tiers: fc.uniqueArray(fc.record({ id: slug, label: nonBlank, color: opt(fc.stringMatching(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/)), rule: ruleArb }), {
    selector: (t) => t.id,
    minLength: 1,
    maxLength: 3,
  }),
});

const criterionResultArb = fc.oneof(
  fc.constantFrom('met', 'in-progress', 'not-met'),
  fc
    .record({
      status: fc.constantFrom('met', 'in-progress', 'not-met'),
      note: opt(text),
      evidence: opt(fc.array(fc.record({ label: nonBlank, url }).map((e) => build(e)), { maxLength: 2 })),
    })
    .map((r) => build(r)),
);

const certificationArb = fc.record({
  id: slug,
  program: fc.nat(),
  awarded: opt(fc.record({ tier: fc.nat(), date: opt(day), expiresAfter: opt(fc.nat(4000)), url: opt(url) })),
  assessed: opt(date),
  criteria: opt(fc.array(fc.tuple(fc.nat(), criterionResultArb), { maxLength: 6 })),
});

/** The city's status words: some of the four statuses, flat or per language tag. */
const statusWordsArb = fc
  .record({ 'on-track': opt(nonBlank), 'at-risk': opt(nonBlank), 'off-track': opt(nonBlank), 'no-data': opt(nonBlank) })
  .map((w) => build(w));
const statusLabelsArb = fc.oneof(
  statusWordsArb,
  fc.uniqueArray(fc.tuple(locale, statusWordsArb), { selector: (e) => e[0], minLength: 1, maxLength: 3 }).map(object),
);

const validDocArb: fc.Arbitrary<Doc> = fc
  .record({
    schema: opt(fc.constantFrom('https://unpkg.com/civicstat@1/schema/civicstat.schema.json', '../schema/civicstat.schema.json')),
    civicstat: fc.constantFrom('1.0', '1.7', '1.10', '1.0000'),
    jurisdiction: fc.record({ name: nonBlank, locale: opt(locale), url: opt(url) }),
    updated: opt(date),
    measures: opt(fc.uniqueArray(measureArb, { selector: (m) => m.id, maxLength: 5 })),
    goals: opt(fc.uniqueArray(goalArb, { selector: (g) => g.id, maxLength: 4 })),
    certifications: opt(fc.uniqueArray(certificationArb, { selector: (c) => c.id, maxLength: 3 })),
    programs: opt(fc.uniqueArray(programArb, { selector: (p) => p.id, maxLength: 2 })),
    statusLabels: opt(statusLabelsArb),
    extra: extras,
  })
  .map((d) => {
    const measureIds = (d.measures ?? []).map((m) => m.id);
    const goalIds = (d.goals ?? []).map((g) => g.id);
    const goals = d.goals?.map((g, i) =>
      build({
        id: g.id,
        title: g.title,
        kind: g.kind,
        // an earlier goal, so never a loop
        parent: g.parent !== undefined && i > 0 ? goalIds[g.parent % i] : undefined,
        priority: g.priority,
        outcome: g.outcome,
        department: g.department,
        status: g.status,
        due: g.due,
        measures: g.measures && measureIds.length ? g.measures.map((k) => measureIds[k % measureIds.length]) : undefined,
      }),
    );
    const measures = d.measures?.map(({ goal, extra, ...m }) =>
      build({ ...m, goal: goal !== undefined && goalIds.length ? goalIds[goal % goalIds.length] : undefined }, extra),
    );
    const customPrograms = d.programs?.map((p) => {
      const groupIds = p.groups.map((g) => g.id);
      const criteria = groupIds.length ? p.criteria : [];
      const criterionIds = criteria.map((c) => c.id);
      return build({
        id: p.id,
        name: p.name,
        issuer: p.issuer,
        url: p.url,
        version: p.version,
        description: p.description,
        groups: p.groups.map((g) => build(g)),
        criteria: criteria.map((c) =>
          build({
            ...c,
            group: groupIds[c.group % groupIds.length],
            requires: c.requires?.map((k) => criterionIds[k % criterionIds.length]).filter((id) => id !== c.id),
          }),
        ),
        tiers: p.tiers.map((t) => build(t)),
      });
    });
    const available = [
      ...BUILTIN_IDS.map((id) => ({ id, criteria: builtinPrograms[id]!.criteria.map((c) => c.id), tiers: builtinPrograms[id]!.tiers.map((t) => t.id) })),
      ...(customPrograms ?? []).map((p) => ({
        id: p.id as string,
        criteria: (p.criteria as { id: string }[]).map((c) => c.id),
        tiers: (p.tiers as { id: string }[]).map((t) => t.id),
      })),
    ];
    const certifications = d.certifications?.map((c) => {
      const program = available[c.program % available.length]!;
      const awarded =
        c.awarded &&
        build({
          tier: program.tiers[c.awarded.tier % program.tiers.length],
          date: c.awarded.date === undefined ? undefined : isoDay(c.awarded.date),
          expires:
            c.awarded.expiresAfter === undefined ? undefined : isoDay(Math.min(LAST_DAY_INDEX, (c.awarded.date ?? 0) + c.awarded.expiresAfter)),
          url: c.awarded.url,
        });
      const criteria =
        c.criteria && program.criteria.length ? object(c.criteria.map(([k, r]) => [program.criteria[k % program.criteria.length]!, r])) : undefined;
      return build({ id: c.id, program: program.id, awarded, assessed: c.assessed, criteria });
    });
    const tree = build(
      {
        $schema: d.schema,
        civicstat: d.civicstat,
        jurisdiction: build(d.jurisdiction),
        updated: d.updated,
        measures,
        goals,
        certifications,
        programs: customPrograms,
        statusLabels: d.statusLabels,
      },
      d.extra,
    );
    return makeDoc(tree);
  });

// ---------------------------------------------------------------------------------------------
// Seeds and mutations

const root = new URL('../../', import.meta.url);
const fixtureDir = new URL('test/fixtures/documents/', root);
const fileSeeds: { name: string; tree: unknown }[] = [
  { name: 'demo/riverton.civicstat.json', tree: JSON.parse(readFileSync(new URL('demo/riverton.civicstat.json', root), 'utf8')) },
  ...['valid', 'invalid', 'semantic'].flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, fixtureDir))
      .filter((f) => f.endsWith('.json') && !f.endsWith('.expect.json'))
      .sort()
      .map((f) => ({ name: `test/fixtures/documents/${dir}/${f}`, tree: JSON.parse(readFileSync(new URL(`${dir}/${f}`, fixtureDir), 'utf8')) })),
  ),
];
const validSeeds = fileSeeds.filter((s) => s.name === 'demo/riverton.civicstat.json' || s.name.includes('/valid/'));

it('fuzz seeds: the demo and the valid fixtures parse', () => {
  assert.ok(validSeeds.length >= 10);
  for (const { name, tree } of validSeeds) assert.ok(parseDocument(tree).ok, name);
});

const KNOWN_FIELDS = [
  '$schema', 'civicstat', 'jurisdiction', 'updated', 'measures', 'goals', 'certifications', 'programs', 'name', 'locale', 'url',
  'id', 'title', 'description', 'unit', 'format', 'better', 'values', 'target', 'baseline', 'tolerance', 'status', 'comparisons',
  'breakdown', 'narrative', 'source', 'goal', 'department', 'frequency', 'style', 'currency', 'minimumFractionDigits',
  'maximumFractionDigits', 'notation', 'period', 'value', 'note', 'label', 'dimension', 'items', 'kind', 'parent', 'priority',
  'outcome', 'due', 'program', 'awarded', 'assessed', 'criteria', 'tier', 'date', 'expires', 'evidence', 'issuer', 'version',
  'groups', 'tiers', 'group', 'tags', 'requires', 'points', 'color', 'rule', 'minShare', 'minMet', 'minPoints', 'minGroups', 'all', 'min',
  'statusLabels', 'on-track', 'at-risk', 'off-track', 'no-data', 'en', 'es-MX',
];
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KNOWN_FIELDS) },
  { weight: 3, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', 'polluted', '', ' ', '0', 'met') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** Deeply nested JSON, as text (JSON.stringify itself overflows at a few thousand levels). */
const deep = fc
  .tuple(fc.integer({ min: 1, max: 12_000 }), fc.constantFrom('array', 'object', 'mixed'), fc.constantFrom('1', '"x"', 'null', '{}', '[]'))
  .map(([depth, shape, leaf]) => {
    const [open, close] = shape === 'array' ? ['[', ']'] : shape === 'object' ? ['{"a":', '}'] : ['[{"a":', '}]'];
    return new Raw(open.repeat(depth) + leaf + close.repeat(depth), `${shape} nested ${depth} deep`);
  });

const longString = fc
  .tuple(fc.constantFrom('a', ' ', '\t', '\n', 'é', '😀', '-', '0', '%', ':', '\u0000', '\u2028', '"', '\\'), fc.integer({ min: 1_000, max: 200_000 }), fc.string({ maxLength: 3 }))
  .map(([c, n, tail]) => c.repeat(Math.ceil(n / c.length)) + tail);

const weird: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom<unknown>(
      null, true, false, 0, -1, 1, 0.5, 42, 1e308, -1e308, 5e-324, 2 ** 53 + 2, -(2 ** 31), 1e21, 1.5, 21, -0.000001,
      'NaN', 'Infinity', '-Infinity', '1e999', '', ' ', '\u0000', '\uFEFF', 'null', 'true', '0', '12', '0x10', '1,000',
      '2024', 'FY2024', 'fy2024', 'FY24', '2024-Q2', '2024-Q5', '2024-13', '2024-1', '2023-02-29', '2024-02-29', ' 2024', '2024-06-30T00:00:00Z',
      'javascript:alert(1)', ' https://x.org', 'data:text/html,x', '__proto__', 'constructor', 'prototype', 'toString',
      'met', 'not-met', 'en-US', 'en_US', '#fff', '#ggg', 'higher', 'percent', 'currency', 'unit', 'USD', 'minute', 'icma-2021', 'wwc-2023',
      [], {}, [null], [1, 2], ['x'], [{}], { value: 1 }, { status: 'met' }, { id: 'x' },
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      new Raw('1e400'), new Raw('-1e400'), new Raw('-0'), new Raw('1E-400'), new Raw('123456789012345678901234567890'),
      new Raw('{"__proto__":{"polluted":"yes"}}'), new Raw('{"constructor":{"prototype":{"polluted":"yes"}}}'),
      new Raw('[{"__proto__":{"polluted":"yes"}}]'), new Raw('{"__proto__":[]}'), new Raw('{"__proto__":null,"value":1}'),
      new Raw('{"prototype":{"polluted":"yes"},"id":"x"}'),
    ),
  },
  { weight: 2, arbitrary: fc.double() }, // NaN and ±Infinity become null in JSON
  { weight: 1, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.uniqueArray(fc.tuple(key, fc.jsonValue({ maxDepth: 1 })), { selector: (e) => e[0], maxLength: 3 }).map(object) },
  { weight: 1, arbitrary: longString },
  { weight: 1, arbitrary: deep },
);

type Mutation =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; value: unknown }
  | { kind: 'retype'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'wrap'; at: number; in: 'array' | 'object' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: weird }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key, value: weird }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('retype' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wrap' as const), at: fc.nat(), in: fc.constantFrom('array' as const, 'object' as const) }) },
);

interface Node {
  path: Segment[];
  parent?: unknown;
  key?: Segment;
  value: unknown;
}

function nodes(tree: unknown): Node[] {
  const out: Node[] = [];
  const walk = (value: unknown, path: Segment[], parent?: unknown, key?: Segment) => {
    out.push({ path, parent, key, value });
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], value, i));
    else if (isPlainObject(value)) for (const k of Object.keys(value)) walk(value[k], [...path, k], value, k);
  };
  walk(tree, []);
  return out;
}

const pathText = (path: Segment[]) => path.reduce<string>((p, s) => childPath(p, s), '') || '(root)';

function setAt(node: Node, value: unknown, box: { tree: unknown }): void {
  if (node.parent === undefined) box.tree = value;
  else if (Array.isArray(node.parent)) node.parent[node.key as number] = value;
  else put(node.parent as Record<string, unknown>, node.key as string, value);
}

/** Applies the mutations to a copy of `tree`; returns the result and what was done. */
function mutate(tree: unknown, mutations: Mutation[]): { tree: unknown; applied: string[] } {
  const box = { tree: clone(tree) };
  const applied: string[] = [];
  for (const m of mutations) {
    const all = nodes(box.tree);
    if (m.kind === 'add') {
      const containers = all.filter((n) => isPlainObject(n.value) || Array.isArray(n.value));
      if (!containers.length) continue;
      const n = containers[m.at % containers.length]!;
      if (Array.isArray(n.value)) {
        n.value.push(m.value);
        applied.push(`push ${show(m.value)} onto ${pathText(n.path)}`);
      } else {
        put(n.value as Record<string, unknown>, m.key, m.value);
        applied.push(`set ${pathText([...n.path, m.key])} = ${show(m.value)}`);
      }
      continue;
    }
    const n = all[m.at % all.length]!;
    const where = pathText(n.path);
    switch (m.kind) {
      case 'set':
        setAt(n, m.value, box);
        applied.push(`set ${where} = ${show(m.value)}`);
        break;
      case 'delete':
        if (n.parent === undefined) continue;
        if (Array.isArray(n.parent)) n.parent.splice(n.key as number, 1);
        else delete (n.parent as Record<string, unknown>)[n.key as string];
        applied.push(`delete ${where}`);
        break;
      case 'retype': {
        const v = n.value;
        const next =
          typeof v === 'number' ? String(v) : typeof v === 'string' ? (Number.isFinite(Number(v)) && v.trim() !== '' ? Number(v) : v.length) : Array.isArray(v) ? object(v.map((x, i) => [String(i), x])) : isPlainObject(v) ? Object.values(v) : v === null ? 'null' : String(v);
        setAt(n, next, box);
        applied.push(`retype ${where} to ${show(next)}`);
        break;
      }
      case 'duplicate':
        if (!Array.isArray(n.parent)) continue;
        n.parent.splice(n.key as number, 0, clone(n.value));
        applied.push(`duplicate ${where}`);
        break;
      case 'wrap': {
        const next = m.in === 'array' ? [n.value] : { value: n.value };
        setAt(n, next, box);
        applied.push(`wrap ${where} in ${m.in === 'array' ? 'a list' : 'an object'}`);
        break;
      }
    }
  }
  return { tree: box.tree, applied };
}

const seedArb: fc.Arbitrary<{ name: string; tree: unknown }> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...fileSeeds) },
  { weight: 1, arbitrary: validDocArb.map((d) => ({ name: `generated ${d.text}`, tree: d.value })) },
);

const mutatedDocArb: fc.Arbitrary<Doc> = fc
  .tuple(seedArb, fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([seed, mutations]) => {
    const { tree, applied } = mutate(seed.tree, mutations);
    return makeDoc(tree, `${seed.name}\n  ${applied.join('\n  ')}`);
  });

// ---------------------------------------------------------------------------------------------
// Properties

describe('fuzz: parseDocument', () => {
  it('parses every generated valid document, from its value and from its text', () => {
    check(
      fc.property(validDocArb, (doc) => {
        documents++;
        const fromValue = parseChecked(doc.value);
        assert.ok(fromValue.ok, `a valid document was refused:\n${problemLines(fromValue).join('\n')}`);
        const fromText = parseChecked(doc.text, doc.value);
        assert.ok(fromText.ok, `its text was refused:\n${problemLines(fromText).join('\n')}`);
        assert.deepEqual(fromText.document, fromValue.document);
        const input = doc.value as Record<string, { id: string }[] | undefined>;
        const ids = (list?: { id: string }[]) => (list ?? []).map((x) => x.id);
        assert.deepEqual(ids(fromValue.document.measures), ids(input.measures));
        assert.deepEqual(ids(fromValue.document.goals), ids(input.goals));
        assert.deepEqual(ids(fromValue.document.certifications), ids(input.certifications));
        assert.deepEqual(ids(fromValue.document.programs), ids(input.programs));
      }),
      1_500,
    );
  });

  it('never throws on mutated documents, and every problem has a JSON path into the document', () => {
    check(
      fc.property(mutatedDocArb, (doc) => {
        documents++;
        const fromValue = parseChecked(doc.value);
        const fromText = parseChecked(doc.text, doc.value);
        // Text and value are read the same way (a string value is itself read as JSON text).
        if (typeof doc.value !== 'string') {
          assert.deepEqual(problemLines(fromText), problemLines(fromValue));
          assert.equal(fromText.ok, fromValue.ok);
        }
      }),
      4_000,
    );
  });

  it('never throws on arbitrary JSON values in and around the document', () => {
    const anything = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      weird,
      // the right top-level fields with anything in them
      fc.record(
        {
          civicstat: fc.oneof(fc.constant('1.0'), weird),
          jurisdiction: fc.oneof(fc.constant({ name: 'X' }), weird),
          measures: fc.oneof(fc.array(weird, { maxLength: 3 }), weird),
          goals: fc.oneof(fc.array(weird, { maxLength: 3 }), weird),
          certifications: fc.oneof(fc.array(weird, { maxLength: 3 }), weird),
          programs: fc.oneof(fc.array(weird, { maxLength: 3 }), weird),
        },
        { requiredKeys: [] },
      ),
    );
    check(
      fc.property(anything, (tree) => {
        documents++;
        const doc = makeDoc(tree);
        parseChecked(doc.value);
        parseChecked(doc.text, doc.value);
      }),
      1_000,
    );
  });

  it('never throws on mutated JSON text; a syntax error is one problem at the root with its line and column', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        text: fc.oneof(
          fc.constantFrom(',', '}', ']', '{', '[', '"', '\\', ':', 'NaN', 'Infinity', '-Infinity', '-', '.', 'e', '01', '1e400', '\u0000', '\n', '\r\n', '\uFEFF', '//c', '/*c*/', "'", 'tru', 'nul', '\u2028', '"\\u12"', '"\\x"', ' ', '\t', '\u00a0', '"__proto__":{"polluted":1},', '[[[[[[[[[['),
          fc.string({ maxLength: 4 }),
        ),
      }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }),
    );
    const textArb = fc
      .tuple(seedArb, fc.constantFrom(undefined, 2), fc.boolean(), fc.array(edit, { minLength: 0, maxLength: 3 }))
      .map(([seed, indent, bom, edits]) => {
        let t = (bom ? '\uFEFF' : '') + toJson(seed.tree, indent);
        const done: string[] = [];
        for (const e of edits) {
          const at = e.at % (t.length + 1);
          if (e.kind === 'truncate') t = t.slice(0, at);
          else if (e.kind === 'insert') t = t.slice(0, at) + e.text + t.slice(at);
          else t = t.slice(0, at) + t.slice(at + e.length);
          done.push(`${e.kind} at ${at}${e.kind === 'insert' ? ` ${JSON.stringify(e.text)}` : e.kind === 'delete' ? ` ${e.length} chars` : ''}`);
        }
        return { text: t, [fc.toStringMethod]: () => `${seed.name.split('\n')[0]}${indent ? ' (indented)' : ''}${bom ? ' with BOM' : ''}\n  ${done.join('\n  ')}` };
      });
    check(
      fc.property(textArb, ({ text: t }) => {
        documents++;
        const body = t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
        let value: unknown = NOT_JSON;
        try {
          value = JSON.parse(body);
        } catch {
          /* not JSON */
        }
        const result = parseChecked(t);
        if (value === NOT_JSON) {
          assert.equal(result.ok, false);
          if (!result.ok) {
            assert.equal(result.problems.length, 1);
            assertSyntaxPosition(body, result.problems[0]!.message);
          }
        } else if (typeof value !== 'string') {
          // The same problems as for the value (a string value would itself be read as text).
          assert.deepEqual(problemLines(result), problemLines(parseDocument(value)));
        }
      }),
      2_000,
    );
  });

  it('never throws when any one field of a complete document holds a hostile value', () => {
    // Every distinct field (list indices and map keys folded) of documents that use every field.
    const complete = ['base-complete', 'custom-program-every-rule-field', 'every-enum-value', 'shorthands', 'long-forms'].map(
      (name) => fileSeeds.find((f) => f.name.endsWith(`/valid/${name}.json`))!,
    );
    const seen = new Set<string>();
    const targets: { seed: (typeof complete)[number]; path: Segment[] }[] = [];
    for (const seed of complete) {
      for (const n of nodes(seed.tree)) {
        if (!n.path.length) continue;
        const pattern = n.path.map((p, i) => (typeof p === 'number' ? '#' : n.path[i - 1] === 'criteria' && typeof n.path[i - 2] === 'number' && n.path[i - 3] === 'certifications' ? '*' : p)).join('/');
        if (seen.has(pattern)) continue;
        seen.add(pattern);
        targets.push({ seed, path: n.path });
      }
    }
    assert.ok(targets.length > 100, `${targets.length} fields`);
    const hostile = fc.oneof(
      { weight: 1, arbitrary: deep },
      { weight: 1, arbitrary: longString },
      { weight: 4, arbitrary: weird },
    );
    const arb = fc
      .tuple(fc.constantFrom(...targets), hostile)
      .map(([{ seed, path }, value]) => {
        const tree = clone(seed.tree);
        const parent = path.slice(0, -1).reduce<any>((node, seg) => node[seg], tree);
        const last = path[path.length - 1]!;
        if (Array.isArray(parent)) parent[last as number] = value;
        else put(parent, last as string, value);
        return makeDoc(tree, `${seed.name}\n  set ${pathText(path)} = ${show(value)}`);
      });
    check(
      fc.property(arb, (doc) => {
        documents++;
        parseChecked(doc.value);
        parseChecked(doc.text, doc.value);
      }),
      1_000,
    );
  });

  it('is not polluted by __proto__, constructor and prototype keys anywhere', () => {
    const polluting = [
      '{"__proto__":{"polluted":"yes"}}',
      '{"constructor":{"prototype":{"polluted":"yes"}}}',
      '{"prototype":{"polluted":"yes"}}',
      '{"__proto__":{"__proto__":{"polluted":"yes"}}}',
    ];
    const arb = fc.tuple(fc.constantFrom(...validSeeds), fc.array(fc.tuple(fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.constantFrom(...polluting)), { minLength: 1, maxLength: 3 }));
    check(
      fc.property(arb, ([seed, adds]) => {
        documents++;
        const { tree } = mutate(
          seed.tree,
          adds.map(([at, k, raw]) => ({ kind: 'add', at, key: k, value: new Raw(raw) })),
        );
        const doc = makeDoc(tree);
        const result = parseChecked(doc.value);
        parseChecked(doc.text, doc.value);
        // Only unknown fields were added, except in maps keyed by id: those must still not pollute.
        if (result.ok) {
          for (const c of result.document.certifications) assert.equal(Object.getPrototypeOf(c.criteria), null);
        }
      }),
      1_000,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// parseJsonText and its error scanner

const SCANNER_MESSAGE = /^(unexpected |expected |bad |a control character|a string that is never closed|a comma before|the text ends where)/;

/** The syntax error message names a line and column inside the text, found by the scanner. */
function assertSyntaxPosition(body: string, message: string): void {
  const m = /\(line (\d+), column (\d+)\)$/.exec(message);
  assert.ok(m, `no line and column in ${JSON.stringify(message)}`);
  const lines = body.split('\n');
  const line = Number(m[1]);
  const column = Number(m[2]);
  assert.ok(line >= 1 && line <= lines.length, `line ${line} of ${lines.length}`);
  assert.ok(column >= 1 && column <= lines[line - 1]!.length + 1, `column ${column} of a line of ${lines[line - 1]!.length}`);
  assert.match(message, /^not valid JSON: /);
  assert.match(message.slice('not valid JSON: '.length), SCANNER_MESSAGE);
}

describe('fuzz: parseJsonText', () => {
  const tokens = fc.constantFrom(
    '{', '}', '[', ']', ',', ':', '"a"', '"', '\\', '"\\u00e9"', '"\\u12"', '"\\q"', '1', '-', '0', '01', '.', '.5', 'e', 'E+', '1e5', '-0.0e-0',
    'true', 'false', 'null', 'tru', 'nul', 'NaN', 'Infinity', ' ', '\n', '\r', '\t', '\u00a0', '\u2028', '\uFEFF', '\u0000', "'a'", '//', '/*', 'x',
  );
  const jsonish = fc.oneof(
    { weight: 3, arbitrary: fc.array(tokens, { maxLength: 12 }).map((ts) => ts.join('')) },
    { weight: 2, arbitrary: fc.json({ maxDepth: 3 }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.nat(), tokens)
        .map(([j, a, b, t]) => {
          const at = a % (j.length + 1);
          return b % 2 ? j.slice(0, at) + t + j.slice(at) : j.slice(0, at) + j.slice(at + 1);
        }),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(deep, fc.constantFrom('', ',', ']', '}', 'x', ' '), fc.nat())
        .map(([raw, junk, cut]) => {
          const t = raw.text;
          // valid as it is, or with junk at the end, or cut short
          return cut % 3 === 0 ? t : cut % 3 === 1 ? t + junk : t.slice(0, t.length - 1 - (cut % Math.max(1, Math.min(t.length - 1, 50))));
        }),
    },
  );
  const bomOrNot = fc
    .tuple(fc.boolean(), jsonish)
    .map(([bom, t]) => (bom ? `\uFEFF${t}` : t))
    .map((t) => ({ text: t, [fc.toStringMethod]: () => showText(t) }));

  it('never throws, agrees with JSON.parse about validity, and locates every error', () => {
    check(
      fc.property(bomOrNot, ({ text: t }) => {
        texts++;
        const body = t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
        let valid = true;
        let expected: unknown;
        try {
          expected = JSON.parse(body);
        } catch {
          valid = false;
        }
        const result = parseJsonText(t);
        assert.equal(result.ok, valid, valid ? 'refused valid JSON' : 'accepted invalid JSON');
        if (result.ok) {
          assert.ok(sameJson(result.value, expected), 'a different value than JSON.parse');
          // The scanner agrees: it finds no error in valid text.
          const scan = locateSyntaxError(body);
          assert.equal(scan.message, 'the text is not valid JSON', `the scanner found an error in valid JSON: ${scan.message} at ${scan.line}:${scan.column}`);
        } else {
          const { line, column, message } = result.error;
          assertSyntaxPosition(body, `not valid JSON: ${message} (line ${line}, column ${column})`);
        }
      }),
      3_000,
    );
  });
});
