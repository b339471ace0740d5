/**
 * Roll-ups of the strategic plan (SPEC §2 Goal, §4 `<civic-status-summary>`): how many of the
 * plan's goals, objectives or projects are in each status (or how many measures are on, at or
 * off track), under a priority, a department or a subtree, with shares that add up to 100%
 * when shown rounded.
 */
import type { CivicDocument, Goal, GoalKind, GoalStatus, MeasureStatus } from './document';
import { GOAL_STATUSES, MEASURE_STATUSES } from './document';
import { measureStatus } from './status';

export type RollupKind = GoalKind | 'measure';
export const ROLLUP_KINDS: readonly RollupKind[] = ['goal', 'objective', 'project', 'measure'];

export interface RollupOptions {
  /** What to count (default `objective`). */
  kind?: RollupKind;
  /** Only items under this priority (a goal's `priority`; a measure's, through its goal). */
  priority?: string;
  /** Only items of this department. */
  department?: string;
  /** Only items in the subtree of this goal (the goal itself included). */
  under?: string;
}

export interface StatusCount {
  status: GoalStatus | MeasureStatus;
  count: number;
  /** How many of `count` have a status computed from their measures (goals without one of their own). */
  computed: number;
  /** count ÷ total */
  share: number;
  /** The share as a whole percentage; the percentages of one roll-up add up to 100. */
  percent: number;
}

export interface Rollup {
  kind: RollupKind;
  total: number;
  /** How many of `total` have a status computed from their measures (see `goalStatusFromMeasures`). */
  computed: number;
  /** Statuses with at least one item, in the order of the status list. */
  statuses: StatusCount[];
}

/**
 * Whole percentages that add up to 100 (largest remainder): 3, 17, 8 of 28 → 11, 61, 28.
 * Ties go to the earlier item. All zero when the total is zero.
 */
export function wholePercents(counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 100) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rest: e - floors[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left--;
  }
  return floors;
}

/** The goals in the subtree of `root` (itself included), following `parent`. */
function subtree(goals: Goal[], root: string): Set<string> {
  const inside = new Set<string>([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const g of goals) {
      if (g.parent !== undefined && inside.has(g.parent) && !inside.has(g.id)) {
        inside.add(g.id);
        grew = true;
      }
    }
  }
  return inside;
}

/** A goal's status as computed from its measures, and what it was computed from. */
export interface ComputedGoalStatus {
  /** `in-progress` when at least two thirds of the measures counted are on track, else `behind`. */
  status: 'in-progress' | 'behind';
  /** Measures counted: those with a status other than no-data. */
  counted: number;
  /** Of those, on track. */
  onTrack: number;
}

/**
 * A goal's status computed from its measures, whether or not it has one of its own (the
 * roll-up uses it only for goals without). Its measures are those it lists (`measures`), those
 * that name it (`goal`), and the same of every goal under it (`parent`): an objective's
 * measures count for its goal. Of those with a status other than no-data (`measureStatus`),
 * the share on track decides: two thirds or more, `in-progress` (on course); less, `behind`.
 * None with such a status: undefined. Measures say nothing of a goal's completion, of its
 * being ahead of schedule, on hold or cancelled: those are the city's to say, never computed.
 */
export function goalStatusFromMeasures(document: Pick<CivicDocument, 'goals' | 'measures'>, goal: Goal): ComputedGoalStatus | undefined {
  const scope = subtree(document.goals, goal.id);
  const listed = new Set(document.goals.flatMap((g) => (scope.has(g.id) ? g.measures : [])));
  let counted = 0;
  let onTrack = 0;
  for (const m of document.measures) {
    if (!listed.has(m.id) && !(m.goal !== undefined && scope.has(m.goal))) continue;
    const status = measureStatus(m);
    if (status === undefined || status === 'no-data') continue;
    counted++;
    if (status === 'on-track') onTrack++;
  }
  return counted ? { status: onTrack * 3 >= counted * 2 ? 'in-progress' : 'behind', counted, onTrack } : undefined;
}

/** Counts and shares by status for one kind of item of the plan. */
export function planRollup(document: Pick<CivicDocument, 'goals' | 'measures'>, options: RollupOptions = {}): Rollup {
  const kind = options.kind ?? 'objective';
  const byId = new Map(document.goals.map((g) => [g.id, g]));
  const scope = options.under !== undefined ? subtree(document.goals, options.under) : undefined;
  const counts = new Map<string, number>();
  const computedCounts = new Map<string, number>();
  const add = (status: string, computed = false) => {
    counts.set(status, (counts.get(status) ?? 0) + 1);
    if (computed) computedCounts.set(status, (computedCounts.get(status) ?? 0) + 1);
  };

  if (kind === 'measure') {
    for (const m of document.measures) {
      const goal = m.goal !== undefined ? byId.get(m.goal) : undefined;
      if (options.priority !== undefined && goal?.priority !== options.priority) continue;
      if (options.department !== undefined && (m.department ?? goal?.department) !== options.department) continue;
      if (scope && (m.goal === undefined || !scope.has(m.goal))) continue;
      add(measureStatus(m) ?? 'no-data');
    }
  } else {
    for (const g of document.goals) {
      if (g.kind !== kind) continue;
      if (options.priority !== undefined && g.priority !== options.priority) continue;
      if (options.department !== undefined && g.department !== options.department) continue;
      if (scope && !scope.has(g.id)) continue;
      // The document's status wins; without one, the measures', else not started.
      const computed = g.status === undefined ? goalStatusFromMeasures(document, g) : undefined;
      add(g.status ?? computed?.status ?? 'not-started', computed !== undefined);
    }
  }

  const order: readonly string[] = kind === 'measure' ? MEASURE_STATUSES : GOAL_STATUSES;
  const present = order.filter((s) => (counts.get(s) ?? 0) > 0);
  const total = present.reduce((sum, s) => sum + counts.get(s)!, 0);
  const percents = wholePercents(present.map((s) => counts.get(s)!));
  return {
    kind,
    total,
    computed: present.reduce((sum, s) => sum + (computedCounts.get(s) ?? 0), 0),
    statuses: present.map((status, i) => ({
      status: status as StatusCount['status'],
      count: counts.get(status)!,
      computed: computedCounts.get(status) ?? 0,
      share: counts.get(status)! / total,
      percent: percents[i]!,
    })),
  };
}
