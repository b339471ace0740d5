/**
 * `civicstat render`: a page with every `civic-*` element pre-rendered as declarative shadow
 * DOM, so that the figures are in the HTML that search engines and readers without JavaScript
 * get. The elements are the library's own classes, rendered by Lit's server renderer; each
 * finds its document as it would in the browser (its `src`, else the nearest `<civic-data>`:
 * its `src` or its inline JSON), its language and theme from the nearest `lang` and `theme`.
 * Documents are read from local files only, relative to the page's folder.
 *
 * The rest of the page is kept byte for byte: the templates are inserted after each element's
 * start tag. In the browser each element replaces the server's copy with its own first render,
 * in the same task (see src/ui/prerendered.ts); no hydration script is needed.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { ReactiveElement, type LitElement, type PropertyValues } from 'lit';
// What Lit's own server renderer (LitElementRenderer) uses to set attributes and read the changes.
import { _$LE } from 'lit-element/private-ssr-support.js';
import { formatProblem, parseDocument } from '../core/parse';
import { ELEMENT_CLASSES as ELEMENTS } from '../elements/classes';
import { registerEveryLanguage } from '../ui/i18n/all';
import { CivicElement, setServerAncestors, type ViewState } from '../ui/civic-element';

registerEveryLanguage();

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];


export interface RenderPageOptions {
  /** Folder that `src` attributes are relative to (the page's folder). Default: the current directory. */
  baseDir?: string;
}

/** A problem that stops the rendering: `code` 2 for a usage problem, 1 for an invalid document. */
export class RenderError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
    /** One line per problem of an invalid document. */
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = 'RenderError';
  }
}

export interface RenderedPage {
  html: string;
  /** How many elements were rendered. */
  rendered: number;
  /**
   * Sources for a Content-Security-Policy `style-src` that allows exactly the inline styles
   * the templates carry (each element's `<style>`, and the bar widths of a checklist, which
   * need `'unsafe-hashes'`), for a page that does not allow `'unsafe-inline'`.
   */
  styleSrc: string[];
}

/**
 * The page `html` with every `civic-*` element pre-rendered. Throws a RenderError naming the
 * element when a document cannot be read or is invalid, or an element cannot show (an unknown
 * measure or certification): a page is not published with an error message baked in.
 */
