/**
 * The JSON Schema (draft 2020-12) of a CivicStat document (SPEC §2), built from the
 * constants in `document.ts` so the enums here never drift from the parser's.
 *
 * The schema is what editors use to check a data file as it is typed (a file that names it
 * in `$schema` gets completion and hover help from the `description`s below). It expresses
 * the *structural* rules only: types, required fields, enums, patterns and ranges. Rules
 * that JSON Schema cannot state are left to `parseDocument`, which checks them all:
 *
 * - ids unique within their list (measures, goals, certifications, programs, groups,
 *   criteria, tiers);
 * - references that must resolve: a measure's `goal`, a goal's `parent` and `measures`, a
 *   certification's `program`, `awarded.tier` and criterion ids, a criterion's `group` and
 *   `requires`;
 * - no loops in the goal tree, no criterion requiring itself;
 * - a custom program's id not taking a built-in program's id;
 * - real calendar dates (the patterns accept `2023-02-29`; the parser does not);
 * - comparisons between fields: values in chronological order with no period repeated,
 *   `awarded.expires` not before `awarded.date`, `minimumFractionDigits` not above
 *   `maximumFractionDigits`;
 * - whether the running engine's `Intl` accepts the locale, currency and unit (the schema
 *   checks their shape and the standard unit list).
 *
 * Links are plain strings here: the parser drops unsafe ones (`javascript:`) with a
 * warning rather than rejecting the document.
 *
 * Unknown fields are allowed everywhere (`additionalProperties` is never closed): SPEC §2
 * says they are ignored with a warning, so that newer documents keep working in older
 * widgets within the same major version.
 *
 * `scripts/schema.ts` writes this to `schema/civicstat.schema.json`; a test checks that the
 * file is current and that the schema and the parser agree on a set of fixtures.
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
} from './document';

/** A JSON Schema object (any keywords). */
export type JsonSchema = { [keyword: string]: unknown };

/** Where the published schema lives; documents name it in `$schema`. */
export const SCHEMA_ID = `https://unpkg.com/civicstat@${SUPPORTED_MAJOR}/schema/civicstat.schema.json`;

/** Ids: lower-case letters, digits and hyphens, not starting with a hyphen. */
export const SLUG_PATTERN = '^[a-z0-9][a-z0-9-]*$';

/** The `civicstat` version field: major version must be the supported one, any minor. */
export const VERSION_PATTERN = `^${SUPPORTED_MAJOR}\\.[0-9]+$`;

const MONTH = '(0[1-9]|1[0-2])';
const DAY = '(0[1-9]|[12][0-9]|3[01])';

/**
 * An ISO calendar date, `YYYY-MM-DD`. The pattern checks the shape and the ranges of month
 * and day; whether the day exists in that month (`2023-02-29`) is checked by the parser.
 */
export const ISO_DATE_PATTERN = `^[0-9]{4}-${MONTH}-${DAY}$`;

/** A language tag (BCP 47), e.g. `en`, `en-US`, `es-419`, `zh-Hant-TW`: the shape only. */
export const LOCALE_PATTERN = '^([A-Za-z]{2,3}|[A-Za-z]{5,8})(-[A-Za-z0-9]{1,8})*$';

/** An ISO 4217 currency code: three letters (`Intl.NumberFormat` accepts any case). */
export const CURRENCY_PATTERN = '^[A-Za-z]{3}$';

/** A colour for a tier badge: `#rgb` or `#rrggbb`. */
export const HEX_COLOR_PATTERN = '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$';

/**
 * The units `Intl.NumberFormat` formats (ECMA-402 "sanctioned" units); a unit is one of
 * these or two joined by `-per-` (`kilometer-per-hour`).
 */
