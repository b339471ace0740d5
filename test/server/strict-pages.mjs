// @ts-check
/**
 * Strict pages for test/security/csp.test.ts: serves the HTML pages under test/strict/ with an
 * enforced Content-Security-Policy (never report-only), which the test runner's own page
 * cannot carry. The `policy` query parameter picks the header:
 *
 *   /test/strict/page.html?policy=csp  default-src 'self'; script-src 'self'; style-src 'self'
 *   /test/strict/page.html?policy=tt   the same, plus require-trusted-types-for 'script'
 *   /test/strict/page.html?policy=tt-lit  the same, and only the Trusted Types policy name
 *                                      'lit-html' (the one Lit creates) may be created
 *
 * Everything else the page loads (its script, stylesheet, the JSON document, dist/civicstat.js
 * and its chart.js chunk) is served as usual: the policy of the page governs those loads.
 * HTML is read from disk and answered here, before the dev server's plugins could add
 * anything inline to it, and is never cached (each load gets its header).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIR = '/test/strict/';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** @type {Record<string, string>} policy name → Content-Security-Policy header */
export const STRICT_POLICIES = {
  csp: CSP,
  tt: `${CSP}; require-trusted-types-for 'script'`,
  'tt-lit': `${CSP}; require-trusted-types-for 'script'; trusted-types lit-html`,
};

/**
 * Koa middleware (web-test-runner `middleware`).
 * @param {import('koa').Context} ctx
 * @param {import('koa').Next} next
 */
export async function strictPages(ctx, next) {
  if (!ctx.path.startsWith(DIR) || !ctx.path.endsWith('.html')) return next();
  const policy = new URLSearchParams(ctx.querystring).get('policy') ?? 'csp';
  const header = STRICT_POLICIES[policy];
  if (!header) {
    ctx.status = 400;
    ctx.body = `unknown policy ${JSON.stringify(policy)}; use ${Object.keys(STRICT_POLICIES).join(' or ')}`;
    return undefined;
  }
  const file = path.join(ROOT, path.normalize(ctx.path));
  if (!file.startsWith(path.join(ROOT, DIR))) return next();
  let body;
  try {
    body = await fs.readFile(file, 'utf8');
  } catch {
    return next();
  }
  ctx.status = 200;
  ctx.type = 'text/html; charset=utf-8';
  ctx.set('Content-Security-Policy', header);
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
  return undefined;
}
