// @ts-check
/**
 * The sites test/browser/publish.test.ts publishes into published-test/, served with the
 * Content-Security-Policy that `civicstat publish` writes into each site's csp.txt when the
 * page is asked for with `?csp`: the pages must work under the policy they ship. HTML is read
 * from disk and answered here, before the dev server could add anything to it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = '/published-test/';

/**
 * Koa middleware (web-test-runner `middleware`).
 * @param {import('koa').Context} ctx
 * @param {import('koa').Next} next
 */
export async function publishedPages(ctx, next) {
  if (!ctx.path.startsWith(DIR) || !new URLSearchParams(ctx.querystring).has('csp')) return next();
  const [site] = ctx.path.slice(DIR.length).split('/');
  if (!site || !/^[a-z0-9-]+$/.test(site)) return next();
  let file = path.join(ROOT, decodeURIComponent(ctx.path));
  if (!file.startsWith(path.join(ROOT, 'published-test') + path.sep)) return next();
  if (ctx.path.endsWith('/')) file = path.join(file, 'index.html');
  if (!file.endsWith('.html')) return next();
  const csp = (await fs.readFile(path.join(ROOT, 'published-test', site, 'csp.txt'), 'utf8')).match(/^Content-Security-Policy: (.+)$/m)?.[1];
  if (!csp) throw new Error(`no policy in published-test/${site}/csp.txt`);
  ctx.set('Content-Security-Policy', csp);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = await fs.readFile(file, 'utf8');
}
