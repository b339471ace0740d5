import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import {
  checklistView,
  formatList,
  type ChecklistCriterion,
  type ChecklistGroup,
  type ChecklistNeed,
  type ChecklistTag,
  type ChecklistView,
} from '../../core/checklist';
import { CivicElement, type ViewState } from '../../ui/civic-element';
import { barSegment } from '../../ui/segment';
import { tokens } from '../../ui/tokens';
import { criteriaChecklistStyles } from './criteria-checklist.styles';
import { criterionStatus, criterionStatusStyles } from './criterion-status';

/**
 * Groups the loading skeleton draws: those of What Works Cities 2023, the commonest program
 * (its eight practices and its resident outcome metrics).
 */
const SKELETON_GROUPS = 9;
/** Criteria rows per group in the loading skeleton (when groups start expanded). */
const SKELETON_ROWS = 3;
/** Required criteria the summary names one by one; beyond this it only counts them. */
const NAMED_REQUIRED = 3;

const CHEVRON = svg`<path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2"/>`;

/**
 * Where a certification's self-assessment stands, criterion by criterion: a summary (met of
 * total, the share, the tier reached and what the next tier still needs), the counts per
 * program group with a bar, then the criteria grouped by group, each with its status (icon
 * and word), markers for its tags (core criteria, ICMA levels), its note and its evidence
 * links. Each group collapses behind a button; `status` and `group` filter the list.
 *
 * @summary A certification's criteria checklist, with what the next tier needs.
 * @tagname civic-criteria-checklist
 * @event civic-error - The document could not be loaded, or has no such certification. `detail.error.message` says which.
 * @csspart base - The checklist's box.
 * @csspart title - The program's name.
 * @csspart meta - The date of the self-assessment and the certifier's award.
 * @csspart award - The award (a link to it when the document gives a URL).
 * @csspart summary - The summary sentence: met of total, the share, the tier reached and what the next tier needs.
 * @csspart about - The disclosure "About these criteria": the program's description and a link to its page.
 * @csspart program-link - The link to the program's page, inside `about`.
 * @csspart overview - The list of groups with their counts and bars.
 * @csspart bar - One group's stacked bar (decorative: the counts are written out beside it).
 * @csspart filter-note - How many criteria the filters leave.
 * @csspart empty - The message shown when the program lists no criteria, or the filters match none.
 * @csspart group - One group: its heading and its criteria.
 * @csspart group-toggle - The button that collapses and expands a group.
 * @csspart criteria - One group's list of criteria.
 * @csspart criterion - One criterion.
 * @csspart status - A criterion's status: icon and word.
 * @csspart code - A criterion's code in its program, e.g. "PA1", before its label.
 * @csspart marker - A tag marker, e.g. "Core" or "Distinction level".
 * @csspart blocked - Why a criterion declared met does not count yet (an unmet prerequisite).
 * @csspart description - What a criterion asks, in the program's words (when the program gives it).
 * @csspart note - A criterion's note.
 * @csspart evidence - A criterion's list of evidence links.
 * @csspart error - The error message.
 * @cssprop --civic-criteria-checklist-background - Background (default: --civic-surface).
 * @cssprop --civic-criteria-checklist-border-color - Border (default: --civic-border).
 * @cssprop --civic-criteria-checklist-radius - Corner radius (default: --civic-radius).
 * @cssprop --civic-criteria-checklist-padding - Inner spacing (default: --civic-spacing).
 * @cssprop --civic-criteria-checklist-min-height - Smallest height, e.g. to reserve the loaded height of a long checklist (default: none).
 * @cssprop --civic-criteria-checklist-met-color - Met: icon, word and bar (default: --civic-status-on-track).
 * @cssprop --civic-criteria-checklist-in-progress-color - In progress (default: --civic-status-at-risk).
 * @cssprop --civic-criteria-checklist-not-met-color - Not met (default: --civic-status-off-track).
 * @cssprop --civic-criteria-checklist-focus-color - Focus ring of the buttons and links (default: --civic-accent).
 * @cssprop --civic-surface - Background of every element.
 * @cssprop --civic-text - Text colour.
 * @cssprop --civic-text-muted - Secondary text colour.
 * @cssprop --civic-border - Border colour.
 * @cssprop --civic-accent - Links and focus rings.
 * @cssprop --civic-status-on-track - Met colour.
 * @cssprop --civic-status-at-risk - In-progress colour.
 * @cssprop --civic-status-off-track - Not-met colour.
 * @cssprop --civic-skeleton - Placeholder colour while loading.
 * @cssprop --civic-radius - Corner radius.
 * @cssprop --civic-spacing - Inner spacing.
 * @cssprop --civic-font-family - Font (inherits the page's by default).
 */
