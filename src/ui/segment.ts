import { html, isServer, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';

/**
 * A segment of a stacked bar, sized by one CSS property (`flex-grow: 4`, `flex: 0 0 25%`). In
 * the browser the size is set through the CSSOM, not a style attribute, which a strict
 * `style-src` would block; a server (`civicstat render`) has no CSSOM, so there it is a style
 * attribute, which `civicstat render --csp` allows by its hash.
 */
export function barSegment(classes: string, property: string, value: string): TemplateResult {
  return isServer
    ? html`<span class="segment ${classes}" style=${styleMap({ [property]: value })}></span>`
    : html`<span class="segment ${classes}" ${ref((el) => (el as HTMLElement | undefined)?.style.setProperty(property, value))}></span>`;
}
