// Issue 14 ("Embed anywhere") in a real CMS: Debian's WordPress, posted to as an Author (SPEC §6,
// `publish`, embed pages in WordPress). It shows the problem and the way around it:
//   (a) an Author's post keeps neither the library's <script> nor a <civic-kpi-tile> (kses, for
//       users without unfiltered_html), and which roles keep them;
//   (b) the embed page's URL alone on a line becomes WordPress's sandboxed iframe through oEmbed
//       discovery, the figure is in the framed page's HTML, and (in Chromium) the frame takes the
//       height the page reports.
// Every request goes to 127.0.0.1: WordPress (PHP's built-in server), the embed site (a Node
// server here) and MariaDB on its unix socket; the site config blocks WordPress's outgoing HTTP
// but to its own host (WP_HTTP_BLOCK_EXTERNAL) and a test-only must-use plugin allows the embed
// site's port (scripts/wordpress/). The tests are skipped, with the reason, on a machine without
// the Debian packages: `scripts/wordpress/setup.sh` (as root) installs them; .ci/run does.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
// @ts-expect-error a plain ES module without types (Debian's Chromium and the flags it needs here)
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const WP = '/usr/share/wordpress';
const SCRIPTS = join(ROOT, 'scripts/wordpress');
/** The embed page the posts name, relative to the site's base URL (SPEC §6 layout). */
const EMBED_PATH = 'embed/measure/fire-response-time/tile/';
/** Text the tile shows for the sample city's latest fire response time. */
const FIGURE = '7.4 min';
const STEP_MS = 20_000; // any one request or process start
const LOGINS = { author: 'civicstat-author', contributor: 'civicstat-contributor', editor: 'civicstat-editor', administrator: 'civicstat-admin' } as const;
type Role = keyof typeof LOGINS;

/**
 * The folder of embed pages to serve at `baseUrl`. Now: the hand-made fixture, its {{BASE_URL}}
 * filled in. When `civicstat publish` is on this branch, make the one-line switch to
 * `return publishSite(baseUrl);` (its embed page for fire-response-time's tile is the same path).
 */
function siteDir(baseUrl: string): string {
  return publishSite(baseUrl);
}

/** `civicstat publish` of the sample document, for `baseUrl` (the switch in siteDir()). */
export function publishSite(baseUrl: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'civicstat-wp-site-'));
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/civicstat.js'), 'publish', join(ROOT, 'demo/riverton.civicstat.json'), '--out', dir, '--base-url', baseUrl], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(r.status, 0, `civicstat publish: ${r.stderr}`);
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Preflight: skip (not pass) when the packages are not there.

function missingPrerequisites(): string[] {
  const missing: string[] = [];
  if (!existsSync(`${WP}/wp-load.php`)) missing.push('wordpress');
  if (!existsSync(`${WP}/wp-content/themes/twentytwentyone/style.css`)) missing.push('wordpress-theme-twentytwentyone');
  if (!existsSync('/usr/sbin/mariadbd') || !existsSync('/usr/bin/mariadb-admin')) missing.push('mariadb-server');
  const php = spawnSync('php', ['-r', 'echo extension_loaded("mysqli") ? "ok" : "no";'], { encoding: 'utf8', timeout: 10_000 });
  if (php.error) missing.push('php-cli');
  else if (php.stdout !== 'ok') missing.push('php-mysql');
  return missing;
}
const missing = missingPrerequisites();
const skip = missing.length
  ? `needs Debian's ${missing.join(', ')}: run scripts/wordpress/setup.sh as root (CI does)`
  : false;

// ---------------------------------------------------------------------------------------------
// Processes this file starts, each in its own process group; all stopped in after(), and on exit.

const started: { name: string; child: ChildProcess; exited: Promise<void> }[] = [];

