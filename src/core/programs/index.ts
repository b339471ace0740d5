/**
 * The built-in certification programs (SPEC §3), kept as JSON data in the Program shape
 * and read through the same reader as a document's custom programs.
 */
import type { Program } from '../document';
import { readProgram } from '../program';
import { Reader } from '../reader';
import icma2021 from './icma-2021.json';
import wwc2019 from './wwc-2019.json';
import wwc2023 from './wwc-2023.json';

function builtin(raw: unknown, file: string): Program {
  const r = new Reader();
  const program = readProgram(r, raw, '');
  if (!program) {
    const first = r.problems[0];
    // Only reachable when a built-in file is edited badly; the test suite reads every one.
    throw new Error(`built-in program ${file} is invalid: ${first?.path}: ${first?.message}`);
  }
  return Object.freeze(program);
}

/** Built-in programs by id: `icma-2021`, `wwc-2019`, `wwc-2023`. */
export const programs: Readonly<Record<string, Program>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, Program>, {
    'icma-2021': builtin(icma2021, 'icma-2021.json'),
    'wwc-2019': builtin(wwc2019, 'wwc-2019.json'),
    'wwc-2023': builtin(wwc2023, 'wwc-2023.json'),
  }),
);
