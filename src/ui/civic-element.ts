import { ContextConsumer } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CivicDocument, CivicDocumentInput } from '../core/document';
import { resolveLocale } from '../core/format';
import { statusLabelsFor } from '../core/labels';
import { documentContext, ensureContextRoot, type DocumentState } from '../data/context';
import { LoadError, documentFromValue, loadDocument } from '../data/load';
import { VERSION } from '../version';
import { loadStrings, stringsFor, type Strings } from './i18n/index';
import { takePrerendered } from './prerendered';
import type { StatusLabelsInUse } from './status-word';

/**
 * Elements on the page, told to re-render when a `lang` or `theme` attribute changes on any
 * element (a page that switches language or theme on <html> or on a section), since both are
 * read from the nearest ancestor that has them. One observer serves every element.
 */
const connected = new Set<CivicElement>();
let observer: MutationObserver | undefined;
/**
 * When each error message was last spoken by an element's live region. Twenty tiles whose
 * document failed all show the message, but a screen reader hears it once, not twenty times.
 */
const spoken = new Map<string, { by: CivicElement; at: number }>();
/** The error each element shows, if any. */
const shownError = new WeakMap<CivicElement, string>();
const SPOKEN_FOR_MS = 5000;
function claimSpeech(message: string, el: CivicElement): boolean {
  const now = Date.now();
  const last = spoken.get(message);
  // Silent only while the element that spoke is still on the page showing the same message.
  if (last && last.by !== el && last.by.isConnected && shownError.get(last.by) === message && now - last.at < SPOKEN_FOR_MS) return false;
  if (spoken.size >= 100) spoken.clear();
  spoken.set(message, { by: el, at: now });
  return true;
}

/** Disclosures opened for printing, closed again after it. */
const openedForPrint = new Set<HTMLDetailsElement>();
function openForPrint(): void {
  for (const el of connected) {
    for (const details of el.renderRoot.querySelectorAll('details:not([open])')) {
      (details as HTMLDetailsElement).open = true;
      openedForPrint.add(details as HTMLDetailsElement);
    }
  }
}
function closeAfterPrint(): void {
  for (const details of openedForPrint) details.open = false;
  openedForPrint.clear();
}
function watchAncestors(el: CivicElement): void {
  connected.add(el);
  if (observer || typeof MutationObserver === 'undefined') return;
  // Printing shows what a closed disclosure holds (a narrative, "About these criteria"); the
  // print style sheet does it where ::details-content is known, this everywhere.
  window.addEventListener('beforeprint', openForPrint);
  window.addEventListener('afterprint', closeAfterPrint);
  observer = new MutationObserver((records) => {
    for (const el of connected) {
      if (records.some((r) => isShadowIncludingAncestor(r.target, el))) el.requestUpdate();
    }
  });
  observer.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['lang', 'theme'] });
}
/** The next element up from `node`, out of a shadow root into its host (a scorecard's tiles read the page around the scorecard). */
function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root !== null && 'host' in root ? (root as ShadowRoot).host : null;
}
function isShadowIncludingAncestor(ancestor: Node, el: Element): boolean {
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) if (node === ancestor) return true;
  return false;
}
function unwatchAncestors(el: CivicElement): void {
  connected.delete(el);
  if (connected.size === 0) {
    observer?.disconnect();
    observer = undefined;
    window.removeEventListener('beforeprint', openForPrint);
    window.removeEventListener('afterprint', closeAfterPrint);
  }
}

/**
 * What a server renderer (`civicstat render`) knows of an element's place in the page, where
 * there is no DOM tree to walk: the `lang` and `theme` of the nearest element that has them
 * (undefined: none). In the browser both are read from the tree.
 */
export interface ServerAncestors {
  lang?: string | undefined;
  theme?: string | undefined;
}
const serverAncestors = new WeakMap<CivicElement, ServerAncestors>();

/** Gives an element rendered on the server the `lang` and `theme` of its ancestors in the page. */
export function setServerAncestors(element: CivicElement, ancestors: ServerAncestors): void {
  serverAncestors.set(element, ancestors);
}

/** What the element draws: the document is ready, or one of the other states. */
export type ViewState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; document: CivicDocument };

/**
 * The base of every data-bound element: finds the document (the `data` property, the `src`
 * attribute, or the nearest `<civic-data>`, in that order), resolves the locale and the
 * theme, and renders the loading and error states. Subclasses render the ready state.
 */
