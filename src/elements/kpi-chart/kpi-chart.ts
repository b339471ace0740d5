import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CHART_KINDS, chartView, type ChartLine, type ChartSummary, type ChartView } from '../../core/chart';
import type { CivicDocument } from '../../core/document';
import { formatCount } from '../../core/format';
import { CivicElement, type ViewState } from '../../ui/civic-element';
import type { Strings } from '../../ui/i18n/index';
import { statusSentence } from '../../ui/status-chip';
import type { StatusLabelsInUse } from '../../ui/status-word';
import { tokens } from '../../ui/tokens';
import { chartConfig, type ChartPalette } from './chart-config';

type ChartModule = typeof import('../../charts/chart-js');
type ChartInstance = InstanceType<ChartModule['Chart']>;

const forcedColorsQuery = typeof matchMedia === 'function' ? matchMedia('(forced-colors: active)') : undefined;
const forcedColors = () => forcedColorsQuery?.matches === true;

/** chart.js, fetched once for every chart on the page. */
let chartModule: Promise<ChartModule> | undefined;
function loadChartModule(): Promise<ChartModule> {
  chartModule ??= import('../../charts/chart-js').catch((error: unknown) => {
    chartModule = undefined; // a later chart may try again
    // A page that serves the library's file but not the chart file beside it: the charts say
    // so in place (their tables stay); the console says why.
    console.warn(`civicstat: the chart file could not be loaded (${String((error as Error)?.message ?? error)}); charts show their tables`);
    throw error;
  });
  return chartModule;
}

/** The text summary of a view, in the element's language. */
export function summaryText(view: ChartView, summary: ChartSummary, s: Strings, locale: string, labels?: StatusLabelsInUse): string {
  if (summary.kind === 'trend') {
    const { first, last } = summary;
    let sentence: string;
    if (first.periodText === last.periodText) sentence = s.chartSingle(view.title, last.valueText, last.periodText);
    else if (summary.direction === 'up') sentence = s.chartRose(view.title, first.valueText, last.valueText, first.periodText, last.periodText);
    else if (summary.direction === 'down') sentence = s.chartFell(view.title, first.valueText, last.valueText, first.periodText, last.periodText);
    else sentence = s.chartSteady(view.title, last.valueText, first.periodText, last.periodText);
    const withTarget = summary.target ? `${sentence}; ${s.chartTarget(summary.target.valueText)}.` : `${sentence}.`;
    return summary.status ? `${withTarget} ${statusSentence(summary.status, s, labels)}.` : withTarget;
  }
  if (summary.kind === 'comparison') {
    const figures = [summary.own, ...summary.others].map((p) => `${p.label} ${p.valueText}`).join('; ');
    const better = summary.better === 'lower' ? s.chartLowerBetter : s.chartHigherBetter;
    return `${s.chartComparison(view.title, summary.periodText, figures)} (${better}).`;
  }
  const named = (p: { label: string; valueText: string }) => `${p.label} (${p.valueText})`;
  const sentence = s.chartBreakdown(view.title, summary.dimension, named(summary.highest), named(summary.lowest));
  if (summary.target === undefined || summary.meeting === undefined) return `${sentence}.`;
  return `${sentence}; ${s.chartMeeting(formatCount(summary.meeting, locale), formatCount(summary.total, locale), summary.target.valueText, summary.meeting)}.`;
}

