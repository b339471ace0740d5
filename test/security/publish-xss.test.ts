/**
 * The published site of a hostile document (every payload of the XSS corpus in the document's
 * texts and links): on every page and embed page, in each engine, no payload runs (the
 * sentinel `__xss` stays unset), no element of a payload exists, and no link is a script.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { openFrame } from '../reliability/frame';
import { settle, until } from '../elements/helpers';
import { PAYLOADS } from './payloads';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const doc = (await (await fetch('/demo/riverton.civicstat.json')).json()) as any;
let next = 0;
const payload = () => PAYLOADS[next++ % PAYLOADS.length]!;
doc.jurisdiction.name = payload();
for (const m of doc.measures as Record<string, any>[]) {
  m.title = payload();
  m.description = payload();
  m.narrative = payload();
  m.unit = payload();
  m.source = { name: payload(), url: payload() };
  if (Array.isArray(m.comparisons)) for (const c of m.comparisons as { label: string }[]) c.label = payload();
}
for (const g of doc.goals as Record<string, unknown>[]) g.title = payload();

const file = await executeServerCommand<string, { name: string; text: string }>('civic-publish-input', { name: 'hostile', text: JSON.stringify(doc) });
const OUT = 'published-test/hostile';
const base = `${location.origin}/${OUT}/`;
const published = await executeServerCommand<{ code: number; stdout: string; stderr: string }, { args: string[] }>('civic-cli', {
  args: ['publish', file, '--out', OUT, '--base-url', base],
});
const pages = (published.stdout.match(/(\d+) pages and (\d+) embed pages/) ?? []).slice(1).map(Number);

type Sentinel = Window & { __xss?: unknown };

/** The pages of the site: the report links every page and embed page. */
async function allPages(): Promise<string[]> {
  const seen = new Set<string>(['index.html']);
  const queue = ['index.html'];
  while (queue.length) {
    const page = queue.shift()!;
    const html = await (await fetch(`${base}${page}`)).text();
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    for (const a of parsed.querySelectorAll('a[href], iframe[src]')) {
      const value = a.getAttribute('href') ?? a.getAttribute('src')!;
      const url = new URL(value, `${base}${page}`);
      if (!url.href.startsWith(base) || !(url.pathname.endsWith('/') || url.pathname.endsWith('.html'))) continue;
      let path = url.pathname.slice(new URL(base).pathname.length);
      if (path === '' || path.endsWith('/')) path += 'index.html';
      if (!seen.has(path)) {
        seen.add(path);
        queue.push(path);
      }
    }
    for (const t of parsed.querySelectorAll('textarea')) {
      const url = /^https?:\S+\/$/.test(t.value) ? new URL(t.value) : undefined;
      if (url && url.href.startsWith(base)) {
        const path = `${url.pathname.slice(new URL(base).pathname.length)}index.html`;
        if (!seen.has(path)) {
          seen.add(path);
          queue.push(path);
        }
      }
    }
  }
  return [...seen];
}

describe('the published site of a hostile document', () => {
  it('is published, its text as text', () => {
    expect(published.code, published.stderr).to.equal(0);
    expect(pages[0]).to.be.greaterThan(10);
  });

  it('no payload runs on any page or embed page, and no link is a script', async function () {
    this.timeout(300_000);
    const list = await allPages();
    expect(list.length, 'every page found from the report').to.equal(pages[0]! + pages[1]!);
    for (const path of list) {
      const { frame, win, doc: page } = await openFrame(`${base}${path}`, { width: 900, height: 900 });
      try {
        await until(() => page.readyState === 'complete', `${path} loaded`);
        await settle(60);
        expect((win as Sentinel).__xss, `${path}: a payload ran`).to.equal(undefined);
        expect((window as Sentinel).__xss, `${path}: a payload reached the test page`).to.equal(undefined);
        const scripts = [...page.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? 'inline');
        for (const src of scripts) expect(src, `${path}: only the site's own scripts`).to.match(/assets\/(civicstat|resize|share)\.js$/);
        for (const a of page.querySelectorAll('[href], [src]')) {
          const value = a.getAttribute('href') ?? a.getAttribute('src') ?? '';
          expect(value, `${path}: <${a.localName}>`).not.to.match(/^\s*(javascript|data|vbscript):/i);
        }
      } finally {
        frame.remove();
      }
    }
  });
});