export abstract class CivicElement extends LitElement {
  static civicstatVersion = VERSION;

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    theme: { type: String, reflect: true },
  };

  /** URL of a document for this element alone (shared with every element naming the same URL). */
  declare src: string | undefined;
  /** The document as an object (for frameworks); wins over `src` and `<civic-data>`. */
  declare data: CivicDocumentInput | object | undefined;
  /** `dark` for the dark theme; also read from the nearest ancestor with a `theme` attribute. */
  declare theme: 'light' | 'dark' | undefined;

  // The state from `data` or `src`, and the one from the nearest `<civic-data>`.
  #own: DocumentState | undefined;
  #provided: DocumentState | undefined;

  private set own(state: DocumentState | undefined) {
    this.#own = state;
    this.requestUpdate();
  }

  private set provided(state: DocumentState | undefined) {
    this.#provided = state;
    this.requestUpdate();
  }

  private generation = 0;
  private lastError: string | undefined;
  /** Whether this element's live region speaks its error (see claimSpeech). */
  #speaksError = true;
  /** Server-rendered content still shown (see takePrerendered), and whether this render keeps it. */
  #prerendered: ChildNode[] | undefined;
  #keepPrerendered = false;

  constructor() {
    super();
    ensureContextRoot();
    new ContextConsumer(this, {
      context: documentContext,
      subscribe: true,
      callback: (state) => {
        this.provided = state;
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchAncestors(this);
    // A page or section in Spanish or French: fetch its strings now, beside the document.
    void loadStrings(this.locale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchAncestors(this);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.#prerendered = takePrerendered(this);
    const root = super.createRenderRoot();
    // Render after the server's copy (not before its first node, which is about to go).
    if (this.#prerendered) this.renderOptions.renderBefore = null;
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src')) this.readOwn();
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (this.#prerendered && !this.#keepPrerendered) {
      for (const node of this.#prerendered) node.remove();
      this.#prerendered = undefined;
    }
  }

  private readOwn(): void {
    const generation = ++this.generation;
    if (this.data !== undefined) {
      try {
        const loaded = documentFromValue(this.data);
        this.own = { status: 'ready', document: loaded.document, warnings: loaded.warnings };
      } catch (error) {
        this.own = { status: 'error', error: error as LoadError };
      }
    } else if (this.src) {
      const url = this.src;
      this.own = { status: 'loading', url };
      loadDocument(url).then(
        (loaded) => {
          if (generation === this.generation) this.own = { status: 'ready', document: loaded.document, warnings: loaded.warnings, url };
        },
        (error: unknown) => {
          if (generation !== this.generation) return;
          const loadError = error instanceof LoadError ? error : new LoadError('network', String(error), url);
          this.own = { status: 'error', error: loadError, url };
        },
      );
    } else {
      this.own = undefined;
    }
  }

  /** The document state that applies: own (`data`, `src`) first, then the provider's. */
  protected get documentState(): DocumentState | undefined {
    return this.#own ?? this.#provided;
  }

  /** The locale: the nearest `lang` attribute, else the document's, else en-US. */
  protected get locale(): string {
    const lang = this.#inherited('lang');
    const state = this.documentState;
    const docLocale = state?.status === 'ready' ? state.document.jurisdiction.locale : undefined;
    return resolveLocale(lang, docLocale);
  }

  /** The language the document says its texts are in (`jurisdiction.locale`), once it is loaded. */
  protected get documentLang(): string | undefined {
    const state = this.documentState;
    return state?.status === 'ready' ? state.document.jurisdiction.locale : undefined;
  }

  /**
   * The `lang` for an element holding text in `lang` (the document's texts in `documentLang`,
   * a built-in program's in English), when it differs from the language around it: a Spanish
   * page showing an English document's titles marks them `lang="en-US"`, so a screen reader
   * reads them in English (WCAG 3.1.2). `nothing` when the languages agree or `lang` is unknown.
   */
  protected textLang(lang: string | undefined): string | typeof nothing {
    if (!lang) return nothing;
    const around = this.#inherited('lang') ?? this.locale;
    const primary = (tag: string) => tag.trim().split(/[-_]/)[0]!.toLowerCase();
    return primary(lang) === primary(around) ? nothing : lang;
  }

  /** `text` as is, or in a `<span lang>` when textLang(lang) says its language differs: for text inside a sentence. */
  protected inLang(text: string, lang: string | undefined): string | TemplateResult {
    const marked = this.textLang(lang);
    return marked === nothing ? text : html`<span lang=${marked}>${text}</span>`;
  }

  /**
   * The city's words for the measure statuses in this element's language (the document's
   * `statusLabels`), marked with their language where it differs; undefined when the document
   * gives none for this language (the library's words apply). See `statusWord`.
   */
  protected get statusLabels(): StatusLabelsInUse | undefined {
    const state = this.documentState;
    if (state?.status !== 'ready') return undefined;
    const picked = statusLabelsFor(state.document.statusLabels, this.locale, this.documentLang);
    if (!picked) return undefined;
    const lang = this.textLang(picked.lang);
    return lang === nothing ? { words: picked.words } : { words: picked.words, lang };
  }

  protected get strings(): Strings {
    return stringsFor(this.locale);
  }

  protected get dark(): boolean {
    return this.#inherited('theme') === 'dark';
  }

  /**
   * The attribute on the nearest element (this one included) that has it, looking out of
   * shadow roots (a tile inside a scorecard takes the scorecard's); undefined when none has.
   */
  #inherited(name: 'lang' | 'theme'): string | undefined {
    const given = serverAncestors.get(this);
    if (given) return given[name];
    for (let node: Element | null = this; node; node = parentAcrossShadow(node)) {
      const value = node.getAttribute(name);
      if (value !== null) return value;
    }
    return undefined;
  }

  /** Where the element stands; subclasses may turn a ready document into an error (a missing measure). */
  protected viewState(): ViewState {
    const state = this.documentState;
    if (!state || state.status === 'idle') return { kind: 'error', message: this.strings.noDocument };
    if (state.status === 'loading') return { kind: 'loading' };
    if (state.status === 'error') return { kind: 'error', message: state.error.message };
    return { kind: 'ready', document: state.document };
  }

  /** The strings of the element's language, while they are being fetched (see loadStrings). */
  #stringsPending: Promise<void> | undefined;

  /** True (and a re-render on arrival) while the locale's strings are on their way. */
  #awaitingStrings(): boolean {
    const pending = loadStrings(this.locale);
    if (!pending) return false;
    if (this.#stringsPending !== pending) {
      this.#stringsPending = pending;
      void pending.then(() => {
        if (this.#stringsPending === pending) this.#stringsPending = undefined;
        this.requestUpdate();
      });
    }
    return true;
  }

  /** `updateComplete` also waits for the locale's strings and the render that uses them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#stringsPending) {
      await this.#stringsPending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override render(): TemplateResult | typeof nothing {
    const view: ViewState = this.#awaitingStrings() ? { kind: 'loading' } : this.viewState();
    // While the document loads, the server's copy stays: nothing to add yet.
    this.#keepPrerendered = view.kind === 'loading' && this.#prerendered !== undefined;
    if (this.#keepPrerendered) return nothing;
    if (view.kind === 'error') this.announceError(view.message);
    else this.lastError = undefined;
    if (this.lastError === undefined) shownError.delete(this);
    else shownError.set(this, this.lastError);
    const classes = `base ${view.kind}${this.dark ? ' dark' : ''}`;
    return html`<div part="base" class=${classes} lang=${this.#inherited('lang') !== undefined ? nothing : this.locale}>
      ${view.kind === 'ready' ? this.renderReady(view.document) : nothing}
      ${view.kind === 'loading' ? this.renderLoading() : nothing}
      <div part="error" class="error" role="status" aria-live=${view.kind === 'error' && !this.#speaksError ? 'off' : 'polite'}>${view.kind === 'error'
        ? html`<strong>${this.strings.errorTitle}:</strong> ${view.message}`
        : nothing}</div>
    </div>`;
  }

  /** Fires `civic-error` once per distinct message; the live region speaks it unless another element just did. */
  private announceError(message: string): void {
    if (message === this.lastError) return;
    this.lastError = message;
    this.#speaksError = claimSpeech(message, this);
    const error = new Error(message);
    queueMicrotask(() =>
      this.dispatchEvent(new CustomEvent('civic-error', { bubbles: true, composed: true, detail: { error, message } })),
    );
  }

  protected abstract renderReady(document: CivicDocument): TemplateResult;

  /** A skeleton the size of the loaded element, so nothing moves when data arrives. */
  protected abstract renderLoading(): TemplateResult;
}
