import { css, html, isServer, type TemplateResult } from 'lit';
import { certificationBadge, standaloneBadge } from '../../core/badge';
import { findProgram } from '../../core/certification';
import { leanPrograms } from '../../core/programs/lean';
import type { CivicDocument } from '../../core/document';
import type { BadgeView } from '../../core/view';
import { CivicElement, type ViewState } from '../../ui/civic-element';
import { tokens } from '../../ui/tokens';
import { BADGE_WIDTH, badgeSvg, badgeWords } from './badge-template';

/** Stands in for a document when the badge is drawn from attributes alone. */
const NO_DOCUMENT: CivicDocument = { civicstat: '1.0', jurisdiction: { name: '' }, measures: [], goals: [], certifications: [], programs: [] };

/**
 * A certification tier badge: the tier awarded (an expired award shows as expired), or with
 * `estimate` the tier the self-assessment reaches, labelled as self-assessed. Works from a
 * certification in the document (`certification`), or from attributes alone
 * (`program="wwc-2023" tier="silver" year="2023"`) with no JSON at all.
 *
 * @summary A certification tier badge, from the document or from attributes alone.
 * @tagname civic-tier-badge
 * @event civic-error - The document, the certification, the program or the tier could not be found. `detail.error.message` says which.
 * @csspart base - The element's box.
 * @csspart badge - The badge (SVG).
 * @csspart link - The link around the badge, when there is one.
 * @csspart error - The error message.
 * @cssprop --civic-tier-badge-focus-color - Focus ring of the link (default: --civic-accent).
 */
export class CivicTierBadge extends CivicElement {
  static override styles = [
    tokens,
    css`
      :host { display: inline-block; vertical-align: middle; }
      .base { display: inline-block; }
      .badge { display: block; max-width: 100%; height: auto; }
      a { display: block; width: fit-content; border-radius: 12px; }
      a:focus-visible { outline: 3px solid var(--civic-tier-badge-focus-color, var(--_accent)); outline-offset: 2px; }
      .error:empty { display: none; }
      .error { display: inline-block; max-width: 20rem; padding: 0.5rem; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); }
      .skeleton { display: block; border-radius: 12px; background: var(--_skeleton); }
      /* 106 of 220 units: the height of a badge whose program name takes two lines */
      .skeleton.s { width: 160px; height: 77px; }
      .skeleton.m { width: 220px; height: 106px; }
      .skeleton.l { width: 300px; height: 145px; }
      @media (forced-colors: active) {
        .badge-shape { fill: Canvas; stroke: CanvasText; }
        .badge g { fill: CanvasText; }
      }
    `,
  ];

  static override properties = {
    ...CivicElement.properties,
    certification: { type: String, reflect: true },
    program: { type: String, reflect: true },
    tier: { type: String, reflect: true },
    year: { type: String },
    expires: { type: String },
    estimate: { type: Boolean },
    size: { type: String, reflect: true },
    href: { type: String },
  };

  /** Id of a certification in the document. */
  declare certification: string | undefined;
  /** Standalone: a built-in program id (`icma-2021`, `wwc-2019`, `wwc-2023`). */
  declare program: 'icma-2021' | 'wwc-2019' | 'wwc-2023' | undefined;
  /** Standalone: the tier id, e.g. `silver` or `distinction`. */
  declare tier: string | undefined;
  /** Standalone: the year awarded. */
  declare year: string | undefined;
  /** Standalone: the expiry date (ISO); after it the badge reads as expired. */
  declare expires: string | undefined;
  /** Show the tier the self-assessment reaches (labelled as self-assessed) instead of the award. */
  declare estimate: boolean;
  /** `s`, `m` (default) or `l`. */
  declare size: 's' | 'm' | 'l';
  /** Link for the badge (the certifier's page or evidence); defaults to the award's url, then the program's page. */
  declare href: string | undefined;

  constructor() {
    super();
    this.estimate = false;
    this.size = 'm';
  }

  private get standalone(): boolean {
    return !this.certification && !!this.program;
  }

  /** The badge worked out by viewState(), drawn by renderReady(). */
  private view: BadgeView | undefined;

  protected override viewState(): ViewState {
    const state: ViewState = this.standalone ? { kind: 'ready', document: NO_DOCUMENT } : super.viewState();
    if (state.kind !== 'ready') return state;
    if (!this.standalone) {
      if (!this.certification) return { kind: 'error', message: this.strings.noCertification };
      if (!state.document.certifications.some((c) => c.id === this.certification)) {
        return { kind: 'error', message: this.strings.missingCertification(this.certification) };
      }
    }
    const view = this.badgeView(state.document);
    if (typeof view === 'string') return { kind: 'error', message: view };
    this.view = view;
    return state;
  }

  private badgeView(document: CivicDocument): BadgeView | string {
    const s = this.strings;
    const options = this.href ? { href: this.href } : {};
    if (this.standalone) {
      const view = standaloneBadge(this.program!, this.tier, {
        ...options,
        ...(this.year ? { year: this.year } : {}),
        ...(this.expires ? { expires: this.expires } : {}),
      });
      if ('error' in view) {
        return view.error === 'program' ? s.unknownProgram(this.program!) : s.unknownTier(this.tier ?? '', findProgram(this.program!, undefined, leanPrograms)!.name);
      }
      return view;
    }
    const certification = document.certifications.find((c) => c.id === this.certification)!;
    const asOf = new Date();
    return certificationBadge(certification, document, { ...options, estimate: this.estimate, asOf }) ?? s.unknownProgram(certification.program);
  }

  protected renderReady(): TemplateResult {
    const view = this.view!;
    const size = this.size in BADGE_WIDTH ? this.size : 'm';
    // On a server (`civicstat render`) the <title> is left out: a binding inside it cannot be
    // rendered there. aria-label names the badge either way.
    const badge = badgeSvg(view, badgeWords(view, this.strings, this.locale), { size, theme: this.dark ? 'dark' : 'light', title: !isServer });
    return view.url ? html`<a part="link" href=${view.url}>${badge}</a>` : html`${badge}`;
  }

  /** A placeholder the size of a badge with a two-line program name, the commonest. */
  protected renderLoading(): TemplateResult {
    return html`<span class="skeleton ${this.size in BADGE_WIDTH ? this.size : 'm'}" aria-hidden="true"></span
      ><span class="visually-hidden" role="status">${this.strings.loading}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-tier-badge': CivicTierBadge;
  }
}
