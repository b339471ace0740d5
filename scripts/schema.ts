/**
 * Writes `schema/civicstat.schema.json` from `documentSchema()` in `src/core/schema.ts`.
 *
 *   node --import tsx scripts/schema.ts           write the file
 *   node --import tsx scripts/schema.ts --check   exit 1 if the file is not what would be written
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentSchema } from '../src/core/schema';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = fileURLToPath(new URL('../schema/civicstat.schema.json', import.meta.url));
const shown = relative(root, file).split('\\').join('/');

/** The file's exact text: 2-space indentation, trailing newline. */
function schemaText(): string {
  return `${JSON.stringify(documentSchema(), null, 2)}\n`;
}

async function main(args: string[]): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length) {
    console.error(`Unknown argument ${unknown.join(' ')}. Usage: node --import tsx scripts/schema.ts [--check]`);
    return 2;
  }
  const expected = schemaText();
  if (args.includes('--check')) {
    const current = await readFile(file, 'utf8').catch(() => null);
    if (current === expected) {
      console.log(`${shown} is up to date.`);
      return 0;
    }
    console.error(
      current === null
        ? `${shown} is missing: run npm run schema`
        : `${shown} is stale: run npm run schema`,
    );
    return 1;
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, expected);
  console.log(`Wrote ${shown}.`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
