import { css } from 'lit';

/**
 * Global design tokens (`--civic-*`), light and dark. Each element's own properties
 * (`--civic-<element>-*`) fall back to these. Colours meet WCAG AA contrast for text on the
 * surface in both themes; status is always shown with an icon and a word as well.
 */
export const tokens = css`
  :host {
    --_surface: var(--civic-surface, #ffffff);
    --_text: var(--civic-text, #1b1b1b);
    --_muted: var(--civic-text-muted, #565c65);
    --_border: var(--civic-border, #c6cace);
    --_accent: var(--civic-accent, #005ea2);
    --_good: var(--civic-status-on-track, #1a6b35);
    --_risk: var(--civic-status-at-risk, #8a4b00);
    --_bad: var(--civic-status-off-track, #b50909);
    --_none: var(--civic-status-no-data, #565c65);
    --_skeleton: var(--civic-skeleton, #e6e6e6);
    --_radius: var(--civic-radius, 0.5rem);
    --_space: var(--civic-spacing, 1rem);
    font-family: var(--civic-font-family, inherit);
    color: var(--_text);
  }
  /* theme="dark" on the element, or on an ancestor (the base element then adds .dark). */
  :host([theme='dark']),
  .dark {
    --_surface: var(--civic-surface, #1b1b1b);
    --_text: var(--civic-text, #f0f0f0);
    --_muted: var(--civic-text-muted, #b8bcc2);
    --_border: var(--civic-border, #5c5f64);
    --_accent: var(--civic-accent, #73b3e7);
    --_good: var(--civic-status-on-track, #70d68b);
    --_risk: var(--civic-status-at-risk, #ffbe2e);
    --_bad: var(--civic-status-off-track, #ff8d7b);
    --_none: var(--civic-status-no-data, #b8bcc2);
    --_skeleton: var(--civic-skeleton, #3d4046);
  }
  /*
   * Paper is white and browsers leave backgrounds out of print by default: a dark-themed
   * element prints with the light tokens, so its text stays dark on the page.
   */
  @media print {
    :host([theme='dark']),
    .dark {
      --_surface: var(--civic-surface, #ffffff);
      --_text: var(--civic-text, #1b1b1b);
      --_muted: var(--civic-text-muted, #565c65);
      --_border: var(--civic-border, #c6cace);
      --_accent: var(--civic-accent, #005ea2);
      --_good: var(--civic-status-on-track, #1a6b35);
      --_risk: var(--civic-status-at-risk, #8a4b00);
      --_bad: var(--civic-status-off-track, #b50909);
      --_none: var(--civic-status-no-data, #565c65);
    }
  }
  /* A closed disclosure prints its content (where ::details-content is known; elsewhere beforeprint opens it). */
  @media print {
    details::details-content {
      content-visibility: visible;
    }
  }
  /*
   * Inherited text styles a host page may put on every element (* { text-transform: uppercase;
   * color: red; line-height: 3 }) reach the host, where page rules beat :host; they stop here.
   * The font family and size still come from the page.
   */
  .base {
    color: var(--_text);
    line-height: 1.4;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-align: start;
    white-space: normal;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
