// @ts-check
/**
 * Fault injection for the reliability tests (test/reliability): a Koa middleware for the
 * @web/test-runner dev server that answers
 *
 *   /faults/<kind>.json      a document request that goes wrong in one particular way (below);
 *                            `?delay=<ms>` delays any of them
 *   /faults/good.json        the demo document (demo/riverton.civicstat.json), for recovery
 *   /faults/copy/<path>      dist/<path> as a second copy of the library: every module in it
 *                            reports VERSION `9.9.9-copy` instead of package.json's version
 *                            (its chart chunk is fetched from beside it, so it stays a copy too)
 *   /faults/lone/civicstat.js  dist/civicstat.js alone: every file beside it (the chart chunk,
 *                            the Spanish and French strings) answers 404, as on a site where
 *                            only that one file was uploaded
 *
 * Nothing here sets Access-Control-Allow-Origin, so a request from another origin (the same
 * server reached as 127.0.0.1 instead of localhost) is refused by the browser's CORS check.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GOOD = path.join(ROOT, 'demo/riverton.civicstat.json');
const DIST = path.join(ROOT, 'dist');
const PACKAGE_VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
export const COPY_VERSION = '9.9.9-copy';

const good = () => fs.readFileSync(GOOD, 'utf8');
const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Each fault: status, content type and body (or a function that writes the response itself).
 * @type {Record<string, { status?: number, type?: string, body?: () => string, slowBody?: number, reset?: boolean }>}
 */
export const FAULTS = {
  good: { type: 'application/json', body: good },
  // The good document, meant to be asked for with ?delay=<ms> (slower than a short timeout).
  slow: { type: 'application/json', body: good },
  'not-found': { status: 404, type: 'text/html', body: () => '<!doctype html><title>Not found</title><h1>Page not found</h1>' },
  'server-error': { status: 500, type: 'text/plain', body: () => 'Internal Server Error' },
  'html-200': {
    type: 'text/html; charset=utf-8',
    body: () => '<!doctype html>\n<html><head><title>City of Riverton</title></head><body><h1>Welcome</h1></body></html>',
  },
  empty: { type: 'application/json', body: () => '' },
  truncated: { type: 'application/json', body: () => good().slice(0, 700) },
  // Valid JSON with a content type a misconfigured CMS or static host sends.
  'text-plain': { type: 'text/plain; charset=utf-8', body: good },
  'json-as-html': { type: 'text/html; charset=utf-8', body: good },
  'octet-stream': { type: 'application/octet-stream', body: good },
  // No content type at all.
  'no-type': { body: good },
  // Headers at once, the body 2 s later: a stalled download, not only a slow server.
  'slow-body': { type: 'application/json', body: good, slowBody: 2000 },
  // Same-origin it is fine; reached from another origin it has no CORS header.
  cors: { type: 'application/json', body: good },
  // Valid JSON, but not a CivicStat document (an API's error object, say).
  'not-civicstat': { type: 'application/json', body: () => '{ "error": "not authorized", "code": 401 }' },
  // The connection drops after part of the body (with a Content-Length, as static hosts send;
  // `reset-chunked` without one, in chunked transfer encoding).
  reset: { type: 'application/json', body: good, reset: true },
  'reset-chunked': { type: 'application/json', body: good, reset: true },
};

/** @type {import('@web/dev-server-core').Middleware} */
export async function faultsMiddleware(ctx, next) {
  if (ctx.path.startsWith('/faults/copy/')) return serveCopy(ctx, next);
  if (ctx.path.startsWith('/faults/lone/')) {
    ctx.set('Cache-Control', 'no-store');
    if (ctx.path !== '/faults/lone/civicstat.js') {
      ctx.status = 404;
      ctx.body = 'Not found';
      return undefined;
    }
    ctx.type = 'application/javascript';
    ctx.body = fs.readFileSync(path.join(DIST, 'civicstat.js'), 'utf8');
    return undefined;
  }
  const match = /^\/faults\/([a-z0-9-]+)\.json$/.exec(ctx.path);
  if (!match) return next();
  const fault = FAULTS[match[1] ?? ''];
  if (!fault) {
    ctx.status = 404;
    ctx.body = `unknown fault ${match[1]}`;
    return undefined;
  }
  const delay = Number(ctx.query.delay ?? 0);
  if (delay > 0) await sleep(Math.min(delay, 10_000));
  ctx.set('Cache-Control', 'no-store');
  if (fault.slowBody) {
    // Write the headers now and the body later, straight to the socket.
    ctx.respond = false;
    const res = ctx.res;
    res.writeHead(200, { 'Content-Type': fault.type ?? 'application/json', 'Cache-Control': 'no-store' });
    res.flushHeaders();
    const timer = setTimeout(() => res.end(fault.body?.() ?? ''), fault.slowBody);
    res.on('close', () => clearTimeout(timer));
    return undefined;
  }
  if (fault.reset) {
    ctx.respond = false;
    const res = ctx.res;
    // With a Content-Length, as a static file host sends: the client can tell the body is short.
    const body = Buffer.from(fault.body?.() ?? '', 'utf8');
    /** @type {Record<string, string>} */
    const headers = { 'Content-Type': fault.type ?? 'application/json', 'Cache-Control': 'no-store' };
    if (match[1] === 'reset') headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.write(body.subarray(0, 500));
    setTimeout(() => res.socket?.destroy(), 50);
    return undefined;
  }
  ctx.status = fault.status ?? 200;
  const body = fault.body?.() ?? '';
  // Koa infers a content type from the body; `no-type` must really send none.
  ctx.body = Buffer.from(body, 'utf8');
  if (fault.type) ctx.type = fault.type;
  else ctx.remove('Content-Type');
  return undefined;
}

/** dist/<path> with the version string replaced: a second build of the library. */
/** @param {import('koa').Context} ctx @param {import('koa').Next} next */
async function serveCopy(ctx, next) {
  const rel = decodeURIComponent(ctx.path.slice('/faults/copy/'.length));
  const file = path.resolve(DIST, rel);
  if (!file.startsWith(`${DIST}${path.sep}`) || !file.endsWith('.js') || !fs.existsSync(file)) return next();
  const text = fs.readFileSync(file, 'utf8');
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/javascript';
  ctx.body = text.split(`\`${PACKAGE_VERSION}\``).join(`\`${COPY_VERSION}\``).split(`"${PACKAGE_VERSION}"`).join(`"${COPY_VERSION}"`);
  return undefined;
}
