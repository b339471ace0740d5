import type { Program } from '../document';
import { readProgram } from '../program';
import { Reader } from '../reader';

/** A built-in program read through the same reader as a document's custom programs, frozen. */
export function builtin(raw: unknown, id: string): Program {
  const r = new Reader();
  const program = readProgram(r, raw, '');
  if (!program) {
    const first = r.problems[0];
    // Only reachable when a built-in file is edited badly; the test suite reads every one.
    throw new Error(`built-in program ${id} is invalid: ${first?.path}: ${first?.message}`);
  }
  return Object.freeze(program);
}

/** Programs by id, one for each entry of `raws` (a null-prototype, frozen record). */
export function byId(raws: Readonly<Record<string, object>>, read: (raw: object, id: string) => Program): Readonly<Record<string, Program>> {
  const out = Object.create(null) as Record<string, Program>;
  for (const [id, raw] of Object.entries(raws)) out[id] = read(raw, id);
  return Object.freeze(out);
}
