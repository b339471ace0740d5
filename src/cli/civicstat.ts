/**
 * `civicstat` on the command line (SPEC §6).
 *
 *   civicstat validate FILE   exit 0 and a one-line summary when valid;
 *                             exit 1 and one line per problem, each with its JSON path.
 *   civicstat badge FILE --certification ID [--estimate] [--size s|m|l] [--theme dark] [--lang es]
 *   civicstat badge --program ID --tier ID [--year YYYY] [--expires DATE] …
 *                             the tier badge as a standalone SVG on standard output.
 *   civicstat render PAGE.html [--out FILE]
 *                             the page with every civic-* element pre-rendered (src/cli/render.ts).
 *   civicstat import TABLE.csv [--into FILE] [--measure ID] [--title TEXT] [--jurisdiction NAME] [--delimiter ,|;|tab]
 *                             a measure's figures from a CSV table in long form (src/cli/import.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { formatProblem, parseDocument } from '../core/parse';
import { evaluateCertification } from '../core/index';
import { VERSION } from '../version';
import { rasterize, renderBadgeSvg, type BadgeRequest } from './badge';
import { PUBLISH_LANGUAGES, PublishError, publishSite } from './publish';
import type { PublishLanguage } from './publish-strings';
import { importInto, newDocumentText, readTable, slugFromFileName, type Delimiter } from './import';

const USAGE = `Usage: civicstat <command> [options]

Commands:
  validate FILE    check a CivicStat document; prints a summary, or one line per
                   problem with its JSON path (exit status 1)
  badge FILE --certification ID
                   the certification's tier badge as an SVG file on standard output
                   --estimate        the tier the self-assessment reaches (labelled so)
                   --size s|m|l      160, 220 (default) or 300 pixels wide
                   --theme dark      a ring for dark backgrounds
                   --lang en|es|fr   the words' language (default: the document's)
                   --png             a PNG at twice the size instead of SVG
                                     (needs the optional package @resvg/resvg-js)
  badge --program ID --tier ID [--year YYYY] [--expires YYYY-MM-DD]
                   a badge without a document (programs: icma-2021, wwc-2019, wwc-2023)
  render PAGE.html [--out FILE] [--csp]
                   the page with every civic-* element pre-rendered (declarative
                   shadow DOM), on standard output or into FILE; documents are read
                   from local files, relative to the page
                   --csp             also print, on standard error, a style-src
                                     that allows the page's inline styles by hash
  publish FILE --out DIR [--base-url URL] [--lang en|es|fr]
                   a static site of the document: the report (index.html), a page
                   per measure and per certification, an embed page with an oEmbed
                   file for each element a city would embed, CSV and badge files,
                   every page pre-rendered; upload DIR anywhere
                   --base-url URL    where DIR will be served: absolute oEmbed,
                                     canonical, Open Graph and sitemap URLs
                   --lang en|es|fr   the site's language (default: en)
  import TABLE.csv [--into FILE] [--measure ID]
                   a measure's figures from a CSV table in long form: a period
                   column (Year, Period, Date, Month, Quarter, Fiscal year…), a
                   Value column, optional Units and breakdown columns (a blank
                   cell is the total); a new document on standard output, or
                   the measure replaced or added in FILE, the rest kept as it was
                   --measure ID      the measure (default: from the table's file name)
                   --title TEXT      the title of a new measure (default: its id)
                   --jurisdiction NAME
                                     the jurisdiction of a new document
                   --delimiter ,|;|tab
                                     the separator (default: found from the header)

Options:
  -h, --help       show this help
  -v, --version    show the version
`;

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Binary output (a PNG) on standard output. */
  bytes?: (data: Uint8Array) => void;
}