export class CivicCriteriaChecklist extends CivicElement {
  static override styles = [tokens, criterionStatusStyles, criteriaChecklistStyles];

  static override properties = {
    ...CivicElement.properties,
    certification: { type: String, reflect: true },
    status: { type: String, reflect: true },
    group: { type: String, reflect: true },
    collapsed: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Id of a certification in the document. */
  declare certification: string | undefined;
  /** Show only criteria with these statuses: space-separated `met`, `in-progress`, `not-met` (unknown values are ignored). */
  declare status: string | undefined;
  /** Show only these program groups: space-separated group ids (unknown ids are ignored). */
  declare group: string | undefined;
  /** Start with every group collapsed (each still opens with its button; print shows all). */
  declare collapsed: boolean;
  /** Heading level (1–6) of the group headings, to fit the page's outline (default 3). */
  declare headingLevel: number;

  /** The view worked out by viewState(), drawn by renderReady(). */
  private view: ChecklistView | undefined;
  /** The language of the program's texts: a built-in's are English, a document's program is in the document's language. */
  private programLang: string | undefined;
  /** Groups the reader opened or closed, by id; the others follow `collapsed`. */
  private readonly toggled = new Map<string, boolean>();

  constructor() {
    super();
    this.collapsed = false;
    this.headingLevel = 3;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('collapsed')) this.toggled.clear();
  }

  protected override viewState(): ViewState {
    const state = super.viewState();
    if (state.kind !== 'ready') return state;
    const s = this.strings;
    if (!this.certification) return { kind: 'error', message: s.checklistNoCertification };
    const certification = state.document.certifications.find((c) => c.id === this.certification);
    if (!certification) return { kind: 'error', message: s.missingCertification(this.certification) };
    const view = checklistView(certification, state.document, { locale: this.locale, status: this.status, group: this.group });
    if (!view) return { kind: 'error', message: s.unknownProgram(certification.program) };
    this.view = view;
    const declared = state.document.programs.some((p) => p.id === certification.program);
    this.programLang = declared ? state.document.jurisdiction.locale : 'en';
    return state;
  }

  private get level(): number {
    const level = Number(this.headingLevel);
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 3;
  }

  private isOpen(id: string): boolean {
    return this.toggled.get(id) ?? !this.collapsed;
  }

  private toggle(id: string): void {
    this.toggled.set(id, !this.isOpen(id));
    this.requestUpdate();
  }

  /** A tag's marker: a known tag's word, a level's name ("Distinction level"), else the tag id. */
  private tagLabel(tag: ChecklistTag): string {
    const s = this.strings;
    const known = s.checklistTags as Record<string, string>;
    if (Object.hasOwn(known, tag.tag)) return known[tag.tag]!;
    return tag.level ? s.checklistLevel(tag.level) : tag.tag;
  }

  private needText(need: ChecklistNeed): string {
    const s = this.strings;
    switch (need.kind) {
      case 'criteria':
        return s.checklistMoreCriteria(need.countText, need.count);
      case 'points':
        return s.checklistMorePoints(need.countText, need.count);
      case 'groups':
        return s.checklistMoreGroups(need.countText, need.count);
      case 'tag': {
        const text = s.checklistMoreTagged(need.tag, need.countText, need.count, need.level ?? '');
        if (need.criteria.length === 0 || need.criteria.length > NAMED_REQUIRED) return text;
        return `${text} (${formatList(need.criteria.map((c) => s.checklistQuoted(c)), this.locale)})`;
      }
    }
  }

