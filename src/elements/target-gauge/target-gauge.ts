import { html, nothing, type TemplateResult } from 'lit';
import type { CivicDocument } from '../../core/document';
import { gaugeView, type GaugeBand, type GaugeView } from '../../core/gauge';
import { CivicElement, type ViewState } from '../../ui/civic-element';
import type { Strings } from '../../ui/i18n/index';
import { statusChip, statusChipStyles, statusSentence } from '../../ui/status-chip';
import { statusWord } from '../../ui/status-word';
import { tokens } from '../../ui/tokens';
import { bulletSvg, radialSvg } from './gauge-svg';
import { targetGaugeStyles } from './target-gauge.styles';

export type GaugeVariant = 'bullet' | 'radial';

/** A band's range in words: "at most 6.5 min", "6.5 min to 6.8 min". */
function rangeText(band: GaugeBand, s: Strings): string {
  const r = band.range;
  switch (r.kind) {
    case 'at-most':
      return s.bandAtMost(r.valueText);
    case 'at-least':
      return s.bandAtLeast(r.valueText);
    case 'below':
      return s.bandBelow(r.valueText);
    case 'above':
      return s.bandAbove(r.valueText);
    case 'between':
      return s.bandBetween(r.fromText, r.toText);
  }
}

/**
 * Progress of one measure toward a target. `variant="bullet"` (the default) draws a bullet
 * graph after Stephen Few: qualitative bands (off track, at risk, on track, from the target
 * and the measure's tolerance, mirrored when lower is better), a bar for the current value,
 * a marker for the target and a tick for the baseline. `variant="radial"` draws an arc from
 * the baseline to the target. Both write out the value, the target, the baseline and the
 * progress in text, and say why the status is what it is; the bullet graph also names the range
 * of each band. On the way to a target whose period is still ahead, the status and the bands are
 * judged against the straight path from the baseline to the target at the current period.
 *
 * @summary Progress toward a target: a bullet graph or a radial arc, with the figures in text.
 * @tagname civic-target-gauge
 * @event civic-error - The document could not be loaded, or has no such measure or target. `detail.error.message` says which.
 * @csspart base - The element's box.
 * @csspart title - The measure's title.
 * @csspart value - The current value.
 * @csspart period - The period of the current value.
 * @csspart status - The status against the target: icon and word.
 * @csspart graph - The graphic (SVG): bullet graph or arc.
 * @csspart bar - The bar (bullet) or the filled arc (radial) showing the current value.
 * @csspart marker - The target marker of the bullet graph.
 * @csspart baseline - The baseline tick of the bullet graph.
 * @csspart figures - The target and the baseline, in text.
 * @csspart status-explanation - Why the status: the rule and the figures it compared (against the target, or on the way to a future target against the straight path to it).
 * @csspart progress - The progress from baseline to target, in text.
 * @csspart legend - The bands and their ranges, in text (bullet graph).
 * @csspart error - The error message.
 * @cssprop --civic-target-gauge-background - Background (default: --civic-surface).
 * @cssprop --civic-target-gauge-border-color - Border (default: --civic-border).
 * @cssprop --civic-target-gauge-radius - Corner radius (default: --civic-radius).
 * @cssprop --civic-target-gauge-padding - Inner spacing (default: --civic-spacing).
 * @cssprop --civic-target-gauge-value-size - Size of the value (default: 1.75em, relative to the text around the element).
 * @cssprop --civic-target-gauge-bar-color - The value bar (default: --civic-text) and the filled arc (default: the status colour).
 * @cssprop --civic-target-gauge-marker-color - The target marker (default: --civic-text).
 * @cssprop --civic-target-gauge-band-on-track - On-track band (default: a tint of --civic-status-on-track).
 * @cssprop --civic-target-gauge-band-at-risk - At-risk band (default: a tint of --civic-status-at-risk).
 * @cssprop --civic-target-gauge-band-off-track - Off-track band (default: a tint of --civic-status-off-track).
 * @cssprop --civic-target-gauge-track-color - The unfilled arc (default: --civic-border).
 * @cssprop --civic-surface - Background of every element.
 * @cssprop --civic-text - Text colour.
 * @cssprop --civic-text-muted - Secondary text colour.
 * @cssprop --civic-border - Border colour.
 * @cssprop --civic-status-on-track - On-track colour.
 * @cssprop --civic-status-at-risk - At-risk colour.
 * @cssprop --civic-status-off-track - Off-track colour.
 * @cssprop --civic-radius - Corner radius.
 * @cssprop --civic-spacing - Inner spacing.
 * @cssprop --civic-font-family - Font (inherits the page's by default).
 */
export class CivicTargetGauge extends CivicElement {
  static override styles = [tokens, statusChipStyles, targetGaugeStyles];

  static override properties = {
    ...CivicElement.properties,
    measure: { type: String, reflect: true },
    variant: { type: String, reflect: true },
    target: { type: String },
  };

  /** Id of the measure to show. */
  declare measure: string | undefined;
  /** `bullet` (default) or `radial`. */
  declare variant: 'bullet' | 'radial';
  /** Which target: its index (`0` is the primary), label or period. The primary by default. */
  declare target: string | undefined;