/** Runs the CLI with `args` (without `node` and the script); resolves to the exit status. */
export async function main(args: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.out(USAGE.trimEnd());
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.out(VERSION);
    return 0;
  }
  if (command === 'validate') return validate(rest, io);
  if (command === 'badge') return badge(rest, io);
  if (command === 'render') return renderCommand(rest, io);
  if (command === 'import') return importCommand(rest, io);
  if (command === 'publish') return publishCommand(rest, io);
  io.err(`civicstat: unknown command "${command}"\n\n${USAGE.trimEnd()}`);
  return 2;
}

async function validate(args: string[], io: CliIO): Promise<number> {
  const files = args.filter((a) => !a.startsWith('-'));
  const unknown = args.filter((a) => a.startsWith('-'));
  if (unknown.length > 0) {
    io.err(`civicstat validate: unknown option ${unknown[0]}`);
    return 2;
  }
  if (files.length !== 1) {
    io.err('civicstat validate: name one document, e.g. civicstat validate data.json');
    return 2;
  }
  const file = files[0]!;
  const text = await readText(file, io);
  if (text === undefined) return 2;
  const result = parseDocument(text);
  for (const warning of result.warnings) io.err(`${file}: warning: ${formatProblem(warning)}`);
  if (!result.ok) {
    for (const problem of result.problems) io.out(`${file}: ${formatProblem(problem)}`);
    return 1;
  }
  const doc = result.document;
  const parts = [
    plural(doc.measures.length, 'measure'),
    plural(doc.goals.length, 'goal'),
    plural(doc.certifications.length, 'certification'),
  ];
  const tiers = doc.certifications
    .map((c) => evaluateCertification(c, doc))
    .filter((e) => e !== undefined)
    .map((e) => `${e.certification.id}: ${e.met}/${e.total} criteria met${e.reached ? `, ${e.reached.label} reached` : ''}`);
  const warnings = result.warnings.length ? `; ${plural(result.warnings.length, 'warning')}` : '';
  io.out(`${basename(file)}: valid CivicStat ${doc.civicstat} document for ${doc.jurisdiction.name} (${parts.join(', ')}${tiers.length ? `; ${tiers.join('; ')}` : ''})${warnings}`);
  return 0;
}

