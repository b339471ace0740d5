// @ts-check
/**
 * The sites the publish tests write into published-test/: their HTML as published, read from
 * disk and answered here, before the dev server could add anything to it (its own script);
 * with `?csp`, under the Content-Security-Policy that `civicstat publish` wrote into the site's
 * csp.txt, since the pages must work under the policy they ship.
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
  if (!ctx.path.startsWith(DIR)) return next();
  const [site] = ctx.path.slice(DIR.length).split('/');
  if (!site || !/^[a-z0-9-]+$/.test(site)) return next();
  let file = path.join(ROOT, decodeURIComponent(ctx.path));
  if (!file.startsWith(path.join(ROOT, 'published-test') + path.sep)) return next();
  if (ctx.path.endsWith('/')) file = path.join(file, 'index.html');
  if (!file.endsWith('.html')) return next();
  if (new URLSearchParams(ctx.querystring).has('csp')) {
    const csp = (await fs.readFile(path.join(ROOT, 'published-test', site, 'csp.txt'), 'utf8')).match(/^Content-Security-Policy: (.+)$/m)?.[1];
    if (!csp) throw new Error(`no policy in published-test/${site}/csp.txt`);
    ctx.set('Content-Security-Policy', csp);
  }
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html; charset=utf-8';
  try {
    ctx.body = await fs.readFile(file, 'utf8');
  } catch {
    ctx.status = 404;
  }
}

/**
 * `executeServerCommand('civic-publish-input', { name, text })`: writes a document the test
 * built (a hostile one) to published-test/NAME.json, for `civicstat publish` to read.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
export const publishInput = {
  name: 'civic-publish-input',
  async executeCommand({ command, payload }) {
    if (command !== 'civic-publish-input') return undefined;
    const { name, text } = /** @type {{ name?: unknown, text?: unknown }} */ (payload ?? {});
    if (typeof name !== 'string' || !/^[a-z0-9-]+$/.test(name) || typeof text !== 'string') throw new Error('civic-publish-input: { name: slug, text: string }');
    await fs.mkdir(path.join(ROOT, 'published-test'), { recursive: true });
    await fs.writeFile(path.join(ROOT, 'published-test', `${name}.json`), text);
    return `published-test/${name}.json`;
  },
};
