import { html, svg, nothing, css, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { MeasureStatus } from '../core/document';
import type { StatusExplanation } from '../core/status-explanation';
import type { Strings } from './i18n/index';
import { statusText, statusWord, type StatusLabelsInUse } from './status-word';

/**
 * A status as an icon and a word, coloured by the status class (`part="status"`): the markup
 * of a measure's status here and of a criterion's in the checklist. The icon is a distinct
 * shape per status, so that status never rests on colour alone.
 */
export function iconAndWord(status: string, icon: SVGTemplateResult, word: string | TemplateResult): TemplateResult {
  return html`<span part="status" class="status ${status}"
    ><svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" fill="currentColor">${icon}</svg
    >${word}</span
  >`;
}

/** The layout of `iconAndWord`, and its colour under forced colours. */
export const iconAndWordStyles = css`
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font-weight: 600;
  }
  .status-icon {
    flex: none;
    width: 1em;
    height: 1em;
  }
  @media (forced-colors: active) {
    .status { color: CanvasText !important; }
  }
`;

/** The shape of each measure status (also used for goal statuses by the status summary). */
export const MEASURE_STATUS_ICONS: Record<MeasureStatus, SVGTemplateResult> = {
  'on-track': svg`<circle cx="8" cy="8" r="7"/><path d="M4.5 8.2l2.3 2.3 4.7-4.8" fill="none" stroke="var(--_surface)" stroke-width="1.8"/>`,
  'at-risk': svg`<path d="M8 1l7 13H1z"/><path d="M8 6v4M8 11.5v1" stroke="var(--_surface)" stroke-width="1.6"/>`,
  'off-track': svg`<rect x="1" y="1" width="14" height="14" rx="2"/><path d="M5 5l6 6M11 5l-6 6" stroke="var(--_surface)" stroke-width="1.8"/>`,
  'no-data': svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M5 8h6" stroke="currentColor" stroke-width="1.5"/>`,
};

/** A measure's status: icon + word (the city's own when `labels` has one), coloured by status. */
export function statusChip(status: MeasureStatus | undefined, strings: Strings, labels?: StatusLabelsInUse) {
  if (!status) return nothing;
  return iconAndWord(status, MEASURE_STATUS_ICONS[status], statusWord(status, strings, labels));
}

/**
 * Why a measure has its status, as one sentence: "At risk: 7.4 min is 0.4 min above the target
 * of 7.0 min; within the 5% tolerance" (with the city's word for the status when it has one).
 */
export function statusSentence(e: StatusExplanation, strings: Strings, labels?: StatusLabelsInUse): string {
  return strings.statusRule(statusText(e.status, strings, labels), e);
}

/**
 * The status chip as a disclosure: the chip (and on a path to a future target, the pace:
 * "On track: ahead of pace") opens the sentence that says which rule gave the status
 * (`part="status-rule"`, the sentence `part="status-explanation"`). Printed open.
 */
export function statusDisclosure(e: StatusExplanation, strings: Strings, labels?: StatusLabelsInUse): TemplateResult {
  return html`<details part="status-rule" class="status-rule">
    <summary
      >${statusChip(e.status, strings, labels)}${e.pace
        ? html`<span class="pace">${strings.statusSeparator}${strings.statusPace[e.pace]}</span>`
        : nothing}</summary
    >
    <p part="status-explanation" class="status-explanation">${statusSentence(e, strings, labels)}</p>
  </details>`;
}

export const statusChipStyles = [
  iconAndWordStyles,
  css`
    .status.on-track { color: var(--_good); }
    .status.at-risk { color: var(--_risk); }
    .status.off-track { color: var(--_bad); }
    .status.no-data { color: var(--_none); }
    .status-rule > summary { cursor: pointer; width: fit-content; max-width: 100%; border-radius: 0.2em; }
    .status-rule > summary .status { display: inline-flex; vertical-align: baseline; }
    .status-rule > summary:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
    .pace { color: var(--_text); font-size: 0.875em; }
    .status-explanation { margin: 0.25rem 0 0; font-size: 0.875em; color: var(--_text); }
    @media (forced-colors: active) {
      .status-icon path[stroke] { stroke: Canvas; }
    }
  `,
];
