/**
 * The JSON Schema (`schema/civicstat.schema.json`, generated from `src/core/schema.ts`) and
 * the parser (`parseDocument`) must agree on what a valid document is.
 *
 * Fixtures in `test/fixtures/documents/`:
 * - `valid/*.json`     — both accept.
 * - `invalid/*.json`   — one structural fault each: both reject, at the same place. The
 *                        companion `<name>.expect.json` gives `{ "path", "rule": "structural" }`.
 * - `semantic/*.json`  — faults JSON Schema cannot express (duplicate ids, references that do
 *                        not resolve, goal loops, impossible dates): the schema accepts them,
 *                        the parser rejects them at `path`.
 *
 * Run: node --import tsx --test test/core/schema-agreement.test.ts
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { documentSchema, SCHEMA_ID } from '../../src/core/schema';
import { parseDocument } from '../../src/core/parse';
import { childPath, pathFromPointer } from '../../src/core/json-path';
import type { ParseResult, Problem } from '../../src/core/document';

const root = new URL('../../', import.meta.url);
const fixtures = new URL('test/fixtures/documents/', root);
const schemaFile = new URL('schema/civicstat.schema.json', root);
const demoFile = new URL('demo/riverton.civicstat.json', root);

interface Expectation {
  path: string;
  rule: 'structural' | 'semantic';
  description?: string;
}

interface Fixture {
  name: string;
  document: unknown;
  expect?: Expectation;
}

const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

function loadFixtures(kind: 'valid' | 'invalid' | 'semantic'): Fixture[] {
  const dir = new URL(`${kind}/`, fixtures);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json') && !file.endsWith('.expect.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.json'.length);
      const expectFile = new URL(`${name}.expect.json`, dir);
      return {
        name: `${kind}/${file}`,
        document: readJson(new URL(file, dir)),
        expect: existsSync(expectFile) ? (readJson(expectFile) as Expectation) : undefined,
      };
    });
}

// Strict mode on: the schema must not use unknown keywords or ambiguous constructs.
// `allowUnionTypes` permits `"type": ["number", "null"]` (a value may be null), which
// strict mode otherwise reports.
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: false });
addFormats(ajv);
const validate = ajv.compile(documentSchema());

function schemaCheck(document: unknown): { valid: boolean; errors: ErrorObject[] } {
  const valid = validate(document) as boolean;
  return { valid, errors: valid ? [] : [...(validate.errors ?? [])] };
}

/**
 * Where an Ajv error points, in the parser's path format. For `required`, Ajv's
 * `instancePath` is the object that lacks the field — an ancestor of the place the parser
 * names (`measures[0]` vs `measures[0].title`) — so the missing property is appended to get
 * the field itself; that is stricter than accepting any ancestor.
 */
function errorLocation(error: ErrorObject): string {
  const at = pathFromPointer(error.instancePath);
  if (error.keyword === 'required') return childPath(at, (error.params as { missingProperty: string }).missingProperty);
  return at;
}

const showErrors = (errors: ErrorObject[]) =>
  errors.map((e) => `  ${errorLocation(e) || '(root)'}: ${e.message} [${e.schemaPath}]`).join('\n');
const showProblems = (problems: Problem[]) =>
  problems.map((p) => `  ${p.severity} ${p.path || '(root)'}: ${p.message}`).join('\n') || '  (none)';
const problemsOf = (result: ParseResult): Problem[] => (result.ok ? [] : result.problems);

function assertSchemaAccepts(fixture: Fixture) {
  const { valid, errors } = schemaCheck(fixture.document);
  assert.ok(valid, `the schema rejects ${fixture.name}:\n${showErrors(errors)}`);
}

function assertParserAccepts(fixture: Fixture) {
  const result = parseDocument(fixture.document);
  assert.ok(result.ok, `the parser rejects ${fixture.name}:\n${showProblems(problemsOf(result))}`);
}

