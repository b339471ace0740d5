/**
 * `parseDocument`: from JSON (text or value) to the normalized model of document.ts, or
 * to a list of problems, each with its JSON path and a plain sentence. Never throws.
 *
 * Normalization: a target shorthand becomes a list of targets, a criterion status
 * shorthand becomes an object, defaults are filled in (`better: "higher"`,
 * `tolerance: 0.05`, `kind: "goal"`), unknown fields are dropped and reported as warnings,
 * and links that are not http, https or relative are dropped with a warning.
 */
import {
  BETTER,
  CRITERION_STATUSES,
  DEFAULT_TOLERANCE,
  FORMAT_NOTATIONS,
  FORMAT_STYLES,
  FREQUENCIES,
  GOAL_KINDS,
  GOAL_STATUSES,
  MEASURE_STATUSES,
  SUPPORTED_MAJOR,
  type Award,
  type Certification,
  type CivicDocument,
  type CriterionResult,
  type Evidence,
  type Goal,
  type Jurisdiction,
  type Measure,
  type MeasureFormat,
  type MeasureValue,
  type ParseResult,
  type Problem,
  type StatusLabels,
  type StatusWords,
  type Target,
} from './document';
import { childPath } from './json-path';
import { parseJsonText } from './json-text';
import { comparePeriods } from './period';
import { readList, readProgram } from './program';
import { outlines as builtinPrograms, type ProgramOutline } from './programs/outlines';
import { Reader, describeValue, emptyMap, isObject, type JsonObject } from './reader';

const ROOT_FIELDS = ['$schema', 'civicstat', 'jurisdiction', 'updated', 'measures', 'goals', 'certifications', 'programs', 'statusLabels'];
const JURISDICTION_FIELDS = ['name', 'locale', 'url'];
const MEASURE_FIELDS = [
  'id', 'title', 'description', 'unit', 'format', 'better', 'values', 'target', 'baseline', 'tolerance',
  'status', 'comparisons', 'breakdown', 'narrative', 'source', 'goal', 'department', 'frequency',
];
const FORMAT_FIELDS = ['style', 'currency', 'unit', 'minimumFractionDigits', 'maximumFractionDigits', 'notation'];
const VALUE_FIELDS = ['period', 'value', 'note'];
const TARGET_FIELDS = ['value', 'label', 'period'];
const BASELINE_FIELDS = ['value', 'period'];
const COMPARISON_FIELDS = ['label', 'value', 'source'];
const BREAKDOWN_FIELDS = ['dimension', 'items'];
const BREAKDOWN_ITEM_FIELDS = ['label', 'value'];
const SOURCE_FIELDS = ['name', 'url'];
const GOAL_FIELDS = ['id', 'title', 'kind', 'parent', 'priority', 'outcome', 'department', 'status', 'due', 'measures'];
const CERTIFICATION_FIELDS = ['id', 'program', 'awarded', 'assessed', 'criteria'];
const AWARD_FIELDS = ['tier', 'date', 'expires', 'url'];
const CRITERION_RESULT_FIELDS = ['status', 'note', 'evidence'];
const EVIDENCE_FIELDS = ['label', 'url'];

/**
 * Reads a CivicStat document. `input` is the parsed JSON value, or JSON text (a syntax
 * error is then a problem at the root naming its line and column).
 */
export function parseDocument(input: unknown): ParseResult {
  const r = new Reader();
  let value = input;
  if (typeof input === 'string') {
    const text = parseJsonText(input);
    if (!text.ok) {
      const { line, column, message } = text.error;
      r.error('', `not valid JSON: ${message} (line ${line}, column ${column})`);
      return { ok: false, problems: r.problems, warnings: r.warnings };
    }
    value = text.value;
  }
  const document = readDocument(r, value);
  if (r.problems.length > 0 || !document) return { ok: false, problems: r.problems, warnings: r.warnings };
  return { ok: true, document, warnings: r.warnings };
}

/** Formats a problem as one line: `measures[3].values[2].value: expected a number or null, got "12"`. */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