export const SANCTIONED_UNITS = [
  'acre', 'bit', 'byte', 'celsius', 'centimeter', 'day', 'degree', 'fahrenheit', 'fluid-ounce', 'foot', 'gallon',
  'gigabit', 'gigabyte', 'gram', 'hectare', 'hour', 'inch', 'kilobit', 'kilobyte', 'kilogram', 'kilometer', 'liter',
  'megabit', 'megabyte', 'meter', 'microsecond', 'mile', 'mile-scandinavian', 'milliliter', 'millimeter',
  'millisecond', 'minute', 'month', 'nanosecond', 'ounce', 'percent', 'petabyte', 'pound', 'second', 'stone',
  'terabit', 'terabyte', 'week', 'yard', 'year',
] as const;
const UNIT = `(${SANCTIONED_UNITS.join('|')})`;
export const UNIT_PATTERN = `^${UNIT}(-per-${UNIT})?$`;

/** A reporting period: `YYYY`, `FYYYYY`, `YYYY-Qn`, `YYYY-MM` or an ISO date `YYYY-MM-DD`. */
export const PERIOD_PATTERN = `^([0-9]{4}|FY[0-9]{4}|[0-9]{4}-Q[1-4]|[0-9]{4}-${MONTH}(-${DAY})?)$`;

const ref = (name: string, description: string): JsonSchema => ({ $ref: `#/$defs/${name}`, description });
const text = (description: string): JsonSchema => ({ type: 'string', description });
/** A required text: the parser rejects an empty or blank one. */
const requiredText = (description: string): JsonSchema => ({ type: 'string', minLength: 1, pattern: '\\S', description });
/** Items of a list of ids or tags: never empty. */
const nonEmptyString: JsonSchema = { type: 'string', minLength: 1 };
const number = (description: string): JsonSchema => ({ type: 'number', description });
const slug = (description: string): JsonSchema => ({ type: 'string', pattern: SLUG_PATTERN, description });
const isoDate = (description: string): JsonSchema => ({ type: 'string', pattern: ISO_DATE_PATTERN, description });
const period = (description: string): JsonSchema => ({ type: 'string', pattern: PERIOD_PATTERN, description });
const oneOfValues = (values: readonly string[], description: string): JsonSchema => ({
  type: 'string',
  enum: [...values],
  description,
});
const listOf = (items: JsonSchema, description: string): JsonSchema => ({ type: 'array', items, description });
const object = (
  title: string,
  description: string,
  required: string[],
  properties: Record<string, JsonSchema>,
  extra: JsonSchema = {},
): JsonSchema => ({
  title,
  description,
  type: 'object',
  ...(required.length ? { required } : {}),
  properties,
  ...extra,
});

const PERIOD_HELP = 'Written as `2024` (year), `FY2024` (fiscal year), `2024-Q3` (quarter), `2024-07` (month) or `2024-07-15` (day).';