/**
 * A chart of one measure, drawn with chart.js: `view="trend"` (default) the values over
 * time with the targets and the baseline as lines; `view="comparison"` the city's current
 * value beside its comparisons, the city's bar hatched and its name in bold; `view="breakdown"`
 * the breakdown by group with the target line (which district is behind). chart.js is
 * fetched only when the chart comes near the viewport. Every chart has a text summary and
 * the same figures as a table, read by screen readers, shown on request and in print.
 *
 * @summary A chart of one measure (trend, comparison or breakdown) with a text summary and a data table.
 * @tagname civic-kpi-chart
 * @event civic-error - The document could not be loaded, has no such measure, or the view is unknown. `detail.error.message` says which.
 * @csspart base - The element's box.
 * @csspart title - The measure's title.
 * @csspart summary - The text summary.
 * @csspart chart - The box around the chart's canvas.
 * @csspart legend - What each line and bar is, in text.
 * @csspart toggle - The button that shows or hides the table.
 * @csspart table - The data table.
 * @csspart error - The error message.
 * @cssprop --civic-kpi-chart-height - Height of the chart (default: 16rem).
 * @cssprop --civic-kpi-chart-background - Background (default: --civic-surface).
 * @cssprop --civic-kpi-chart-border-color - Border (default: --civic-border).
 * @cssprop --civic-kpi-chart-radius - Corner radius (default: --civic-radius).
 * @cssprop --civic-kpi-chart-padding - Inner spacing (default: --civic-spacing).
 * @cssprop --civic-kpi-chart-grid-color - Gridlines (default: --civic-border).
 * @cssprop --civic-accent - The measure's line and bars.
 * @cssprop --civic-surface - Background of every element.
 * @cssprop --civic-text - Text, axes and target lines.
 * @cssprop --civic-text-muted - Secondary text and the baseline.
 * @cssprop --civic-border - Border colour.
 * @cssprop --civic-font-family - Font (inherits the page's by default).
 */
export class CivicKpiChart extends CivicElement {
  static override styles = [
    tokens,
    css`
      /* A container for the skeleton's lines; the intrinsic width is for a host sized by its
         content (a flex item with no flex-grow, a float), where containment would leave none. */
      :host { display: block; min-width: 0; container-type: inline-size; contain-intrinsic-inline-size: 24rem; }
      .base {
        box-sizing: border-box;
        padding: var(--civic-kpi-chart-padding, var(--_space));
        border: 1px solid var(--civic-kpi-chart-border-color, var(--_border));
        border-radius: var(--civic-kpi-chart-radius, var(--_radius));
        background: var(--civic-kpi-chart-background, var(--_surface));
        color: var(--_text);
        line-height: 1.4;
        overflow-wrap: anywhere;
        --_grid: var(--civic-kpi-chart-grid-color, var(--_border));
      }
      .title { margin: 0 0 0.25rem; font-size: 1em; font-weight: 600; }
      .summary { margin: 0 0 0.5rem; font-size: 0.875em; color: var(--_text); }
      .chart { position: relative; height: var(--civic-kpi-chart-height, 16rem); }
      .chart canvas { display: block; max-width: 100%; }
      .legend { display: flex; flex-wrap: wrap; gap: 0.1rem 1rem; margin: 0.4rem 0 0; padding: 0; list-style: none; font-size: max(0.8125em, 12px); color: var(--_muted); }
      .legend li { display: inline-flex; align-items: center; gap: 0.4em; }
      .mark { display: inline-block; flex: none; width: 1.6em; height: 0; border-top: 3px solid var(--_accent); }
      .mark.bars { height: 0.8em; border: none; background: var(--_accent); }
      .mark.own { height: 0.8em; border: 2px solid var(--_text); background: repeating-linear-gradient(135deg, var(--_accent) 0 2px, var(--_surface) 2px 5px); }
      .mark.target { border-top: 2px dashed var(--_text); }
      .mark.target-2 { border-top: 2px dotted var(--_text); }
      .mark.baseline { border-top: 2px dotted var(--_muted); }
      .empty-note, .note { color: var(--_muted); margin: 0.5rem 0 0; font-size: 0.875em; }
      button {
        margin-top: 0.5rem;
        padding: 0.25rem 0.6rem;
        border: 1px solid var(--_accent);
        border-radius: 0.25rem;
        background: transparent;
        color: var(--_accent);
        font: inherit;
        font-size: 0.875em;
        cursor: pointer;
      }
      button:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
      .table-wrap { margin-top: 0.5rem; }
      /* Shown, a wide table scrolls sideways in its own focusable region (keyboard users can scroll it). */
      .table-wrap:not(.visually-hidden) { overflow-x: auto; }
      .table-wrap:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
      table { border-collapse: collapse; font-size: 0.875em; font-variant-numeric: tabular-nums; }
      caption { text-align: start; font-weight: 600; padding-bottom: 0.25rem; }
      th, td { text-align: start; padding: 0.2rem 0.75rem 0.2rem 0; border-bottom: 1px solid var(--_border); }
      td.num { text-align: end; }
      tr.own th, tr.own td { font-weight: 700; }
      .error:empty { display: none; }
      .skeleton .bar { display: inline-block; border-radius: 0.25rem; background: var(--_skeleton); color: transparent; }
      .skeleton .chart { border-radius: 0.25rem; background: var(--_skeleton); }
      /* The summary and the legend wrap to more lines in a narrow chart, to fewer in a wide one. */
      .skeleton .legend .line-2, .skeleton .line-3 { display: none; }
      @container (max-width: 39.99rem) { .skeleton .legend .line-2 { display: inline; } }
      @container (max-width: 27.99rem) { .skeleton .line-3 { display: inline; } }
      @container (min-width: 56rem) { .skeleton .summary .line-2 { display: none; } }
      /* The status sentence after the trend: two lines more. */
      .w40 { width: 40%; } .w70 { width: 70%; } .w90 { width: 90%; }
      @media (forced-colors: active) {
        .base { border-color: CanvasText; }
        button { border-color: ButtonText; color: ButtonText; }
        .mark { border-color: CanvasText; }
        .mark.bars, .mark.own { background: CanvasText; forced-color-adjust: none; }
      }
      @media print {
        .base { break-inside: avoid; }
        button { display: none; }
        .table-wrap.visually-hidden { position: static !important; width: auto; height: auto; clip: auto; clip-path: none; white-space: normal; }
      }
    `,
  ];