function readDocument(r: Reader, raw: unknown): CivicDocument | undefined {
  const root = r.object(raw, '', ROOT_FIELDS, 'a CivicStat document (a JSON object)');
  if (!root) return undefined;

  const version = r.string(root, 'civicstat', '', { required: true });
  if (version !== undefined) {
    const match = /^(\d+)\.(\d+)$/.exec(version);
    if (!match) r.error('civicstat', `expected a format version like "1.0", got ${describeValue(version)}`);
    else if (Number(match[1]) !== SUPPORTED_MAJOR) {
      r.error('civicstat', `version ${version} is not supported: this library reads version ${SUPPORTED_MAJOR}.x documents`);
    }
  }
  r.string(root, '$schema', '');
  const jurisdiction = readJurisdiction(r, root);
  const updated = r.date(root, 'updated', '');

  const measures = readList(r, root, 'measures', '', false, (item, p) => readMeasure(r, item, p));
  r.uniqueIn(root, 'measures', '', 'measure');

  const goals = readList(r, root, 'goals', '', false, (item, p) => readGoal(r, item, p));
  r.uniqueIn(root, 'goals', '', 'goal');

  const certifications = readList(r, root, 'certifications', '', false, (item, p) => readCertification(r, item, p));
  r.uniqueIn(root, 'certifications', '', 'certification');

  const customPrograms = readList(r, root, 'programs', '', false, (item, p) => readProgram(r, item, p));
  for (const { value, path } of customPrograms) {
    if (value.id in builtinPrograms) {
      r.error(childPath(path, 'id'), `"${value.id}" is the id of a built-in program; give the custom program another id`);
    }
  }
  r.uniqueIn(root, 'programs', '', 'program');

  const statusLabels = readStatusLabels(r, root);
  checkReferences(r, measures, goals);
  const programIndex = new Map<string, ProgramOutline>();
  for (const p of Object.values(builtinPrograms)) programIndex.set(p.id, p);
  for (const { value } of customPrograms) {
    programIndex.set(value.id, { id: value.id, name: value.name, tiers: value.tiers.map((t) => t.id), criteria: value.criteria.map((c) => c.id) });
  }
  // A custom program with problems of its own is not in the index; its certifications are not
  // checked against it either, so that one mistake is reported once.
  const declaredIds = new Set(r.idsIn(root, 'programs', '').map((item) => item.id));
  for (const { value, path } of certifications) {
    if (programIndex.has(value.program) || !declaredIds.has(value.program)) checkCertification(r, value, path, programIndex);
  }

  if (version === undefined || jurisdiction === undefined) return undefined;
  const document: CivicDocument = {
    civicstat: version,
    jurisdiction,
    measures: measures.map((m) => m.value),
    goals: goals.map((g) => g.value),
    certifications: certifications.map((c) => c.value),
    programs: customPrograms.map((p) => p.value),
  };
  if (updated !== undefined) document.updated = updated;
  if (statusLabels !== undefined) document.statusLabels = statusLabels;
  return document;
}

function readJurisdiction(r: Reader, root: JsonObject): Jurisdiction | undefined {
  const raw = r.get(root, 'jurisdiction');
  if (raw === undefined) {
    r.error('jurisdiction', 'required field is missing');
    return undefined;
  }
  const obj = r.object(raw, 'jurisdiction', JURISDICTION_FIELDS);
  if (!obj) return undefined;
  const name = r.string(obj, 'name', 'jurisdiction', { required: true });
  const locale = r.string(obj, 'locale', 'jurisdiction');
  if (locale !== undefined && !isLocale(locale)) {
    r.error('jurisdiction.locale', `expected a language tag like "en-US" or "es", got ${describeValue(locale)}`);
  }
  const url = r.url(obj, 'url', 'jurisdiction');
  if (name === undefined) return undefined;
  const jurisdiction: Jurisdiction = { name };
  if (locale !== undefined && isLocale(locale)) jurisdiction.locale = locale;
  if (url !== undefined) jurisdiction.url = url;
  return jurisdiction;
}

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