function definitions(): Record<string, JsonSchema> {
  return {
    Jurisdiction: object(
      'Jurisdiction',
      'The city, county or agency the document reports on.',
      ['name'],
      {
        name: requiredText('Name shown to residents, e.g. "City of Riverton".'),
        locale: {
          type: 'string',
          pattern: LOCALE_PATTERN,
          description:
            'Language and region used to format numbers and dates, as a BCP 47 tag such as `en-US`, `es-MX` or `fr-CA`. A `lang` attribute on the page overrides it.',
        },
        url: text('Link to the jurisdiction\'s website or performance portal (`https:` or a relative URL).'),
      },
    ),

    Format: object(
      'Number format',
      'How values are written: a subset of the options of `Intl.NumberFormat`. Leave it out for plain numbers.',
      [],
      {
        style: oneOfValues(
          FORMAT_STYLES,
          '`decimal` (plain number), `percent` (values are fractions: 0.42 is shown as 42%), `currency` (needs `currency`) or `unit` (needs `unit`).',
        ),
        currency: {
          type: 'string',
          pattern: CURRENCY_PATTERN,
          description: 'ISO 4217 currency code used with style `currency`, e.g. `USD`, `EUR`, `CAD`.',
        },
        unit: {
          type: 'string',
          pattern: UNIT_PATTERN,
          description:
            'Unit used with style `unit`, as `Intl.NumberFormat` names it (singular): `minute`, `hour`, `day`, `percent`, `mile`, `kilometer`, `gallon`, `kilogram`…, or two joined by `-per-`, e.g. `mile-per-hour`. Tons, calls or permits are not among them: write those in the measure\'s `unit` instead.',
        },
        minimumFractionDigits: {
          type: 'integer',
          minimum: 0,
          maximum: 20,
          description: 'Fewest digits after the decimal point, e.g. 1 to show `4.0`.',
        },
        maximumFractionDigits: {
          type: 'integer',
          minimum: 0,
          maximum: 20,
          description: 'Most digits after the decimal point, e.g. 0 to round to whole numbers.',
        },
        notation: oneOfValues(
          FORMAT_NOTATIONS,
          '`standard` (1,234,567) or `compact` (1.2M), for large numbers in small spaces.',
        ),
      },
      {
        // Intl.NumberFormat throws without these, so say so while the file is being written.
        // (`properties: { currency: true }` only names the field for Ajv's strict mode.)
        allOf: [
          {
            if: { properties: { style: { const: 'currency' } }, required: ['style'] },
            then: { properties: { currency: true }, required: ['currency'] },
          },
          {
            if: { properties: { style: { const: 'unit' } }, required: ['style'] },
            then: { properties: { unit: true }, required: ['unit'] },
          },
        ],
      },
    ),

    Value: object(
      'Value',
      'One reported value of a measure for one period.',
      ['period', 'value'],
      {
        period: period(`The period the value covers. ${PERIOD_HELP}`),
        value: {
          type: ['number', 'null'],
          description:
            'The value, as a number (not text: `12`, not `"12"`). Use `null` for a period with no data; the latest period with a number is the current value.',
        },
        note: text('A footnote for this value, e.g. "Preliminary" or "Method changed this year".'),
      },
    ),

    Target: object(
      'Target',
      'A target with details: its value and, optionally, a label and the period it is due.',
      ['value'],
      {
        value: number('The target value, in the same unit as the measure\'s values.'),
        label: text('Name of the target, e.g. "2027 goal" or "Vision Zero"; the target gauge can pick a target by this label.'),
        period: period(`When the target should be reached. ${PERIOD_HELP}`),
      },
    ),

    TargetEntry: {
      title: 'Target entry',
      description: 'A target: a plain number, or an object with a value, label and period.',
      anyOf: [{ type: 'number' }, { $ref: '#/$defs/Target' }],
    },

    Baseline: object(
      'Baseline',
      'The starting point that progress toward the target is measured from.',
      ['value'],
      {
        value: number('The baseline value.'),
        period: period(`The period of the baseline value. ${PERIOD_HELP}`),
      },
    ),

    Comparison: object(
      'Comparison',
      'A value to compare against: a peer city, a state or national average, a benchmark.',
      ['label', 'value'],
      {
        label: requiredText('What the value is, e.g. "Peer city median" or "State average".'),
        value: number('The comparison value, in the same unit as the measure.'),
        source: text('Where the comparison value comes from.'),
      },
    ),

    Breakdown: object(
      'Breakdown',
      'The current value split by a dimension such as council district or demographic group (equity reporting).',
      ['dimension', 'items'],
      {
        dimension: requiredText('What the split is by, e.g. "Council district".'),
        items: listOf(
          object('Breakdown item', 'One group of the breakdown and its value.', ['label', 'value'], {
            label: requiredText('The group, e.g. "District 3".'),
            value: number('The value for this group.'),
          }),
          'The groups and their values, in the order to show them.',
        ),
      },
    ),

    Source: object('Source', 'Where the data comes from.', ['name'], {
      name: requiredText('Name of the data source, e.g. "Computer-aided dispatch system".'),
      url: text('Link to the source or its open-data dataset (`https:` or a relative URL).'),
    }),

    Measure: object(
      'Measure',
      'A performance measure (KPI): its values over time, its targets and how to read them.',
      ['id', 'title'],
      {
        id: slug(
          'Unique id of the measure, used by elements (`<civic-kpi-tile measure="…">`) and goals. Lower-case letters, digits and hyphens, e.g. `ems-response-time`.',
        ),
        title: requiredText('Label shown on tiles and charts, e.g. "EMS response time".'),
        description: text('One-line explanation of what is measured.'),
        unit: text('Unit shown after the value when `format` does not write one, e.g. "calls" or "tons".'),
        format: ref('Format', 'How the values are written (percent, currency, unit, compact…).'),
        better: oneOfValues(BETTER, 'Which direction is good: `higher` (the default) or `lower` (e.g. response times, crime rates).'),
        values: listOf(
          { $ref: '#/$defs/Value' },
          'Reported values, oldest first. The last entry with a number is the current value.',
        ),
        target: {
          description:
            'The target: a number, an object `{ "value", "label", "period" }`, or a list of these (the first is the primary target, e.g. a 2-year and a 10-year target).',
          anyOf: [
            { $ref: '#/$defs/TargetEntry' },
            { type: 'array', minItems: 1, items: { $ref: '#/$defs/TargetEntry' } },
          ],
        },
        baseline: ref('Baseline', 'Starting point for measuring progress toward the target.'),
        tolerance: {
          type: 'number',
          minimum: 0,
          default: DEFAULT_TOLERANCE,
          description:
            'How far short of the target (as a fraction of the target, 0.05 = 5%) still counts as "at risk" rather than "off track". Defaults to 0.05.',
        },
        status: oneOfValues(
          MEASURE_STATUSES,
          'A status set by hand, overriding the one computed from the current value and the target.',
        ),
        comparisons: listOf({ $ref: '#/$defs/Comparison' }, 'Peer jurisdictions, averages or benchmarks to compare the current value with.'),
        breakdown: ref('Breakdown', 'The value split by district, group or another dimension.'),
        narrative: text('Plain-text story behind the numbers (no HTML). Separate paragraphs with a blank line.'),
        source: ref('Source', 'Where the data comes from.'),
        goal: text('Id of the goal this measure tracks (an entry of `goals`).'),
        department: text('Department responsible for the measure.'),
        frequency: oneOfValues(
          FREQUENCIES,
          'How often the measure is reported. With it, a measure whose latest period is more than one cycle old is shown as overdue.',
        ),
      },
    ),

    Goal: object(
      'Goal',
      'An entry of the strategic plan: a goal, an objective under a goal, or a project under an objective.',
      ['id', 'title'],
      {
        id: slug('Unique id of the goal, e.g. `safe-streets`. Lower-case letters, digits and hyphens.'),
        title: requiredText('Name of the goal, objective or project.'),
        kind: oneOfValues(GOAL_KINDS, 'Level in the plan: `goal` (the default), `objective` or `project`.'),
        parent: text('Id of the goal this one sits under; builds the plan\'s tree (no loops).'),
        priority: text('The strategic priority this belongs to, e.g. "Public safety".'),
        outcome: text('The result residents should see.'),
        department: text('Department responsible.'),
        status: oneOfValues(GOAL_STATUSES, 'Progress of the goal, objective or project.'),
        due: isoDate('Due date, as `YYYY-MM-DD`.'),
        measures: listOf(nonEmptyString, 'Ids of the measures that track this goal.'),
      },
    ),

    Evidence: object('Evidence', 'A document or page showing that a criterion is met.', ['label', 'url'], {
      label: requiredText('What the link shows, e.g. "Open data policy".'),
      url: requiredText('Link to the evidence (`https:` or a relative URL).'),
    }),

    CriterionResult: {
      title: 'Criterion result',
      description:
        'The self-assessed status of one criterion: `"met"`, `"in-progress"` or `"not-met"`, or an object with the status, a note and evidence links.',
      anyOf: [
        { type: 'string', enum: [...CRITERION_STATUSES] },
        object('Criterion result (detailed)', 'A criterion status with a note and evidence.', ['status'], {
          status: oneOfValues(CRITERION_STATUSES, '`met`, `in-progress` or `not-met`.'),
          note: text('Comment on the status, e.g. what remains to be done.'),
          evidence: listOf({ $ref: '#/$defs/Evidence' }, 'Links to documents that show the criterion is met.'),
        }),
      ],
    },

    Award: object('Award', 'The certification as the certifier granted it.', ['tier'], {
      tier: requiredText('Id of the tier awarded, e.g. `gold`; one of the program\'s tiers.'),
      date: isoDate('Date of the award, as `YYYY-MM-DD`.'),
      expires: isoDate('Date the award expires, as `YYYY-MM-DD`; after it the badge shows the award as expired.'),
      url: text('Link to the certifier\'s announcement (`https:` or a relative URL).'),
    }),

    Certification: object(
      'Certification',
      'A certification the jurisdiction holds or is working toward, with its self-assessment.',
      ['id', 'program'],
      {
        id: slug(
          'Unique id of the certification, used by elements (`<civic-tier-badge certification="…">`). Lower-case letters, digits and hyphens.',
        ),
        program: requiredText(
          'The certification program: a built-in one (`icma-2021`, `wwc-2019`, `wwc-2023`) or the id of an entry in `programs`.',
        ),
        awarded: ref('Award', 'The official award, if one has been granted.'),
        assessed: isoDate('Date of the self-assessment in `criteria`, as `YYYY-MM-DD`.'),
        criteria: {
          type: 'object',
          description:
            'Self-assessment: criterion id → `"met"`, `"in-progress"`, `"not-met"` or `{ "status", "note", "evidence" }`. A criterion not listed counts as not met.',
          additionalProperties: { $ref: '#/$defs/CriterionResult' },
        },
      },
    ),

    Group: object('Group', 'A group (category) of criteria in a program.', ['id', 'label'], {
      id: slug('Unique id of the group within the program, e.g. `performance-analytics`.'),
      label: requiredText('Name of the group shown in the checklist, e.g. "Performance & Analytics".'),
    }),

    Criterion: object('Criterion', 'One criterion of a certification program.', ['id', 'label', 'group'], {
      id: slug('Unique id of the criterion within the program; certifications list their status under this id.'),
      code: text('The program\'s own short reference for the criterion, shown beside its label, e.g. "PA1".'),
      label: requiredText('The criterion as shown in the checklist.'),
      group: requiredText('Id of the group (of the program\'s `groups`) this criterion belongs to.'),
      description: text('Longer explanation of what the criterion asks for.'),
      tags: listOf(nonEmptyString, 'Tags that tier rules refer to, e.g. `core` or `resident-outcome`.'),
      requires: listOf(
        nonEmptyString,
        'Ids of other criteria of the program that must also be met for this one to count as met.',
      ),
      points: {
        type: 'number',
        minimum: 0,
        default: 1,
        description: 'Points earned when the criterion is met (default 1), for point-banded programs.',
      },
      scored: {
        type: 'boolean',
        default: true,
        description:
          '`false` for a requirement that tier rules (`all`, `min`) check but that never counts in met / total / share / points, such as What Works Cities\' resident outcome metrics.',
      },
    }),

    Rule: object(
      'Tier rule',
      'What a tier needs. Every condition given must hold; tiers are cumulative, so the rules of the tiers below must hold too.',
      [],
      {
        minShare: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'Share of all criteria that must be met, as a fraction from 0 to 1 (0.51 = 51%).',
        },
        minMet: { type: 'integer', minimum: 0, description: 'Number of criteria that must be met.' },
        minPoints: {
          type: 'number',
          minimum: 0,
          description: 'Points that must be earned (each met criterion earns its `points`, default 1).',
        },
        minGroups: {
          type: 'integer',
          minimum: 0,
          description: 'Number of groups that must have at least one criterion met.',
        },
        all: listOf(nonEmptyString, 'Tags whose criteria must all be met, e.g. `["core"]`.'),
        min: {
          type: 'object',
          description: 'Tag → how many criteria with that tag must be met, e.g. `{ "resident-outcome": 2 }`.',
          additionalProperties: { type: 'integer', minimum: 0 },
        },
      },
    ),

    Tier: object('Tier', 'A level of a certification program, e.g. Silver.', ['id', 'label', 'rule'], {
      id: slug('Unique id of the tier within the program, e.g. `gold`.'),
      label: requiredText('Name of the tier shown on badges, e.g. "Gold".'),
      color: {
        type: 'string',
        pattern: HEX_COLOR_PATTERN,
        description: 'Colour of the tier\'s badge, as a hex colour `#rrggbb` or `#rgb`, e.g. `#c9a227`.',
      },
      rule: ref('Rule', 'What the tier needs.'),
    }),

    StatusWords: {
      title: 'Status words',
      description:
        'The words the city uses for some or all of the four measure statuses, e.g. `{ "on-track": "On Target", "at-risk": "Caution" }`. A status left out keeps the library\'s word.',
      type: 'object',
      properties: statusWordProperties(),
    },

    StatusLabels: {
      title: 'Status labels',
      description:
        'The city\'s own words for the measure statuses, shown by every element and every command-line output: either one set for every language, `{ "on-track": "On Target", … }`, or one per language, `{ "en": { … }, "es": { … } }` (an element takes the entry of its language tag, else of its language; with none, the library\'s words).',
      anyOf: [
        {
          title: 'Status words for every language',
          type: 'object',
          properties: statusWordProperties(),
          // An object here would be one language's words beside the words for every language.
          additionalProperties: { not: { type: 'object' } },
        },
        {
          title: 'Status words per language',
          type: 'object',
          propertyNames: { pattern: LOCALE_PATTERN },
          additionalProperties: { $ref: '#/$defs/StatusWords' },
        },
      ],
    },

    Program: object(
      'Program',
      'A custom certification program (the built-in ones need no entry here).',
      ['id', 'name', 'criteria', 'tiers'],
      {
        id: slug('Unique id of the program; certifications name it in `program`.'),
        name: requiredText('Name of the program, e.g. "Open Data Leadership Award".'),
        issuer: text('Organization that awards the certification.'),
        url: text('Link to the program\'s website (`https:` or a relative URL).'),
        version: text('Edition or methodology year of the program, e.g. "2023".'),
        description: text('What the program recognizes.'),
        groups: listOf({ $ref: '#/$defs/Group' }, 'Categories that criteria are grouped into.'),
        criteria: listOf({ $ref: '#/$defs/Criterion' }, 'The criteria of the program.'),
        tiers: { ...listOf({ $ref: '#/$defs/Tier' }, 'The tiers, lowest first (at least one).'), minItems: 1 },
      },
    ),
  };
}

