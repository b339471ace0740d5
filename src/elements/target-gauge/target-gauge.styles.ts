import { css } from 'lit';

export const targetGaugeStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    /* Size containment leaves no width to a host sized by its content (a flex item with no
       flex-grow, a float, an inline-block): it takes this one there instead of none. */
    contain-intrinsic-inline-size: 18rem;
    min-width: 0;
    --_band-good: var(--civic-target-gauge-band-on-track, color-mix(in srgb, var(--_good) 24%, var(--_surface)));
    --_band-risk: var(--civic-target-gauge-band-at-risk, color-mix(in srgb, var(--_risk) 24%, var(--_surface)));
    --_band-bad: var(--civic-target-gauge-band-off-track, color-mix(in srgb, var(--_bad) 24%, var(--_surface)));
    --_bar: var(--civic-target-gauge-bar-color, var(--_text));
    --_marker: var(--civic-target-gauge-marker-color, var(--_text));
  }
  .base {
    box-sizing: border-box;
    height: 100%;
    padding: var(--civic-target-gauge-padding, var(--_space));
    border: 1px solid var(--civic-target-gauge-border-color, var(--_border));
    border-radius: var(--civic-target-gauge-radius, var(--_radius));
    background: var(--civic-target-gauge-background, var(--_surface));
    color: var(--_text);
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  /* theme="dark" on an ancestor: the band tints follow the dark status colours. */
  .dark {
    --_band-good: var(--civic-target-gauge-band-on-track, color-mix(in srgb, var(--_good) 30%, var(--_surface)));
    --_band-risk: var(--civic-target-gauge-band-at-risk, color-mix(in srgb, var(--_risk) 30%, var(--_surface)));
    --_band-bad: var(--civic-target-gauge-band-off-track, color-mix(in srgb, var(--_bad) 30%, var(--_surface)));
    --_bar: var(--civic-target-gauge-bar-color, var(--_text));
    --_marker: var(--civic-target-gauge-marker-color, var(--_text));
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: 1em;
    font-weight: 600;
  }
  .value-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.6rem;
  }
  .value {
    font-size: var(--civic-target-gauge-value-size, 1.75em);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.15;
  }
  .period,
  .figures,
  .progress,
  .legend {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .figures strong { color: var(--_text); }
  .figures, .progress, .status-explanation { margin: 0.35rem 0 0; }
  .status-explanation { color: var(--_text); }
  /* One figure per line and one band per line: the gauge's height does not depend on how words wrap. */
  .figure { display: block; }
  .empty-note { color: var(--_muted); margin: 0.5rem 0 0; }

  /* The graphic. */
  /* A number scale reads left to right on any page: in dir="rtl" the first tick label's
     text-anchor="start" would otherwise hang off the left edge. */
  .graph { display: block; overflow: visible; margin-top: 0.6rem; direction: ltr; }
  .graph.bullet { width: 100%; height: 48px; }
  .graph.radial { width: 100%; max-width: 16rem; height: auto; aspect-ratio: 200 / 112; margin-inline: auto; }
  .band.on-track, .swatch.on-track { fill: var(--_band-good); background: var(--_band-good); }
  .band.at-risk, .swatch.at-risk { fill: var(--_band-risk); background: var(--_band-risk); }
  .band.off-track, .swatch.off-track { fill: var(--_band-bad); background: var(--_band-bad); }
  .bar { fill: var(--_bar); }
  .marker { stroke: var(--_marker); stroke-width: 3; }
  .baseline { stroke: var(--_muted); stroke-width: 1.5; stroke-dasharray: 3 2; }
  .tick { stroke: var(--_muted); stroke-width: 1; }
  .tick-label { fill: var(--_muted); font-size: 12px; font-variant-numeric: tabular-nums; }
  .track, .arc { fill: none; stroke-width: 18; }
  .track { stroke: var(--civic-target-gauge-track-color, var(--_border)); }
  /* The arc takes the status colour at a glance; the status is also written out beside the value. */
  .arc { stroke: var(--civic-target-gauge-bar-color, var(--_accent)); }
  .arc.on-track { stroke: var(--civic-target-gauge-bar-color, var(--_good)); }
  .arc.at-risk { stroke: var(--civic-target-gauge-bar-color, var(--_risk)); }
  .arc.off-track { stroke: var(--civic-target-gauge-bar-color, var(--_bad)); }
  .arc-figure { fill: var(--_text); font-size: 30px; font-weight: 700; font-variant-numeric: tabular-nums; }
  /* Narrow: only the ends of the scale are labelled, so labels never collide. */
  @container (max-width: 360px) {
    .tick-label.middle { display: none; }
  }
  @container (max-width: 600px) {
    .long-ticks .tick-label.middle { display: none; }
  }

  .legend {
    margin: 0.35rem 0 0;
    padding: 0;
    list-style: none;
  }
  .legend li { display: flex; align-items: center; gap: 0.35em; }
  .swatch {
    display: inline-block;
    flex: none;
    width: 0.9em;
    height: 0.9em;
    border: 1px solid var(--_muted);
    border-radius: 2px;
  }
  .error:empty { display: none; }
  .error { color: var(--_text); }

  /* Loading: bars in the rows of the loaded gauge, so nothing moves when data arrives. */
  .skeleton .bar {
    display: inline-block;
    border-radius: 0.25rem;
    background: var(--_skeleton);
    color: transparent;
  }
  .skeleton .graph.block { border-radius: 0.25rem; background: var(--_skeleton); }
  .skeleton .graph.bullet { height: 48px; }
  .w40 { width: 40%; } .w45 { width: 45%; } .w50 { width: 50%; }
  .w60 { width: 60%; } .w70 { width: 70%; } .w90 { width: 90%; }
  /* The progress sentence takes two lines in a narrow gauge, one in a wide one. */
  @container (min-width: 36rem) {
    .skeleton .progress .second { display: none; }
  }
  /* The status sentence takes two lines but in a wide gauge. */
  @container (min-width: 56rem) {
    .skeleton .status-explanation .second-wide { display: none; }
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton .bar, .skeleton .graph.block { animation: pulse 1.5s ease-in-out infinite; }
    @keyframes pulse { 50% { opacity: 0.55; } }
  }

  @media (forced-colors: active) {
    .base { border-color: CanvasText; }
    .band, .swatch { fill: Canvas; background: Canvas; stroke: GrayText; border-color: CanvasText; }
    .bar, .arc-figure, .tick-label { fill: CanvasText; }
    .marker, .graph .arc { stroke: CanvasText; }
    .baseline, .tick, .track { stroke: GrayText; }
  }
  @media print {
    .base { break-inside: avoid; }
    .band, .swatch, .bar, .arc { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  }
`;