function optional<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function readMeasure(r: Reader, raw: unknown, path: string): Measure | undefined {
  const m = r.object(raw, path, MEASURE_FIELDS);
  if (!m) return undefined;
  const before = r.problems.length;
  const id = r.slug(m, 'id', path, { required: true });
  const title = r.string(m, 'title', path, { required: true });
  const measure: Measure = {
    id: id ?? '',
    title: title ?? '',
    better: r.oneOf(m, 'better', path, BETTER) ?? 'higher',
    values: readValues(r, m, path),
    targets: readTargets(r, m, path),
    tolerance: r.number(m, 'tolerance', path, { min: 0 }) ?? DEFAULT_TOLERANCE,
    comparisons: readList(r, m, 'comparisons', path, false, (item, p) => {
      const c = r.object(item, p, COMPARISON_FIELDS);
      if (!c) return undefined;
      const label = r.string(c, 'label', p, { required: true });
      const value = r.number(c, 'value', p, { required: true });
      const source = r.string(c, 'source', p);
      if (label === undefined || value === undefined) return undefined;
      return source === undefined ? { label, value } : { label, value, source };
    }).map((c) => c.value),
  };
  optional(measure, 'description', r.string(m, 'description', path));
  optional(measure, 'unit', r.string(m, 'unit', path));
  optional(measure, 'format', readFormat(r, m, path));
  optional(measure, 'baseline', readBaseline(r, m, path));
  optional(measure, 'status', r.oneOf(m, 'status', path, MEASURE_STATUSES));
  optional(measure, 'breakdown', readBreakdown(r, m, path));
  optional(measure, 'narrative', r.string(m, 'narrative', path));
  optional(measure, 'source', readSource(r, m, path));
  optional(measure, 'goal', r.string(m, 'goal', path));
  optional(measure, 'department', r.string(m, 'department', path));
  optional(measure, 'frequency', r.oneOf(m, 'frequency', path, FREQUENCIES));
  return r.problems.length > before ? undefined : measure;
}

function readFormat(r: Reader, m: JsonObject, path: string): MeasureFormat | undefined {
  const raw = r.get(m, 'format');
  if (raw === undefined) return undefined;
  const p = childPath(path, 'format');
  const f = r.object(raw, p, FORMAT_FIELDS);
  if (!f) return undefined;
  const format: MeasureFormat = {};
  optional(format, 'style', r.oneOf(f, 'style', p, FORMAT_STYLES));
  optional(format, 'currency', r.string(f, 'currency', p));
  optional(format, 'unit', r.string(f, 'unit', p));
  optional(format, 'minimumFractionDigits', r.number(f, 'minimumFractionDigits', p, { min: 0, max: 20, integer: true }));
  optional(format, 'maximumFractionDigits', r.number(f, 'maximumFractionDigits', p, { min: 0, max: 20, integer: true }));
  optional(format, 'notation', r.oneOf(f, 'notation', p, FORMAT_NOTATIONS));
  if (format.style === 'currency' && format.currency === undefined) {
    r.error(childPath(p, 'currency'), 'required when style is "currency" (an ISO 4217 code such as "USD")');
  }
  if (format.style === 'unit' && format.unit === undefined) {
    r.error(childPath(p, 'unit'), 'required when style is "unit" (a unit such as "minute" or "percent")');
  }
  if (
    format.minimumFractionDigits !== undefined &&
    format.maximumFractionDigits !== undefined &&
    format.minimumFractionDigits > format.maximumFractionDigits
  ) {
    r.error(childPath(p, 'maximumFractionDigits'), 'must not be smaller than minimumFractionDigits');
  }
  if (format.currency !== undefined && !intlAccepts({ style: 'currency', currency: format.currency })) {
    r.error(childPath(p, 'currency'), `expected an ISO 4217 currency code such as "USD", got ${describeValue(format.currency)}`);
  }
  if (format.unit !== undefined && !intlAccepts({ style: 'unit', unit: format.unit })) {
    r.error(
      childPath(p, 'unit'),
      `expected a unit that browsers can format (such as "minute", "day", "percent", "mile", "kilometer-per-hour"), got ${describeValue(format.unit)}`,
    );
  }
  return format;
}

