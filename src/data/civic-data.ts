import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import type { CivicDocumentInput } from '../core/document';
import { VERSION } from '../version';
import { documentContext, type DocumentState } from './context';
import { LoadError, documentFromText, documentFromValue, loadDocument, type LoadedDocument } from './load';
import { takePrerendered } from '../ui/prerendered';

/** Documents whose warnings were already printed: once per document, not once per element. */
const warnedDocuments = new Set<string>();

/**
 * Provides one CivicStat document to every `civic-*` element inside it. Shows nothing
 * itself. The document comes from, in order: the `data` property, the `src` attribute
 * (one request per URL, shared with every other element on the page), or a child
 * `<script type="application/json">`.
 *
 * @summary The data provider: loads and checks a document once for the elements inside.
 * @tagname civic-data
 * @slot - The elements that show the document.
 * @event civic-load - The document was loaded and checked. `detail.document` is the normalized document, `detail.warnings` the unknown fields and dropped links.
 * @event civic-error - The document could not be used. `detail.error` is an Error whose `message` names the URL and HTTP status, or the field path.
 */
export class CivicData extends LitElement {
  static civicstatVersion = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    src: { type: String, reflect: true },
    timeout: { type: Number },
    data: { attribute: false },
  };

  /** URL of the document (JSON). Relative URLs resolve against the page. */
  declare src: string | undefined;
  /** Milliseconds to wait for `src` before giving up. */
  declare timeout: number;
  /** The document as an object (for frameworks); wins over `src` and inline JSON. */
  declare data: CivicDocumentInput | object | undefined;

  /** The current state: idle, loading, ready (with the document) or error. */
  get state(): DocumentState {
    return this.provider.value;
  }

  private provider = new ContextProvider(this, { context: documentContext, initialValue: { status: 'idle' } });
  private generation = 0;
  private observer: MutationObserver | undefined;
  private readText: string | undefined;
  /** A server-rendered shadow root's content (`civicstat render`), replaced by the first render. */
  #prerendered: ChildNode[] | undefined;

  constructor() {
    super();
    this.timeout = 15_000;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A CMS may add or fill the inline <script> after the element is parsed.
    // Only a change to the element's own script reloads: other content may change freely.
    this.observer ??= new MutationObserver(() => {
      if (this.data === undefined && !this.src && this.inlineText() !== this.readText) this.reload();
    });
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.#prerendered = takePrerendered(this);
    const root = super.createRenderRoot();
    if (this.#prerendered) this.renderOptions.renderBefore = null;
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src') || !this.hasUpdated) this.reload();
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    for (const node of this.#prerendered ?? []) node.remove();
    this.#prerendered = undefined;
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  /** Reads the document again from wherever it comes from. */
  reload(): void {
    const generation = ++this.generation;
    if (this.data !== undefined) {
      this.settle(generation, () => documentFromValue(this.data));
      return;
    }
    if (this.src) {
      const url = this.src;
      this.publish({ status: 'loading', url });
      loadDocument(url, { timeout: this.timeout }).then(
        (loaded) => this.finish(generation, loaded),
        (error: unknown) => this.fail(generation, error, url),
      );
      return;
    }
    const text = this.inlineText();
    this.readText = text;
    if (text !== undefined) {
      this.settle(generation, () => documentFromText(text));
      return;
    }
    this.publish({ status: 'idle' });
  }

  /** The text of the element's own `<script type="application/json">` (a direct child, not a nested provider's). */
  private inlineText(): string | undefined {
    const script = this.querySelector(':scope > script[type="application/json"]');
    return script ? (script.textContent ?? '') : undefined;
  }

  private settle(generation: number, read: () => LoadedDocument): void {
    try {
      this.finish(generation, read());
    } catch (error) {
      this.fail(generation, error);
    }
  }

  private finish(generation: number, loaded: LoadedDocument): void {
    if (generation !== this.generation) return; // a newer source replaced this one
    const state: DocumentState = { status: 'ready', document: loaded.document, warnings: loaded.warnings };
    if (loaded.url !== undefined) state.url = loaded.url;
    this.publish(state);
    const key = loaded.url ?? `inline:${this.readText ?? ''}`;
    if (loaded.warnings.length > 0 && !warnedDocuments.has(key)) {
      warnedDocuments.add(key);
      console.warn(
        `civicstat: ${loaded.url ?? 'inline document'}: ${loaded.warnings.length} warning(s)\n` +
          loaded.warnings.map((w) => `  ${w.path}: ${w.message}`).join('\n'),
      );
    }
    this.dispatchEvent(
      new CustomEvent('civic-load', {
        bubbles: true,
        composed: true,
        detail: { document: loaded.document, warnings: loaded.warnings, url: loaded.url },
      }),
    );
  }

  private fail(generation: number, error: unknown, url?: string): void {
    if (generation !== this.generation) return;
    const loadError =
      error instanceof LoadError ? error : new LoadError('network', `Could not read the document: ${String((error as Error)?.message ?? error)}`, url);
    const state: DocumentState = { status: 'error', error: loadError };
    if (url !== undefined) state.url = url;
    this.publish(state);
    this.dispatchEvent(
      new CustomEvent('civic-error', { bubbles: true, composed: true, detail: { error: loadError, message: loadError.message } }),
    );
  }

  private publish(state: DocumentState): void {
    this.provider.setValue(state, true);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-data': CivicData;
  }
  interface HTMLElementEventMap {
    'civic-load': CustomEvent<{ document: import('../core/document').CivicDocument; warnings: import('../core/document').Problem[]; url?: string }>;
    'civic-error': CustomEvent<{ error: Error; message: string }>;
  }
}
