// Helpers shared by the element tests: unique URLs, mounting with clean-up, shadow-root
// queries, waiting, and watching what reaches the page (errors, requests, fetches).
import { expect } from '@open-wc/testing';

let unique = 0;
/** A URL no other test (or earlier engine run) has requested, so the shared cache never leaks. */
export function freshUrl(path: string): string {
  unique += 1;
  return `${path}?t=${Date.now().toString(36)}-${unique}-${Math.random().toString(36).slice(2, 8)}`;
}

const mounted: Element[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});
/** Appends `el` to `parent`; what is appended to the body is removed after the test. */
export function mount<T extends Element>(el: T, parent: ParentNode = document.body): T {
  parent.append(el);
  if (parent === document.body) mounted.push(el);
  return el;
}

export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
export const root = (el: Element) => el.shadowRoot!;
export const q = (el: Element, selector: string) => root(el).querySelector(selector);
export const qa = (el: Element, selector: string) => [...root(el).querySelectorAll(selector)];
/** Text of one part, whitespace collapsed. */
export const partText = (el: Element, part: string) => norm(q(el, `[part~="${part}"]`)?.textContent ?? '');
/** All text of the shadow root, whitespace collapsed. */
export const allText = (el: Element) => norm(root(el).textContent ?? '');

/** Waits until `check` holds (polling), failing with `what` after `ms`. */
export async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Lets late events, rejections and mutation-observer callbacks arrive. */
export const settle = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

/** Exceptions and rejections that reach the window while a test runs. */
export function watchWindow() {
  const seen: string[] = [];
  const onError = (e: Event) => seen.push(`error: ${(e as ErrorEvent).message}`);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`unhandledrejection: ${String((e.reason as Error)?.message ?? e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    seen,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export type CivicErrorEvent = CustomEvent<{ error: Error; message: string }>;
/** The `civic-error` events that reach `target`. */
export function recordErrors(target: EventTarget): CivicErrorEvent[] {
  const errors: CivicErrorEvent[] = [];
  target.addEventListener('civic-error', (e) => errors.push(e as CivicErrorEvent));
  return errors;
}

/** Resource-timing entries for exactly this URL (relative URLs resolve against the page). */
export function requestsFor(url: string): PerformanceEntry[] {
  const absolute = new URL(url, location.href).href;
  return performance.getEntriesByType('resource').filter((entry) => entry.name === absolute);
}

/** Replaces window.fetch with one that waits for `release()` before doing the real request. */
export function holdFetch() {
  const original = window.fetch;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  window.fetch = (async (...args: Parameters<typeof fetch>) => {
    await gate;
    return original.apply(window, args);
  }) as typeof fetch;
  return {
    release,
    restore() {
      release();
      window.fetch = original;
    },
  };
}

/** A fixed-width box in the page, so that sizes compare across states. */
export function box(width: number, attrs: Record<string, string> = {}): HTMLDivElement {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  for (const [k, v] of Object.entries(attrs)) div.setAttribute(k, v);
  return mount(div);
}

/**
 * The error contract of every element: exactly one `civic-error`, bubbling and composed,
 * whose message includes `text`, that also reached `ancestor`, with nothing reaching the
 * window (`seen` from `watchWindow()`).
 */
export function expectOneCivicError(errors: CivicErrorEvent[], text: string, ancestor: CivicErrorEvent[], seen: string[]): void {
  expect(errors, 'exactly one civic-error').to.have.length(1);
  expect(errors[0]!.bubbles).to.equal(true);
  expect(errors[0]!.composed).to.equal(true);
  expect(errors[0]!.detail.error.message).to.include(text);
  expect(ancestor, 'bubbled to the ancestor').to.have.length(1);
  expect(seen, 'nothing reached window').to.deep.equal([]);
}

/** WCAG relative luminance of a CSS rgb()/rgba() colour. */
export function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two CSS rgb() colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