  static override properties = {
    ...CivicElement.properties,
    measure: { type: String, reflect: true },
    view: { type: String, reflect: true },
    showTable: { type: Boolean, attribute: 'show-table', reflect: true },
  };

  /** Id of the measure to chart. */
  declare measure: string | undefined;
  /** `trend` (default), `comparison` or `breakdown`. */
  declare view: 'trend' | 'comparison' | 'breakdown';
  /** Shows the data table (it is always there for screen readers and in print). */
  declare showTable: boolean;

  constructor() {
    super();
    this.view = 'trend';
    this.showTable = false;
  }

  private chartData: ChartView | undefined;
  private chart: ChartInstance | undefined;
  private near = false;
  private failed = false;
  private observer: IntersectionObserver | undefined;
  private readonly onBeforePrint = () => this.chart?.resize();
  /** Forced colours switched on or off: redraw in the colours that now apply. */
  private readonly onForcedColors = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    forcedColorsQuery?.addEventListener('change', this.onForcedColors);
    if (typeof IntersectionObserver === 'undefined') {
      this.near = true;
      return;
    }
    // Fetch chart.js and draw only when the chart comes within a screen of the viewport.
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.near = true;
          this.observer?.disconnect();
          this.requestUpdate();
        }
      },
      { rootMargin: '100% 0px' },
    );
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    forcedColorsQuery?.removeEventListener('change', this.onForcedColors);
    this.observer?.disconnect();
    this.observer = undefined;
    this.chart?.destroy();
    this.chart = undefined;
  }

  protected override viewState(): ViewState {
    const state = super.viewState();
    if (state.kind !== 'ready') return state;
    const s = this.strings;
    if (!CHART_KINDS.includes(this.view)) return { kind: 'error', message: s.chartUnknownView(String(this.view)) };
    if (!this.measure) return { kind: 'error', message: s.noMeasure };
    const measure = state.document.measures.find((m) => m.id === this.measure);
    if (!measure) return { kind: 'error', message: s.missingMeasure(this.measure) };
    this.chartData = chartView(measure, this.view, { locale: this.locale, ownLabel: state.document.jurisdiction.name });
    return state;
  }

  protected renderReady(_document: CivicDocument): TemplateResult {
    const v = this.chartData!;
    const s = this.strings;
    if (!v.summary) {
      const note = v.kind === 'comparison' && v.points.length > 0 ? s.chartNoComparisons : v.kind === 'breakdown' ? s.chartNoBreakdown : s.noValues;
      return html`<p part="title" class="title" lang=${this.textLang(this.documentLang)}>${v.title}</p>
        <p class="empty-note">${note}</p>`;
    }
    const summary = summaryText(v, v.summary, s, this.locale, this.statusLabels);
    const lang = this.textLang(this.documentLang);
    return html`
      <p part="title" class="title" lang=${lang}>${v.title}</p>
      <p part="summary" class="summary">${summary}</p>
      <div part="chart" class="chart" aria-hidden="true"><canvas></canvas></div>
      <ul part="legend" class="legend">
        ${this.legend(v).map(
          (e) => html`<li lang=${e.fromDocument ? lang : nothing}><span class="mark ${e.mark}" aria-hidden="true"></span>${e.label}</li>`,
        )}
      </ul>
      ${this.failed ? html`<p class="note">${s.chartUnavailable}</p>` : nothing}
      <button part="toggle" type="button" aria-expanded=${this.showTable ? 'true' : 'false'} @click=${this.toggleTable}>
        ${this.showTable ? s.chartHideTable : s.chartShowTable}
      </button>
      ${this.showTable || this.failed
        ? html`<div class="table-wrap" role="region" aria-label=${v.title} tabindex="0">${this.renderTable(v, s)}</div>`
        : html`<div class="table-wrap visually-hidden">${this.renderTable(v, s)}</div>`}
    `;
  }

  /** "10-year target: 6.5 min", or "Target 2030: 6.5 min" for a target without a label. */
  private targetLabel(t: Pick<ChartLine, 'valueText' | 'label' | 'periodText'>): string {
    return `${t.label ?? this.strings.target}${t.periodText && !t.label ? ` ${t.periodText}` : ''}: ${t.valueText}`;
  }

  /** What each mark on the chart is, in the order chart.js draws them; `fromDocument` when the label is the document's text alone. */
  private legend(v: ChartView): { label: string; mark: string; fromDocument?: boolean }[] {
    const entries: { label: string; mark: string; fromDocument?: boolean }[] = [
      { label: v.title, mark: v.kind === 'trend' ? 'line' : 'bars', fromDocument: true },
    ];
    const own = v.points.find((p) => p.own);
    if (own) entries.push({ label: own.label, mark: 'own', fromDocument: true });
    v.targets.forEach((t, i) => entries.push({ label: this.targetLabel(t), mark: i === 0 ? 'target' : 'target-2' }));
    if (v.kind === 'trend' && v.baseline) entries.push({ label: `${this.strings.chartBaseline}: ${v.baseline.valueText}`, mark: 'baseline' });
    return entries;
  }

  private toggleTable(): void {
    this.showTable = !this.showTable;
  }

  private renderTable(v: ChartView, s: Strings): TemplateResult {
    const first = v.kind === 'trend' ? s.chartPeriod : v.kind === 'comparison' ? s.chartName : v.dimension;
    const meets = v.kind === 'breakdown' && v.targets.length > 0;
    const lang = this.textLang(this.documentLang);
    return html`<table part="table">
      <caption lang=${lang}>${v.title}</caption>
      <thead>
        <tr>
          <th scope="col" lang=${v.kind === 'breakdown' ? lang : nothing}>${first}</th>
          <th scope="col">${s.chartValue}</th>
          ${meets ? html`<th scope="col">${s.chartMeetsTarget} (${v.targets[0]!.valueText})</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${v.points.map(
          (p) => html`<tr class=${p.own ? 'own' : ''}>
            <th scope="row" lang=${v.kind === 'trend' ? nothing : lang}>${p.label}</th>
            <td class="num">${p.valueText}${p.note ? html` <span class="note-text" lang=${lang}>(${p.note})</span>` : nothing}</td>
            ${meets ? html`<td>${p.meetsTarget ? s.chartYes : s.chartNo}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
      ${v.kind === 'trend' && v.targets.length > 0
        ? html`<tfoot>
            ${v.targets.map(
              (t) => html`<tr>
                <th scope="row">${t.label ? this.inLang(t.label, this.documentLang) : s.target}${t.periodText ? ` (${t.periodText})` : ''}</th>
                <td class="num">${t.valueText}</td>
              </tr>`,
            )}
            ${v.summary?.kind === 'trend' && v.summary.status
              ? html`<tr class="status-row">
                  <th scope="row">${s.chartStatus}</th>
                  <td>${statusSentence(v.summary.status, s, this.statusLabels)}</td>
                </tr>`
              : nothing}
          </tfoot>`
        : nothing}
    </table>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    void this.draw();
  }

  /** Draws (or redraws) the chart into the canvas, fetching chart.js first if needed. */
  private async draw(): Promise<void> {
    const canvas = this.renderRoot.querySelector('canvas');
    const view = this.chartData;
    if (!canvas || !view?.summary || !this.near) {
      if (!canvas) {
        this.chart?.destroy();
        this.chart = undefined;
      }
      return;
    }
    let module: ChartModule;
    try {
      module = await loadChartModule();
    } catch {
      if (!this.failed) {
        this.failed = true;
        this.requestUpdate();
      }
      return;
    }
    // The element may have been re-rendered or removed while chart.js was fetched.
    if (!this.isConnected || this.renderRoot.querySelector('canvas') !== canvas || this.chartData !== view) return;
    const config = chartConfig(view, this.palette(module), { target: (t) => this.targetLabel(t), baseline: this.strings.chartBaseline });
    // Under CSS `zoom` on an ancestor the canvas covers more screen pixels than its CSS size:
    // draw at the pixels it covers, or the chart comes out blurred.
    const zoom = (canvas as { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    if (zoom !== 1 && Number.isFinite(zoom) && zoom > 0) {
      config.options = { ...config.options, devicePixelRatio: (window.devicePixelRatio || 1) * zoom };
    }
    if (this.chart && this.chart.canvas === canvas) {
      this.chart.config.data = config.data;
      this.chart.options = config.options!;
      this.chart.update('none');
    } else {
      this.chart?.destroy();
      this.chart = new module.Chart(canvas, config);
    }
  }

  /**
   * The tokens as the element resolves them now (theme and custom properties applied), or in
   * forced-colours mode the system colours, since the browser does not repaint a canvas.
   */
  private palette(module: ChartModule): ChartPalette {
    const base = this.renderRoot.querySelector('.base') ?? this;
    const style = getComputedStyle(base);
    if (forcedColors()) {
      const system = (keyword: string) => {
        const probe = document.createElement('span');
        probe.style.color = keyword;
        base.append(probe);
        const color = getComputedStyle(probe).color;
        probe.remove();
        return color;
      };
      const text = system('CanvasText');
      const canvas = system('Canvas');
      const gray = system('GrayText');
      return { text, muted: gray, grid: gray, accent: text, surface: canvas, good: text, bad: text, font: style.fontFamily, ownFill: module.hatch(text, canvas) };
    }
    const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const accent = token('--_accent', '#005ea2');
    const surface = token('--_surface', '#ffffff');
    return {
      text: token('--_text', '#1b1b1b'),
      muted: token('--_muted', '#565c65'),
      grid: token('--_grid', '#c6cace'),
      accent,
      surface,
      good: token('--_good', '#1a6b35'),
      bad: token('--_bad', '#b50909'),
      font: style.fontFamily,
      ownFill: module.hatch(accent, surface),
    };
  }

  /** The title, the summary, the chart's box and the toggle, in the loaded element's sizes. */
  protected renderLoading(): TemplateResult {
    const bar = (cls: string) => html`<span class="bar ${cls}">\u00a0</span>`;
    return html`<div class="skeleton" aria-hidden="true">
        <p class="title">${bar('w70')}</p>
        <p class="summary">${bar('w90')}<span class="line-2"><br />${bar('w40')}</span><span class="line-3"><br />${bar('w60')}</span
          ><span class="status-lines"><br />${bar('w90')}<br />${bar('w60')}<span class="line-3"><br />${bar('w40')}</span></span></p>
        <div class="chart"></div>
        <p class="legend">${bar('w70')}<span class="line-2"><br />${bar('w50')}</span><span class="line-3"><br />${bar('w40')}</span></p>
        <button type="button" tabindex="-1" disabled>${bar('w40')}</button>
      </div>
      <span class="visually-hidden" role="status">${this.strings.loading}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-kpi-chart': CivicKpiChart;
  }
}
