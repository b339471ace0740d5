/**
 * The built-in programs without their texts, for what needs only their rules: evaluating a
 * certification (which tier, what the next one needs, in counts) and drawing its badge (the
 * program's name, the tier's label and colour). Group and criterion labels are their ids and
 * there are no descriptions; the checklist and `civicstat/core` use the full `programs`.
 */
import type { Program } from '../document';
import { builtin, byId } from './builtin';
import { rules } from './rules';

type Raw = { groups: { id: string }[]; criteria: { id: string }[] } & Record<string, unknown>;

export const leanPrograms: Readonly<Record<string, Program>> = byId(rules, (raw, id) => {
  const r = raw as Raw;
  return builtin({ ...r, groups: r.groups.map((g) => ({ ...g, label: g.id })), criteria: r.criteria.map((c) => ({ ...c, label: c.id })) }, id);
});