function intlAccepts(options: Intl.NumberFormatOptions): boolean {
  try {
    new Intl.NumberFormat('en', options);
    return true;
  } catch {
    return false;
  }
}

function readValues(r: Reader, m: JsonObject, path: string): MeasureValue[] {
  const entries = readList(r, m, 'values', path, false, (item, p): MeasureValue | undefined => {
    const v = r.object(item, p, VALUE_FIELDS);
    if (!v) return undefined;
    const period = r.period(v, 'period', p, { required: true });
    const valuePath = childPath(p, 'value');
    const rawValue = r.get(v, 'value');
    let value: number | null | undefined;
    if (rawValue === undefined) r.error(valuePath, 'required field is missing (use null for a period with no figure)');
    else if (rawValue === null) value = null;
    else if (typeof rawValue === 'number' && Number.isFinite(rawValue)) value = rawValue;
    else r.error(valuePath, `expected a number or null, got ${describeValue(rawValue)}`);
    const note = r.string(v, 'note', p);
    if (period === undefined || value === undefined) return undefined;
    return note === undefined ? { period, value } : { period, value, note };
  });
  for (let i = 1; i < entries.length; i++) {
    const prev = entries[i - 1]!;
    const cur = entries[i]!;
    const order = comparePeriods(prev.value.period, cur.value.period);
    if (order >= 0) {
      r.error(
        childPath(cur.path, 'period'),
        order === 0
          ? `"${cur.value.period}" repeats the period before it; each period appears once`
          : `"${cur.value.period}" comes before "${prev.value.period}"; values must be in chronological order`,
      );
    }
  }
  return entries.map((e) => e.value);
}

function readTargets(r: Reader, m: JsonObject, path: string): Target[] {
  const raw = r.get(m, 'target');
  if (raw === undefined) return [];
  const p = childPath(path, 'target');
  const one = (item: unknown, at: string): Target | undefined => {
    if (typeof item === 'number') return r.numberValue(item, at) === undefined ? undefined : { value: item };
    if (!isObject(item)) {
      r.error(at, `expected a number or an object with "value", got ${describeValue(item)}`);
      return undefined;
    }
    const t = r.object(item, at, TARGET_FIELDS)!;
    const value = r.number(t, 'value', at, { required: true });
    const label = r.string(t, 'label', at);
    const period = r.period(t, 'period', at);
    if (value === undefined) return undefined;
    const target: Target = { value };
    optional(target, 'label', label);
    optional(target, 'period', period);
    return target;
  };
  if (!Array.isArray(raw)) {
    const t = one(raw, p);
    return t ? [t] : [];
  }
  if (raw.length === 0) r.error(p, 'an empty list; leave "target" out when a measure has no target');
  return raw.map((item, i) => one(item, childPath(p, i))).filter((t): t is Target => t !== undefined);
}

function readBaseline(r: Reader, m: JsonObject, path: string) {
  const raw = r.get(m, 'baseline');
  if (raw === undefined) return undefined;
  const p = childPath(path, 'baseline');
  const b = r.object(raw, p, BASELINE_FIELDS);
  if (!b) return undefined;
  const value = r.number(b, 'value', p, { required: true });
  const period = r.period(b, 'period', p);
  if (value === undefined) return undefined;
  return period === undefined ? { value } : { value, period };
}

function readBreakdown(r: Reader, m: JsonObject, path: string) {
  const raw = r.get(m, 'breakdown');
  if (raw === undefined) return undefined;
  const p = childPath(path, 'breakdown');
  const b = r.object(raw, p, BREAKDOWN_FIELDS);
  if (!b) return undefined;
  const dimension = r.string(b, 'dimension', p, { required: true });
  const items = readList(r, b, 'items', p, true, (item, ip) => {
    const o = r.object(item, ip, BREAKDOWN_ITEM_FIELDS);
    if (!o) return undefined;
    const label = r.string(o, 'label', ip, { required: true });
    const value = r.number(o, 'value', ip, { required: true });
    return label === undefined || value === undefined ? undefined : { label, value };
  }).map((i) => i.value);
  return dimension === undefined ? undefined : { dimension, items };
}

