/**
 * The built-in certification programs (SPEC §3), in full: their rules and their texts (two
 * files generated from the JSON program files beside them) put back together, and read
 * through the same reader as a document's custom programs.
 */
import type { Program } from '../document';
import { builtin, byId } from './builtin';
import { rules } from './rules';
import { texts, type ProgramTexts } from './texts';

type Raw = { groups: object[]; criteria: object[] } & Record<string, unknown>;

/** A program file again, from its rules and its texts (in the same order). */
function withTexts(raw: Raw, t: ProgramTexts): object {
  return {
    ...raw,
    ...(t.description !== undefined ? { description: t.description } : {}),
    groups: raw.groups.map((g, i) => ({ ...g, label: t.groups[i] })),
    criteria: raw.criteria.map((c, i) => {
      const [label, description, code] = t.criteria[i]!;
      return {
        ...c,
        label,
        ...(description !== undefined && description !== null ? { description } : {}),
        ...(code !== undefined ? { code } : {}),
      };
    }),
  };
}

/** Built-in programs by id: `icma-2021`, `wwc-2019`, `wwc-2023`. */
export const programs: Readonly<Record<string, Program>> = byId(rules, (raw, id) => builtin(withTexts(raw as Raw, texts[id]!), id));
