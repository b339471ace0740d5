import { html, nothing, type TemplateResult } from 'lit';
import type { CivicDocument } from '../../core/document';
import { formatPeriod } from '../../core/period';
import { safeUrl } from '../../core/url';
import { kpiView, type KpiView } from '../../core/view';
import { CivicElement, type ViewState } from '../../ui/civic-element';
import { sparklineSvg } from '../../ui/sparkline';
import { statusChip, statusChipStyles, statusDisclosure } from '../../ui/status-chip';
import { tokens } from '../../ui/tokens';
import { kpiTileStyles } from './kpi-tile.styles';

/** Parts that `hide` can remove. */
export const HIDEABLE = ['sparkline', 'target', 'delta', 'comparisons', 'narrative', 'source'] as const;

/** Narratives longer than this go behind a disclosure. */
const SHORT_NARRATIVE = 140;

/**
 * One performance measure at a glance: its current value and period, status (icon, word and
 * colour, opening the rule that gave it; on the way to a future target, the pace: "On track:
 * ahead of pace"), the change since the previous period marked better or worse, the target, a
 * sparkline, comparisons, the narrative, and the source.
 *
 * @summary A KPI tile for one measure of the document.
 * @tagname civic-kpi-tile
 * @event civic-error - The document could not be loaded or has no such measure. `detail.error.message` says which.
 * @csspart base - The tile's box.
 * @csspart title - The measure's title (a link when `href` is set).
 * @csspart value - The current value.
 * @csspart period - The period of the current value.
 * @csspart status - The status: icon and word.
 * @csspart status-rule - The disclosure the status opens: the status (and on the way to a future target, the pace) and why.
 * @csspart status-explanation - The sentence that says which rule gave the status and the figures it compared.
 * @csspart delta - The change since the previous period.
 * @csspart target - The primary target.
 * @csspart sparkline - The trend line (SVG).
 * @csspart comparisons - The list of comparisons.
 * @csspart narrative - The narrative.
 * @csspart source - The source and the date.
 * @csspart error - The error message.
 * @cssprop --civic-kpi-tile-background - Tile background (default: --civic-surface).
 * @cssprop --civic-kpi-tile-border-color - Tile border (default: --civic-border).
 * @cssprop --civic-kpi-tile-radius - Corner radius (default: --civic-radius).
 * @cssprop --civic-kpi-tile-padding - Inner spacing (default: --civic-spacing).
 * @cssprop --civic-kpi-tile-value-size - Size of the value (default: 1.75em, relative to the text around the element).
 * @cssprop --civic-kpi-tile-line-color - Sparkline colour (default: --civic-accent).
 * @cssprop --civic-kpi-tile-min-height - Smallest height of the tile, e.g. to line up a row of tiles (default: none).
 * @cssprop --civic-surface - Background of every element.
 * @cssprop --civic-text - Text colour.
 * @cssprop --civic-text-muted - Secondary text colour.
 * @cssprop --civic-border - Border colour.
 * @cssprop --civic-accent - Links and lines.
 * @cssprop --civic-status-on-track - On-track colour.
 * @cssprop --civic-status-at-risk - At-risk colour.
 * @cssprop --civic-status-off-track - Off-track colour.
 * @cssprop --civic-status-no-data - No-data colour.
 * @cssprop --civic-radius - Corner radius.
 * @cssprop --civic-spacing - Inner spacing.
 * @cssprop --civic-font-family - Font (inherits the page's by default).
 */
export class CivicKpiTile extends CivicElement {
  static override styles = [tokens, statusChipStyles, kpiTileStyles];

  static override properties = {
    ...CivicElement.properties,
    measure: { type: String, reflect: true },
    hide: { type: String },
    href: { type: String },
  };

  /** Id of the measure to show. */
  declare measure: string | undefined;
  /** Space-separated parts to leave out: `sparkline target delta comparisons narrative source`. */
  declare hide: string | undefined;
  /** Makes the whole tile a link (http, https or relative URLs only). */
  declare href: string | undefined;

  protected override viewState(): ViewState {
    const state = super.viewState();
    if (state.kind !== 'ready') return state;
    if (!this.measure) return { kind: 'error', message: this.strings.noMeasure };
    if (!state.document.measures.some((m) => m.id === this.measure)) {
      return { kind: 'error', message: this.strings.missingMeasure(this.measure) };
    }
    return state;
  }

  private isHidden(part: (typeof HIDEABLE)[number]): boolean {
    return (this.hide ?? '').split(/\s+/).includes(part);
  }