function readSource(r: Reader, m: JsonObject, path: string) {
  const raw = r.get(m, 'source');
  if (raw === undefined) return undefined;
  const p = childPath(path, 'source');
  const s = r.object(raw, p, SOURCE_FIELDS);
  if (!s) return undefined;
  const name = r.string(s, 'name', p, { required: true });
  const url = r.url(s, 'url', p);
  if (name === undefined) return undefined;
  return url === undefined ? { name } : { name, url };
}

function readGoal(r: Reader, raw: unknown, path: string): Goal | undefined {
  const g = r.object(raw, path, GOAL_FIELDS);
  if (!g) return undefined;
  const before = r.problems.length;
  const goal: Goal = {
    id: r.slug(g, 'id', path, { required: true }) ?? '',
    title: r.string(g, 'title', path, { required: true }) ?? '',
    kind: r.oneOf(g, 'kind', path, GOAL_KINDS) ?? 'goal',
    measures: r.strings(g, 'measures', path),
  };
  optional(goal, 'parent', r.string(g, 'parent', path));
  optional(goal, 'priority', r.string(g, 'priority', path));
  optional(goal, 'outcome', r.string(g, 'outcome', path));
  optional(goal, 'department', r.string(g, 'department', path));
  optional(goal, 'status', r.oneOf(g, 'status', path, GOAL_STATUSES));
  optional(goal, 'due', r.date(g, 'due', path));
  return r.problems.length > before ? undefined : goal;
}

function readCertification(r: Reader, raw: unknown, path: string): Certification | undefined {
  const c = r.object(raw, path, CERTIFICATION_FIELDS);
  if (!c) return undefined;
  const before = r.problems.length;
  const id = r.slug(c, 'id', path, { required: true });
  const program = r.string(c, 'program', path, { required: true });
  const certification: Certification = { id: id ?? '', program: program ?? '', criteria: emptyMap<CriterionResult>() };
  optional(certification, 'awarded', readAward(r, c, path));
  optional(certification, 'assessed', r.date(c, 'assessed', path));
  const criteriaRaw = r.get(c, 'criteria');
  if (criteriaRaw !== undefined) {
    const cp = childPath(path, 'criteria');
    if (!isObject(criteriaRaw)) r.error(cp, `expected an object of criterion id → status, got ${describeValue(criteriaRaw)}`);
    else {
      for (const key of Object.keys(criteriaRaw)) {
        const result = readCriterionResult(r, criteriaRaw[key], childPath(cp, key));
        if (result) certification.criteria[key] = result;
      }
    }
  }
  return r.problems.length > before ? undefined : certification;
}

function readAward(r: Reader, c: JsonObject, path: string): Award | undefined {
  const raw = r.get(c, 'awarded');
  if (raw === undefined) return undefined;
  const p = childPath(path, 'awarded');
  const a = r.object(raw, p, AWARD_FIELDS);
  if (!a) return undefined;
  const tier = r.string(a, 'tier', p, { required: true });
  if (tier === undefined) return undefined;
  const award: Award = { tier };
  optional(award, 'date', r.date(a, 'date', p));
  optional(award, 'expires', r.date(a, 'expires', p));
  optional(award, 'url', r.url(a, 'url', p));
  if (award.date && award.expires && award.expires < award.date) {
    r.error(childPath(p, 'expires'), `expires (${award.expires}) before it was awarded (${award.date})`);
  }
  return award;
}

