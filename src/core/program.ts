/**
 * Reading a certification program (SPEC §2 "Program"): the built-ins in `programs/` and
 * the custom ones a document declares go through this same reader.
 */
import type { Criterion, Program, ProgramGroup, Tier, TierRule } from './document';
import { childPath } from './json-path';
import { Reader, describeValue, emptyMap, isObject, type JsonObject } from './reader';

const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

const PROGRAM_FIELDS = ['id', 'name', 'issuer', 'url', 'version', 'description', 'groups', 'criteria', 'tiers'];
const GROUP_FIELDS = ['id', 'label'];
const CRITERION_FIELDS = ['id', 'code', 'label', 'group', 'description', 'tags', 'requires', 'points', 'scored'];
const TIER_FIELDS = ['id', 'label', 'color', 'rule'];
const RULE_FIELDS = ['minShare', 'minMet', 'minPoints', 'minGroups', 'all', 'min'];

export function readProgram(r: Reader, raw: unknown, path: string): Program | undefined {
  const obj = r.object(raw, path, PROGRAM_FIELDS);
  if (!obj) return undefined;
  const before = r.problems.length;
  const id = r.slug(obj, 'id', path, { required: true });
  const name = r.string(obj, 'name', path, { required: true });
  const issuer = r.string(obj, 'issuer', path);
  const url = r.url(obj, 'url', path);
  const version = r.string(obj, 'version', path);
  const description = r.string(obj, 'description', path);

  const groups = readList(r, obj, 'groups', path, false, (item, p) => {
    const g = r.object(item, p, GROUP_FIELDS);
    if (!g) return undefined;
    const gid = r.slug(g, 'id', p, { required: true });
    const label = r.string(g, 'label', p, { required: true });
    return gid !== undefined && label !== undefined ? ({ id: gid, label } satisfies ProgramGroup) : undefined;
  });
  r.uniqueIn(obj, 'groups', path, 'group');
  const groupIds = new Set(groups.map((g) => g.value.id));

  const criteria = readList(r, obj, 'criteria', path, true, (item, p) => readCriterion(r, item, p, groupIds));
  r.uniqueIn(obj, 'criteria', path, 'criterion');
  const criterionIds = new Set(criteria.map((c) => c.value.id));
  for (const { value, path: p } of criteria) {
    value.requires.forEach((req, i) => {
      const at = childPath(childPath(p, 'requires'), i);
      if (req === value.id) r.error(at, `criterion "${req}" cannot require itself`);
      else if (!criterionIds.has(req)) r.error(at, `requires ${describeValue(req)}, which is not a criterion of this program`);
    });
  }

  const tiers = readList(r, obj, 'tiers', path, true, (item, p) => readTier(r, item, p));
  if (Array.isArray(r.get(obj, 'tiers')) && tiers.length === 0 && (r.get(obj, 'tiers') as unknown[]).length === 0) {
    r.error(childPath(path, 'tiers'), 'a program needs at least one tier');
  }
  r.uniqueIn(obj, 'tiers', path, 'tier');

  if (r.problems.length > before || id === undefined || name === undefined) return undefined;
  const program: Program = {
    id,
    name,
    groups: groups.map((g) => g.value),
    criteria: criteria.map((c) => c.value),
    tiers: tiers.map((t) => t.value),
  };
  if (issuer !== undefined) program.issuer = issuer;
  if (url !== undefined) program.url = url;
  if (version !== undefined) program.version = version;
  if (description !== undefined) program.description = description;
  return program;
}

