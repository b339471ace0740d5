// `civicstat import` (SPEC §6), through the real binary (bin/civicstat.js → dist/cli.js); `npm test`
// builds first. Fixtures: test/fixtures/import/.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectDelimiter, normalizePeriod, parseNumber, slugFromFileName } from '../../src/cli/import';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'bin/civicstat.js');
const fixtures = join(root, 'test/fixtures/import');
const demo = join(root, 'demo/riverton.civicstat.json');
const run = (args: string[], cwd = fixtures) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tempDir = () => mkdtempSync(join(tmpdir(), 'civicstat-import-'));
const measureOf = (text: string, id: string) => JSON.parse(text).measures.find((m: { id: string }) => m.id === id);

/** The text with the measure's object (found by its id line) cut out, to compare the rest. */
function withoutMeasure(text: string, id: string): string {
  const start = text.lastIndexOf('\n    {\n', text.indexOf(`"id": "${id}"`));
  const end = text.indexOf('\n    }', start + 1);
  return text.slice(0, start) + text.slice(end);
}

describe('civicstat import', () => {
  it('a CRM export (BOM, quoted commas, a blank district for the citywide total): a new valid document on stdout', () => {
    const r = run(['import', '311-resolution-days.csv']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    const doc = JSON.parse(r.out);
    assert.equal(doc.$schema, 'https://unpkg.com/civicstat@1/schema/civicstat.schema.json');
    assert.equal(doc.civicstat, '1.0');
    assert.deepEqual(doc.jurisdiction, { name: 'Unnamed jurisdiction' });
    assert.equal(doc.measures.length, 1);
    const m = doc.measures[0];
    assert.equal(m.id, '311-resolution-days', 'the id comes from the file name');
    assert.equal(m.title, '311-resolution-days');
    assert.equal(m.unit, 'days');
    assert.equal(m.values.length, 12);
    // Sorted chronologically, although the export groups rows by district.
    assert.deepEqual(m.values.map((v: { period: string }) => v.period).slice(4, 8), ['2025-11', '2025-12', '2026-01', '2026-02']);
    assert.deepEqual(m.values[11], { period: '2026-06', value: 4.2 });
    // The breakdown is the latest period's (2026-06), not 2026-05's.
    assert.deepEqual(m.breakdown, {
      dimension: 'Council district',
      items: [
        { label: 'District 1, Northside', value: 3.7 },
        { label: 'District 2, Old Town', value: 4.1 },
        { label: 'District 3, Riverfront', value: 5.2 },
        { label: 'District 4, Eastside', value: 4.6 },
        { label: 'District 5, Hillcrest', value: 3.5 },
      ],
    });
    // The printed document passes `civicstat validate`.
    const dir = tempDir();
    writeFileSync(join(dir, 'new.civicstat.json'), r.out);
    const v = run(['validate', join(dir, 'new.civicstat.json')]);
    assert.equal(v.code, 0, v.out + v.err);
    assert.match(v.out, /valid CivicStat 1\.0 document for Unnamed jurisdiction \(1 measure, 0 goals, 0 certifications\)/);
  });

  it('--measure, --title and --jurisdiction name what a new document has', () => {
    const r = run(['import', '311-resolution-days.csv', '--measure', 'sr-days', '--title=Days to resolve a request', '--jurisdiction', 'City of Lakeside']);
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(r.out);
    assert.equal(doc.jurisdiction.name, 'City of Lakeside');
    assert.equal(doc.measures[0].id, 'sr-days');
    assert.equal(doc.measures[0].title, 'Days to resolve a request');
  });

  it('a ;-separated European table: decimal commas, dot thousands, "Q1 2024" periods, a blank value as null', () => {
    const r = run(['import', 'european.csv', '--measure', 'waste']);
    assert.equal(r.code, 0, r.err);
    const m = JSON.parse(r.out).measures[0];
    assert.equal(m.unit, 'tonnes');
    assert.deepEqual(m.values, [
      { period: '2024-Q1', value: 1234.5 },
      { period: '2024-Q2', value: 1180.25 },
      { period: '2024-Q3', value: 987.5 },
      { period: '2024-Q4', value: null },
    ]);
    assert.equal(m.breakdown, undefined);
  });

  it('CRLF line ends, line breaks inside quotes, "1,204" with a thousands comma', () => {
    const r = run(['import', 'crlf.csv']);
    assert.equal(r.code, 0, r.err);
    const m = JSON.parse(r.out).measures[0];
    assert.equal(m.id, 'crlf');
    assert.deepEqual(m.values, [
      { period: '2023', value: 1204 },
      { period: '2024', value: 1311.5 },
    ]);
    assert.deepEqual(m.breakdown, {
      dimension: 'Service area',
      items: [
        { label: 'Parks, Recreation', value: 402 },
        { label: 'Streets', value: 909.5 },
      ],
    });
  });

  it('--into: replaces the measure\'s values and breakdown; every byte outside the measure stays', () => {
    const dir = tempDir();
    const file = join(dir, 'riverton.civicstat.json');
    copyFileSync(demo, file);
    const before = readFileSync(file, 'utf8');
    const r = run(['import', '311-resolution-days.csv', '--into', file]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
    assert.equal(r.err, 'riverton.civicstat.json: 12 values, a breakdown by Council district for 2026-06 (5 items) written to measure "311-resolution-days"\n');
    const after = readFileSync(file, 'utf8');
    assert.equal(withoutMeasure(after, '311-resolution-days'), withoutMeasure(before, '311-resolution-days'));
    const old = measureOf(before, '311-resolution-days');
    const now = measureOf(after, '311-resolution-days');
    assert.equal(now.values.length, 12);
    assert.deepEqual(now.values[0], { period: '2025-07', value: 7.2 });
    // A note on a period the table still has is kept.
    assert.deepEqual(now.values[5], { period: '2025-12', value: 7.4, note: 'Holiday staffing and the December ice storm.' });
    assert.equal(now.breakdown.items[0].label, 'District 1, Northside');
    assert.equal(now.unit, 'days', 'the table\'s unit, as the measure had none');
    // Every other field of the measure is as it was, in the same order.
    const { values: _v, breakdown: _b, unit: _u, ...rest } = now;
    const { values: _ov, breakdown: _ob, ...oldRest } = old;
    assert.deepEqual(Object.keys(rest), Object.keys(oldRest));
    assert.deepEqual(rest, oldRest);
    // The value lines keep the file's style.
    assert.match(after, /\n {6}"values": \[\n {8}\{ "period": "2025-07", "value": 7\.2 \},\n/);
    assert.equal(run(['validate', file]).code, 0);
  });

  it('--into with a new measure: added at the end of "measures", the rest unchanged', () => {
    const dir = tempDir();
    const file = join(dir, 'riverton.civicstat.json');
    copyFileSync(demo, file);
    const before = readFileSync(file, 'utf8');
    const r = run(['import', 'european.csv', '--into', file, '--measure', 'waste-tonnes', '--title', 'Waste collected']);
    assert.equal(r.code, 0, r.err);
    const after = readFileSync(file, 'utf8');
    // One insertion, right after the last measure: the text before and after it is the old text.
    const lastMeasureEnd = before.indexOf('\n  ],\n  "goals"');
    assert.equal(after.slice(0, lastMeasureEnd), before.slice(0, lastMeasureEnd));
    assert.ok(after.endsWith(before.slice(lastMeasureEnd)));
    assert.match(after.slice(lastMeasureEnd), /^,\n {4}\{\n {6}"id": "waste-tonnes",\n/);
    const doc = JSON.parse(after);
    assert.equal(doc.measures.length, JSON.parse(before).measures.length + 1);
    assert.deepEqual(doc.measures.at(-1), {
      id: 'waste-tonnes',
      title: 'Waste collected',
      unit: 'tonnes',
      values: [
        { period: '2024-Q1', value: 1234.5 },
        { period: '2024-Q2', value: 1180.25 },
        { period: '2024-Q3', value: 987.5 },
        { period: '2024-Q4', value: null },
      ],
    });
    assert.equal(run(['validate', file]).code, 0);
  });

  it('--into a measure without values: fields added in their usual places; a BOM and CRLF line ends kept', () => {
    const dir = tempDir();
    const file = join(dir, 'city.json');
    const lines = [
      '{',
      '  "civicstat": "1.0",',
      '  "jurisdiction": { "name": "Lakeside" },',
      '  "measures": [',
      '    { "id": "sr-days", "title": "Days to resolve", "target": 5, "department": "311" }',
      '  ]',
      '}',
      '',
    ];
    writeFileSync(file, `\ufeff${lines.join('\r\n')}`);
    const r = run(['import', '311-resolution-days.csv', '--into', file, '--measure', 'sr-days']);
    assert.equal(r.code, 0, r.err);
    const after = readFileSync(file, 'utf8');
    assert.ok(after.startsWith('\ufeff{\r\n  "civicstat": "1.0",\r\n'));
    assert.doesNotMatch(after, /[^\r]\n/, 'every line ends with CRLF');
    const m = measureOf(after.slice(1), 'sr-days');
    assert.deepEqual(Object.keys(m), ['id', 'title', 'unit', 'values', 'target', 'breakdown', 'department']);
    assert.equal(m.values.length, 12);
    assert.equal(run(['validate', file]).code, 0);
  });

  it('table errors: one line per problem on stderr, naming the row and column; exit 1', () => {
    const cases: [string, string][] = [
      ['bad-number.csv', 'bad-number.csv: row 4, column "Value": "12,5 min" is not a number'],
      ['bad-period.csv', 'bad-period.csv: row 3, column "Period": "Spring 2024" is not a period (write 2024, FY2024, 2024-Q1, 2024-03 or 2024-03-15)'],
      ['no-value.csv', 'no-value.csv: row 1: no "Value" column; the columns are "Year", "Amount", "Units"'],
      // "2023" in a "Fiscal year" column is FY2023, like row 4's.
      ['duplicate.csv', 'duplicate.csv: row 4, column "Fiscal year": period "FY2023" is already in row 3'],
    ];
    for (const [file, line] of cases) {
      const r = run(['import', file]);
      assert.equal(r.code, 1, file);
      assert.equal(r.out, '', file);
      assert.equal(r.err, `${line}\n`, file);
    }
  });

  it('several problems, units that disagree, two breakdown columns', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'many.csv'), 'Year,Value,Units\n2022,x,days\n2023,4,hours\n2024,5,days\n');
    const many = run(['import', 'many.csv'], dir);
    assert.equal(many.code, 1);
    assert.deepEqual(many.err.trimEnd().split('\n'), [
      'many.csv: row 2, column "Value": "x" is not a number',
      'many.csv: row 3, column "Units": "hours" differs from "days" in row 2; a measure has one unit',
    ]);
    writeFileSync(join(dir, 'two.csv'), 'Year,District,Request type,Value\n2024,,,3\n2024,D1,,2\n2024,,Potholes,1\n');
    const two = run(['import', 'two.csv'], dir);
    assert.equal(two.code, 1);
    assert.match(two.err, /^two\.csv: row 1: the table breaks figures down by "District" and "Request type"; a measure holds one breakdown/);
  });

  it('never writes an invalid document: a unit that differs from the measure\'s leaves the file as it was', () => {
    const dir = tempDir();
    const file = join(dir, 'riverton.civicstat.json');
    copyFileSync(demo, file);
    writeFileSync(join(dir, 'visits.csv'), 'Year,Value,Units\n2026,640000,people\n');
    const r = run(['import', 'visits.csv', '--into', file, '--measure', 'library-visits'], dir);
    assert.equal(r.code, 1);
    assert.match(r.err, /the table's unit "people" is not the unit of measure "library-visits", "visits"/);
    assert.equal(readFileSync(file, 'utf8'), readFileSync(demo, 'utf8'));
  });

  it('--into a document that is not valid: exit 1, the file untouched', () => {
    const dir = tempDir();
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{ "civicstat": "1.0" }\n');
    const r = run(['import', 'european.csv', '--into', file]);
    assert.equal(r.code, 1);
    assert.match(r.err, /bad\.json: not a valid CivicStat document, so it is left as it is/);
    assert.match(r.err, /bad\.json: jurisdiction: required field is missing/);
    assert.equal(readFileSync(file, 'utf8'), '{ "civicstat": "1.0" }\n');
  });

  it('usage and file problems: one line on stderr, exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['import'], /^civicstat import: name one table, e\.g\. civicstat import responses\.csv --into data\.civicstat\.json\n$/],
      [['import', 'a.csv', 'b.csv'], /name one table/],
      [['import', 'european.csv', '--into'], /^civicstat import: --into needs a value\n$/],
      [['import', 'european.csv', '--measure', 'Waste Tonnes'], /--measure is an id of lower-case letters, digits and hyphens/],
      [['import', 'european.csv', '--delimiter', '|'], /--delimiter is ",", ";" or tab, not "\|"/],
      [['import', 'european.csv', '--sheet', '2'], /^civicstat import: unknown option --sheet\n$/],
      [['import', 'missing.csv'], /^missing\.csv: cannot read the file \(no such file\)\n$/],
      [['import', 'european.csv', '--into', 'missing.json'], /^missing\.json: cannot read the file \(no such file\)\n$/],
    ];
    for (const [args, pattern] of cases) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.out, '', args.join(' '));
      assert.match(r.err, pattern, args.join(' '));
    }
  });

  it('--delimiter overrides the guess from the header', () => {
    const dir = tempDir();
    // A header without separators cannot tell; the option does.
    writeFileSync(join(dir, 'one.csv'), 'Year;Value\n2024;3,5\n');
    const guessed = run(['import', 'one.csv'], dir);
    assert.equal(guessed.code, 0, guessed.err);
    assert.equal(JSON.parse(guessed.out).measures[0].values[0].value, 3.5);
    const forced = run(['import', 'one.csv', '--delimiter', ','], dir);
    assert.equal(forced.code, 1);
    assert.match(forced.err, /row 1: no period column/);
  });

  it('the help lists the command', () => {
    const r = run(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /\n {2}import TABLE\.csv \[--into FILE\] \[--measure ID\]\n/);
  });
});