function readCriterionResult(r: Reader, raw: unknown, path: string): CriterionResult | undefined {
  const expected = `expected ${CRITERION_STATUSES.map((s) => `"${s}"`).join(', ')} or an object with "status"`;
  if (typeof raw === 'string') {
    if ((CRITERION_STATUSES as readonly string[]).includes(raw)) return { status: raw as CriterionResult['status'], evidence: [] };
    r.error(path, `${expected}, got ${describeValue(raw)}`);
    return undefined;
  }
  if (!isObject(raw)) {
    r.error(path, `${expected}, got ${describeValue(raw)}`);
    return undefined;
  }
  const o = r.object(raw, path, CRITERION_RESULT_FIELDS)!;
  const status = r.oneOf(o, 'status', path, CRITERION_STATUSES, { required: true });
  const note = r.string(o, 'note', path);
  const evidence = readList(r, o, 'evidence', path, false, (item, p): Evidence | undefined => {
    const e = r.object(item, p, EVIDENCE_FIELDS);
    if (!e) return undefined;
    const label = r.string(e, 'label', p, { required: true });
    const url = r.url(e, 'url', p, { required: true });
    // An unsafe link is dropped (with a warning); the evidence item goes with it.
    return label === undefined || url === undefined ? undefined : { label, url };
  }).map((e) => e.value);
  if (status === undefined) return undefined;
  const result: CriterionResult = { status, evidence };
  optional(result, 'note', note);
  return result;
}

function checkReferences(
  r: Reader,
  measures: { value: Measure; path: string }[],
  goals: { value: Goal; path: string }[],
): void {
  const goalIds = new Map(goals.map((g) => [g.value.id, g.value]));
  const measureIds = new Set(measures.map((m) => m.value.id));
  for (const { value, path } of measures) {
    if (value.goal !== undefined && !goalIds.has(value.goal)) {
      r.error(childPath(path, 'goal'), `goal ${describeValue(value.goal)} is not in the document's goals`);
    }
  }
  for (const { value, path } of goals) {
    if (value.parent !== undefined) {
      if (!goalIds.has(value.parent)) r.error(childPath(path, 'parent'), `parent ${describeValue(value.parent)} is not in the document's goals`);
      else {
        // Walk up the tree; meeting this goal again means a loop.
        const seen = new Set<string>([value.id]);
        let at: Goal | undefined = goalIds.get(value.parent);
        while (at) {
          if (seen.has(at.id)) {
            r.error(childPath(path, 'parent'), `parent ${describeValue(value.parent)} makes a loop: goal "${value.id}" is its own ancestor`);
            break;
          }
          seen.add(at.id);
          at = at.parent === undefined ? undefined : goalIds.get(at.parent);
        }
      }
    }
    value.measures.forEach((id, i) => {
      if (!measureIds.has(id)) r.error(childPath(childPath(path, 'measures'), i), `measure ${describeValue(id)} is not in the document's measures`);
    });
  }
}

function checkCertification(r: Reader, cert: Certification, path: string, programIndex: Map<string, ProgramOutline>): void {
  const program = programIndex.get(cert.program);
  if (!program) {
    const known = [...programIndex.keys()].map((id) => `"${id}"`).join(', ');
    r.error(childPath(path, 'program'), `program ${describeValue(cert.program)} is neither built in nor declared in "programs" (known: ${known})`);
    return;
  }
  if (cert.awarded && !program.tiers.includes(cert.awarded.tier)) {
    const tiers = program.tiers.map((t) => `"${t}"`).join(', ');
    r.error(childPath(childPath(path, 'awarded'), 'tier'), `${program.name} has no tier ${describeValue(cert.awarded.tier)} (its tiers: ${tiers})`);
  }
  checkCriteria(r, cert, path, program);
}

/**
 * Checks the criterion ids of a certification against its program. An id the program had in
 * an earlier edition (`formerIds`) is read as its successor, with a warning naming the new id
 * (several former ids that one criterion replaces merge: met only when each was); one with no
 * successor is dropped with a warning. Any other unknown id is an error.
 */