async function renderCommand(args: string[], io: CliIO): Promise<number> {
  const files: string[] = [];
  let out: string | undefined;
  let csp = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--csp') csp = true;
    else if (arg === '--out' || arg.startsWith('--out=')) {
      out = arg === '--out' ? args[++i] : arg.slice('--out='.length);
      if (out === undefined || out === '' || out.startsWith('--')) {
        io.err('civicstat render: --out needs a value');
        return 2;
      }
    } else if (arg.startsWith('-')) {
      io.err(`civicstat render: unknown option ${arg}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 1) {
    io.err('civicstat render: name one page, e.g. civicstat render index.html > index.rendered.html');
    return 2;
  }
  const file = files[0]!;
  const html = await readText(file, io);
  if (html === undefined) return 2;
  // Loaded on demand: the server renderer and the element classes are only needed here.
  const { renderPage, RenderError } = await import('./render');
  let page: string;
  try {
    const rendered = await renderPage(html, { baseDir: dirname(file) });
    page = rendered.html;
    if (csp) io.err(`style-src 'self' ${rendered.styleSrc.join(' ')}`);
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    if (error.problems.length > 0) for (const problem of error.problems) io.err(`${file}: ${problem}`);
    else io.err(`${file}: ${error.message}`);
    return error.code;
  }
  if (out === undefined) {
    io.out(page.replace(/\n$/, ''));
    return 0;
  }
  try {
    await writeFile(out, page);
  } catch (error) {
    io.err(`${out}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 2;
  }
  return 0;
}

const IMPORT_VALUES = ['--into', '--measure', '--title', '--jurisdiction', '--delimiter'] as const;
const DELIMITERS: Record<string, Delimiter> = { ',': ',', comma: ',', ';': ';', semicolon: ';', tab: '\t', '\\t': '\t', '\t': '\t' };

async function importCommand(args: string[], io: CliIO): Promise<number> {
  const values: Record<string, string> = {};
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if ((IMPORT_VALUES as readonly string[]).includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '' || value.startsWith('--')) {
        io.err(`civicstat import: ${name} needs a value`);
        return 2;
      }
      values[name.slice(2)] = value;
    } else if (arg.startsWith('-')) {
      io.err(`civicstat import: unknown option ${arg}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 1) {
    io.err('civicstat import: name one table, e.g. civicstat import responses.csv --into data.civicstat.json');
    return 2;
  }
  const file = files[0]!;
  let delimiter: Delimiter | undefined;
  if (values.delimiter !== undefined) {
    delimiter = DELIMITERS[values.delimiter];
    if (delimiter === undefined) {
      io.err(`civicstat import: --delimiter is ",", ";" or tab, not "${values.delimiter}"`);
      return 2;
    }
  }
  const id = values.measure ?? slugFromFileName(file);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    io.err(
      values.measure === undefined
        ? `civicstat import: no measure id can be made from the file name "${basename(file)}"; name one with --measure`
        : `civicstat import: --measure is an id of lower-case letters, digits and hyphens (like "fire-response"), not "${id}"`,
    );
    return 2;
  }
  const csv = await readText(file, io);
  if (csv === undefined) return 2;
  const into = values.into;
  let docText: string | undefined;
  if (into !== undefined) {
    docText = await readText(into, io);
    if (docText === undefined) return 2;
    const current = parseDocument(docText);
    if (!current.ok) {
      io.err(`${into}: not a valid CivicStat document, so it is left as it is (civicstat validate ${into} lists the problems)`);
      for (const problem of current.problems) io.err(`${into}: ${formatProblem(problem)}`);
      return 1;
    }
  }
  const result = readTable(csv, delimiter);
  if (!result.ok) {
    for (const problem of result.problems) io.err(`${file}: ${problem}`);
    return 1;
  }
  const { table } = result;
  const title = values.title ?? id;
  let text: string;
  if (docText === undefined) {
    text = newDocumentText(table, { id, title, jurisdiction: values.jurisdiction ?? 'Unnamed jurisdiction' });
  } else {
    const edited = importInto(docText, table, { id, title });
    if (!edited.ok) {
      io.err(`${file}: ${edited.problem}`);
      return 1;
    }
    text = edited.text;
  }
  // Never write an invalid document.
  const check = parseDocument(text);
  if (!check.ok) {
    for (const problem of check.problems) io.err(`${file}: the result would not be a valid document: ${formatProblem(problem)}`);
    return 1;
  }
  if (into === undefined) {
    io.out(text.replace(/\n$/, ''));
    return 0;
  }
  try {
    await writeFile(into, text);
  } catch (error) {
    io.err(`${into}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 2;
  }
  const breakdown = table.breakdown ? `, a breakdown by ${table.breakdown.dimension} for ${table.breakdownPeriod} (${plural(table.breakdown.items.length, 'item')})` : '';
  io.err(`${basename(into)}: ${plural(table.values.length, 'value')}${breakdown} written to measure "${id}"`);
  return 0;
}

/** A text file, or undefined after saying why it cannot be read. */
async function readText(file: string, io: CliIO): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`${file}: cannot read the file${code === 'ENOENT' ? ' (no such file)' : code ? ` (${code})` : ''}`);
    return undefined;
  }
}

/** Options that take a value, and the flags that do not. */
const BADGE_VALUES = ['--certification', '--program', '--tier', '--year', '--expires', '--size', '--theme', '--lang'] as const;
const BADGE_FLAGS = ['--estimate', '--png'] as const;

