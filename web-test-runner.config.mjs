// @ts-check
/**
 * Browser tests (test/elements, test/browser) in three engines, all from Debian packages:
 *   chromium  /usr/bin/chromium (or $CHROME_PATH) through @web/test-runner-chrome
 *   firefox   /usr/bin/firefox-esr through puppeteer-core (WebDriver BiDi)
 *   webkit    WebKitGTK's MiniBrowser through a WebKitWebDriver that must already listen
 *             on 127.0.0.1:$CIVIC_WEBKIT_PORT (scripts/test.mjs starts it under xvfb-run)
 *
 * Environment:
 *   CIVIC_BROWSERS       engines to run, comma separated (default chromium,firefox,webkit)
 *   CIVIC_WEBKIT_PORT    WebKitWebDriver port (default 4444)
 *   CIVIC_RESULTS_FILE   where the count reporter writes its JSON (default .test-results/browser.json)
 *   CIVIC_CONCURRENCY    test files run at once per engine (default 1)
 *   CI                   forces static logging
 *
 * Use `npm test` (scripts/test.mjs); running `npx wtr` directly works too, but then WebKit
 * needs a driver you started yourself, e.g. `CIVIC_BROWSERS=chromium,firefox npx wtr`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { faultsMiddleware } from './test/server/faults.mjs';
import { cliCommand, docsExamplesCommand } from './test/server/cli-command.mjs';
import { strictPages } from './test/server/strict-pages.mjs';
import { publishInput, publishedPages } from './test/server/published-pages.mjs';

export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

const requested = (process.env.CIVIC_BROWSERS ?? ENGINES.join(','))
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);
const unknown = requested.filter((e) => !(/** @type {readonly string[]} */ (ENGINES).includes(e)));
if (unknown.length > 0 || requested.length === 0) {
  throw new Error(
    `CIVIC_BROWSERS: unknown engine(s) ${JSON.stringify(unknown)}; use a comma-separated subset of ${ENGINES.join(',')}`,
  );
}

const webkitPort = Number(process.env.CIVIC_WEBKIT_PORT ?? 4444);
const concurrency = Number(process.env.CIVIC_CONCURRENCY ?? 1);
const resultsFile = path.resolve(process.env.CIVIC_RESULTS_FILE ?? '.test-results/browser.json');

// A fresh Chromium profile per run, removed when the runner exits.
/** @type {string | undefined} */
let chromeProfile;
function freshChromeProfile() {
  chromeProfile = fs.mkdtempSync(path.join(os.tmpdir(), 'civicstat-chromium-'));
  process.once('exit', () => {
    if (chromeProfile) fs.rmSync(chromeProfile, { recursive: true, force: true });
  });
  return chromeProfile;
}

/** @type {Map<unknown, string>} launcher instance → engine id, for the count reporter */
const engineOfLauncher = new Map();

