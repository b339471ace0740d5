/**
 * `civicstat import TABLE.csv`: one measure's figures from a table in long form (SPEC §6).
 *
 * A table has a period column (`Year`, `Period`, `Date`, `Month`, `Quarter`, `Fiscal year`…),
 * a `Value` column, an optional `Units` column and any number of breakdown columns. Rows whose
 * breakdown cells are all blank are the measure's `values`; rows with a breakdown label give its
 * `breakdown`, from the latest period that has any.
 *
 * CSV is read by csv-parse (quoted fields, line breaks in quotes, a byte-order mark, CRLF);
 * the separator is `,`, `;` or a tab, found from the header line unless given.
 * The document is edited as text, so everything outside the measure stays byte for byte.
 */
import { parse as parseCsv, CsvError } from 'csv-parse/sync';
// The ES module build: the package's default (UMD) build loads its parts with a dynamic require.
import { parseTree, type Node as JsonNode } from 'jsonc-parser/lib/esm/main.js';
import type { Breakdown, MeasureValue } from '../core/document';
import { comparePeriods, parsePeriod } from '../core/period';

/** Names (lower case) a period column may have. */
export const PERIOD_COLUMNS = [
  'period', 'year', 'date', 'month', 'quarter', 'week', 'day', 'fiscal year', 'fiscal_year', 'fiscalyear',
  'fiscal period', 'fy', 'time period', 'time_period', 'reporting period', 'reporting_period',
];
const VALUE_COLUMNS = ['value'];
const UNIT_COLUMNS = ['units', 'unit'];

export type Delimiter = ',' | ';' | '\t';

export interface ImportedTable {
  delimiter: Delimiter;
  /** The `Units` cells, when the table has any (they all agree). */
  unit?: string;
  /** Chronological. */
  values: MeasureValue[];
  breakdown?: Breakdown;
  /** The period the breakdown is for. */
  breakdownPeriod?: string;
}

export type TableResult = { ok: true; table: ImportedTable } | { ok: false; problems: string[] };

/** `row N, column "X": ` — rows count from 1, the header being row 1. */
function at(row: number, column?: string): string {
  return column === undefined ? `row ${row}: ` : `row ${row}, column "${column}": `;
}

/** The separator: `;` or a tab when the header line has more of them than commas (outside quotes). */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c as Delimiter]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

/**
 * A number as spreadsheets write it. With `,` or tab separators: `1,234.5` (comma groups of three).
 * With `;` (European spreadsheets): `1.234,5` or `1 234,5` (decimal comma); `12.5` without a comma
 * is read with a decimal point unless the dots group digits by three (`1.234` is 1234).
 */