  /** "20 of 28 criteria met (71%) — Gold reached; Platinum needs 4 more criteria and 1 more resident outcome metric". */
  private summaryText(v: ChecklistView): string {
    const s = this.strings;
    const met = s.checklistMet(v.metText, v.totalText, v.shareText, v.met, v.total);
    const tier = v.reached ? (v.top ? s.checklistTopTier(v.reached.label) : s.checklistReached(v.reached.label)) : s.checklistNoTier;
    const needs = v.next && v.next.needs.length > 0
      ? s.checklistNeeds(v.next.label, formatList(v.next.needs.map((n) => this.needText(n)), this.locale))
      : '';
    return `${met} — ${tier}${needs ? `; ${needs}` : ''}`;
  }

  protected renderReady(): TemplateResult {
    const v = this.view!;
    const s = this.strings;
    const title = v.programVersion && !v.programName.includes(v.programVersion) ? `${v.programName} (${v.programVersion})` : v.programName;
    return html`
      <p part="title" class="title">${title}</p>
      ${this.renderMeta(v)}
      ${v.empty
        ? html`<p part="empty" class="empty-note">${s.checklistNoCriteria(title)}</p>${this.renderAbout(v)}`
        : html`<p part="summary" class="summary">${this.summaryText(v)}</p>
            ${this.renderAbout(v)}
            <ul part="overview" class="overview" role="list" aria-label=${s.checklistByGroup}>
              ${v.groups.map((g) => this.renderOverviewRow(g))}
            </ul>
            ${v.filtered
              ? html`<p part="filter-note" class="filter-note">${s.checklistShown(v.shownText, v.totalText, v.shown, v.total)}</p>`
              : nothing}
            ${v.shown === 0
              ? html`<p part="empty" class="empty-note">${s.checklistNoMatch}</p>`
              : html`<div class="groups">${v.groups.filter((g) => g.criteria.length > 0).map((g) => this.renderGroup(g))}</div>`}`}
    `;
  }

  /**
   * The program's description behind a disclosure, under the summary: what the program is,
   * and for a built-in whose criteria list is incomplete, that the share counts only the
   * criteria listed. Nothing when the program has neither a description nor a page.
   */
  private renderAbout(v: ChecklistView) {
    if (v.programDescription === undefined && v.programUrl === undefined) return nothing;
    const s = this.strings;
    return html`<details part="about" class="about">
      <summary>${s.checklistAbout}</summary>
      ${v.programDescription !== undefined ? html`<p class="about-text" lang=${this.textLang(this.programLang)}>${v.programDescription}</p>` : nothing}
      ${v.programUrl !== undefined ? html`<p class="about-text"><a part="program-link" href=${v.programUrl}>${s.checklistProgramPage(v.programName)}</a></p>` : nothing}
    </details>`;
  }

  /** "Self-assessment of May 15, 2026 · Awarded: Silver (2023), expired July 12, 2026". */
  private renderMeta(v: ChecklistView) {
    const s = this.strings;
    const a = v.awarded;
    let award: string | undefined;
    if (a) {
      award = s.checklistAwarded(a.label, a.year ?? '');
      if (a.expiresText) award += `, ${a.expired ? s.checklistAwardExpired(a.expiresText) : s.checklistAwardValid(a.expiresText)}`;
    }
    if (!v.assessedText && !award) return nothing;
    return html`<p part="meta" class="meta">
      ${v.assessedText ? s.checklistAssessed(v.assessedText) : nothing}${v.assessedText && award ? ' · ' : nothing}${award
        ? a!.url
          ? html`<a part="award" href=${a!.url}>${award}</a>`
          : html`<span part="award">${award}</span>`
        : nothing}
    </p>`;
  }

  /** A group's name: the program's words, or ours for the group of unscored criteria. */
  private groupLabel(g: ChecklistGroup, cls: string, after = '') {
    return g.scored
      ? html`<span class=${cls} lang=${this.textLang(this.programLang)}>${g.label}${after}</span>`
      : html`<span class=${cls}>${this.strings.checklistUnscoredGroup(g.tag ?? '')}${after}</span>`;
  }

  private renderOverviewRow(g: ChecklistGroup) {
    const s = this.strings;
    const segment = (status: string, count: number) => (count > 0 ? barSegment(status, 'flex-grow', String(count)) : nothing);
    return html`<li class="overview-row">
      <span class="overview-text"
        >${this.groupLabel(g, 'overview-label', ':')} ${s.checklistGroupCounts(g.metText, g.inProgressText, g.notMetText, g.met, g.notMet)}</span
      >
      <span part="bar" class="bar" aria-hidden="true"
        >${segment('met', g.met)}${segment('in-progress', g.inProgress)}${segment('not-met', g.notMet)}</span
      >
    </li>`;
  }