/** @type {Record<string, () => import('@web/test-runner').BrowserLauncher>} */
const launcherFactories = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        // --expose-gc: the leak tests force a garbage collection before reading the heap size.
        args: [...CHROMIUM_FLAGS, '--disable-dev-shm-usage', '--js-flags=--expose-gc', `--user-data-dir=${freshChromeProfile()}`],
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: webkitPort,
      logLevel: 'error',
      // WebKitWebDriver answers slowly while MiniBrowser boots under Xvfb.
      connectionRetryTimeout: 60_000,
      connectionRetryCount: 2,
      capabilities: {
        // @ts-expect-error vendor capability, not in webdriverio's types
        'webkitgtk:browserOptions': {
          binary:
            process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

/** Display names in the runner's output (the WebDriver launcher would otherwise show '',
 * and Debian's Chromium would be called "Chrome"). */
/** @type {Record<string, string>} */
const DISPLAY_NAMES = { chromium: 'Chromium', firefox: 'Firefox ESR', webkit: 'WebKitGTK' };

const browsers = requested.map((engine) => {
  const launcher = launcherFactories[engine]();
  // Launchers set their name in initialize() (webdriverLauncher from the capabilities, and
  // WebKitWebDriver rejects a browserName it does not know), so relabel after it.
  const initialize = launcher.initialize?.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize?.(...args);
    /** @type {{ name: string }} */ (launcher).name = DISPLAY_NAMES[engine];
  };
  engineOfLauncher.set(launcher, engine);
  return launcher;
});

/**
 * JSON as ES modules for `import data from './x.json'` (src/core/programs/*.json), while a
 * plain `fetch('…/x.json')` still receives the JSON file itself.
 *
 * esbuild's json loader would turn every *.json response into JavaScript, fetches included.
 * So imports of *.json get a marker query parameter, and esbuild only sees marked requests.
 */
const JSON_MODULE_PARAM = 'civic-json-module';

/** @param {import('@web/dev-server-core').Plugin} esbuild */
function jsonOnlyAsModules(esbuild) {
  /** @param {import('koa').Context} ctx */
  const isPlainJson = (ctx) =>
    ctx.path.endsWith('.json') && !new URLSearchParams(ctx.querystring).has(JSON_MODULE_PARAM);
  const resolveMimeType = esbuild.resolveMimeType?.bind(esbuild);
  const transform = esbuild.transform?.bind(esbuild);
  esbuild.resolveMimeType = (ctx) => (isPlainJson(ctx) ? undefined : resolveMimeType?.(ctx));
  esbuild.transform = (ctx) => (isPlainJson(ctx) ? undefined : transform?.(ctx));
  return esbuild;
}

/** @type {import('@web/dev-server-core').Plugin} */
const markJsonImports = {
  name: 'civic-mark-json-imports',
  transformImport({ source }) {
    const [pathname, query] = source.split('?', 2);
    if (!pathname.endsWith('.json')) return undefined;
    const params = new URLSearchParams(query ?? '');
    if (params.has(JSON_MODULE_PARAM)) return undefined;
    params.set(JSON_MODULE_PARAM, '');
    return `${pathname}?${params.toString()}`;
  },
};

/**
 * `executeServerCommand('civic-forced-colors', { active })`: turns Windows-style forced colours
 * (high-contrast mode) on or off through the DevTools protocol. Chromium only: WebDriver and
 * Firefox's BiDi session have no such emulation, and the command says so.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const forcedColorsCommand = {
  name: 'civic-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'civic-forced-colors') return undefined;
    const page = session.browser.type === 'puppeteer' ? /** @type {any} */ (session.browser).getPage(session.id) : undefined;
    if (!page || !/chrom/i.test(session.browser.name)) throw new Error(`forced colours cannot be emulated in ${session.browser.name}`);
    const active = /** @type {{ active?: boolean }} */ (payload)?.active === true;
    await page.emulateMediaFeatures([{ name: 'forced-colors', value: active ? 'active' : 'none' }]);
    return true;
  },
};

const staticLogging = Boolean(process.env.CI) || !process.stdout.isTTY;

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['test/elements/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/reliability/**/*.test.ts', 'test/security/**/*.test.ts', 'test/ssr/**/*.test.ts'],
  nodeResolve: true,
  middleware: [faultsMiddleware, strictPages, publishedPages],
  browsers,
  // 2 cores: one test file at a time per engine, engines one after another.
  concurrency,
  concurrentBrowsers: 1,
  staticLogging,
  // Generous start timeouts: a cold Firefox or MiniBrowser under Xvfb can take seconds.
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  // Lit's one-time "dev mode" console warning would otherwise be echoed for every file and
  // engine; keep dev mode itself (its other warnings are useful in element tests).
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><script>window.litIssuedWarnings = new Set(['dev-mode']);</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  testFramework: {
    config: {
      timeout: 10_000,
      ui: 'bdd',
    },
  },
  plugins: [
    forcedColorsCommand,
    cliCommand,
    publishInput,
    docsExamplesCommand,
    markJsonImports,
    jsonOnlyAsModules(
      esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    ),
  ],
  reporters: [
    defaultReporter({ reportTestResults: true, reportTestProgress: !staticLogging }),
    countReporter({
      outputFile: resultsFile,
      engineOf: (launcher) => engineOfLauncher.get(launcher) ?? 'unknown',
    }),
  ],
};