export function checkCriteria(r: Reader, cert: Certification, path: string, program: ProgramOutline): void {
  const criterionIds = new Set(program.criteria);
  const criteriaPath = childPath(path, 'criteria');
  const given = Object.keys(cert.criteria);
  for (const key of given) {
    if (criterionIds.has(key)) continue;
    const at = childPath(criteriaPath, key);
    const former = program.formerIds;
    if (!former || !Object.prototype.hasOwnProperty.call(former, key)) {
      r.error(at, `${describeValue(key)} is not a criterion of ${program.name} (${program.id})`);
      continue;
    }
    const result = cert.criteria[key]!;
    delete cert.criteria[key];
    const successor = former[key];
    if (successor === null || successor === undefined) {
      r.warn(at, `${describeValue(key)} is no longer a criterion of ${program.name} (${program.id}) and has no successor: it is not counted`);
    } else if (given.includes(successor)) {
      r.warn(at, `${describeValue(key)} is now "${successor}" in ${program.name} (${program.id}), which the certification also lists: this entry is not counted`);
    } else {
      const merged = cert.criteria[successor];
      cert.criteria[successor] = merged ? mergeResults(merged, result) : result;
      r.warn(
        at,
        `${describeValue(key)} is now "${successor}" in ${program.name} (${program.id}): read as "${successor}"${merged ? ', together with the other former criteria it replaces (met only when all of them are)' : ''}; rename it in the document`,
      );
    }
  }
}

const STATUS_RANK: Record<CriterionResult['status'], number> = { 'not-met': 0, 'in-progress': 1, met: 2 };

/**
 * Two results of former criteria that one criterion now replaces, as one: the lesser status
 * (the new criterion is met only when each former one was), both notes, every evidence link.
 */
function mergeResults(a: CriterionResult, b: CriterionResult): CriterionResult {
  const merged: CriterionResult = {
    status: STATUS_RANK[b.status] < STATUS_RANK[a.status] ? b.status : a.status,
    evidence: [...a.evidence, ...b.evidence],
  };
  const notes = [a.note, b.note].filter((n): n is string => n !== undefined && n.trim() !== '');
  if (notes.length > 0) merged.note = notes.join(' ');
  return merged;
}

/**
 * `statusLabels`: the city's words for the measure statuses, flat (`{ "on-track": "On Target" }`)
 * or per locale (`{ "en": { … }, "es": { … } }`). The form is per locale when no key is a status
 * and some value is an object. A key that is no status is ignored with a warning, as unknown
 * fields are (a newer document may name more statuses); a word must be non-empty text.
 */
function readStatusLabels(r: Reader, root: JsonObject): StatusLabels | undefined {
  const raw = r.get(root, 'statusLabels');
  if (raw === undefined) return undefined;
  const path = 'statusLabels';
  const like = '{"on-track": "On Target"}';
  if (!isObject(raw)) {
    r.error(path, `expected an object like ${like} or {"en": ${like}}, got ${describeValue(raw)}`);
    return undefined;
  }
  const keys = Object.keys(raw);
  const before = r.problems.length;
  let labels: StatusLabels;
  if (keys.some(isStatus) || !keys.some((k) => isObject(raw[k]))) labels = { all: readStatusWords(r, raw, path, true) };
  else {
    const byLocale = emptyMap<StatusWords>();
    for (const tag of keys) {
      const at = childPath(path, tag);
      const value = raw[tag];
      if (!isLocale(tag)) r.error(at, `expected a language tag like "en" or "es-MX", got ${describeValue(tag)}`);
      else if (!isObject(value)) r.error(at, `expected an object like ${like}, got ${describeValue(value)}`);
      else byLocale[tag] = readStatusWords(r, value, at, false);
    }
    labels = { byLocale };
  }
  return r.problems.length > before ? undefined : labels;
}

const isStatus = (key: string) => (MEASURE_STATUSES as readonly string[]).includes(key);

/** One set of status words. `top`: the flat form, where an object is one language's words out of place. */
function readStatusWords(r: Reader, obj: JsonObject, path: string, top: boolean): StatusWords {
  const words: StatusWords = {};
  for (const key of Object.keys(obj)) {
    if (isStatus(key)) optional(words, key as keyof StatusWords, r.string(obj, key, path, { required: true }));
    else if (top && isObject(obj[key])) r.error(childPath(path, key), 'words for one language beside words for every language: use one form or the other');
    else r.warn(childPath(path, key), `unknown status ${describeValue(key)} is ignored (the statuses: ${MEASURE_STATUSES.join(', ')})`);
  }
  return words;
}