function assertParserRejectsAt(fixture: Fixture, path: string) {
  const result = parseDocument(fixture.document);
  assert.equal(result.ok, false, `the parser accepts ${fixture.name}; expected a problem at "${path}"`);
  const problems = problemsOf(result);
  assert.ok(
    problems.some((problem) => problem.path === path),
    `the parser rejects ${fixture.name} but not at "${path}"; it reported:\n${showProblems(problems)}`,
  );
}

describe('schema file', () => {
  it('schema/civicstat.schema.json is what scripts/schema.ts generates', () => {
    assert.ok(existsSync(schemaFile), 'schema/civicstat.schema.json is missing: run npm run schema');
    const text = readFileSync(schemaFile, 'utf8');
    assert.equal(text, `${JSON.stringify(documentSchema(), null, 2)}\n`, 'schema/civicstat.schema.json is stale: run npm run schema');
  });

  it('is draft 2020-12 with the published $id', () => {
    const schema = documentSchema() as { $schema: string; $id: string };
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, SCHEMA_ID);
    assert.equal(SCHEMA_ID, 'https://unpkg.com/civicstat@1/schema/civicstat.schema.json');
  });
});

describe('fixtures are in place', () => {
  it('has enough fixtures of each kind, each fault with its expectation', () => {
    const valid = loadFixtures('valid');
    const invalid = loadFixtures('invalid');
    const semantic = loadFixtures('semantic');
    assert.ok(valid.length >= 6, `${valid.length} valid fixtures`);
    assert.ok(invalid.length >= 25, `${invalid.length} invalid fixtures`);
    assert.ok(semantic.length >= 8, `${semantic.length} semantic fixtures`);
    for (const fixture of [...invalid, ...semantic]) {
      assert.ok(fixture.expect, `${fixture.name} has no .expect.json`);
      assert.equal(typeof fixture.expect.path, 'string', `${fixture.name}: expectation without a path`);
    }
    for (const fixture of valid) assert.equal(fixture.expect, undefined, `${fixture.name} should have no .expect.json`);
  });
});

describe('valid documents: the schema and the parser accept them', () => {
  for (const fixture of loadFixtures('valid')) {
    it(fixture.name, () => {
      assertSchemaAccepts(fixture);
      assertParserAccepts(fixture);
    });
  }

  it('valid/unknown-fields.json: unknown fields are accepted, with warnings', () => {
    const [fixture] = loadFixtures('valid').filter((f) => f.name === 'valid/unknown-fields.json');
    assert.ok(fixture, 'valid/unknown-fields.json is missing');
    const result = parseDocument(fixture.document);
    assert.ok(result.ok, showProblems(problemsOf(result)));
    assert.ok(result.warnings.length > 0, 'the parser gave no warning about unknown fields');
  });
});

describe('invalid documents: both reject them at the same place', () => {
  for (const fixture of loadFixtures('invalid')) {
    const path = fixture.expect?.path ?? '';
    it(`${fixture.name} → ${path || '(root)'}`, () => {
      const { valid, errors } = schemaCheck(fixture.document);
      assert.equal(valid, false, `the schema accepts ${fixture.name}; expected an error at "${path}"`);
      assert.ok(
        errors.some((error) => errorLocation(error) === path),
        `the schema rejects ${fixture.name} but not at "${path}":\n${showErrors(errors)}`,
      );
      assertParserRejectsAt(fixture, path);
    });
  }
});

describe('semantic faults: the schema accepts them, the parser rejects them', () => {
  for (const fixture of loadFixtures('semantic')) {
    const path = fixture.expect?.path ?? '';
    it(`${fixture.name} → ${path || '(root)'}`, () => {
      assertSchemaAccepts(fixture);
      assertParserRejectsAt(fixture, path);
    });
  }
});

describe('the sample city', () => {
  it('demo/riverton.civicstat.json is valid under the schema and the parser', () => {
    assert.ok(existsSync(demoFile), `${fileURLToPath(demoFile)} does not exist yet`);
    const fixture: Fixture = { name: 'demo/riverton.civicstat.json', document: readJson(demoFile) };
    assertSchemaAccepts(fixture);
    assertParserAccepts(fixture);
  });
});