  private renderGroup(g: ChecklistGroup) {
    const open = this.isOpen(g.id);
    const listId = `group-${g.id}`;
    const toggleId = `group-${g.id}-toggle`;
    return html`<div part="group" class="group">
      <div class="group-heading" role="heading" aria-level=${this.level}>
        <button
          part="group-toggle"
          class="toggle"
          type="button"
          id=${toggleId}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${listId}
          @click=${() => this.toggle(g.id)}
        >
          <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true">${CHEVRON}</svg>
          ${this.groupLabel(g, 'group-label')}
          <span class="group-met">${this.strings.checklistGroupMet(g.metText, g.totalText, g.total)}${g.scored
            ? nothing
            : html`<span class="unscored">, ${this.strings.checklistUnscored}</span>`}</span>
        </button>
      </div>
      <ul part="criteria" class="criteria${open ? '' : ' collapsed'}" id=${listId} role="list" aria-labelledby=${toggleId}>
        ${g.criteria.map((c) => this.renderCriterion(c))}
      </ul>
    </div>`;
  }

  private renderCriterion(c: ChecklistCriterion) {
    const s = this.strings;
    return html`<li part="criterion" class="criterion ${c.status}">
      ${criterionStatus(c.status, s)}
      <div class="criterion-body">
        ${c.code !== undefined ? html`<span part="code" class="code">${c.code}</span> ` : nothing}<span
          class="criterion-label"
          lang=${this.textLang(this.programLang)}
          >${c.label}</span
        >${c.tags.map(
          (t) => html`<span part="marker" class="marker">${this.tagLabel(t)}</span>`,
        )}
        ${c.description !== undefined
          ? html`<p part="description" class="description" lang=${this.textLang(this.programLang)}>${c.description}</p>`
          : nothing}
        ${c.blockedBy.length > 0
          ? html`<p part="blocked" class="blocked">
              ${s.checklistBlocked(formatList(c.blockedBy.map((label) => s.checklistQuoted(label)), this.locale), c.blockedBy.length)}
            </p>`
          : nothing}
        ${c.note ? html`<p part="note" class="note" lang=${this.textLang(this.documentLang)}>${c.note}</p>` : nothing}
        ${c.evidence.length > 0
          ? html`<div class="evidence">
              <span class="evidence-title">${s.checklistEvidence}:</span>
              <ul part="evidence" role="list">
                ${c.evidence.map((e) => html`<li lang=${this.textLang(this.documentLang)}>${e.url ? html`<a href=${e.url}>${e.label}</a>` : e.label}</li>`)}
              </ul>
            </div>`
          : nothing}
      </div>
    </li>`;
  }

  /**
   * The skeleton has the rows of the loaded checklist in its own typography: the title, the
   * meta line, a two-line summary, the bars of nine groups and nine group headings (with
   * three criteria each unless `collapsed`). A nine-group program with `collapsed` keeps
   * its size exactly; longer lists grow below the headings once the data arrives.
   */
  protected renderLoading(): TemplateResult {
    const line = (cls: string) => html`<span class="line ${cls}">\u00a0</span>`;
    const groups = Array.from({ length: SKELETON_GROUPS });
    return html`<div class="skeleton" aria-hidden="true">
        <p class="title">${line('w60')}</p>
        <p class="meta">${line('w80')}</p>
        <p class="summary">${line('w100')}<br />${line('w70')}</p>
        <p class="about">${line('w30')}</p>
        <ul class="overview">
          ${groups.map(() => html`<li class="overview-row"><span class="overview-text">${line('w70')}</span><span class="bar"></span></li>`)}
        </ul>
        <div class="groups">
          ${groups.map(
            () => html`<div class="group">
              <div class="group-heading"><span class="toggle">${line('w50')}</span></div>
              ${this.collapsed
                ? nothing
                : html`<ul class="criteria">
                    ${Array.from({ length: SKELETON_ROWS }, () => html`<li class="criterion">${line('w80')}</li>`)}
                  </ul>`}
            </div>`,
          )}
        </div>
      </div>
      <span class="visually-hidden" role="status">${this.strings.loading}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-criteria-checklist': CivicCriteriaChecklist;
  }
}
