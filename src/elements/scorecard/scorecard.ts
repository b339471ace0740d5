import { ContextProvider } from '@lit/context';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { CivicDocument } from '../../core/document';
import { formatCount } from '../../core/format';
import { scorecardView, type ScorecardView } from '../../core/scorecard';
import { documentContext, type DocumentState } from '../../data/context';
import { CivicElement, type ViewState } from '../../ui/civic-element';
import { tokens } from '../../ui/tokens';
import '../../kpi-tile';

/**
 * The plan's measures, grouped by priority and goal, as KPI tiles in a responsive grid (one
 * column on a phone, several on a wide screen), filtered by `priority`, `department`, `goal`
 * and `status`. With `searchable`, a search box matches titles, descriptions, narratives and
 * departments, without regard to accents or case ("transito" finds "Tránsito"); the number of
 * results is announced to screen readers, and the query is kept in the page's address
 * (`#q=…`, or `#<id>=…` for an element with an id) so a search can be linked.
 *
 * @summary The plan's measures as a searchable, filterable grid of KPI tiles.
 * @tagname civic-scorecard
 * @event civic-error - The document could not be loaded. `detail.error.message` says why.
 * @csspart base - The element's box.
 * @csspart search - The search field.
 * @csspart count - How many measures are shown (announced politely).
 * @csspart group - One priority: its heading and its goals.
 * @csspart grid - One goal's grid of tiles.
 * @csspart error - The error message.
 * @cssprop --civic-scorecard-tile-width - Smallest width of a tile column (default: 16rem).
 * @cssprop --civic-scorecard-gap - Space between tiles (default: 1rem).
 */
export class CivicScorecard extends CivicElement {
  static override styles = [
    tokens,
    css`
      :host { display: block; min-width: 0; }
      .search { display: flex; flex-direction: column; gap: 0.25em; max-width: 28rem; margin-bottom: 0.75em; }
      label { font-weight: 600; }
      input { font: inherit; padding: 0.4em 0.6em; border: 1px solid var(--_muted); border-radius: 0.3em; background: var(--_surface); color: var(--_text); }
      input:focus-visible { outline: 3px solid var(--_accent); outline-offset: 1px; }
      .count { color: var(--_muted); margin: 0 0 0.75em; }
      h2, h3 { margin: 1em 0 0.5em; }
      h2 { font-size: 1.25em; }
      h3 { font-size: 1em; color: var(--_muted); }
      .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--civic-scorecard-tile-width, 16rem)), 1fr)); gap: var(--civic-scorecard-gap, 1rem); list-style: none; margin: 0; padding: 0; }
      .grid > li { min-width: 0; }
      .error:empty { display: none; }
      .skeleton .bar { display: block; height: 10rem; border-radius: var(--_radius); background: var(--_skeleton); }
    `,
  ];

  static override properties = {
    ...CivicElement.properties,
    priority: { type: String, reflect: true },
    department: { type: String, reflect: true },
    goal: { type: String, reflect: true },
    status: { type: String, reflect: true },
    searchable: { type: Boolean, reflect: true },
    query: { type: String },
  };

  /** Only the measures of this priority (the goals' `priority`). */
  declare priority: string | undefined;
  /** Only the measures of this department (a measure's, else its goal's). */
  declare department: string | undefined;
  /** Only the measures of this goal (and of the goals directly under it). */
  declare goal: string | undefined;
  /** Only these statuses: space-separated `on-track at-risk off-track no-data`. */
  declare status: string | undefined;
  /** Shows a search box. */
  declare searchable: boolean;
  /** The search text (also read from, and written to, the page's address). */
  declare query: string;

  constructor() {
    super();
    this.searchable = false;
    this.query = '';
  }

  /**
   * The scorecard's tiles read the document from here, not each from its own copy. Until the
   * scorecard has its document, tiles already in it (pre-rendered by `civicstat render`) wait
   * as loading, keeping the server's copy, rather than report that they have no document.
   */
  private provider = new ContextProvider(this, { context: documentContext, initialValue: { status: 'loading' } as DocumentState });

  private get hashKey(): string {
    return this.id || 'q';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.searchable) {
      const fromHash = new URLSearchParams(location.hash.slice(1)).get(this.hashKey);
      if (fromHash) this.query = fromHash;
    }
  }

  private view: ScorecardView | undefined;

  protected override viewState(): ViewState {
    const state = super.viewState();
    const own = this.documentState;
    if (own && own !== this.provider.value) this.provider.setValue(own);
    if (state.kind !== 'ready') return state;
    this.view = scorecardView(state.document, {
      ...(this.priority ? { priority: this.priority } : {}),
      ...(this.department ? { department: this.department } : {}),
      ...(this.goal ? { goal: this.goal } : {}),
      ...(this.status ? { status: this.status } : {}),
      ...(this.searchable && this.query ? { query: this.query } : {}),
    });
    return state;
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    const params = new URLSearchParams(location.hash.slice(1));
    if (this.query) params.set(this.hashKey, this.query);
    else params.delete(this.hashKey);
    const hash = params.toString();
    history.replaceState(history.state, '', hash ? `#${hash}` : location.pathname + location.search);
  }

  protected renderReady(_document: CivicDocument): TemplateResult {
    const v = this.view!;
    const s = this.strings;
    const locale = this.locale;
    const lang = this.textLang(this.documentLang);
    return html`
      ${this.searchable
        ? html`<div class="search">
            <label for="search">${s.scorecardSearch}</label>
            <input part="search" id="search" type="search" .value=${this.query} @input=${this.onInput} autocomplete="off" />
          </div>`
        : nothing}
      <p part="count" class="count" role="status" aria-live="polite">
        ${v.shown === 0 ? s.scorecardNone : s.scorecardShown(formatCount(v.shown, locale), formatCount(v.total, locale), v.total)}
      </p>
      ${v.groups.map(
        (group) => html`<section part="group">
          <h2 lang=${group.priority || group.id ? lang : nothing}>${group.priority?.title ?? group.id ?? s.scorecardOther}</h2>
          ${group.goals.map(
            (g) => html`${g.goal ? html`<h3 lang=${lang}>${g.goal.title}</h3>` : nothing}
              <ul part="grid" class="grid">
                ${g.measures.map((m) => html`<li><civic-kpi-tile measure=${m.id}></civic-kpi-tile></li>`)}
              </ul>`,
          )}
        </section>`,
      )}
    `;
  }

  protected renderLoading(): TemplateResult {
    return html`<div class="skeleton" aria-hidden="true"><span class="bar"></span></div>
      <span class="visually-hidden" role="status">${this.strings.loading}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-scorecard': CivicScorecard;
  }
}
