/**
 * The tier badge as one SVG template. It uses no browser API, so the same template can be
 * rendered on a server (the `civicstat badge` command) and in the element.
 */
import { nothing, svg } from 'lit';
import { formatPeriod } from '../../core/period';
import type { BadgeView } from '../../core/view';
import type { Strings } from '../../ui/i18n/index';

export type BadgeSize = 's' | 'm' | 'l';

/** Widths in CSS pixels; the height follows from the lines shown. */
export const BADGE_WIDTH: Record<BadgeSize, number> = { s: 160, m: 220, l: 300 };

export interface BadgeWords {
  /** e.g. "Self-assessed · 2026", "Expired 2026-07-12", "2023" */
  footer: string;
  /** The whole badge in one sentence, for screen readers and the SVG <title>. */
  label: string;
  /** The big word: the tier, or "Not certified yet". */
  headline: string;
}

/** The words on a badge in the UI language: the headline, the footer and the sentence for its name. */
export function badgeWords(view: BadgeView, s: Strings, locale: string): BadgeWords {
  const headline = view.state === 'none' ? s.notCertified : view.tierLabel;
  let footer = view.year ?? '';
  if (view.state === 'self-assessed') footer = [s.selfAssessed, view.year].filter(Boolean).join(' · ');
  if (view.state === 'expired') footer = s.expired(view.expires ? formatPeriod(view.expires, locale) : (view.year ?? ''));
  const label = [`${view.programName}: ${headline}`, footer].filter(Boolean).join(', ');
  return { headline, footer, label };
}

/** Splits a program name into lines of at most `max` characters, at spaces. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface BadgeOptions {
  size?: BadgeSize;
  /** `dark`: the ring around the badge in the dark surface colour, for dark pages. */
  theme?: 'light' | 'dark';
  /**
   * Whether to render the SVG <title> node (default true). Server rendering leaves it out and
   * writes it itself, since a binding inside <title> cannot be rendered on the server.
   */
  title?: boolean;
}

/** The ring around the badge: white on light pages, the dark surface on dark ones. */
export const BADGE_RING = { light: '#ffffff', dark: '#1b1b1b' } as const;

/** The badge: the program's name, the tier large, and the year or state, white on the tier colour. */
export function badgeSvg(view: BadgeView, words: BadgeWords, { size = 'm', theme = 'light', title = true }: BadgeOptions = {}) {
  const width = BADGE_WIDTH[size];
  const scale = width / 220;
  // The drawing is 220 units wide at every size; about 30 characters of 13-unit text fit a line.
  const nameLines = wrapWords(view.programName, 30).slice(0, 3);
  const line = 16;
  const top = 22;
  const headlineY = top + nameLines.length * line + 14;
  const footerY = headlineY + 22;
  const height = footerY + 16;
  return svg`<svg xmlns="http://www.w3.org/2000/svg" part="badge" class="badge" role="img" aria-label=${words.label}
      viewBox="0 0 220 ${height}" width=${width} height=${Math.round(height * scale)}>
    ${title ? svg`<title>${words.label}</title>` : nothing}
    <rect class="badge-shape" x="1" y="1" width="218" height=${height - 2} rx="12" fill=${view.color} stroke=${BADGE_RING[theme]} stroke-width="2"/>
    <g fill="#ffffff" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" text-anchor="middle">
      ${nameLines.map((text, i) => svg`<text x="110" y=${top + i * line} font-size="13" font-weight="600">${text}</text>`)}
      <text x="110" y=${headlineY} font-size="24" font-weight="700">${words.headline}</text>
      ${words.footer ? svg`<text x="110" y=${footerY} font-size="13">${words.footer}</text>` : ''}
    </g>
  </svg>`;
}
