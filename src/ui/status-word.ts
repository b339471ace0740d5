import { html, type TemplateResult } from 'lit';
import type { MeasureStatus, StatusWords } from '../core/document';
import type { Strings } from './i18n/index';

/**
 * The city's status words that apply to an element (see `CivicElement.statusLabels`), with
 * the language to mark them in: set only when it differs from the text around them.
 */
export interface StatusLabelsInUse {
  words: StatusWords;
  lang?: string;
}

/**
 * The word for a measure status, everywhere one is shown (the status chip, the gauge's
 * legend, the status summary): the city's own (`statusLabels`) when it gives one for this
 * status, else the library's. The city's word is text, in a `<span lang>` when it is in
 * another language than the element's (WCAG 3.1.2).
 */
export function statusWord(status: MeasureStatus, strings: Strings, labels?: StatusLabelsInUse): string | TemplateResult {
  const word = statusText(status, strings, labels);
  return labels?.lang && labels.words[status] !== undefined ? html`<span lang=${labels.lang}>${word}</span>` : word;
}

/** The same word as plain text, for a sentence about the status (the city's own when it gives one). */
export function statusText(status: MeasureStatus, strings: Strings, labels?: StatusLabelsInUse): string {
  return labels?.words[status] ?? strings.status[status];
}