function readCriterion(r: Reader, raw: unknown, path: string, groupIds: Set<string>): Criterion | undefined {
  const c = r.object(raw, path, CRITERION_FIELDS);
  if (!c) return undefined;
  const id = r.slug(c, 'id', path, { required: true });
  const label = r.string(c, 'label', path, { required: true });
  const group = r.string(c, 'group', path, { required: true });
  if (group !== undefined && !groupIds.has(group)) {
    r.error(childPath(path, 'group'), `group ${describeValue(group)} is not one of this program's groups`);
  }
  const description = r.string(c, 'description', path);
  const tags = r.strings(c, 'tags', path);
  const requires = r.strings(c, 'requires', path);
  const points = r.number(c, 'points', path, { min: 0 }) ?? 1;
  const code = r.string(c, 'code', path);
  const scored = r.boolean(c, 'scored', path);
  if (id === undefined || label === undefined || group === undefined) return undefined;
  const criterion: Criterion = { id, label, group, tags, requires, points };
  if (description !== undefined) criterion.description = description;
  if (code !== undefined) criterion.code = code;
  if (scored === false) criterion.scored = false;
  return criterion;
}

function readTier(r: Reader, raw: unknown, path: string): Tier | undefined {
  const t = r.object(raw, path, TIER_FIELDS);
  if (!t) return undefined;
  const id = r.slug(t, 'id', path, { required: true });
  const label = r.string(t, 'label', path, { required: true });
  const color = r.string(t, 'color', path);
  if (color !== undefined && !HEX_COLOR.test(color)) {
    r.error(childPath(path, 'color'), `expected a hex colour like "#5b6770", got ${describeValue(color)}`);
  }
  const rulePath = childPath(path, 'rule');
  const ruleRaw = r.get(t, 'rule');
  let rule: TierRule | undefined;
  if (ruleRaw === undefined) r.error(rulePath, 'required field is missing');
  else rule = readRule(r, ruleRaw, rulePath);
  if (id === undefined || label === undefined || rule === undefined) return undefined;
  const tier: Tier = { id, label, rule };
  if (color !== undefined && HEX_COLOR.test(color)) tier.color = color;
  return tier;
}

function readRule(r: Reader, raw: unknown, path: string): TierRule | undefined {
  const o = r.object(raw, path, RULE_FIELDS);
  if (!o) return undefined;
  const rule: TierRule = {};
  const minShare = r.number(o, 'minShare', path, { min: 0, max: 1 });
  const minMet = r.number(o, 'minMet', path, { min: 0, integer: true });
  const minPoints = r.number(o, 'minPoints', path, { min: 0 });
  const minGroups = r.number(o, 'minGroups', path, { min: 0, integer: true });
  if (minShare !== undefined) rule.minShare = minShare;
  if (minMet !== undefined) rule.minMet = minMet;
  if (minPoints !== undefined) rule.minPoints = minPoints;
  if (minGroups !== undefined) rule.minGroups = minGroups;
  if (r.get(o, 'all') !== undefined) rule.all = r.strings(o, 'all', path);
  const minRaw = r.get(o, 'min');
  if (minRaw !== undefined) {
    const minPath = childPath(path, 'min');
    // describeValue, not JSON.stringify: the value may be nested deeper than the call stack.
    if (!isObject(minRaw)) r.error(minPath, `expected an object of tag → count, got ${describeValue(minRaw)}`);
    else {
      const min = emptyMap<number>();
      for (const tag of Object.keys(minRaw)) {
        const n = r.numberValue(minRaw[tag], childPath(minPath, tag), { min: 0, integer: true });
        if (n !== undefined) min[tag] = n;
      }
      rule.min = min;
    }
  }
  return rule;
}

/** Reads `obj[key]` as a list, each item through `read`, keeping the item's path. */
export function readList<T>(
  r: Reader,
  obj: JsonObject,
  key: string,
  path: string,
  required: boolean,
  read: (item: unknown, path: string) => T | undefined,
): { value: T; path: string }[] {
  const list = r.array(obj, key, path, { required }) ?? [];
  const listPath = childPath(path, key);
  const out: { value: T; path: string }[] = [];
  list.forEach((item, i) => {
    const itemPath = childPath(listPath, i);
    const value = read(item, itemPath);
    if (value !== undefined) out.push({ value, path: itemPath });
  });
  return out;
}
