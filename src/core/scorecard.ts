/**
 * The scorecard's view (SPEC §4 `<civic-scorecard>`): the plan's measures grouped by priority
 * and goal, filtered by priority, department, goal and status, and searched in the reader's
 * words (accent- and case-insensitive: "transito" finds "Tránsito").
 */
import type { CivicDocument, Goal, Measure, MeasureStatus } from './document';
import { measureStatus } from './status';

export interface ScorecardOptions {
  priority?: string;
  department?: string;
  goal?: string;
  /** Space-separated measure statuses (`on-track at-risk off-track no-data`). */
  status?: string;
  /** Search text, matched against titles, descriptions, narratives and departments. */
  query?: string;
}

export interface ScorecardGoal {
  /** undefined: measures of the priority that name no goal under it. */
  goal?: Goal;
  measures: Measure[];
}

export interface ScorecardGroup {
  /** The priority's goal, when the document has one with that id. */
  priority?: Goal;
  /** The priority id; undefined for measures outside the plan. */
  id?: string;
  goals: ScorecardGoal[];
}

export interface ScorecardView {
  groups: ScorecardGroup[];
  shown: number;
  total: number;
}

/** Lower case without accents: the form searched in. */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}

/** Whether `measure` matches every word of `query` somewhere in its texts (or its goal's department). */
function matches(measure: Measure, goal: Goal | undefined, words: string[]): boolean {
  if (words.length === 0) return true;
  const text = searchable(
    [measure.title, measure.description, measure.narrative, measure.department ?? goal?.department, goal?.title].filter(Boolean).join(' '),
  );
  return words.every((w) => text.includes(w));
}

/** The measures of the plan, grouped by priority then goal, in document order. */
export function scorecardView(document: Pick<CivicDocument, 'goals' | 'measures'>, options: ScorecardOptions = {}): ScorecardView {
  const byId = new Map(document.goals.map((g) => [g.id, g]));
  const statuses = (options.status ?? '').split(/\s+/).filter(Boolean);
  const words = searchable(options.query ?? '').split(/\s+/).filter(Boolean);
  /** The goal directly above a measure, and its priority. */
  const place = (m: Measure) => {
    const goal = m.goal !== undefined ? byId.get(m.goal) : undefined;
    return { goal, priority: goal?.priority };
  };
  const groups: ScorecardGroup[] = [];
  const groupOf = (id: string | undefined) => {
    let group = groups.find((g) => g.id === id);
    if (!group) {
      group = { goals: [] };
      if (id !== undefined) {
        group.id = id;
        const priority = byId.get(id);
        if (priority) group.priority = priority;
      }
      groups.push(group);
    }
    return group;
  };
  let shown = 0;
  for (const m of document.measures) {
    const { goal, priority } = place(m);
    if (options.priority && priority !== options.priority) continue;
    if (options.goal && m.goal !== options.goal && goal?.parent !== options.goal) continue;
    if (options.department && (m.department ?? goal?.department) !== options.department) continue;
    if (statuses.length && !statuses.includes((measureStatus(m) ?? 'no-data') as MeasureStatus)) continue;
    if (!matches(m, goal, words)) continue;
    const group = groupOf(priority);
    // A measure attached to the priority goal itself sits under no sub-goal.
    const under = goal && goal.id !== priority ? goal : undefined;
    let slot = group.goals.find((g) => g.goal === under);
    if (!slot) {
      slot = under ? { goal: under, measures: [] } : { measures: [] };
      group.goals.push(slot);
    }
    slot.measures.push(m);
    shown++;
  }
  // Groups in the order of the plan's priorities, measures outside the plan last.
  const order = (g: ScorecardGroup) => (g.id === undefined ? Infinity : document.goals.findIndex((x) => x.id === g.id) >>> 0);
  groups.sort((a, b) => order(a) - order(b));
  return { groups, shown, total: document.measures.length };
}
