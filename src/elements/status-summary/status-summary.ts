import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { CivicDocument, GoalStatus, MeasureStatus } from '../../core/document';
import { formatCount, formatPercent } from '../../core/format';
import { ROLLUP_KINDS, planRollup, type Rollup, type RollupKind, type StatusCount } from '../../core/plan';
import { CivicElement, type ViewState } from '../../ui/civic-element';
import { barSegment } from '../../ui/segment';
import { MEASURE_STATUS_ICONS } from '../../ui/status-chip';
import { statusWord, type StatusLabelsInUse } from '../../ui/status-word';
import { tokens } from '../../ui/tokens';

/** A shape per goal status, so that status never rests on colour alone. */
const GOAL_ICONS: Record<GoalStatus, ReturnType<typeof svg>> = {
  'not-started': svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6"/>`,
  'in-progress': svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 1.8a6.2 6.2 0 0 1 0 12.4z"/>`,
  completed: MEASURE_STATUS_ICONS['on-track'],
  ahead: svg`<path d="M2 9l6-6 6 6h-4v5H6V9z"/>`,
  behind: MEASURE_STATUS_ICONS['at-risk'],
  'on-hold': svg`<rect x="3" y="2" width="3.5" height="12" rx="1"/><rect x="9.5" y="2" width="3.5" height="12" rx="1"/>`,
  cancelled: svg`<path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2.2"/>`,
};

/** Stands in for a word in a sentence from the strings table, where a template goes (a city's status word). */
const MARK = '\u0000';

/**
 * How the strategic plan stands: how many goals, objectives or projects are in each status
 * (or how many measures are on, at or off track), as a sentence ("28 strategic objectives: 3
 * completed (11%), 17 in progress (61%), 8 not started (28%)"), one stacked bar, and a list with
 * an icon, a word, the count and the share of each status. Shares add up to 100%. A goal
 * without a status of its own takes one computed from its measures (in progress when at least
 * two thirds of them are on track, else behind); a note says how many were computed.
 *
 * @summary Counts and shares of the plan's items by status, with a stacked bar and a sentence.
 * @tagname civic-status-summary
 * @event civic-error - The document could not be loaded, or the kind is unknown. `detail.error.message` says which.
 * @csspart base - The element's box.
 * @csspart summary - The sentence.
 * @csspart bar - The stacked bar (decorative: the list says the same).
 * @csspart list - The statuses, with icon, word, count and share (and how many were computed from measures).
 * @csspart note - How many statuses were computed from their measures, when any were (goals without a status of their own).
 * @csspart error - The error message.
 * @cssprop --civic-status-summary-background - Background (default: --civic-surface).
 * @cssprop --civic-status-summary-border-color - Border (default: --civic-border).
 * @cssprop --civic-status-summary-radius - Corner radius (default: --civic-radius).
 * @cssprop --civic-status-summary-padding - Inner spacing (default: --civic-spacing).
 * @cssprop --civic-status-summary-bar-height - Height of the bar (default: 1rem).
 * @cssprop --civic-status-on-track - Completed, ahead and on-track colour.
 * @cssprop --civic-status-at-risk - Behind and at-risk colour.
 * @cssprop --civic-status-off-track - Off-track colour.
 * @cssprop --civic-accent - In-progress colour.
 * @cssprop --civic-text-muted - Not started, on hold, cancelled and no data.
 */
export class CivicStatusSummary extends CivicElement {
  static override styles = [
    tokens,
    css`
      :host { display: block; min-width: 0; }
      .base {
        box-sizing: border-box;
        padding: var(--civic-status-summary-padding, var(--_space));
        border: 1px solid var(--civic-status-summary-border-color, var(--_border));
        border-radius: var(--civic-status-summary-radius, var(--_radius));
        background: var(--civic-status-summary-background, var(--_surface));
      }
      .summary { margin: 0 0 0.6em; font-weight: 600; }
      .bar { display: flex; height: var(--civic-status-summary-bar-height, 1rem); border-radius: 0.25rem; overflow: hidden; background: var(--_border); }
      .segment { height: 100%; }
      .segment + .segment { border-inline-start: 2px solid var(--_surface); }
      ul { list-style: none; margin: 0.6em 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25em 1.25em; font-size: 0.875em; }
      li { display: inline-flex; align-items: center; gap: 0.35em; }
      .icon { flex: none; width: 1em; height: 1em; }
      .good { color: var(--_good); } .risk { color: var(--_risk); } .bad { color: var(--_bad); }
      .accent { color: var(--_accent); } .none { color: var(--_muted); }
      .segment.good { background: var(--_good); } .segment.risk { background: var(--_risk); } .segment.bad { background: var(--_bad); }
      .segment.accent { background: var(--_accent); } .segment.none { background: var(--_muted); }
      .count { color: var(--_text); font-weight: 600; }
      .computed, .note { color: var(--_muted); }
      .note { margin: 0.6em 0 0; font-size: 0.875em; }
      .error:empty { display: none; }
      /* Loading: the loaded element's usual shape (a sentence of two lines, the bar, a list of two rows). */
      .skeleton .line { display: block; height: 1em; width: 100%; border-radius: 0.25rem; background: var(--_skeleton); margin: 0.2em 0; }
      .skeleton .line.short { width: 55%; margin-bottom: 0.8em; }
      .skeleton .bar { background: var(--_skeleton); }
      .skeleton ul { height: calc(2.8em + 0.25em); }
      @media (forced-colors: active) {
        .base { border-color: CanvasText; }
        .segment { forced-color-adjust: none; background: CanvasText !important; }
        .segment + .segment { border-color: Canvas; }
        .good, .risk, .bad, .accent, .none, .computed, .note { color: CanvasText; }
      }
      @media print {
        .base { break-inside: avoid; }
        .segment { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
      }
    `,
  ];

