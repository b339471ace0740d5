/**
 * `civicstat badge`: the tier badge as a standalone SVG file (for email, social media, print),
 * rendered on the server from the same template as `<civic-tier-badge>`, so the two never
 * drift. Lit's server renderer draws the template; its hydration comments are removed, and
 * the <title> is written here (a binding inside <title> cannot be rendered on the server).
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { certificationBadge, standaloneBadge } from '../core/badge';
import { findProgram } from '../core/certification';
import { leanPrograms } from '../core/programs/lean';
import type { CivicDocument } from '../core/document';
import { resolveLocale } from '../core/format';
import { BADGE_WIDTH, badgeSvg, badgeWords, type BadgeSize } from '../elements/tier-badge/badge-template';
import { registerEveryLanguage } from '../ui/i18n/all';
import { stringsFor } from '../ui/i18n/index';
import type { BadgeView } from '../core/view';

registerEveryLanguage();

export interface BadgeRequest {
  /** A certification of `document`, by id. */
  certification?: string;
  /** Or a badge from a built-in program and tier alone. */
  program?: string;
  tier?: string;
  year?: string;
  expires?: string;
  estimate?: boolean;
  size?: BadgeSize;
  theme?: 'light' | 'dark';
  /** Language of the words (`en`, `es`, `fr`); defaults to the document's locale, then English. */
  lang?: string;
  /** "Today" for expiry; defaults to now. */
  asOf?: Date;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/**
 * The badge as a standalone SVG document, or an error message naming what is missing.
 * `document` may be undefined for a badge from `program` and `tier` alone.
 */
export function renderBadgeSvg(request: BadgeRequest, document?: CivicDocument): { svg: string } | { error: string } {
  const locale = resolveLocale(request.lang, document?.jurisdiction.locale);
  const strings = stringsFor(locale);
  let view: BadgeView;
  if (request.certification) {
    if (!document) return { error: 'a certification needs a document: civicstat badge FILE --certification ID' };
    const certification = document.certifications.find((c) => c.id === request.certification);
    if (!certification) {
      const known = document.certifications.map((c) => c.id);
      return { error: `certification "${request.certification}" is not in the document${known.length ? ` (it has: ${known.join(', ')})` : ''}` };
    }
    const found = certificationBadge(certification, document, { estimate: request.estimate ?? false, asOf: request.asOf ?? new Date() });
    if (!found) return { error: `unknown certification program "${certification.program}"` };
    view = found;
  } else if (request.program) {
    const found = standaloneBadge(request.program, request.tier, {
      ...(request.year ? { year: request.year } : {}),
      ...(request.expires ? { expires: request.expires } : {}),
      ...(request.asOf ? { asOf: request.asOf } : {}),
    });
    if ('error' in found) {
      if (found.error === 'program') return { error: `unknown program "${request.program}" (built in: icma-2021, wwc-2019, wwc-2023)` };
      const tiers = findProgram(request.program, undefined, leanPrograms)!.tiers.map((t) => t.id);
      return { error: `${request.program} has no tier "${request.tier ?? ''}" (tiers: ${tiers.join(', ')})` };
    }
    view = found;
  } else {
    return { error: 'name a certification (--certification ID) or a program and tier (--program ID --tier ID)' };
  }
  const size = request.size && request.size in BADGE_WIDTH ? request.size : 'm';
  const words = badgeWords(view, strings, locale);
  const markup = collectResultSync(render(badgeSvg(view, words, { size, theme: request.theme ?? 'light', title: false })));
  const clean = markup.replace(/<!--[^]*?-->/g, '').trim();
  const titled = clean.replace(/^<svg\b[^>]*>/, (open) => `${open}<title>${xml(words.label)}</title>`);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${titled}\n` };
}

/**
 * The SVG as a PNG at twice its size, through resvg (a native rasterizer from the npm
 * registry; no browser). Text uses the system's sans-serif font.
 */
export async function rasterize(svg: string): Promise<{ data: Uint8Array } | { error: string }> {
  let Resvg: typeof import('@resvg/resvg-js').Resvg;
  try {
    ({ Resvg } = await import('@resvg/resvg-js'));
  } catch {
    return { error: '--png needs the optional package @resvg/resvg-js: npm install @resvg/resvg-js' };
  }
  const sans = 'DejaVu Sans';
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: sans, sansSerifFamily: sans },
  }).render();
  return { data: image.asPng() };
}