export function parseNumber(text: string, delimiter: Delimiter): number | undefined {
  const s = text.trim();
  const exponent = /^[-+]?(\d+\.?\d*|\.\d+)[eE][-+]?\d+$/;
  if (exponent.test(s)) return Number(s);
  let normalized: string | undefined;
  if (delimiter === ';') {
    let m: RegExpExecArray | null;
    if ((m = /^([-+]?)(\d{1,3}(?:[. \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?$/.exec(s))) {
      normalized = `${m[1]}${m[2]!.replace(/[. \u00a0\u202f]/g, '')}${m[3] !== undefined ? `.${m[3]}` : ''}`;
    } else if ((m = /^([-+]?)(\d*)\.(\d+)$/.exec(s))) normalized = s;
    else if ((m = /^([-+]?),(\d+)$/.exec(s))) normalized = `${m[1]}0.${m[2]}`;
  } else {
    const m = /^([-+]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/.exec(s);
    if (m && (m[2] !== undefined || m[3] !== undefined)) {
      normalized = `${m[1]}${(m[2] ?? '0').replace(/,/g, '')}${m[3] !== undefined ? `.${m[3]}` : ''}`;
    }
  }
  if (normalized === undefined) return undefined;
  const n = Number(normalized);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * A CivicStat period from a cell: valid periods as they are, plus `2024 Q1`, `Q1 2024`, `2024Q1`,
 * `fy 2024`, `FY 2023-24` and `2023/24` (fiscal year 2024), `2024/03` and `2024-3` (a month), a
 * timestamp `2024-03-05T…` (its date), and in a column named like "Fiscal year" a bare `2024`
 * (`FY2024`). `undefined` when the cell is none of these.
 */
export function normalizePeriod(cell: string, fiscal = false): string | undefined {
  const s = cell.trim().replace(/\s+/g, ' ');
  if (parsePeriod(s)) return fiscal && /^\d{4}$/.test(s) ? `FY${s}` : s;
  let m: RegExpExecArray | null;
  const valid = (p: string) => (parsePeriod(p) ? p : undefined);
  if ((m = /^(\d{4}) ?[-/ ]? ?q([1-4])$/i.exec(s))) return `${m[1]}-Q${m[2]}`;
  if ((m = /^q([1-4]) ?[-/ ]? ?(\d{4})$/i.exec(s))) return `${m[2]}-Q${m[1]}`;
  if ((m = /^fy ?-?(\d{4})$/i.exec(s))) return `FY${m[1]}`;
  const fiscalRange = (first: string, second: string) => {
    const start = Number(first);
    const end = second.length === 2 ? Math.floor((start + 1) / 100) * 100 + Number(second) : Number(second);
    return end === start + 1 ? `FY${String(end).padStart(4, '0')}` : undefined;
  };
  if ((m = /^fy ?(\d{4}) ?[-/–] ?(\d{2}|\d{4})$/i.exec(s))) return fiscalRange(m[1]!, m[2]!);
  if ((m = /^(\d{4}) ?[/–] ?(\d{2}|\d{4})$/.exec(s))) {
    const fy = fiscalRange(m[1]!, m[2]!);
    if (fy) return fy;
  }
  if (fiscal && (m = /^(\d{4})-(\d{2}|\d{4})$/.exec(s))) {
    const fy = fiscalRange(m[1]!, m[2]!);
    if (fy) return fy;
  }
  if ((m = /^(\d{4})[-/](\d{1,2})$/.exec(s))) return valid(`${m[1]}-${m[2]!.padStart(2, '0')}`);
  if ((m = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(s))) return valid(m[1]!);
  return undefined;
}

function isFiscalColumn(name: string): boolean {
  return /fiscal|^fy$/.test(name);
}

/** Reads the table; every problem names its row and, when it is about a cell, its column. */
export function readTable(text: string, delimiterOption?: Delimiter): TableResult {
  const delimiter = delimiterOption ?? detectDelimiter(text);
  let records: string[][];
  try {
    records = parseCsv(text, { bom: true, delimiter, relax_column_count: true, relax_quotes: false }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { ok: false, problems: [`not a readable CSV table: ${error.message}`] };
  }
  const problems: string[] = [];
  const header = records[0];
  if (!header || header.every((h) => h.trim() === '')) return { ok: false, problems: ['the table is empty (no header row)'] };
  const names = header.map((h) => h.trim().replace(/\s+/g, ' '));
  const keys = names.map((h) => h.toLowerCase().replace(/\s+/g, ' '));

  const find = (accepted: string[], what: string): number | undefined => {
    const found = keys.flatMap((k, i) => (accepted.includes(k) ? [i] : []));
    if (found.length > 1) {
      problems.push(`${at(1)}two ${what} columns, ${found.map((i) => `"${names[i]}"`).join(' and ')}; keep one`);
    }
    return found[0];
  };
  const periodCol = find(PERIOD_COLUMNS, 'period');
  const valueCol = find(VALUE_COLUMNS, 'value');
  const unitCol = find(UNIT_COLUMNS, 'units');
  if (periodCol === undefined) {
    problems.push(`${at(1)}no period column (name one "Year", "Period", "Date", "Month", "Quarter" or "Fiscal year"); the columns are ${names.map((n) => `"${n}"`).join(', ')}`);
  }
  if (valueCol === undefined) {
    problems.push(`${at(1)}no "Value" column; the columns are ${names.map((n) => `"${n}"`).join(', ')}`);
  }
  const rows = records.slice(1);
  const cell = (row: string[], i: number) => (row[i] ?? '').trim();
  const blankRow = (row: string[]) => row.every((c) => c.trim() === '');
  // Every other column is a breakdown dimension; one with a blank header and no values is ignored
  // (spreadsheets leave such columns after a trailing separator).
  const dimensionCols: number[] = [];
  names.forEach((name, i) => {
    if (i === periodCol || i === valueCol || i === unitCol || keys.indexOf(keys[i]!) !== i) return;
    if (name === '') {
      if (rows.some((row) => cell(row, i) !== '')) problems.push(`${at(1)}column ${i + 1} has values but no name`);
      return;
    }
    dimensionCols.push(i);
  });
  if (problems.length > 0) return { ok: false, problems };

  const usedDimensions = dimensionCols.filter((i) => rows.some((row) => cell(row, i) !== ''));
  if (usedDimensions.length > 1) {
    return {
      ok: false,
      problems: [
        `${at(1)}the table breaks figures down by ${usedDimensions.map((i) => `"${names[i]}"`).join(' and ')}; a measure holds one breakdown, so keep one of these columns (or split the table)`,
      ],
    };
  }
  const dimensionCol = usedDimensions[0];

  let unit: { text: string; row: number } | undefined;
  const totals = new Map<string, { row: number; value: MeasureValue }>();
  const parts = new Map<string, { row: number; period: string; label: string; value: number | null }>();
  const fiscal = periodCol !== undefined && isFiscalColumn(keys[periodCol]!);
  rows.forEach((row, index) => {
    const rowNumber = index + 2;
    if (blankRow(row)) return;
    if (row.length > names.length && row.slice(names.length).some((c) => c.trim() !== '')) {
      problems.push(`${at(rowNumber)}${row.length} cells, but the header has ${names.length} columns`);
      return;
    }
    const before = problems.length;
    const periodText = cell(row, periodCol!);
    const period = normalizePeriod(periodText, fiscal);
    if (periodText === '') problems.push(`${at(rowNumber, names[periodCol!])}the period is blank`);
    else if (period === undefined) {
      problems.push(`${at(rowNumber, names[periodCol!])}"${periodText}" is not a period (write 2024, FY2024, 2024-Q1, 2024-03 or 2024-03-15)`);
    }
    const valueText = cell(row, valueCol!);
    const value = valueText === '' ? null : parseNumber(valueText, delimiter);
    if (value === undefined) problems.push(`${at(rowNumber, names[valueCol!])}"${valueText}" is not a number`);
    if (unitCol !== undefined) {
      const u = cell(row, unitCol);
      if (u !== '') {
        if (unit === undefined) unit = { text: u, row: rowNumber };
        else if (u.toLowerCase() !== unit.text.toLowerCase()) {
          problems.push(`${at(rowNumber, names[unitCol])}"${u}" differs from "${unit.text}" in row ${unit.row}; a measure has one unit`);
        }
      }
    }
    if (problems.length > before || period === undefined || value === undefined) return;
    const label = dimensionCol === undefined ? '' : cell(row, dimensionCol).replace(/\s+/g, ' ');
    if (label === '') {
      const seen = totals.get(period);
      if (seen) problems.push(`${at(rowNumber, names[periodCol!])}period "${period}" is already in row ${seen.row}`);
      else totals.set(period, { row: rowNumber, value: { period, value } });
    } else {
      const key = `${period}\u0000${label}`;
      const seen = parts.get(key);
      if (seen) problems.push(`${at(rowNumber, names[periodCol!])}period "${period}" for "${label}" is already in row ${seen.row}`);
      else parts.set(key, { row: rowNumber, period, label, value });
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  if (totals.size === 0 && parts.size === 0) return { ok: false, problems: ['the table has a header but no rows of figures'] };

  const values = [...totals.values()].map((t) => t.value).sort((a, b) => comparePeriods(a.period, b.period));
  const table: ImportedTable = { delimiter, values };
  if (unit) table.unit = unit.text;
  if (dimensionCol !== undefined && parts.size > 0) {
    const periods = [...new Set([...parts.values()].map((p) => p.period))].sort(comparePeriods);
    const latest = periods[periods.length - 1]!;
    const items = [...parts.values()]
      .filter((p) => p.period === latest && p.value !== null)
      .map((p) => ({ label: p.label, value: p.value as number }));
    table.breakdown = { dimension: names[dimensionCol]!, items };
    table.breakdownPeriod = latest;
  }
  return { ok: true, table };
}

/** A measure id from a file name: `311 Response Times.csv` → `311-response-times`. */
export function slugFromFileName(name: string): string {
  return name
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/* ---------- Writing JSON text ---------- */

const MEASURE_ORDER = [
  'id', 'title', 'description', 'unit', 'format', 'better', 'frequency', 'values', 'target', 'baseline', 'tolerance',
  'status', 'comparisons', 'breakdown', 'narrative', 'source', 'goal', 'department',
];
const ROOT_ORDER = ['$schema', 'civicstat', 'jurisdiction', 'updated', 'measures', 'goals', 'certifications', 'programs'];

const json = (v: unknown) => JSON.stringify(v);

function valuesText(values: MeasureValue[], indent: string): string {
  if (values.length === 0) return '[]';
  const lines = values.map((v) => {
    const note = v.note === undefined ? '' : `, "note": ${json(v.note)}`;
    return `${indent}  { "period": ${json(v.period)}, "value": ${json(v.value)}${note} }`;
  });
  return `[\n${lines.join(',\n')}\n${indent}]`;
}

function breakdownText(b: Breakdown, indent: string): string {
  const items = b.items.map((i) => `${indent}    { "label": ${json(i.label)}, "value": ${json(i.value)} }`);
  const list = items.length === 0 ? '[]' : `[\n${items.join(',\n')}\n${indent}  ]`;
  return `{\n${indent}  "dimension": ${json(b.dimension)},\n${indent}  "items": ${list}\n${indent}}`;
}

/** A new measure as JSON text whose first line is not indented and whose other lines are. */
function measureText(id: string, title: string, table: ImportedTable, indent: string): string {
  const inner = `${indent}  `;
  const members = [`${inner}"id": ${json(id)}`, `${inner}"title": ${json(title)}`];
  if (table.unit !== undefined) members.push(`${inner}"unit": ${json(table.unit)}`);
  members.push(`${inner}"values": ${valuesText(table.values, inner)}`);
  if (table.breakdown) members.push(`${inner}"breakdown": ${breakdownText(table.breakdown, inner)}`);
  return `{\n${members.join(',\n')}\n${indent}}`;
}

export interface NewDocumentOptions {
  id: string;
  title: string;
  jurisdiction: string;
}

/** A new, minimal document with the one measure. */
export function newDocumentText(table: ImportedTable, options: NewDocumentOptions): string {
  return `{
  "$schema": "https://unpkg.com/civicstat@1/schema/civicstat.schema.json",
  "civicstat": "1.0",
  "jurisdiction": { "name": ${json(options.jurisdiction)} },
  "measures": [
    ${measureText(options.id, options.title, table, '    ')}
  ]
}
`;
}

interface Edit {
  offset: number;
  length: number;
  text: string;
}

function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

function property(object: JsonNode, key: string): JsonNode | undefined {
  return object.children?.find((p) => p.children?.[0]?.value === key);
}

/** An edit that adds `"key": valueText` to an object, after the members that come before it in `order`. */
function insertMember(text: string, object: JsonNode, key: string, render: (indent: string) => string, order: string[]): Edit {
  const members = object.children ?? [];
  const rank = order.indexOf(key);
  let after: JsonNode | undefined;
  for (const m of members) {
    const r = order.indexOf(String(m.children?.[0]?.value));
    if (r !== -1 && r < rank) after = m;
  }
  if (members.length === 0) {
    const indent = `${lineIndent(text, object.offset)}  `;
    return { offset: object.offset + 1, length: object.length - 2, text: `\n${indent}${json(key)}: ${render(indent)}\n${lineIndent(text, object.offset)}` };
  }
  const anchor = after ?? members[0]!;
  const indent = lineIndent(text, anchor.offset);
  const member = `${json(key)}: ${render(indent)}`;
  if (after) return { offset: after.offset + after.length, length: 0, text: `,\n${indent}${member}` };
  return { offset: anchor.offset, length: 0, text: `${member},\n${indent}` };
}

function applyEdits(text: string, edits: Edit[]): string {
  // New lines end the way the file's lines do.
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let out = text;
  // From the end, so that offsets stay right; edits at one offset end up in the order given.
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.offset - a.e.offset || b.i - a.i);
  for (const { e } of order) {
    out = out.slice(0, e.offset) + e.text.replace(/\r?\n/g, eol) + out.slice(e.offset + e.length);
  }
  return out;
}

export interface IntoOptions {
  id: string;
  title: string;
}

export type IntoResult = { ok: true; text: string; added: boolean } | { ok: false; problem: string };

/**
 * The document text with the measure's `values` (and `breakdown`, when the table has one, and
 * `unit`, when the measure has none) replaced or added, or the measure added at the end of
 * `measures`. Everything else is left as it was, byte for byte. `text` must be a valid document.
 */
export function importInto(text: string, table: ImportedTable, options: IntoOptions): IntoResult {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const body = text.slice(bom.length);
  const root = parseTree(body);
  if (!root || root.type !== 'object') return { ok: false, problem: 'not a JSON object' };
  const measuresProp = property(root, 'measures');
  const edits: Edit[] = [];
  let added = false;
  if (!measuresProp) {
    edits.push(insertMember(body, root, 'measures', (indent) => `[\n${indent}  ${measureText(options.id, options.title, table, `${indent}  `)}\n${indent}]`, ROOT_ORDER));
    added = true;
  } else {
    const list = measuresProp.children![1]!;
    const measure = list.children?.find((m) => m.type === 'object' && property(m, 'id')?.children?.[1]?.value === options.id);
    if (!measure) {
      const items = list.children ?? [];
      const last = items[items.length - 1];
      if (last) {
        const indent = lineIndent(body, last.offset);
        edits.push({ offset: last.offset + last.length, length: 0, text: `,\n${indent}${measureText(options.id, options.title, table, indent)}` });
      } else {
        const outer = lineIndent(body, measuresProp.offset);
        const indent = `${outer}  `;
        edits.push({ offset: list.offset, length: list.length, text: `[\n${indent}${measureText(options.id, options.title, table, indent)}\n${outer}]` });
      }
      added = true;
    } else if (!body.slice(measure.offset, measure.children![0]!.offset).includes('\n')) {
      // A measure written on one line: first one member per line (each as it was written), then the edits.
      const indent = lineIndent(body, measure.offset);
      const members = measure.children!.map((m) => `${indent}  ${body.slice(m.offset, m.offset + m.length)}`);
      const expanded = applyEdits(body, [{ offset: measure.offset, length: measure.length, text: `{\n${members.join(',\n')}\n${indent}}` }]);
      const result = importInto(expanded, table, options);
      return result.ok ? { ...result, text: bom + result.text } : result;
    } else {
      if (table.unit !== undefined) {
        const unitProp = property(measure, 'unit');
        const current = unitProp?.children?.[1]?.value;
        if (typeof current === 'string' && current.toLowerCase() !== table.unit.toLowerCase()) {
          return {
            ok: false,
            problem: `the table's unit "${table.unit}" is not the unit of measure "${options.id}", "${current}"; convert the figures or change the measure's unit first`,
          };
        }
        if (!unitProp) edits.push(insertMember(body, measure, 'unit', () => json(table.unit), MEASURE_ORDER));
      }
      const valuesProp = property(measure, 'values');
      if (valuesProp) {
        // Notes of periods that the table still has are kept.
        const old = valuesProp.children![1]!;
        const notes = new Map<string, string>();
        for (const v of old.children ?? []) {
          const period = property(v, 'period')?.children?.[1]?.value;
          const note = property(v, 'note')?.children?.[1]?.value;
          if (typeof period === 'string' && typeof note === 'string') notes.set(period, note);
        }
        const values = table.values.map((v) => (notes.has(v.period) ? { ...v, note: notes.get(v.period)! } : v));
        edits.push({ offset: old.offset, length: old.length, text: valuesText(values, lineIndent(body, valuesProp.offset)) });
      } else {
        edits.push(insertMember(body, measure, 'values', (indent) => valuesText(table.values, indent), MEASURE_ORDER));
      }
      if (table.breakdown) {
        const breakdownProp = property(measure, 'breakdown');
        if (breakdownProp) {
          const old = breakdownProp.children![1]!;
          edits.push({ offset: old.offset, length: old.length, text: breakdownText(table.breakdown, lineIndent(body, breakdownProp.offset)) });
        } else {
          edits.push(insertMember(body, measure, 'breakdown', (indent) => breakdownText(table.breakdown!, indent), MEASURE_ORDER));
        }
      }
    }
  }
  return { ok: true, text: bom + applyEdits(body, edits), added };
}
