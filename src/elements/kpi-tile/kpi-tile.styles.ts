import { css } from 'lit';

export const kpiTileStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    /* Size containment leaves no width to a host sized by its content (a flex item with no
       flex-grow, a float, an inline-block): it takes this one there instead of none. */
    contain-intrinsic-inline-size: 18rem;
    min-width: 0;
  }
  .base {
    box-sizing: border-box;
    position: relative;
    height: 100%;
    min-height: var(--civic-kpi-tile-min-height, 0);
    padding: var(--civic-kpi-tile-padding, var(--_space));
    border: 1px solid var(--civic-kpi-tile-border-color, var(--_border));
    border-radius: var(--civic-kpi-tile-radius, var(--_radius));
    background: var(--civic-kpi-tile-background, var(--_surface));
    color: var(--_text);
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: 1em;
    font-weight: 600;
  }
  a.title-link {
    color: inherit;
  }
  a.title-link::after {
    /* the whole tile is the link's target area */
    content: '';
    position: absolute;
    inset: 0;
  }
  a.title-link:focus-visible {
    outline: none;
  }
  .base:has(a.title-link:focus-visible) {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .value-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.6rem;
  }
  .value {
    font-size: var(--civic-kpi-tile-value-size, 1.75em);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.15;
  }
  .period,
  .meta,
  .delta,
  .target,
  .comparisons {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-top: 0.35rem;
  }
  .delta.good { color: var(--_good); }
  .delta.bad { color: var(--_bad); }
  .sparkline {
    display: block;
    width: 100%;
    height: 2rem;
    margin-top: 0.5rem;
    overflow: visible;
  }
  .spark-line { fill: none; stroke: var(--civic-kpi-tile-line-color, var(--_accent)); stroke-width: 2; stroke-linejoin: round; }
  .spark-target { stroke: var(--_muted); stroke-width: 1.5; stroke-dasharray: 4 3; }
  .spark-point, .spark-last { stroke: var(--civic-kpi-tile-line-color, var(--_accent)); stroke-width: 6; stroke-linecap: round; }
  .comparisons { margin: 0.35rem 0 0; padding: 0; list-style: none; }
  details { margin-top: 0.5rem; font-size: 0.875em; }
  details.status-rule { margin-top: 0.25rem; font-size: 1em; }
  /* The status line and its place in the skeleton: one height, whatever the chip's icon adds to the line. */
  .status-line { margin: 0.25rem 0 0; }
  .status-line, details.status-rule > summary { min-height: 1.6rem; box-sizing: border-box; }
  details p { margin: 0.35rem 0 0; }
  summary { cursor: pointer; color: var(--_accent); position: relative; z-index: 1; }
  .meta { margin-top: 0.5rem; }
  .meta a { color: var(--_accent); position: relative; z-index: 1; }
  .overdue { font-weight: 600; color: var(--_risk); }
  .empty-note { color: var(--_muted); margin: 0.5rem 0 0; }
  .error:empty { display: none; }
  .error { color: var(--_text); }
  /* Loading: bars in the rows of the loaded tile, so nothing moves when data arrives. */
  .skeleton .bar {
    display: inline-block;
    border-radius: 0.25rem;
    background: var(--_skeleton);
    color: transparent;
  }
  .skeleton .sparkline.bar { display: block; width: 100%; }
  .w30 { width: 30%; } .w40 { width: 40%; } .w45 { width: 45%; } .w50 { width: 50%; }
  .w60 { width: 60%; } .w70 { width: 70%; } .w90 { width: 90%; }
  .skeleton .row > span { flex: 1 0 100%; }
  /* A wider tile has room for the change and the target on one line, and for the source on one. */
  @container (min-width: 28rem) {
    .skeleton .row > span { flex: 1 1 0; }
  }
  @container (min-width: 56rem) {
    .skeleton .narrow-line { display: none; }
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton .bar { animation: pulse 1.5s ease-in-out infinite; }
    @keyframes pulse { 50% { opacity: 0.55; } }
  }
  @media (forced-colors: active) {
    .base { border-color: CanvasText; }
    .spark-line, .spark-point, .spark-last { stroke: CanvasText; }
    .spark-target { stroke: GrayText; }
    .delta.good, .delta.bad, .overdue { color: CanvasText; }
  }
  @media print {
    .base { break-inside: avoid; }
  }
`;