function startGroup(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, log: string) {
  const fd = openSync(log, 'w');
  const child = spawn(command, args, { env, stdio: ['ignore', fd, fd], detached: true });
  closeSync(fd);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  started.push({ name, child, exited });
  return { child, exited };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function stopAll() {
  for (const p of started.reverse()) {
    signalGroup(p.child, 'SIGTERM');
    if (!(await within(p.exited, 10_000))) {
      signalGroup(p.child, 'SIGKILL');
      await within(p.exited, 3_000);
    }
  }
  started.length = 0;
}
process.once('exit', () => {
  for (const p of started) signalGroup(p.child, 'SIGKILL');
});

function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.then(() => true),
    new Promise<boolean>((done) => {
      timer = setTimeout(() => done(false), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until(what: string, ms: number, check: () => boolean | Promise<boolean>, log?: string) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`${what} within ${ms / 1000} s${log && existsSync(log) ? `; last lines of ${log}:\n${readFileSync(log, 'utf8').split('\n').slice(-15).join('\n')}` : ''}`);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createNetServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Only loopback: every URL this file requests is checked. */
async function get(url: string, init: RequestInit = {}): Promise<Response> {
  assert.equal(new URL(url).hostname, '127.0.0.1', `a request to ${url}`);
  return fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(STEP_MS) });
}

// ---------------------------------------------------------------------------------------------
// The embed site: a static server over the folder, with a log of what was asked for.

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.csv': 'text/csv' };

function staticServer(): { server: Server; requests: { path: string; agent: string }[]; setRoot: (dir: string) => void } {
  let root = '';
  const requests: { path: string; agent: string }[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname + url.search, agent: String(req.headers['user-agent'] ?? '') });
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!root || (file !== root && !file.startsWith(root + sep))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return { server, requests, setRoot: (dir) => (root = resolve(dir)) };
}

// ---------------------------------------------------------------------------------------------