  static override properties = {
    ...CivicElement.properties,
    kind: { type: String, reflect: true },
    priority: { type: String, reflect: true },
    department: { type: String, reflect: true },
  };

  /** What to count: `objective` (default), `project`, `goal` or `measure`. */
  declare kind: 'objective' | 'project' | 'goal' | 'measure';
  /** Only the items of this priority (a goal id used as `priority` in the document). */
  declare priority: string | undefined;
  /** Only the items of this department. */
  declare department: string | undefined;

  constructor() {
    super();
    this.kind = 'objective';
  }

  private rollup: Rollup | undefined;

  protected override viewState(): ViewState {
    const state = super.viewState();
    if (state.kind !== 'ready') return state;
    if (!ROLLUP_KINDS.includes(this.kind as RollupKind)) return { kind: 'error', message: this.strings.planUnknownKind(String(this.kind)) };
    this.rollup = planRollup(state.document, {
      kind: this.kind,
      ...(this.priority ? { priority: this.priority } : {}),
      ...(this.department ? { department: this.department } : {}),
    });
    return state;
  }

  private tone(status: StatusCount['status']): string {
    switch (status) {
      case 'completed':
      case 'ahead':
      case 'on-track':
        return 'good';
      case 'behind':
      case 'at-risk':
        return 'risk';
      case 'off-track':
        return 'bad';
      case 'in-progress':
        return 'accent';
      default:
        return 'none';
    }
  }

  /** The word for a status: the library's for a goal status; for a measure status, the city's own (statusLabels) when it has one. */
  private word(status: StatusCount['status'], labels: StatusLabelsInUse | undefined): string | TemplateResult {
    const s = this.strings;
    return status in s.goalStatus ? s.goalStatus[status as GoalStatus] : statusWord(status as MeasureStatus, s, labels);
  }

  /**
   * One part of the sentence ("17 in progress (61%)"). The library's words go through the
   * strings table (which lower-cases them and makes them agree); a city's word goes in as
   * written, marked with its language where it differs.
   */
  private sentencePart(x: StatusCount, labels: StatusLabelsInUse | undefined): string | TemplateResult {
    const s = this.strings;
    const count = formatCount(x.count, this.locale);
    const percent = formatPercent(x.percent / 100, this.locale);
    const word = this.word(x.status, labels);
    if (x.status in s.goalStatus || labels?.words[x.status as MeasureStatus] === undefined) return s.planPart(count, word as string, percent);
    const [before, after] = s.planPart(count, MARK, percent).split(MARK);
    return html`${before}${word}${after}`;
  }

  protected renderReady(_document: CivicDocument): TemplateResult {
    const r = this.rollup!;
    const s = this.strings;
    const locale = this.locale;
    const kindWords = s.planKind(r.kind, r.total);
    if (r.total === 0) return html`<p part="summary" class="summary">${s.planNone(s.planKind(r.kind, 2))}</p>`;
    const labels = this.statusLabels;
    const parts = r.statuses.map((x) => this.sentencePart(x, labels));
    const [before, after] = s.planSentence(formatCount(r.total, locale), kindWords, MARK).split(MARK);
    const sentence = html`${before}${parts.map((p, i) => (i === 0 ? p : html`, ${p}`))}${after}`;
    return html`
      <p part="summary" class="summary">${sentence}</p>
      <div part="bar" class="bar" aria-hidden="true">
        ${r.statuses.map((x) => barSegment(this.tone(x.status), 'flex', `0 0 ${(x.share * 100).toFixed(3)}%`))}
      </div>
      <ul part="list">
        ${r.statuses.map(
          (x) => html`<li class=${this.tone(x.status)}>
            <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">${(GOAL_ICONS as Record<string, ReturnType<typeof svg>>)[x.status] ?? MEASURE_STATUS_ICONS[x.status as keyof typeof MEASURE_STATUS_ICONS]}</svg>
            <span>${this.word(x.status, labels)}</span> <span class="count">${formatCount(x.count, locale)}</span>
            <span>(${formatPercent(x.percent / 100, locale)})</span>
            ${x.computed ? html`<span class="computed">· ${s.planComputedItem(formatCount(x.computed, locale), x.computed)}</span>` : nothing}
          </li>`,
        )}
      </ul>
      ${r.computed
        ? html`<p part="note" class="note">${s.planComputed(formatCount(r.computed, locale), formatCount(r.total, locale), r.computed, r.total)}</p>`
        : nothing}
    `;
  }

  protected renderLoading(): TemplateResult {
    return html`<div class="skeleton" aria-hidden="true"><span class="line"></span><span class="line short"></span><div class="bar"></div><ul></ul></div>
      <span class="visually-hidden" role="status">${this.strings.loading}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-status-summary': CivicStatusSummary;
  }
}