describe('import: reading cells', () => {
  it('numbers, with , or ; separators', () => {
    const comma: [string, number | undefined][] = [
      ['12', 12], ['-3.25', -3.25], ['1,234.5', 1234.5], ['1,234,567', 1234567], ['.5', 0.5], [' 7 ', 7], ['1.5e3', 1500],
      ['1,23', undefined], ['12,5 min', undefined], ['45%', undefined], ['$12', undefined], ['N/A', undefined], ['1.2.3', undefined],
    ];
    for (const [text, n] of comma) assert.equal(parseNumber(text, ','), n, text);
    const semicolon: [string, number | undefined][] = [
      ['12,5', 12.5], ['1.234,5', 1234.5], ['1 234,5', 1234.5], ['1\u00a0234', 1234], ['-0,5', -0.5], [',5', 0.5], ['12.5', 12.5], ['1.234', 1234],
      ['1,234.5', undefined], ['12,5 min', undefined],
    ];
    for (const [text, n] of semicolon) assert.equal(parseNumber(text, ';'), n, text);
  });

  it('periods: valid ones as they are, common spellings normalised, the rest undefined', () => {
    const cases: [string, string | undefined][] = [
      ['2024', '2024'], ['FY2024', 'FY2024'], ['2024-Q1', '2024-Q1'], ['2024-03', '2024-03'], ['2024-03-15', '2024-03-15'],
      ['2024 Q1', '2024-Q1'], ['Q1 2024', '2024-Q1'], ['2024Q3', '2024-Q3'], ['q4-2024', '2024-Q4'], ['fy 2024', 'FY2024'],
      ['FY 2023-24', 'FY2024'], ['2023/24', 'FY2024'], ['2024/3', '2024-03'], ['2024-3', '2024-03'], ['2024-03-05T08:00:00Z', '2024-03-05'],
      ['2023-12', '2023-12'], ['Spring 2024', undefined], ['2024-13', undefined], ['2023-02-29', undefined], ['2023/25', undefined], ['24', undefined],
    ];
    for (const [text, p] of cases) assert.equal(normalizePeriod(text), p, text);
    // In a "Fiscal year" column a bare year, or 2023-24, is a fiscal year.
    assert.equal(normalizePeriod('2024', true), 'FY2024');
    assert.equal(normalizePeriod('2023-24', true), 'FY2024');
    assert.equal(normalizePeriod('2023-24'), undefined);
  });

  it('the separator from the header line; ids from file names', () => {
    assert.equal(detectDelimiter('Year,Value\n'), ',');
    assert.equal(detectDelimiter('\ufeffJahr;Wert;"a,b,c"\n1;2;3'), ';');
    assert.equal(detectDelimiter('Year\tValue\n'), '\t');
    assert.equal(detectDelimiter('Year\n2024;1,5'), ',');
    assert.equal(slugFromFileName('exports/311 Resolution Days (FY24).csv'), '311-resolution-days-fy24');
    assert.equal(slugFromFileName('Déchets collectés.csv'), 'dechets-collectes');
  });
});
