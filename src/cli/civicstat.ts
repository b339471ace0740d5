/**
 * `civicstat` on the command line (SPEC §6).
 *
 *   civicstat validate FILE   exit 0 and a one-line summary when valid;
 *                             exit 1 and one line per problem, each with its JSON path.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatProblem, parseDocument } from '../core/parse';
import { evaluateCertification } from '../core/certification';
import { VERSION } from '../version';

const USAGE = `Usage: civicstat <command> [options]

Commands:
  validate FILE    check a CivicStat document; prints a summary, or one line per
                   problem with its JSON path (exit status 1)

Options:
  -h, --help       show this help
  -v, --version    show the version
`;

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
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
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`${file}: cannot read the file${code === 'ENOENT' ? ' (no such file)' : code ? ` (${code})` : ''}`);
    return 2;
  }
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

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
