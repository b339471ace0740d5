import { css } from 'lit';

export const criteriaChecklistStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  .base {
    --_met: var(--civic-criteria-checklist-met-color, var(--_good));
    --_in-progress: var(--civic-criteria-checklist-in-progress-color, var(--_risk));
    --_not-met: var(--civic-criteria-checklist-not-met-color, var(--_bad));
    box-sizing: border-box;
    min-height: var(--civic-criteria-checklist-min-height, 0);
    padding: var(--civic-criteria-checklist-padding, var(--_space));
    border: 1px solid var(--civic-criteria-checklist-border-color, var(--_border));
    border-radius: var(--civic-criteria-checklist-radius, var(--_radius));
    background: var(--civic-criteria-checklist-background, var(--_surface));
    color: var(--_text);
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible,
  .about summary:focus-visible,
  .toggle:focus-visible {
    outline: 3px solid var(--civic-criteria-checklist-focus-color, var(--_accent));
    outline-offset: 1px;
    border-radius: 0.125rem;
  }
  .title {
    font-size: 1.125em;
    font-weight: 600;
  }
  .meta,
  .filter-note {
    margin-top: 0.15rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .summary {
    margin-top: 0.6rem;
    /* Two lines, as the loading skeleton draws it: a summary that fits in one line ("27 of 43
       criteria met (63%) — Silver reached; Gold needs 2 more criteria") does not pull the
       rows below it up when the data arrives. */
    min-height: 2lh;
  }
  .about {
    margin-top: 0.4rem;
    font-size: 0.875em;
  }
  .about summary {
    width: fit-content;
    cursor: pointer;
    color: var(--_accent);
  }
  .about-text {
    margin-top: 0.3rem;
    max-width: 70ch;
  }

  /* Progress by group: the counts in words, and a stacked bar that only repeats them. */
  .overview {
    display: grid;
    gap: 0.4rem;
    margin-top: 0.75rem;
  }
  .overview-text {
    display: block;
    font-size: 0.875em;
  }
  .overview-label {
    font-weight: 600;
    /* a bold run aligned on the baseline can deepen the line box by a fraction of a pixel
       (Firefox); aligned to the top it keeps the skeleton's exact height */
    vertical-align: top;
  }
  .bar {
    display: flex;
    gap: 2px;
    height: 0.5rem;
    margin-top: 0.2rem;
  }
  .segment {
    box-sizing: border-box;
    flex: 1 1 0;
    min-width: 3px;
    border: 1px solid transparent;
    border-radius: 2px;
  }
  .segment.met {
    background: var(--_met);
    border-color: var(--_met);
  }
  .segment.in-progress {
    /* hatched, so in progress reads apart from met without colour */
    background: repeating-linear-gradient(135deg, var(--_in-progress) 0 2px, transparent 2px 5px);
    border-color: var(--_in-progress);
  }
  .segment.not-met {
    /* open */
    border-color: var(--_not-met);
  }
  .filter-note {
    margin-top: 0.75rem;
  }

  /* Groups of criteria, each behind a disclosure button. */
  .groups {
    margin-top: 0.75rem;
  }
  .group {
    border-top: 1px solid var(--_border);
  }
  .group-heading {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5rem;
    box-sizing: border-box;
    width: 100%;
    margin: 0;
    padding: 0.4rem 0.25rem;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    line-height: inherit;
    text-align: start;
    cursor: pointer;
  }
  .chevron {
    flex: none;
    align-self: center;
    width: 0.875rem;
    height: 0.875rem;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  .group-label {
    flex: 1 1 8rem;
  }
  .group-met {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
    white-space: nowrap;
  }
  .criteria {
    padding: 0 0 0.5rem 0.25rem;
  }
  .criteria.collapsed {
    display: none;
  }
  .criterion {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.1rem 0.6rem;
    padding: 0.3rem 0;
  }
  .criterion .status {
    flex: none;
    min-width: 8.5em;
    font-size: 0.875em;
  }
  .criterion-body {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .code {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .marker {
    display: inline-block;
    margin-inline-start: 0.4rem;
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_muted);
    font-size: max(0.75em, 12px); /* legible on a 14px page too */
    font-weight: 600;
    line-height: 1.4;
    white-space: nowrap;
    vertical-align: 0.05em;
  }
  .description,
  .blocked,
  .note,
  .evidence {
    margin-top: 0.15rem;
    font-size: 0.875em;
  }
  .blocked {
    color: var(--_in-progress);
  }
  .note {
    color: var(--_muted);
  }
  .evidence {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.4rem;
  }
  .evidence-title {
    flex: none;
  }
  .evidence ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    min-width: 0;
  }
  .empty-note {
    margin-top: 0.75rem;
    color: var(--_muted);
  }
  .error:empty {
    display: none;
  }
  .error {
    color: var(--_text);
  }

  /* Loading: bars in the rows of the loaded checklist, so nothing moves when data arrives. */
  .skeleton .line {
    display: inline-block;
    border-radius: 0.25rem;
    background: var(--_skeleton);
    color: transparent;
  }
  .skeleton .bar {
    border-radius: 2px;
    background: var(--_skeleton);
  }
  .skeleton .toggle {
    cursor: default;
  }
  .w30 { width: 30%; } .w40 { width: 40%; } .w50 { width: 50%; } .w60 { width: 60%; }
  .w70 { width: 70%; } .w80 { width: 80%; } .w100 { width: 100%; }

  @media (prefers-reduced-motion: no-preference) {
    .chevron { transition: transform 0.15s ease-out; }
    .skeleton .line, .skeleton .bar { animation: pulse 1.5s ease-in-out infinite; }
    @keyframes pulse { 50% { opacity: 0.55; } }
  }
  @media (forced-colors: active) {
    .base, .group { border-color: CanvasText; }
    .marker, .blocked, .note, .meta, .group-met { color: CanvasText; }
    .segment { forced-color-adjust: none; }
    .segment.met { background: CanvasText; border-color: CanvasText; }
    .segment.in-progress {
      background: repeating-linear-gradient(135deg, CanvasText 0 2px, Canvas 2px 5px);
      border-color: CanvasText;
    }
    .segment.not-met { background: Canvas; border-color: CanvasText; }
    .toggle { color: ButtonText; }
  }
  @media print {
    /* every group expanded on paper */
    .criteria.collapsed { display: block; }
    .chevron { display: none; }
    .criterion { break-inside: avoid; }
    .group-heading { break-after: avoid; }
    .segment { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    .evidence a[href^='http']::after { content: ' (' attr(href) ')'; }
  }
`;