export async function renderPage(html: string, options: RenderPageOptions = {}): Promise<RenderedPage> {
  const baseDir = options.baseDir ?? process.cwd();
  const tree = parse(html, { sourceCodeLocationInfo: true });
  const documents = new Map<string, Promise<object>>();
  const readDocument = (src: string, where: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
      throw new RenderError(`${where}: src="${src}" is not a local file; civicstat render reads local files only`, 2);
    }
    const file = resolve(baseDir, decodeURI(src.split(/[?#]/)[0]!));
    let text = documents.get(file);
    if (!text) {
      text = readFile(file, 'utf8').then(
        (t) => checked(t, src),
        (error: NodeJS.ErrnoException) => {
          throw new RenderError(`${where}: cannot read ${src}${error.code === 'ENOENT' ? ' (no such file)' : error.code ? ` (${error.code})` : ''}`, 2);
        },
      );
      documents.set(file, text);
    }
    return text;
  };

  /** Insertions and removals in the source text, applied from the end. */
  const edits: { start: number; end: number; text: string }[] = [];
  let rendered = 0;

  const visit = async (node: Node, provider: Promise<object | undefined> | undefined): Promise<void> => {
    if (!('tagName' in node)) return;
    const el = node as Element;
    let next = provider;
    if (Object.hasOwn(ELEMENTS, el.tagName)) {
      const where = describe(el);
      let own: Promise<object | undefined> | undefined;
      const src = attribute(el, 'src');
      if (src !== undefined && src !== '') own = readDocument(src, where);
      else if (el.tagName === 'civic-data') own = inlineDocument(el, where);
      if (el.tagName === 'civic-data') next = own ?? Promise.resolve(undefined);
      const data = await (own ?? provider);
      const shadow = renderElement(el, data, where);
      const location = el.sourceCodeLocation;
      if (location?.startTag) {
        // A page rendered before: its templates are replaced.
        for (const child of el.childNodes) {
          if ('tagName' in child && child.tagName === 'template' && attribute(child, 'shadowrootmode') !== undefined && child.sourceCodeLocation) {
            edits.push({ start: child.sourceCodeLocation.startOffset, end: child.sourceCodeLocation.endOffset, text: '' });
          }
        }
        const at = location.startTag.endOffset;
        edits.push({ start: at, end: at, text: `<template shadowrootmode="open">${shadow}</template>` });
        rendered += 1;
      }
    }
    for (const child of el.childNodes) await visit(child, next);
  };
  for (const child of tree.childNodes) await visit(child, undefined);

  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = html;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { html: out, rendered, styleSrc: styleSources(edits.map((e) => e.text).join('')) };
}

/** CSP hash sources for the inline styles of rendered templates (see RenderedPage.styleSrc). */
function styleSources(templates: string): string[] {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  // Lit writes these values with no character references (no quotes, < or & in them).
  const elements = new Set([...templates.matchAll(/<style>([^]*?)<\/style>/g)].map((m) => m[1]!));
  const attributes = new Set([...templates.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]!));
  return [...(attributes.size > 0 ? ["'unsafe-hashes'"] : []), ...[...elements, ...attributes].map(hash)];
}

/** The document in a file's text, or a RenderError listing its problems. */
function checked(text: string, name: string): object {
  const result = parseDocument(text);
  if (!result.ok) {
    throw new RenderError(`${name}: not a valid CivicStat document`, 1, result.problems.map((p) => `${name}: ${formatProblem(p)}`));
  }
  return JSON.parse(text) as object;
}

/** A `<civic-data>`'s own `<script type="application/json">` (a direct child), as the element reads it. */
function inlineDocument(el: Element, where: string): Promise<object | undefined> | undefined {
  const script = el.childNodes.find(
    (c): c is Element => 'tagName' in c && c.tagName === 'script' && attribute(c as Element, 'type') === 'application/json',
  );
  if (!script) return undefined;
  const text = script.childNodes.map((t) => ('value' in t ? t.value : '')).join('');
  return Promise.resolve().then(() => checked(text, `${where} inline JSON`));
}

/** The element's shadow content, rendered by its own class. */
function renderElement(el: Element, data: object | undefined, where: string): string {
  const ctor = ELEMENTS[el.tagName]!;
  // Reading observedAttributes finalizes the class (its attribute map and styles), as define() would.
  void (ctor as unknown as typeof ReactiveElement).observedAttributes;
  const element = new ctor();
  const styles = (element.constructor as typeof LitElement).elementStyles;
  const css = styles.map((s) => ('cssText' in s ? s.cssText : '')).join('');
  // <civic-data> draws one <slot> (its children); its document was read above.
  if (!(element instanceof CivicElement)) return `<style>${css}</style><slot></slot>`;
  // As Lit's server renderer does: attributes to properties, then willUpdate() and the
  // reflection of properties (no connectedCallback(), which would reach for the page).
  for (const { name, value } of el.attrs) _$LE.attributeToProperty(element, name, value);
  setServerAncestors(element, { lang: inherited(el, 'lang'), theme: inherited(el, 'theme') });
  if (data !== undefined) element.data = data;
  const changed = _$LE.changedProperties(element) as PropertyValues;
  (element as unknown as { willUpdate(c: PropertyValues): void }).willUpdate(changed);
  (ReactiveElement.prototype as unknown as { update(c: PropertyValues): void }).update.call(element, changed);
  const view = (element as unknown as { viewState(): ViewState }).viewState();
  if (view.kind === 'error') throw new RenderError(`${where}: ${view.message}`, 2);
  // Without hydration the renderer's part markers are of no use: they go. Nested elements (the
  // scorecard's tiles) are left to withTiles, not to the renderer, which knows no document.
  const body = collectResultSync(render((element as unknown as { render(): unknown }).render(), { elementRenderers: [] })).replace(/<!--\/?lit-(?:part|node)\b[^>]*-->|<\?>/g, '');
  const content = el.tagName === 'civic-tier-badge' ? withBadgeTitle(body) : el.tagName === 'civic-scorecard' ? withTiles(body, el, data, where) : body;
  return `${css ? `<style>${css}</style>` : ''}${content}`;
}

/**
 * The scorecard's tiles, each pre-rendered in its turn (a declarative shadow root inside the
 * scorecard's): the server renderer leaves nested elements empty. They read the scorecard's
 * document, and its `lang` and `theme`, as they do in the browser.
 */
function withTiles(markup: string, scorecard: Element, data: object | undefined, where: string): string {
  // The renderer writes `<civic-kpi-tile  measure="…" defer-hydration>` (no hydration here: the tag is written clean).
  return markup.replace(/<civic-kpi-tile\s+measure="([^"]*)"(?:\s+defer-hydration)?>/g, (_, escaped: string) => {
    const measure = escaped.replace(/&(amp|quot|lt|gt|#39);/g, (_, name: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'" })[name]!);
    const tile = { tagName: 'civic-kpi-tile', attrs: [{ name: 'measure', value: measure }], parentNode: scorecard } as unknown as Element;
    return `<civic-kpi-tile measure="${escaped}"><template shadowrootmode="open">${renderElement(tile, data, `${where}, measure "${measure}"`)}</template>`;
  });
}

/**
 * The badge's SVG <title>, which the element leaves out on a server (a binding inside <title>
 * cannot be rendered there), written from its aria-label as `civicstat badge` does: the
 * label is already escaped, and what is escaped for an attribute is escaped for text.
 */
function withBadgeTitle(markup: string): string {
  return markup.replace(/<svg\b[^>]*\saria-label="([^"]*)"[^>]*>/, (open, label: string) => `${open}<title>${label}</title>`);
}

function attribute(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The attribute on the nearest element (this one included) that has it, as `closest()` finds it. */
function inherited(el: Element, name: string): string | undefined {
  for (let node: Node | null = el; node && 'attrs' in node; node = (node as Element).parentNode as Node | null) {
    const value = attribute(node as Element, name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** `<civic-kpi-tile measure="x">` (line 12), for messages. */
function describe(el: Element): string {
  const key = ['measure', 'certification', 'src', 'program'].map((n) => [n, attribute(el, n)] as const).find(([, v]) => v !== undefined);
  const line = el.sourceCodeLocation?.startLine;
  return `<${el.tagName}${key ? ` ${key[0]}="${key[1]}"` : ''}>${line ? ` (line ${line})` : ''}`;
}
