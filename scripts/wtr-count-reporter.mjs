// @ts-check
/**
 * A @web/test-runner reporter that writes exact per-engine totals to a JSON file, so
 * `scripts/test.mjs` can print its table and final `N passed, N failed` line without
 * scraping the human-oriented log. It only counts; the default reporter still prints.
 *
 * Counting rules (a run must never look greener than it was):
 * - every test in `session.testResults` (suites → tests, recursively) is passed, failed
 *   or skipped;
 * - a session that did not pass but has no failing test (the file failed to load, threw
 *   outside a test, timed out, the browser crashed) adds one failure named after the file;
 * - a session that never finished adds one failure too.
 *
 * Output shape:
 * {
 *   "complete": true,
 *   "engines": {
 *     "chromium": { "browser": "Chromium", "files": 3, "passed": 12, "failed": 1, "skipped": 0,
 *                   "failures": [{ "file": "test/…", "test": "suite › test", "error": "…" }] }
 *   }
 * }
 */
import fs from 'node:fs';
import path from 'node:path';

const SEP = ' › ';

/** @param {unknown} e */
function errorText(e) {
  if (!e || typeof e !== 'object') return String(e ?? 'unknown error');
  const err = /** @type {{message?: string, name?: string, expected?: string, actual?: string, stack?: string}} */ (e);
  let text = err.message ?? '';
  if (err.name && err.name !== 'Error' && !text.startsWith(err.name)) text = `${err.name}: ${text}`;
  if (err.expected !== undefined || err.actual !== undefined) {
    text += ` (expected ${err.expected}, actual ${err.actual})`;
  }
  if (!text && err.stack) text = err.stack.split('\n')[0];
  return text || 'unknown error';
}

/**
 * @param {string} rootDir
 * @param {string} file
 */
function relativeFile(rootDir, file) {
  const rel = path.relative(rootDir, file);
  return rel.startsWith('..') ? file : rel.split(path.sep).join('/');
}

/**
 * @param {object} options
 * @param {string} options.outputFile JSON file to write (directories are created).
 * @param {(launcher: unknown) => string} options.engineOf maps a session's launcher to an engine id.
 * @returns {import('@web/test-runner').Reporter}
 */
export function countReporter({ outputFile, engineOf }) {
  /** @type {string} */
  let rootDir = process.cwd();
  /** @type {string[]} */
  let browserNames = [];
  /** @type {unknown[]} */
  let launchers = [];

  /**
   * @param {any[]} sessions
   * @param {boolean} complete
   */
  function write(sessions, complete) {
    /** @type {Record<string, {browser: string, files: number, passed: number, failed: number, skipped: number, failures: {file: string, test: string, error: string}[]}>} */
    const engines = {};
    // Every launched engine gets an entry, even if it produced no session at all.
    launchers.forEach((launcher, i) => {
      engines[engineOf(launcher)] ??= {
        browser: browserNames[i] ?? String(/** @type {any} */ (launcher)?.name ?? ''),
        files: 0,
        passed: 0,
        failed: 0,
        skipped: 0,
        failures: [],
      };
    });

    for (const session of sessions) {
      const id = engineOf(session.browser);
      const totals = (engines[id] ??= {
        browser: String(session.browser?.name ?? id),
        files: 0,
        passed: 0,
        failed: 0,
        skipped: 0,
        failures: [],
      });
      const file = relativeFile(rootDir, session.testFile);
      totals.files += 1;
      let failedHere = 0;

      /**
       * @param {any} suite
       * @param {string[]} trail
       */
      const walk = (suite, trail) => {
        if (!suite) return;
        for (const test of suite.tests ?? []) {
          const name = [...trail, test.name].join(SEP);
          if (test.skipped) totals.skipped += 1;
          else if (test.passed) totals.passed += 1;
          else {
            totals.failed += 1;
            failedHere += 1;
            totals.failures.push({ file, test: name, error: errorText(test.error) });
          }
        }
        for (const child of suite.suites ?? []) walk(child, [...trail, child.name]);
      };
      walk(session.testResults, []);

      const finished = session.status === 'FINISHED';
      if ((!finished || session.passed === false) && failedHere === 0) {
        const errors = /** @type {unknown[]} */ (session.errors ?? []);
        const why = !finished
          ? `session did not finish (status ${session.status})`
          : errors.length > 0
            ? errors.map(errorText).join('; ')
            : 'the file failed without a failing test';
        totals.failed += 1;
        totals.failures.push({ file, test: '(file)', error: why });
      } else if (session.errors?.length) {
        // Errors outside tests next to failing tests: keep them visible, count nothing extra.
        for (const e of session.errors) totals.failures.push({ file, test: '(file)', error: errorText(e) });
      }
    }

    fs.mkdirSync(path.dirname(outputFile), { recursive: true });
    const tmp = `${outputFile}.tmp`;
    fs.writeFileSync(tmp, `${JSON.stringify({ complete, engines }, null, 2)}\n`);
    fs.renameSync(tmp, outputFile);
  }

  return {
    start(args) {
      rootDir = args.config.rootDir ?? process.cwd();
      browserNames = args.browserNames;
      launchers = args.browsers;
      // A stale file from an earlier run must never be read as this run's result.
      fs.rmSync(outputFile, { force: true });
    },
    onTestRunFinished({ sessions }) {
      write(sessions, false);
    },
    stop({ sessions }) {
      write(sessions, true);
    },
  };
}
