/** A page of test/reliability/pages in an iframe, and what its watch.js recorded. */

/** What pages/watch.js records in the page's window. */
export interface CivicLog {
  errors: string[];
  warns: string[];
  uncaught: string[];
  civicErrors: string[];
}
export type PageWindow = Window & typeof globalThis & { civicLog: CivicLog };

/** Opens `src` in an iframe at the top left of the viewport, once it has loaded. */
export async function openFrame(src: string, { width = 700, height = 2400 } = {}): Promise<{ frame: HTMLIFrameElement; win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { position: 'absolute', top: '0', left: '0', width: `${width}px`, height: `${height}px`, border: '0' });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as PageWindow, doc: frame.contentDocument! };
}
