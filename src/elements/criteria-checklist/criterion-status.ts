import { css, svg, type SVGTemplateResult } from 'lit';
import type { CriterionStatus } from '../../core/document';
import type { Strings } from '../../ui/i18n/index';
import { iconAndWord, iconAndWordStyles } from '../../ui/status-chip';

/**
 * A distinct shape per criterion status, so that status never rests on colour alone: a filled
 * circle with a tick (met), a half-filled circle (in progress), an open circle with a cross
 * (not met). Strokes marked `knockout` are cut out of a filled shape in the surface colour.
 */
const ICONS: Record<CriterionStatus, SVGTemplateResult> = {
  met: svg`<circle cx="8" cy="8" r="7"/><path class="knockout" d="M4.5 8.2l2.3 2.3 4.7-4.8" fill="none" stroke-width="1.8"/>`,
  'in-progress': svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z"/>`,
  'not-met': svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8" fill="none" stroke="currentColor" stroke-width="1.6"/>`,
};

/** The criterion's status as an icon and a word, coloured by status. */
export function criterionStatus(status: CriterionStatus, strings: Strings) {
  return iconAndWord(status, ICONS[status], strings.criterionStatus[status]);
}

export const criterionStatusStyles = [
  iconAndWordStyles,
  css`
    .status-icon .knockout {
      stroke: var(--_surface);
    }
    .status.met { color: var(--_met); }
    .status.in-progress { color: var(--_in-progress); }
    .status.not-met { color: var(--_not-met); }
    @media (forced-colors: active) {
      .status-icon .knockout { stroke: Canvas; }
    }
  `,
];
