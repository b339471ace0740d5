/**
 * Loading documents: one request per absolute URL, shared by every caller on the page;
 * a timeout; and typed errors a person can act on. Uses `fetch` only, so it also runs in
 * Node 18+.
 */
import type { CivicDocument, Problem } from '../core/document';
import { formatProblem, parseDocument } from '../core/parse';
import { parseJsonText } from '../core/json-text';

export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'invalid';

/** Why a document could not be loaded; `message` is a sentence for people. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly url?: string,
    readonly details: {
      status?: number;
      line?: number;
      column?: number;
      problems?: Problem[];
    } = {},
  ) {
    super(message);
  }
}

export interface LoadedDocument {
  document: CivicDocument;
  /** Unknown fields and dropped links: the document is usable, but worth a look. */
  warnings: Problem[];
  url?: string;
}

export interface LoadOptions {
  /** Milliseconds before the request is abandoned; default 15 000. */
  timeout?: number;
  /** Base for relative URLs; defaults to the page's URL in a browser. */
  base?: string;
  /** Skip the shared cache (the next normal call still shares with earlier ones). */
  fresh?: boolean;
}

export const DEFAULT_TIMEOUT = 15_000;

const cache = new Map<string, Promise<LoadedDocument>>();

/** Resolves `url` against the document's base URL (or `base`) so that every spelling of one URL shares one request. */
export function absoluteUrl(url: string, base?: string): string {
  // Like every URL attribute in HTML, a relative URL honours <base href>.
  const page = base ?? (typeof document !== 'undefined' ? document.baseURI : typeof location !== 'undefined' ? location.href : undefined);
  try {
    return page ? new URL(url, page).href : new URL(url).href;
  } catch {
    return url;
  }
}

/** The short name of a URL for messages: `data.json` for `https://x.org/a/data.json?v=2`. */
function shortName(url: string): string {
  try {
    const { pathname } = new URL(url);
    const last = pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : url;
  } catch {
    return url;
  }
}

/**
 * Loads and parses the document at `url`. Every call for the same absolute URL shares one
 * request and one result (a failed load is forgotten, so a later call tries again).
 */
export function loadDocument(url: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  const key = absoluteUrl(url, options.base);
  if (!options.fresh) {
    const pending = cache.get(key);
    if (pending) return pending;
  }
  const request = fetchDocument(key, options.timeout ?? DEFAULT_TIMEOUT);
  cache.set(key, request);
  request.catch(() => {
    if (cache.get(key) === request) cache.delete(key);
  });
  return request;
}

/** Forgets cached documents (all, or one URL), e.g. after the data file changed. */
export function clearDocumentCache(url?: string, base?: string): void {
  if (url === undefined) cache.clear();
  else cache.delete(absoluteUrl(url, base));
}

async function fetchDocument(url: string, timeout: number): Promise<LoadedDocument> {
  const name = shortName(url);
  const controller = typeof AbortController !== 'undefined' ? new AbortController() : undefined;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller?.abort();
  }, timeout);
  let text: string;
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller?.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch {
      if (timedOut) throw new LoadError('timeout', `Could not load ${name}: no answer within ${seconds(timeout)} s`, url);
      throw new LoadError('network', `Could not load ${name}: the network request failed (offline, blocked, or not allowed from this site)`, url);
    }
    if (!response.ok) {
      const reason = response.statusText ? ` ${response.statusText}` : '';
      throw new LoadError('http', `Could not load ${name} (HTTP ${response.status}${reason})`, url, { status: response.status });
    }
    try {
      text = await response.text();
    } catch {
      if (timedOut) throw new LoadError('timeout', `Could not load ${name}: no answer within ${seconds(timeout)} s`, url);
      throw new LoadError('network', `Could not load ${name}: the connection broke while reading it`, url);
    }
  } finally {
    clearTimeout(timer);
  }
  return documentFromText(text, url);
}

/**
 * Parses document text (from a file, a response or an inline `<script type="application/json">`),
 * throwing a `LoadError` of kind `not-json` or `invalid` when it cannot be used.
 */
export function documentFromText(text: string, url?: string): LoadedDocument {
  const name = url ? shortName(url) : 'the inline document';
  if (text.trim() === '') throw new LoadError('not-json', `${capitalize(name)} is empty`, url);
  const json = parseJsonText(text);
  if (!json.ok) {
    const { line, column, message } = json.error;
    const looksHtml = /^\s*</.test(text);
    const hint = looksHtml ? ' (it looks like an HTML page: check the address)' : '';
    throw new LoadError('not-json', `${capitalize(name)} is not valid JSON${hint}: ${message} at line ${line}, column ${column}`, url, {
      line,
      column,
    });
  }
  return documentFromValue(json.value, url);
}

/** Validates an already-parsed value, throwing a `LoadError` of kind `invalid` with the first problem's path. */
export function documentFromValue(value: unknown, url?: string): LoadedDocument {
  const result = parseDocument(value);
  if (!result.ok) {
    const name = url ? shortName(url) : 'The inline document';
    const first = result.problems[0]!;
    const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more problem${result.problems.length > 2 ? 's' : ''})` : '';
    throw new LoadError('invalid', `${capitalize(name)} has a problem: ${formatProblem(first)}${more}`, url, {
      problems: result.problems,
    });
  }
  const loaded: LoadedDocument = { document: result.document, warnings: result.warnings };
  if (url !== undefined) loaded.url = url;
  return loaded;
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
