import { css, html, svg } from 'lit';
import type { CriterionStatus } from '../../core/document';
import type { Strings } from '../../ui/i18n/index';

/**
 * A distinct shape per criterion status, so that status never rests on colour alone: a filled
 * circle with a tick (met), a half-filled circle (in progress), an open circle with a cross
 * (not met). Strokes marked `knockout` are cut out of a filled shape in the surface colour.
 */
const ICONS: Record<CriterionStatus, ReturnType<typeof svg>> = {
  met: svg`<circle cx="8" cy="8" r="7"/><path class="knockout" d="M4.5 8.2l2.3 2.3 4.7-4.8" fill="none" stroke-width="1.8"/>`,
  'in-progress': svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z"/>`,
  'not-met': svg`<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8" fill="none" stroke="currentColor" stroke-width="1.6"/>`,
};

/** The criterion's status as an icon and a word, coloured by status. */
export function criterionStatus(status: CriterionStatus, strings: Strings) {
  return html`<span part="status" class="status ${status}"
    ><svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" fill="currentColor">${ICONS[status]}</svg
    >${strings.criterionStatus[status]}</span
  >`;
}

export const criterionStatusStyles = css`
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
  .status-icon .knockout {
    stroke: var(--_surface);
  }
  .status.met { color: var(--_met); }
  .status.in-progress { color: var(--_in-progress); }
  .status.not-met { color: var(--_not-met); }
  @media (forced-colors: active) {
    .status { color: CanvasText !important; }
    .status-icon .knockout { stroke: Canvas; }
  }
`;