  protected renderReady(document: CivicDocument): TemplateResult {
    const measure = document.measures.find((m) => m.id === this.measure)!;
    const locale = this.locale;
    const asOf = document.updated ? new Date(`${document.updated}T23:59:59Z`) : new Date();
    const v = kpiView(measure, { locale, asOf });
    const s = this.strings;
    const href = safeUrl(this.href);
    const title = href ? html`<a class="title-link" href=${href}>${v.title}</a>` : v.title;
    const lang = this.documentLang;
    return html`
      <p part="title" class="title" lang=${this.textLang(lang)}>${title}</p>
      ${v.empty ? html`<p class="empty-note">${s.noValues}</p>${statusChip(v.status === 'no-data' ? undefined : v.status, s, this.statusLabels)}` : this.renderFigures(v)}
      ${this.isHidden('comparisons') || v.comparisons.length === 0
        ? nothing
        : html`<ul part="comparisons" class="comparisons">
            ${v.comparisons.map((c) => html`<li>${this.inLang(c.label, lang)}: ${c.valueText}</li>`)}
          </ul>`}
      ${this.isHidden('narrative') ? nothing : this.renderNarrative(v)}
      ${this.renderMeta(v, document, locale)}
    `;
  }

  private renderFigures(v: KpiView): TemplateResult {
    const s = this.strings;
    const change = v.change;
    const verdict = change?.good === undefined ? s.noChange : change.good ? s.better : s.worse;
    return html`
      <div class="value-line">
        <span part="value" class="value">${v.current!.valueText}</span>
        <span part="period" class="period">${v.current!.periodText}</span>
      </div>
      ${v.explanation ? statusDisclosure(v.explanation, s, this.statusLabels) : nothing}
      <div class="row">
        ${this.isHidden('delta') || !change
          ? nothing
          : html`<span part="delta" class="delta ${change.good === undefined ? '' : change.good ? 'good' : 'bad'}"
              >${change.direction === 'up' ? '▲' : change.direction === 'down' ? '▼' : '●'}
              ${s.change(change.deltaText, change.previousPeriodText)} (${verdict})</span
            >`}
        ${this.isHidden('target') || !v.target
          ? nothing
          : html`<span part="target" class="target"
              >${s.target}${v.target.periodText ? ` ${v.target.periodText}` : ''}: ${v.target.valueText}</span
            >`}
      </div>
      ${this.isHidden('sparkline') || !v.sparkline ? nothing : sparklineSvg(v.sparkline)}
    `;
  }

  private renderNarrative(v: KpiView) {
    if (v.narrative.length === 0) return nothing;
    const text = v.narrative.join(' ');
    if (text.length <= SHORT_NARRATIVE && v.narrative.length === 1) {
      return html`<p part="narrative" class="narrative meta" lang=${this.textLang(this.documentLang)}>${text}</p>`;
    }
    return html`<details part="narrative" class="narrative">
      <summary>${this.strings.moreAbout}</summary>
      ${v.narrative.map((p) => html`<p lang=${this.textLang(this.documentLang)}>${p}</p>`)}
    </details>`;
  }

  private renderMeta(v: KpiView, document: CivicDocument, locale: string) {
    const s = this.strings;
    const showSource = !this.isHidden('source') && v.source;
    if (!showSource && !v.overdue) return nothing;
    const url = v.source?.url ? safeUrl(v.source.url) : undefined;
    const date = document.updated ? formatPeriod(document.updated, locale) : undefined;
    return html`<p part="source" class="meta">
      ${showSource
        ? html`${s.source}: ${url
            ? html`<a href=${url} lang=${this.textLang(this.documentLang)}>${v.source!.name}</a>`
            : this.inLang(v.source!.name, this.documentLang)}${date ? html` · ${date}` : nothing}`
        : nothing}
      ${v.overdue
        ? html`<span class="overdue"> · ${s.overdue}</span>${v.due ? html` (${s.dueBy(formatPeriod(v.due, locale))})` : nothing}`
        : nothing}
    </p>`;
  }

  /**
   * The skeleton has the rows of a typical full tile, in the tile's own typography (one
   * line each, wrapped as the loaded text usually wraps), minus the parts named in `hide`,
   * so that the tile keeps its size when the data arrives.
   */
  protected renderLoading(): TemplateResult {
    const bar = (cls: string) => html`<span class="bar ${cls}">\u00a0</span>`;
    const show = (part: (typeof HIDEABLE)[number]) => !this.isHidden(part);
    return html`<div class="skeleton" aria-hidden="true">
        <p class="title">${bar('w70')}</p>
        <div class="value-line"><span class="value">${bar('w45')}</span></div>
        <p class="status-line">${bar('w30')}</p>
        <div class="row">
          ${show('delta') ? html`<span class="delta">${bar('w90')}</span>` : nothing}
          ${show('target') ? html`<span class="target">${bar('w50')}</span>` : nothing}
        </div>
        ${show('sparkline') ? html`<span class="sparkline bar"></span>` : nothing}
        ${show('comparisons') ? html`<ul class="comparisons"><li>${bar('w60')}</li><li>${bar('w50')}</li></ul>` : nothing}
        ${show('narrative') ? html`<p class="narrative meta">${bar('w90')}</p>` : nothing}
        ${show('source') ? html`<p class="meta">${bar('w90')}<span class="narrow-line"><br />${bar('w30')}</span></p>` : nothing}
      </div>
      <span class="visually-hidden" role="status">${this.strings.loading}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-kpi-tile': CivicKpiTile;
  }
}