async function badge(args: string[], io: CliIO): Promise<number> {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if ((BADGE_VALUES as readonly string[]).includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith('--')) {
        io.err(`civicstat badge: ${name} needs a value`);
        return 2;
      }
      values[name.slice(2)] = value;
    } else if ((BADGE_FLAGS as readonly string[]).includes(name)) {
      flags.add(name.slice(2));
    } else if (arg.startsWith('-')) {
      io.err(`civicstat badge: unknown option ${arg}`);
      return 2;
    } else {
      files.push(arg);
    }
  }
  if (files.length > 1) {
    io.err('civicstat badge: name at most one document');
    return 2;
  }
  if (values.size !== undefined && !['s', 'm', 'l'].includes(values.size)) {
    io.err(`civicstat badge: --size is s, m or l, not "${values.size}"`);
    return 2;
  }
  if (values.theme !== undefined && !['light', 'dark'].includes(values.theme)) {
    io.err(`civicstat badge: --theme is light or dark, not "${values.theme}"`);
    return 2;
  }
  let document;
  const file = files[0];
  if (file !== undefined) {
    const text = await readText(file, io);
    if (text === undefined) return 2;
    const result = parseDocument(text);
    if (!result.ok) {
      for (const problem of result.problems) io.err(`${file}: ${formatProblem(problem)}`);
      return 1;
    }
    document = result.document;
  }
  const request: BadgeRequest = { estimate: flags.has('estimate') };
  if (values.certification) request.certification = values.certification;
  if (values.program) request.program = values.program;
  if (values.tier) request.tier = values.tier;
  if (values.year) request.year = values.year;
  if (values.expires) request.expires = values.expires;
  if (values.size) request.size = values.size as BadgeRequest['size'] & string;
  if (values.theme) request.theme = values.theme as 'light' | 'dark';
  if (values.lang) request.lang = values.lang;
  const out = renderBadgeSvg(request, document);
  if ('error' in out) {
    io.err(`civicstat badge: ${out.error}`);
    return 2;
  }
  if (flags.has('png')) {
    const png = await rasterize(out.svg);
    if ('error' in png) {
      io.err(`civicstat badge: ${png.error}`);
      return 2;
    }
    if (!io.bytes) {
      io.err('civicstat badge: --png writes binary output, which this caller cannot take');
      return 2;
    }
    io.bytes(png.data);
    return 0;
  }
  io.out(out.svg.trimEnd());
  return 0;
}

async function publishCommand(args: string[], io: CliIO): Promise<number> {
  const files: string[] = [];
  const values: Record<'out' | 'base-url' | 'lang', string | undefined> = { out: undefined, 'base-url': undefined, lang: undefined };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const name = /^--(out|base-url|lang)(?:=(.*))?$/.exec(arg);
    if (name) {
      const value = name[2] ?? args[++i];
      if (value === undefined || value === '' || (name[2] === undefined && value.startsWith('--'))) {
        io.err(`civicstat publish: --${name[1]} needs a value`);
        return 2;
      }
      values[name[1] as keyof typeof values] = value;
    } else if (arg.startsWith('-')) {
      io.err(`civicstat publish: unknown option ${arg}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 1 || values.out === undefined) {
    io.err('civicstat publish: name one document and the folder to write, e.g. civicstat publish data.json --out site/');
    return 2;
  }
  const lang = values.lang;
  if (lang !== undefined && !(PUBLISH_LANGUAGES as readonly string[]).includes(lang)) {
    io.err(`civicstat publish: --lang must be one of ${PUBLISH_LANGUAGES.join(', ')}, got "${lang}"`);
    return 2;
  }
  try {
    const result = await publishSite(files[0]!, {
      out: values.out,
      ...(values['base-url'] !== undefined ? { baseUrl: values['base-url'] } : {}),
      ...(lang !== undefined ? { lang: lang as PublishLanguage } : {}),
    });
    for (const note of result.notes) io.err(`civicstat publish: note: ${note}`);
    const embeds = result.pages.filter((p) => p.startsWith('embed/')).length;
    io.out(`${values.out}: ${result.pages.length - embeds} pages and ${embeds} embed pages, ${result.files.length} files; a Content-Security-Policy for them is in csp.txt`);
    return 0;
  } catch (error) {
    if (error instanceof PublishError) {
      for (const line of error.problems) io.out(line);
      io.err(`civicstat publish: ${error.message}`);
      return error.code;
    }
    throw error;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