  constructor() {
    super();
    this.variant = 'bullet';
  }

  private get radial(): boolean {
    return this.variant === 'radial';
  }

  /** The gauge worked out by viewState(), drawn by renderReady(). */
  private view: GaugeView | undefined;

  protected override viewState(): ViewState {
    const state = super.viewState();
    if (state.kind !== 'ready') return state;
    const s = this.strings;
    if (!this.measure) return { kind: 'error', message: s.noMeasure };
    const measure = state.document.measures.find((m) => m.id === this.measure);
    if (!measure) return { kind: 'error', message: s.missingMeasure(this.measure) };
    const view = gaugeView(measure, { locale: this.locale, target: this.target ?? null });
    if (!view) {
      const named = this.target !== undefined && this.target.trim() !== '';
      return { kind: 'error', message: named ? s.missingTarget(measure.id, this.target!) : s.noTarget(measure.id) };
    }
    this.view = view;
    return state;
  }

  protected renderReady(_document: CivicDocument): TemplateResult {
    const v = this.view!;
    const s = this.strings;
    return html`
      <p part="title" class="title" lang=${this.textLang(this.documentLang)}>${v.title}</p>
      ${v.current
        ? html`<div class="value-line">
            <span part="value" class="value">${v.current.valueText}</span>
            <span part="period" class="period">${v.current.periodText}</span>
            ${statusChip(v.status, s, this.statusLabels)}
          </div>`
        : html`<p class="empty-note">${s.noValues}</p>`}
      ${this.radial ? radialSvg(v) : bulletSvg(v)}
      <p part="figures" class="figures">
        <span class="figure target-figure"
          >${this.targetName(v)}: <strong>${v.target.valueText}</strong></span
        >
        ${v.start?.from === 'baseline'
          ? html`<span class="figure">${s.baseline}${v.start.periodText ? ` ${v.start.periodText}` : ''}: ${v.start.valueText}</span>`
          : nothing}
      </p>
      ${v.explanation
        ? html`<p part="status-explanation" class="status-explanation">${statusSentence(v.explanation, s, this.statusLabels)}</p>`
        : nothing}
      ${this.renderProgress(v)} ${this.radial ? nothing : this.renderLegend(v)}
    `;
  }

  /** "2-year target (2027)" when the target has a label, else "Target 2027". */
  private targetName(v: GaugeView): string | TemplateResult {
    const { label, periodText } = v.target;
    if (label) {
      const named = this.inLang(label, this.documentLang);
      return periodText ? html`${named} (${periodText})` : named;
    }
    return periodText ? `${this.strings.target} ${periodText}` : this.strings.target;
  }

  private renderProgress(v: GaugeView) {
    if (!v.progress || !v.start) return nothing;
    const s = this.strings;
    const start = [v.start.valueText, v.start.periodText].filter(Boolean).join(', ');
    const sentence = v.start.from === 'baseline' ? s.progress(v.progress.text, start) : s.progressFromFirst(v.progress.text, start);
    const met = v.status === 'on-track' && v.progress.share >= 1;
    return html`<p part="progress" class="progress">
      ${met ? html`<strong>${s.targetMet}.</strong> ` : nothing}${sentence}${v.progress.share < 0 ? ` (${s.losingGround})` : ''}
    </p>`;
  }

  private renderLegend(v: GaugeView) {
    const s = this.strings;
    const labels = this.statusLabels;
    // The bands as a reader meets them: on track first.
    const order = ['on-track', 'at-risk', 'off-track'] as const;
    const bands = order.map((status) => v.bands.find((b) => b.status === status)).filter((b) => b !== undefined);
    return html`<ul part="legend" class="legend">
      ${bands.map(
        (b) => html`<li><span class="swatch ${b.status}" aria-hidden="true"></span>${statusWord(b.status, s, labels)}: ${rangeText(b, s)}</li>`,
      )}
    </ul>`;
  }

  /**
   * The rows of the loaded gauge (title, value, graphic, figures, progress, legend) in its
   * own typography, so that nothing moves when the data arrives.
   */
  protected renderLoading(): TemplateResult {
    const bar = (cls: string) => html`<span class="bar ${cls}">\u00a0</span>`;
    return html`<div class="skeleton" aria-hidden="true">
        <p class="title">${bar('w70')}</p>
        <div class="value-line"><span class="value">${bar('w45')}</span></div>
        <span class="graph ${this.radial ? 'radial' : 'bullet'} block"></span>
        <p class="figures"><span class="figure">${bar('w60')}</span><span class="figure">${bar('w45')}</span></p>
        <p class="status-explanation">${bar('w90')}<span class="second-wide"><br />${bar('w60')}</span></p>
        <p class="progress">${bar('w90')}<span class="second"><br />${bar('w40')}</span></p>
        ${this.radial ? nothing : html`<ul class="legend"><li>${bar('w60')}</li><li>${bar('w70')}</li><li>${bar('w50')}</li></ul>`}
      </div>
      <span class="visually-hidden" role="status">${this.strings.loading}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-target-gauge': CivicTargetGauge;
  }
}