function php(host: string, ...args: string[]): any {
  const r = spawnSync('php', [join(SCRIPTS, 'wp.php'), host, ...args], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, `php wp.php ${args.join(' ')}: ${r.stderr}${r.stdout}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

/** The post's own content in Twenty Twenty-One's single view. */
function entryContent(page: string): string {
  const start = page.indexOf('<div class="entry-content">');
  assert.ok(start >= 0, 'the post page has its entry content');
  const end = page.indexOf('<footer class="entry-footer', start);
  return page.slice(start, end > start ? end : undefined);
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

describe('WordPress (Debian 6.1): a tile in a post by an Author', () => {
  let wpBase = '';
  let siteBase = '';
  let siteRoot = '';
  const site = staticServer();
  const users = {} as Record<Role, { id: number; unfiltered_html: boolean; auth: string }>;
  // The servers' logs, kept for a look after a failure (.test-results/ is not committed).
  const logs = join(ROOT, '.test-results/wordpress');

  before(async () => {
    if (skip) return;
    const t0 = Date.now();
    mkdirSync(logs, { recursive: true });
    // Config, database and must-use plugin (no packages: those are there, or the tests skip).
    const setup = spawnSync('bash', [join(SCRIPTS, 'setup.sh'), '--no-install'], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(setup.status, 0, `scripts/wordpress/setup.sh --no-install:\n${setup.stdout}${setup.stderr}`);

    // MariaDB: reuse a running server (its socket answers), else start one and stop it after.
    const dbUp = () => spawnSync('mariadb-admin', ['--connect-timeout=2', 'ping'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
    if (!dbUp()) {
      spawnSync('install', ['-d', '-o', 'mysql', '-g', 'root', '-m', '755', '/run/mysqld']);
      const log = join(logs, 'mariadb.log');
      const db = startGroup('mariadbd', '/usr/sbin/mariadbd', ['--user=mysql', '--skip-networking'], process.env, log);
      let gone = false;
      void db.exited.then(() => (gone = true));
      await until('MariaDB answering on /run/mysqld/mysqld.sock', 30_000, () => gone || dbUp(), log);
      assert.ok(!gone, `mariadbd exited: ${readFileSync(log, 'utf8').slice(-2000)}`);
    }

    // The embed site, on a loopback port of its own; its URLs carry that port.
    await new Promise<void>((done) => site.server.listen(0, '127.0.0.1', done));
    const sitePort = (site.server.address() as { port: number }).port;
    siteBase = `http://127.0.0.1:${sitePort}/`;
    siteRoot = siteDir(siteBase);
    site.setRoot(siteRoot);

    // WordPress under PHP's server; the must-use plugin allows the embed site's port.
    const wpPort = await freePort();
    const host = `127.0.0.1:${wpPort}`;
    wpBase = `http://${host}/`;
    php(host, 'install');
    for (const role of Object.keys(LOGINS) as Role[]) {
      const u = php(host, 'user', LOGINS[role], role);
      users[role] = { id: u.id, unfiltered_html: u.unfiltered_html, auth: `Basic ${Buffer.from(`${LOGINS[role]}:${u.application_password}`).toString('base64')}` };
    }
    php(host, 'delete-posts', ...Object.values(LOGINS)); // whatever an interrupted run left
    const log = join(logs, 'php-server.log');
    const server = startGroup('php -S', 'php', ['-S', host, '-t', WP, join(SCRIPTS, 'router.php')], { ...process.env, CIVICSTAT_WP_TEST_SITE_PORT: String(sitePort) }, log);
    let gone = false;
    void server.exited.then(() => (gone = true));
    await until(`WordPress answering on ${host}`, 30_000, async () => gone || (await get(`${wpBase}?rest_route=/`).then((r) => r.ok, () => false)), log);
    assert.ok(!gone, `php -S exited: ${readFileSync(log, 'utf8').slice(-2000)}`);
    console.log(`# WordPress on ${wpBase}, embed site on ${siteBase} (${siteRoot}); ready after ${Date.now() - t0} ms`);
  });

  after(async () => {
    if (skip) return;
    try {
      if (wpBase) php(new URL(wpBase).host, 'delete-posts', ...Object.values(LOGINS));
    } finally {
      await stopAll();
      await new Promise<void>((done) => (site.server.listening ? site.server.close(() => done()) : done()));
      if (siteRoot) rmSync(siteRoot, { recursive: true, force: true });
    }
  });

  /** Saves a post through the REST API as the block editor does; returns the API's answer (context=edit). */
  async function savePost(role: Role, content: string, status: 'publish' | 'draft' = 'publish'): Promise<any> {
    const res = await get(`${wpBase}?rest_route=/wp/v2/posts`, {
      method: 'POST',
      headers: { authorization: users[role].auth, 'content-type': 'application/json' },
      body: JSON.stringify({ title: `CivicStat test (${role})`, content, status }),
    });
    const body = await res.json();
    assert.equal(res.status, 201, `POST /wp/v2/posts as ${role}: ${JSON.stringify(body).slice(0, 500)}`);
    return body;
  }

  const LIBRARY = `<script type="module" src="${'https://city.example/files/civicstat/civicstat.js'}"></script>`;
  const TILE = '<civic-kpi-tile measure="fire-response-time"></civic-kpi-tile>';

  it('(a) an Author cannot post the script or the element: both are gone from the saved and the rendered post', { skip }, async () => {
    assert.equal(users.author.unfiltered_html, false, 'an Author has no unfiltered_html');
    const post = await savePost('author', `<p>Before the tile.</p>\n${LIBRARY}${TILE}\n<p>After the tile.</p>`);
    assert.doesNotMatch(post.content.raw, /<script|civicstat\.js|civic-kpi-tile/, `saved content: ${post.content.raw}`);
    const res = await get(post.link);
    assert.equal(res.status, 200, post.link);
    const content = entryContent(await res.text());
    assert.match(content, /<p>Before the tile\.<\/p>/);
    assert.match(content, /<p>After the tile\.<\/p>/);
    assert.doesNotMatch(content, /<script|civicstat\.js|civic-kpi-tile/, content);
  });

  it('(a) which roles keep them: Administrator and Editor yes (single site), Author and Contributor no', { skip }, async () => {
    const kept: Record<string, boolean> = {};
    for (const role of Object.keys(LOGINS) as Role[]) {
      // A Contributor cannot publish: a draft shows what was saved all the same.
      const post = await savePost(role, `${LIBRARY}${TILE}`, role === 'contributor' ? 'draft' : 'publish');
      const raw: string = post.content.raw;
      kept[role] = raw.includes(LIBRARY) && raw.includes(TILE);
      assert.equal(kept[role], users[role].unfiltered_html, `${role} (unfiltered_html: ${users[role].unfiltered_html}) saved: ${raw}`);
    }
    assert.deepEqual(kept, { author: false, contributor: false, editor: true, administrator: true });
  });

  it('(b) the embed page URL alone on a line: a sandboxed iframe with the secret, the fallback link, wp-embed, the figure in the framed page', { skip }, async () => {
    const embedUrl = new URL(EMBED_PATH, siteBase).href;
    const seenBefore = site.requests.length;
    const post = await savePost('author', `<p>Fire response this quarter:</p>\n\n${embedUrl}\n\n<p>Source: the city.</p>`);
    assert.ok(post.content.raw.includes(`\n${embedUrl}\n`), 'the URL is saved as it is');

    const res = await get(post.link);
    assert.equal(res.status, 200, post.link);
    const page = await res.text();
    const content = entryContent(page);

    // WordPress discovered the oEmbed: it fetched the embed page, then the oembed.json it links.
    const asked = site.requests.slice(seenBefore);
    assert.ok(asked.some((r) => r.path === `/${EMBED_PATH}` && r.agent.startsWith('WordPress/')), `discovery fetched the page: ${JSON.stringify(asked)}`);
    assert.ok(asked.some((r) => r.path.startsWith(`/${EMBED_PATH}oembed.json?`) && r.agent.startsWith('WordPress/')), `and its oembed.json: ${JSON.stringify(asked)}`);

    const iframes = content.match(/<iframe\b[^>]*>/g) ?? [];
    assert.equal(iframes.length, 1, content);
    const iframe = iframes[0]!;
    assert.equal(attr(iframe, 'class'), 'wp-embedded-content', iframe);
    assert.equal(attr(iframe, 'sandbox'), 'allow-scripts', iframe);
    assert.equal(attr(iframe, 'security'), 'restricted', iframe);
    const src = attr(iframe, 'src')!;
    const secret = /#\?secret=([A-Za-z0-9]+)$/.exec(src)?.[1];
    assert.ok(secret, `src ends in #?secret=S: ${src}`);
    assert.equal(src, `${embedUrl}#?secret=${secret}`);
    assert.equal(attr(iframe, 'data-secret'), secret);
    // What the site's oembed.json says (fixture or published site alike): its title, its page link.
    const oembed = JSON.parse(readFileSync(join(siteRoot, EMBED_PATH, 'oembed.json'), 'utf8'));
    const link = /<blockquote><a href="([^"]+)">([^<]+)<\/a><\/blockquote><iframe /.exec(oembed.html);
    assert.ok(link, `oembed.json's html starts with the fallback blockquote: ${oembed.html}`);
    const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    assert.equal(attr(iframe, 'title'), escapeHtml(oembed.title));

    const quote = /<blockquote class="wp-embedded-content" data-secret="([^"]+)">([^]*?)<\/blockquote>/.exec(content);
    assert.ok(quote, `the fallback blockquote: ${content}`);
    assert.equal(quote[1], secret);
    assert.ok(link[1]!.startsWith(siteBase), `the fallback link leads to the site: ${link[1]}`);
    assert.ok(quote[2]!.includes(`<a href="${link[1]}">${link[2]}</a>`), `the fallback link: ${quote[2]}`);

    assert.match(page, /<script[^>]+src=['"][^'"]*\/wp-includes\/js\/wp-embed(\.min)?\.js[^'"]*['"]/, 'the page loads wp-embed');

    // The framed page: its figure is in the HTML, no script needed.
    const framed = await get(src);
    assert.equal(framed.status, 200);
    const html = await framed.text();
    assert.ok(html.includes(FIGURE), `the embed page's HTML has "${FIGURE}"`);
    assert.match(html, /<template shadowrootmode="open">/);
  });

  it('(b) in Chromium the frame grows from 1 px to the height the embed page reports', { skip: skip || (!existsSync(CHROMIUM_PATH) && `needs ${CHROMIUM_PATH}`) }, async () => {
    const embedUrl = new URL(EMBED_PATH, siteBase).href;
    const post = await savePost('author', `${embedUrl}\n`);
    const { default: puppeteer } = await import('puppeteer-core');
    const profile = mkdtempSync(join(tmpdir(), 'civicstat-wp-chromium-'));
    const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, userDataDir: profile, args: CHROMIUM_FLAGS, timeout: STEP_MS });
    try {
      const page = await browser.newPage();
      // Loopback only: anything else is refused and fails the test.
      const outside: string[] = [];
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.hostname === '127.0.0.1') void request.continue();
        else {
          outside.push(request.url());
          void request.abort();
        }
      });
      // What the embed page tells the post (recorded in the post's window, beside wp-embed's listener).
      await page.evaluateOnNewDocument(() => {
        const w = window as unknown as { civicHeights: unknown[] };
        w.civicHeights = [];
        window.addEventListener('message', (event) => {
          if (event.data && event.data.message === 'height') w.civicHeights.push(event.data);
        });
      });
      await page.goto(post.link, { waitUntil: 'load', timeout: STEP_MS });
      const frame = 'iframe.wp-embedded-content';
      // Until the page inside reports, WordPress keeps the frame clipped to 1 px by its style.
      await page.waitForFunction(
        (selector: string) => {
          const el = document.querySelector(selector);
          const w = window as unknown as { civicHeights: unknown[] };
          return !!el && !el.getAttribute('style') && w.civicHeights.length > 0;
        },
        { timeout: STEP_MS },
        frame,
      );
      await sleep(500); // let later reports (load, size changes) arrive
      const seen = await page.$eval(frame, (el) => ({
        height: el.getBoundingClientRect().height,
        attr: Number(el.getAttribute('height')),
        secret: el.getAttribute('data-secret'),
        style: el.getAttribute('style'),
        reports: (window as unknown as { civicHeights: { message: string; value: number; secret?: string }[] }).civicHeights,
        quoteHidden: getComputedStyle(document.querySelector('blockquote.wp-embedded-content')!).display === 'none',
        sameOrigin: (el as HTMLIFrameElement).contentDocument !== null,
      }));
      const last = seen.reports.at(-1)!;
      assert.ok(seen.reports.every((r) => r.secret === seen.secret), `every report carries the frame's secret: ${JSON.stringify(seen.reports)}`);
      assert.ok(last.value > 1, `the page reported its height: ${JSON.stringify(seen.reports)}`);
      // wp-embed took it, clamped to 200–1000 px, and unclipped the frame.
      assert.equal(seen.attr, Math.min(1000, Math.max(200, last.value)), JSON.stringify(seen));
      assert.equal(seen.style, null);
      assert.ok(Math.abs(seen.height - seen.attr) <= 1, `the frame is ${seen.height} px tall`);
      assert.equal(seen.quoteHidden, true, 'the fallback blockquote is hidden once the frame reported');
      assert.equal(seen.sameOrigin, false, 'the frame is sandboxed away from the post (no allow-same-origin)');
      assert.deepEqual(outside, []);
      console.log(`# Chromium: the embed page reported ${seen.reports.map((r) => r.value).join(', ')} px; the frame is ${seen.height} px tall`);
    } finally {
      await within(browser.close(), 10_000);
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