/** A status → word entry for each of the four measure statuses. */
function statusWordProperties(): Record<string, JsonSchema> {
  return Object.fromEntries(
    MEASURE_STATUSES.map((status) => [status, requiredText(`The word shown for \`${status}\` instead of the library's.`)]),
  );
}

/** The JSON Schema (draft 2020-12) of a CivicStat document. A new object on every call. */
export function documentSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'CivicStat document',
    description:
      'Performance measures, strategic goals and certifications of a city or other jurisdiction, for the CivicStat web elements. Unknown fields are allowed and ignored.',
    type: 'object',
    required: ['civicstat', 'jurisdiction'],
    properties: {
      $schema: text('Address of this schema, so editors check the file while you type.'),
      civicstat: {
        type: 'string',
        pattern: VERSION_PATTERN,
        description: `Version of the CivicStat format the document is written in, e.g. "${SUPPORTED_MAJOR}.0". The major version must be ${SUPPORTED_MAJOR}.`,
      },
      jurisdiction: ref('Jurisdiction', 'The city, county or agency the document reports on.'),
      updated: isoDate('Date the document was last updated, as `YYYY-MM-DD`.'),
      measures: listOf({ $ref: '#/$defs/Measure' }, 'Performance measures (KPIs).'),
      goals: listOf({ $ref: '#/$defs/Goal' }, 'The strategic plan: goals, objectives and projects.'),
      certifications: listOf({ $ref: '#/$defs/Certification' }, 'Certifications held or being worked toward.'),
      programs: listOf({ $ref: '#/$defs/Program' }, 'Custom certification programs, in addition to the built-in ones.'),
      statusLabels: ref('StatusLabels', 'The city\'s own words for the statuses, e.g. `{ "on-track": "On Target" }`.'),
    },
    $defs: definitions(),
  };
}
