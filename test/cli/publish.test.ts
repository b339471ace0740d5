/**
 * `civicstat publish` (SPEC §6): the static site of the sample city and of a hostile document,
 * read back as files: every page, its head, its pre-rendered figures; the embed pages with
 * their oEmbed discovery and responses (the oEmbed 1.0 required fields, WordPress's form);
 * every link of the site resolving to a file (a crawl); safety; an invalid document writes
 * nothing. Runs the built command line (dist/cli.js), as a city would.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { unfurl } from 'unfurl.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const SAMPLE = join(ROOT, 'demo/riverton.civicstat.json');
const BASE = 'https://data.riverton.example/performance/';

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const fresh = () => mkdtempSync(join(tmpdir(), 'civicstat-publish-'));

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node as Element);
  const kids = 'childNodes' in node ? node.childNodes : [];
  for (const child of kids) elements(child, out);
  // A <template>'s content (the declarative shadow roots) is a fragment of its own.
  if ('tagName' in node && node.tagName === 'template') elements((node as Element & { content: Node }).content, out);
  return out;
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const textOf = (node: Node): string => ('value' in node && node.nodeName === '#text' ? (node as { value: string }).value : '') +
  ('childNodes' in node ? node.childNodes.map(textOf).join('') : '') +
  ('tagName' in node && node.tagName === 'template' ? textOf((node as Element & { content: Node }).content) : '');

describe('civicstat publish: the sample city', () => {
  let out: string;
  let result: { code: number; stdout: string; stderr: string };
  const read = (path: string) => readFileSync(join(out, path), 'utf8');
  const pages = () => walk(out).filter((f) => f.endsWith('.html')).map((f) => relative(out, f).split(sep).join('/'));

  before(async () => {
    out = join(fresh(), 'site');
    result = await run(['publish', SAMPLE, '--out', out, '--base-url', BASE]);
  });

  it('writes the report, a page per measure and certification, and an embed page per element', () => {
    assert.equal(result.code, 0, result.stderr);
    const doc = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    const all = pages();
    const embeds = all.filter((p) => p.startsWith('embed/'));
    assert.equal(all.length - embeds.length, 1 + doc.measures.length + doc.certifications.length);
    assert.match(result.stdout, new RegExp(`: ${1 + doc.measures.length + doc.certifications.length} pages and ${embeds.length} embed pages, `));
    for (const m of doc.measures) {
      assert.ok(all.includes(`measures/${m.id}/index.html`), m.id);
      assert.ok(all.includes(`embed/measure/${m.id}/tile/index.html`), m.id);
    }
    for (const c of doc.certifications) {
      assert.ok(all.includes(`embed/certification/${c.id}/badge/index.html`));
      assert.ok(all.includes(`embed/certification/${c.id}/checklist/index.html`));
    }
    for (const kind of ['objective', 'project', 'goal', 'measure']) assert.ok(all.includes(`embed/summary/${kind}/index.html`), kind);
    assert.ok(existsSync(join(out, 'assets/civicstat.js')));
    assert.ok(readdirSync(join(out, 'assets')).some((f) => /^civicstat-es-.*\.js$/.test(f)), 'the Spanish strings beside the bundle');
  });

  it('each page: lang on <html>, one <h1>, a title that names the city and the measure, Open Graph and Twitter tags, canonical', () => {
    for (const page of pages()) {
      const tree = parse(read(page));
      const els = elements(tree);
      const html = els.find((e) => e.tagName === 'html')!;
      assert.equal(attr(html, 'lang'), 'en', page);
      const title = textOf(els.find((e) => e.tagName === 'title')!);
      assert.match(title, page.startsWith('embed/') ? /\S/ : /City of Riverton/, page);
      const canonical = els.find((e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical')!;
      assert.ok(attr(canonical, 'href')!.startsWith(BASE), page);
      if (!page.startsWith('embed/')) {
        assert.equal(els.filter((e) => e.tagName === 'h1').length, 1, `${page}: one h1`);
        const meta = (p: string) => attr(els.find((e) => e.tagName === 'meta' && (attr(e, 'property') === p || attr(e, 'name') === p))!, 'content');
        assert.equal(meta('og:title'), title, page);
        assert.ok(meta('og:url')!.startsWith(BASE), page);
        assert.equal(meta('twitter:card'), 'summary', page);
      }
    }
    const fire = parse(read('measures/fire-response-time/index.html'));
    assert.equal(textOf(elements(fire).find((e) => e.tagName === 'title')!), 'Fire response time (90th percentile) · City of Riverton');
    const cert = elements(parse(read('certifications/wwc/index.html')));
    const image = cert.find((e) => e.tagName === 'meta' && attr(e, 'property') === 'og:image')!;
    assert.equal(attr(image, 'content'), `${BASE}certifications/wwc/badge.png`, 'the badge PNG is the certification page’s image');
  });

  it('the figures are in the HTML: every element pre-rendered as declarative shadow DOM', () => {
    const page = read('measures/fire-response-time/index.html');
    const els = elements(parse(page));
    const civic = els.filter((e) => e.tagName.startsWith('civic-') && e.tagName !== 'civic-data');
    assert.ok(civic.length >= 4);
    for (const el of civic) {
      const template = el.childNodes.find((c) => 'tagName' in c && c.tagName === 'template') as Element | undefined;
      assert.equal(template && attr(template, 'shadowrootmode'), 'open', el.tagName);
    }
    const text = textOf(parse(page)).replace(/\s+/g, ' ');
    assert.match(text, /7\.4 min/);
    assert.match(text, /On track: 7\.4 min is ahead of the path to 7\.0 min by 2027/);
    assert.match(textOf(parse(read('index.html'))), /27 of 43 criteria met/);
  });

  it('embed pages: the element alone, an oEmbed discovery link in <head>, the classic resize script', () => {
    const path = 'embed/measure/fire-response-time/tile/index.html';
    const tree = parse(read(path));
    const els = elements(tree);
    const head = els.find((e) => e.tagName === 'head')!;
    const link = elements(head).find((e) => e.tagName === 'link' && attr(e, 'rel') === 'alternate')!;
    assert.equal(attr(link, 'type'), 'application/json+oembed');
    assert.equal(attr(link, 'href'), `${BASE}embed/measure/fire-response-time/tile/oembed.json`);
    const scripts = els.filter((e) => e.tagName === 'script');
    const resize = scripts.find((e) => attr(e, 'src')?.endsWith('assets/resize.js'))!;
    assert.equal(attr(resize, 'type'), undefined, 'a classic script: it runs in an opaque-origin sandbox');
    assert.equal(els.filter((e) => e.tagName === 'header' || e.tagName === 'footer' || e.tagName === 'nav').length, 0, 'no page chrome');
    const h1 = els.filter((e) => e.tagName === 'h1');
    assert.deepEqual(h1.map((e) => [attr(e, 'class'), textOf(e)]), [['visually-hidden', 'Fire response time (90th percentile)']], 'one heading, for screen readers only');
    assert.equal(els.filter((e) => e.tagName === 'civic-kpi-tile').length, 1);
    assert.match(textOf(tree), /7\.4 min/);
  });

  it('oEmbed responses: the 1.0 required fields, type rich, a titled iframe after WordPress’s blockquote', () => {
    const files = walk(join(out, 'embed')).filter((f) => f.endsWith('oembed.json'));
    assert.equal(files.length, pages().filter((p) => p.startsWith('embed/')).length);
    for (const file of files) {
      const o = JSON.parse(readFileSync(file, 'utf8'));
      const where = relative(out, file);
      assert.equal(o.version, '1.0', where);
      assert.equal(o.type, 'rich', where);
      assert.ok(Number.isInteger(o.width) && o.width > 0 && Number.isInteger(o.height) && o.height > 0, where);
      assert.equal(typeof o.title, 'string');
      const frag = elements(parse(`<body>${o.html}</body>`)).filter((e) => e.tagName === 'blockquote' || e.tagName === 'iframe');
      assert.deepEqual(frag.map((e) => e.tagName), ['blockquote', 'iframe'], where);
      const iframe = frag[1]!;
      const src = attr(iframe, 'src')!;
      assert.equal(src, `${BASE}${relative(out, dirname(file)).split(sep).join('/')}/`, where);
      assert.equal(attr(iframe, 'title'), o.title);
      assert.equal(attr(iframe, 'width'), String(o.width));
      assert.equal(attr(iframe, 'height'), String(o.height));
      const a = elements(frag[0]!).find((e) => e.tagName === 'a')!;
      assert.ok(attr(a, 'href')!.startsWith(BASE));
    }
  });

  it('a crawl from index.html reaches every page, and every link and asset of every page resolves', () => {
    const seen = new Set<string>();
    const queue = ['index.html'];
    const broken: string[] = [];
    while (queue.length > 0) {
      const page = queue.shift()!;
      if (seen.has(page)) continue;
      seen.add(page);
      const els = elements(parse(read(page)));
      for (const el of els) {
        for (const name of ['href', 'src']) {
          const value = attr(el, name);
          if (value === undefined || value.startsWith('#') || /^mailto:/.test(value)) continue;
          let target: string;
          if (value.startsWith(BASE)) target = value.slice(BASE.length);
          else if (/^[a-z]+:/i.test(value)) continue; // the city's own links, off the site
          else target = relative(out, resolve(join(out, dirname(page)), value.split(/[?#]/)[0]!)).split(sep).join('/');
          if (target === '' || target.endsWith('/')) target += 'index.html';
          if (!existsSync(join(out, target)) || statSync(join(out, target)).isDirectory()) {
            if (existsSync(join(out, target, 'index.html'))) target = `${target}/index.html`;
            else {
              broken.push(`${page}: ${name}="${value}"`);
              continue;
            }
          }
          if (target.endsWith('.html')) queue.push(target);
        }
      }
    }
    assert.deepEqual(broken, []);
    assert.deepEqual([...seen].sort(), pages().sort(), 'every page is reachable from index.html');
  });

  it('sitemap.xml lists every page by its absolute URL', () => {
    const sitemap = read('sitemap.xml');
    for (const page of pages()) assert.ok(sitemap.includes(`<loc>${BASE}${page.replace(/index\.html$/, '')}</loc>`), page);
  });

  it('a CSV of each measure’s figures, with units and periods as written', () => {
    const csv = read('measures/fire-response-time/fire-response-time.csv').replace(/^\ufeff/, '').trim().split('\r\n');
    assert.equal(csv[0], 'measure,period,value,unit,note');
    assert.ok(csv.includes('fire-response-time,2026-Q1,7.4,minute,'), csv.join('\n'));
    const doc = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    const fire = doc.measures.find((m: { id: string }) => m.id === 'fire-response-time');
    assert.equal(csv.length, 1 + fire.values.length);
  });

  it('each certification: the badge as SVG and PNG, and the checklist', () => {
    const svg = read('certifications/wwc/badge.svg');
    assert.match(svg, /<title>What Works Cities Certification: Silver, Expired/);
    const png = readFileSync(join(out, 'certifications/wwc/badge.png'));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.match(textOf(parse(read('certifications/wwc/index.html'))), /Resident outcome metrics/);
  });

  it('"Embed or share": the script snippet, the iframe, the URL alone, and for badges the image snippet', () => {
    const els = elements(parse(read('certifications/wwc/index.html')));
    const fields = els.filter((e) => e.tagName === 'textarea').map((e) => textOf(e));
    assert.ok(fields.some((f) => f.includes('<script type="module" src="https://data.riverton.example/performance/assets/civicstat.js">')));
    assert.ok(fields.some((f) => f.startsWith('<iframe src="https://data.riverton.example/performance/embed/certification/wwc/badge/"')));
    assert.ok(fields.includes(`${BASE}embed/certification/wwc/badge/`));
    assert.ok(fields.some((f) => /^<img src="https:\/\/data\.riverton\.example\/performance\/certifications\/wwc\/badge\.png" alt="What Works Cities Certification: City of Riverton"/.test(f)));
    const buttons = els.filter((e) => e.tagName === 'button' && attr(e, 'data-copy'));
    assert.equal(buttons.length, fields.length, 'a copy button per snippet');
    for (const b of buttons) assert.ok(fields.length > 0 && els.some((e) => attr(e, 'id') === attr(b, 'data-copy')));
  });

  it('a policy for a strict CSP: script-src self, style-src self and the hashes of the inline styles', () => {
    const csp = read('csp.txt');
    assert.match(csp, /^Content-Security-Policy: script-src 'self'; style-src 'self' 'sha256-/m);
  });

  it('published again after a measure is taken out: its pages go', async () => {
    const doc = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    const removed = doc.measures.pop();
    for (const g of doc.goals) if (g.measures) g.measures = g.measures.filter((id: string) => id !== removed.id);
    const file = join(fresh(), 'smaller.json');
    writeFileSync(file, JSON.stringify(doc));
    const again = await run(['publish', file, '--out', out, '--base-url', BASE]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(existsSync(join(out, `measures/${removed.id}`)), false);
    assert.equal(existsSync(join(out, `embed/measure/${removed.id}`)), false);
    assert.equal(existsSync(join(out, 'measures/fire-response-time/index.html')), true);
  });
});

describe('civicstat publish: options and mistakes', () => {
  it('without --base-url: relative links, no discovery link or sitemap, and a note that says why', async () => {
    const out = join(fresh(), 'site');
    const r = await run(['publish', SAMPLE, '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /note: without --base-url: no sitemap\.xml and no oEmbed discovery links \(both need absolute URLs\)/);
    assert.equal(existsSync(join(out, 'sitemap.xml')), false);
    const embed = readFileSync(join(out, 'embed/measure/fire-response-time/tile/index.html'), 'utf8');
    assert.doesNotMatch(embed, /application\/json\+oembed/);
    const o = JSON.parse(readFileSync(join(out, 'embed/measure/fire-response-time/tile/oembed.json'), 'utf8'));
    assert.match(o.html, /<iframe src="\.\/"/);
  });

  it('--lang es: the same site in Spanish', async () => {
    const out = join(fresh(), 'site');
    const r = await run(['publish', SAMPLE, '--out', out, '--lang', 'es', '--base-url', BASE]);
    assert.equal(r.code, 0, r.stderr);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    assert.match(index, /^<!doctype html>\n<html lang="es">/);
    assert.match(index, /<title>City of Riverton: informe de desempeño<\/title>/);
    assert.match(textOf(parse(index)), /Insertar o compartir/);
    const fire = textOf(parse(readFileSync(join(out, 'measures/fire-response-time/index.html'), 'utf8')));
    assert.match(fire, /7,4 min/);
    assert.match(fire, /Avance hacia la meta/);
  });

  it('an invalid document publishes nothing and exits 1 with the paths', async () => {
    const dir = fresh();
    const file = join(dir, 'bad.json');
    const doc = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    doc.measures[0].values[1].value = '12';
    writeFileSync(file, JSON.stringify(doc));
    const out = join(dir, 'site');
    const r = await run(['publish', file, '--out', out]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /measures\[0\]\.values\[1\]\.value: expected a number or null, got "12"/);
    assert.match(r.stderr, /nothing was published/);
    assert.equal(existsSync(out), false);
  });

  it('usage mistakes: exit 2 with one line', async () => {
    for (const args of [['publish', SAMPLE], ['publish', SAMPLE, '--out'], ['publish', SAMPLE, '--out', 'x', '--lang', 'de'], ['publish', SAMPLE, '--out', 'x', '--base-url', 'ftp://x/']]) {
      const r = await run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^civicstat publish: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
  });
});

describe('civicstat publish: a hostile document', () => {
  const payloads = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    '</title><script>alert(1)</script>',
    '{{constructor.constructor("alert(1)")()}}',
  ];
  it('its text stays text on every page and in every oEmbed file; unsafe links are dropped', async () => {
    const doc = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    doc.jurisdiction.name = payloads[3];
    doc.jurisdiction.url = 'javascript:alert(1)';
    doc.measures.forEach((m: Record<string, unknown>, i: number) => {
      m.title = payloads[i % payloads.length];
      m.description = payloads[(i + 1) % payloads.length];
      m.narrative = payloads[(i + 2) % payloads.length];
      m.source = { name: payloads[(i + 3) % payloads.length], url: 'javascript:alert(1)' };
    });
    const dir = fresh();
    const file = join(dir, 'hostile.json');
    writeFileSync(file, JSON.stringify(doc));
    const out = join(dir, 'site');
    const r = await run(['publish', file, '--out', out, '--base-url', BASE]);
    assert.equal(r.code, 0, r.stderr);
    for (const path of walk(out).filter((f) => f.endsWith('.html'))) {
      const els = elements(parse(readFileSync(path, 'utf8')));
      const where = relative(out, path);
      for (const el of els) {
        if (el.tagName === 'script') assert.match(attr(el, 'src') ?? '', /assets\/(civicstat|resize|share)\.js$/, `${where}: only the site's own scripts`);
        assert.ok(!['img', 'svg'].includes(el.tagName) || !el.attrs.some((a) => a.name.startsWith('on')), `${where}: <${el.tagName}> with a handler`);
        for (const a of el.attrs) {
          assert.ok(!a.name.startsWith('on'), `${where}: ${a.name} on <${el.tagName}>`);
          if (a.name === 'href' || a.name === 'src') assert.doesNotMatch(a.value, /^\s*javascript:/i, `${where}: ${a.name}`);
        }
      }
    }
    for (const path of walk(out).filter((f) => f.endsWith('oembed.json'))) {
      const o = JSON.parse(readFileSync(path, 'utf8'));
      const els = elements(parse(`<body>${o.html}</body>`));
      assert.deepEqual(els.map((e) => e.tagName).filter((t) => !['html', 'head', 'body'].includes(t)), ['blockquote', 'a', 'iframe']);
    }
    // The text is on the page as the city wrote it.
    assert.ok(textOf(parse(readFileSync(join(out, 'index.html'), 'utf8'))).includes(payloads[0]!));
  });

  it('an id can never write outside the folder: a measure id that is not a slug is an invalid document', async () => {
    const doc = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    doc.measures[0].id = '../../escape';
    const dir = fresh();
    const file = join(dir, 'escape.json');
    writeFileSync(file, JSON.stringify(doc));
    const r = await run(['publish', file, '--out', join(dir, 'site', 'inner')]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /measures\[0\]\.id: /);
    assert.deepEqual(readdirSync(dir).sort(), ['escape.json']);
  });
});

describe('civicstat publish: an oEmbed consumer from npm (unfurl.js)', () => {
  let server: Server;
  let out: string;
  let base: string;
  before(async () => {
    out = join(fresh(), 'site');
    // A static server for the site on a loopback port, answering 404 for anything else.
    server = createServer((req, res) => {
      let path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = resolve(out, `.${path}`);
      if (!file.startsWith(out + sep) || !existsSync(file) || statSync(file).isDirectory()) {
        res.writeHead(404).end();
        return;
      }
      const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const r = await run(['publish', SAMPLE, '--out', out, '--base-url', base]);
    assert.equal(r.code, 0, r.stderr);
  });

  it('discovers the oEmbed link of an embed page and resolves it to the iframe', async (t) => {
    t.after(() => new Promise<void>((done) => server.close(() => done())));
    const url = `${base}embed/measure/fire-response-time/tile/`;
    const meta = await unfurl(url, { oembed: true, timeout: 10_000 });
    const o = meta.oEmbed as { type: string; version: string; html: string; width: number; height: number; title?: string } | undefined;
    assert.ok(o, 'an oEmbed response found from the page alone');
    assert.equal(o.type, 'rich');
    assert.equal(String(o.version), '1.0');
    assert.match(o.html, new RegExp(`<iframe src="${url.replace(/[.]/g, '\\.')}" width="360" height="320" title="Fire response time \\(90th percentile\\)"`));
    // And what the iframe shows is the tile, with its figures in the HTML.
    const page = await (await fetch(url)).text();
    assert.match(page, /7\.4 min/);
  });
});
