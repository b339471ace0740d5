#!/usr/bin/env node
// @ts-check
/**
 * `npm test`: every test runner, every engine, one exact total.
 *
 *   node   test/core, test/cli, test/data (*.test.ts) with Node's test runner through tsx
 *   chromium, firefox, webkit
 *          test/elements, test/browser (*.test.ts) with @web/test-runner
 *          (web-test-runner.config.mjs), one run per engine
 *
 * Options:
 *   --only node|browser          run one kind of runner
 *   --browsers chromium,firefox,webkit
 *                                engines to run (default: all three)
 *   --files <path>[,<path>…]     only these test files (repeatable); each goes to its runner
 *   --coverage                   run the Node tests under c8 and print src/core coverage
 *   --no-build                   skip `npm run build` (otherwise run before the CLI tests
 *                                when scripts/build.mjs exists)
 *   -h, --help
 *
 * Environment: CI (static logging), CHROME_PATH, CIVIC_RESULTS_FILE (browser results go to
 * <name>-<engine>.json beside it instead of .test-results/), CIVIC_NODE_TIMEOUT_MS and
 * CIVIC_BROWSER_TIMEOUT_MS (wall-clock limit per runner, default 3 min each).
 *
 * Output ends with a table and, as the very last line, `N passed, N failed, N skipped`.
 * Exit code 0 only when nothing failed, every runner that had files reported tests, and no
 * runner crashed (a crash counts as a failure, never as "0 failed").
 * Machine-readable results are left in .test-results/ (node.tap, browser-<engine>.json,
 * summary.json, webkitwebdriver.log).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, '.test-results');
const NODE_DIRS = ['test/core', 'test/cli', 'test/data'];
const BROWSER_DIRS = ['test/elements', 'test/browser', 'test/reliability', 'test/security', 'test/ssr'];
const ENGINES = ['chromium', 'firefox', 'webkit'];
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
// Wall-clock limits for a hung runner. Measured runs take seconds; the limits keep the worst
// case (node + three engines) inside CI's 15 minutes.
const NODE_TIMEOUT_MS = Number(process.env.CIVIC_NODE_TIMEOUT_MS ?? 3 * 60_000);
const BROWSER_TIMEOUT_MS = Number(process.env.CIVIC_BROWSER_TIMEOUT_MS ?? 3 * 60_000);

// ---------------------------------------------------------------------------------------------
// Arguments

const HELP = `Usage: node scripts/test.mjs [--only node|browser] [--browsers chromium,firefox,webkit]
                          [--files <path>[,<path>…]]… [--coverage] [--no-build]`;

/** @param {string} message */
function usageError(message) {
  console.error(`scripts/test.mjs: ${message}\n${HELP}`);
  process.exit(2);
}

function parseArgs(argv) {
  /** @type {{ only: 'node' | 'browser' | undefined, browsers: string[], files: string[], coverage: boolean, build: boolean }} */
  const opts = { only: undefined, browsers: [...ENGINES], files: [], coverage: false, build: true };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    /** @type {string | undefined} */
    let value;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const takeValue = () => {
      if (value !== undefined) return value;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) usageError(`${arg} needs a value`);
      i += 1;
      return /** @type {string} */ (next);
    };
    switch (arg) {
      case '-h':
      case '--help':
        console.log(HELP);
        process.exit(0);
        break;
      case '--only': {
        const v = takeValue();
        if (v !== 'node' && v !== 'browser') usageError(`--only takes node or browser, not ${v}`);
        opts.only = /** @type {'node' | 'browser'} */ (v);
        break;
      }
      case '--browsers': {
        const list = takeValue()
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean);
        const bad = list.filter((e) => !ENGINES.includes(e));
        if (bad.length || !list.length) usageError(`--browsers takes a subset of ${ENGINES.join(',')}`);
        opts.browsers = ENGINES.filter((e) => list.includes(e));
        break;
      }
      case '--files':
        opts.files.push(...takeValue().split(',').map((s) => s.trim()).filter(Boolean));
        break;
      case '--coverage':
        opts.coverage = true;
        break;
      case '--no-build':
        opts.build = false;
        break;
      default:
        // A bare path is taken as a file filter too: `npm test -- test/core/format.test.ts`.
        if (!arg.startsWith('-') && value === undefined) opts.files.push(arg);
        else usageError(`unknown option ${argv[i]}`);
    }
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));

// ---------------------------------------------------------------------------------------------
// Helpers

/** @param {string} dir relative to ROOT; returns sorted repo-relative *.test.ts paths */
function findTests(dir) {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  /** @type {string[]} */
  const out = [];
  for (const entry of fs.readdirSync(abs, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.test.ts')) continue;
    // Node 20.x: entry.parentPath (≥ 20.12) or entry.path
    const parent = /** @type {any} */ (entry).parentPath ?? /** @type {any} */ (entry).path;
    out.push(path.relative(ROOT, path.join(parent, entry.name)).split(path.sep).join('/'));
  }
  return out.sort();
}

/** @param {string} rel @param {string[]} dirs */
const isUnder = (rel, dirs) => dirs.some((d) => rel === d || rel.startsWith(`${d}/`));

/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** @param {string} file */
function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Runs a command in its own process group, output inherited, with a wall-clock limit.
 * @param {string} cmd @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, timeoutMs: number, label: string }} o
 * @returns {Promise<{ code: number | null, signal: NodeJS.Signals | null, timedOut: boolean, error?: Error }>}
 */
function run(cmd, args, { env, timeoutMs, label }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: env ?? process.env, stdio: 'inherit', detached: true });
    activeGroups.add(child);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`\n[test] ${label}: no result after ${seconds(timeoutMs)}, stopping it`);
      killGroup(child, 'SIGTERM');
      setTimeout(() => killGroup(child, 'SIGKILL'), 5000).unref();
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      activeGroups.delete(child);
      resolve({ code: null, signal: null, timedOut, error });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      activeGroups.delete(child);
      // Anything the runner left behind in its group (a browser it did not close) goes too.
      killGroup(child, 'SIGKILL');
      resolve({ code, signal, timedOut });
    });
  });
}

/** @type {Set<import('node:child_process').ChildProcess>} */
const activeGroups = new Set();

/** @param {import('node:child_process').ChildProcess} child @param {NodeJS.Signals} signal */
function killGroup(child, signal) {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // group already gone
  }
}

let interrupted = false;
for (const sig of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM'])) {
  process.on(sig, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n[test] ${sig}: stopping runners`);
    for (const child of activeGroups) killGroup(child, 'SIGTERM');
    setTimeout(() => {
      for (const child of activeGroups) killGroup(child, 'SIGKILL');
      process.exit(130);
    }, 3000).unref();
  });
}

// ---------------------------------------------------------------------------------------------
// What to run

const nodeFilesAll = NODE_DIRS.flatMap(findTests);
const browserFilesAll = BROWSER_DIRS.flatMap(findTests);

/** @type {string[]} */
let nodeFiles = nodeFilesAll;
/** @type {string[]} */
let browserFiles = browserFilesAll;
if (opts.files.length) {
  nodeFiles = [];
  browserFiles = [];
  for (const f of opts.files) {
    const rel = path.relative(ROOT, path.resolve(f)).split(path.sep).join('/');
    if (!fs.existsSync(path.join(ROOT, rel))) usageError(`--files: ${f} does not exist`);
    if (isUnder(rel, NODE_DIRS)) nodeFiles.push(rel);
    else if (isUnder(rel, BROWSER_DIRS)) browserFiles.push(rel);
    else usageError(`--files: ${f} is under neither ${NODE_DIRS.join(', ')} nor ${BROWSER_DIRS.join(', ')}`);
  }
}
const runNode = opts.only !== 'browser' && (opts.files.length === 0 || nodeFiles.length > 0);
const runBrowser = opts.only !== 'node' && (opts.files.length === 0 || browserFiles.length > 0);
const engines = runBrowser && browserFiles.length ? opts.browsers : [];

// ---------------------------------------------------------------------------------------------
// Preflight: the browsers come from Debian packages; say exactly which one is missing.

/** @param {string} bin */
function onPath(bin) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, bin);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // next
    }
  }
  return undefined;
}

/** @param {string} p */
function executable(p) {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

{
  /** @type {{ what: string, pkg: string, engine: string }[]} */
  const missing = [];
  /** @type {string} */
  let engine = '';
  const need = (/** @type {boolean} */ ok, /** @type {string} */ what, /** @type {string} */ pkg) => {
    if (!ok) missing.push({ what, pkg, engine });
  };
  if (engines.includes('chromium')) {
    engine = 'chromium';
    const chrome = CHROMIUM_PATH;
    need(executable(chrome), chrome + (process.env.CHROME_PATH ? ' (from CHROME_PATH)' : ''), 'chromium');
  }
  if (engines.includes('firefox')) {
    engine = 'firefox';
    const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
    need(executable(firefox), firefox, 'firefox-esr');
  }
  if (engines.includes('webkit')) {
    engine = 'webkit';
    need(Boolean(onPath('WebKitWebDriver')), 'WebKitWebDriver', 'webkit2gtk-driver');
    const mini = process.env.MINIBROWSER_PATH ?? MINIBROWSER;
    need(executable(mini), mini, 'webkit2gtk-driver');
    need(Boolean(onPath('xvfb-run')), 'xvfb-run', 'xvfb');
    need(Boolean(onPath('Xvfb')), 'Xvfb', 'xvfb');
    need(Boolean(onPath('xauth')), 'xauth (used by xvfb-run)', 'xauth');
  }
  if (missing.length) {
    const pkgs = [...new Set(missing.map((m) => m.pkg))];
    console.error('The browser tests need programs that are not installed:');
    for (const m of missing) console.error(`  missing ${m.what}  (Debian package: ${m.pkg})`);
    console.error(`\nInstall them (as root) with:\n  apt-get install -y ${pkgs.join(' ')}`);
    const usable = engines.filter((e) => !missing.some((m) => m.engine === e));
    console.error(
      `\nOr run a subset: \`npm test -- --only node\`` +
        (usable.length ? ` or \`npm test -- --browsers ${usable.join(',')}\`` : ''),
    );
    console.log('0 passed, 1 failed');
    process.exit(3);
  }
}

fs.mkdirSync(RESULTS, { recursive: true });

/**
 * @typedef {{ test: string, file?: string, error: string }} Failure
 * @typedef {{ runner: string, status: 'ok' | 'failed' | 'crashed' | 'no files' | 'skipped',
 *             files: number, passed: number, failed: number, skipped: number, ms: number,
 *             failures: Failure[], note?: string }} Row
 */
/** @type {Row[]} */
const rows = [];

/** @param {string} runner @param {Partial<Row>} r @returns {Row} */
function row(runner, r) {
  return { runner, status: 'ok', files: 0, passed: 0, failed: 0, skipped: 0, ms: 0, failures: [], ...r };
}

// ---------------------------------------------------------------------------------------------
// Node tests

/**
 * Counts a Node test-runner TAP stream exactly: leaves only (a suite or a test with subtests
 * is a container, whose own failure counts only when it is not just "N subtests failed").
 * TAP prints test points in post-order, so a test point is a container exactly when the
 * previous test point is nested deeper.
 * @param {string} tap
 */
function countNodeTap(tap) {
  const lines = tap.split('\n');
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  /** @type {Failure[]} */
  const failures = [];
  /** @type {string[]} */
  const names = [];
  let prevIndent = -1;
  let complete = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const sub = /^( *)# Subtest: (.*)$/.exec(line);
    if (sub) {
      names.length = sub[1].length / 4;
      names.push(sub[2]);
      continue;
    }
    if (/^# tests \d+/.test(line)) complete = true;
    const point = /^( *)(ok|not ok) \d+ - (.*?)(?: # (SKIP|TODO)\b.*)?$/.exec(line);
    if (!point) continue;
    const indent = point[1].length;
    const ok = point[2] === 'ok';
    const directive = point[4];
    const container = prevIndent > indent;
    prevIndent = indent;
    const depth = indent / 4;
    const trail = names.slice(0, depth);
    const name = [...trail, point[3]].join(' › ');

    // YAML block right after the test point
    /** @type {Record<string, string>} */
    const yaml = {};
    if (lines[i + 1]?.trim() === '---') {
      let j = i + 2;
      const keyIndent = indent + 2;
      for (; j < lines.length && lines[j].trim() !== '...'; j++) {
        const kv = /^( *)([A-Za-z_]+): ?(.*)$/.exec(lines[j]);
        if (!kv || kv[1].length !== keyIndent) continue;
        let v = kv[3];
        if (v === '|-' || v === '|' || v === '>-') {
          const block = [];
          for (let k = j + 1; k < lines.length && lines[k].startsWith(' '.repeat(keyIndent + 2)); k++) {
            block.push(lines[k].slice(keyIndent + 2));
          }
          v = block.join('\n');
        }
        yaml[kv[2]] = v.replace(/^'(.*)'$/s, '$1');
      }
      i = j;
    }
    const file = yaml.location?.replace(/:\d+:\d+$/, '');
    const error = [yaml.name, (yaml.error ?? '').trim().split('\n').filter(Boolean).slice(0, 3).join(' ')]
      .filter(Boolean)
      .join(': ');

    if (container) {
      if (!ok && yaml.failureType !== 'subtestsFailed') {
        failed += 1;
        failures.push({ test: name, file, error: error || yaml.failureType || 'failed' });
      }
      continue;
    }
    if (directive) skipped += 1;
    else if (ok) passed += 1;
    else {
      failed += 1;
      failures.push({ test: name, file, error: error || yaml.failureType || 'failed' });
    }
  }
  return { passed, failed, skipped, failures, complete };
}

async function runNodeTests() {
  if (!nodeFiles.length) {
    rows.push(row('node', { status: 'no files', note: `no *.test.ts under ${NODE_DIRS.join(', ')}` }));
    return;
  }
  const started = Date.now();

  // The CLI tests run bin/civicstat.js against dist/, so build first when there is a build
  // and CLI tests are about to run.
  const cliTests = nodeFiles.some((f) => isUnder(f, ['test/cli']));
  if (opts.build && cliTests && fs.existsSync(path.join(ROOT, 'scripts/build.mjs'))) {
    console.log('\n[test] npm run build (for the CLI tests; skip with --no-build)');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const b = await run(npm, ['run', '--silent', 'build'], { timeoutMs: 5 * 60_000, label: 'build' });
    if (b.code !== 0) {
      rows.push(
        row('build', {
          status: 'failed',
          failed: 1,
          ms: Date.now() - started,
          failures: [{ test: 'npm run build', error: b.error?.message ?? `exit code ${b.code ?? b.signal}` }],
        }),
      );
    }
  }

  const tapFile = path.join(RESULTS, 'node.tap');
  fs.rmSync(tapFile, { force: true });
  const nodeArgs = [
    '--import',
    'tsx',
    '--test',
    '--test-timeout=120000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...nodeFiles,
  ];
  /** @type {[string, string[]]} */
  let command = [process.execPath, nodeArgs];
  if (opts.coverage) {
    const c8 = path.join(ROOT, 'node_modules/c8/bin/c8.js');
    command = [
      process.execPath,
      [
        c8,
        '--include',
        'src/core/**',
        '--all',
        '--src',
        'src/core',
        '--extension',
        '.ts',
        '--reporter=text-summary',
        '--reporter=text',
        '--reporter=lcov',
        '--reports-dir',
        'coverage',
        process.execPath,
        ...nodeArgs,
      ],
    ];
  }
  console.log(`\n[test] node: ${nodeFiles.length} file(s)${opts.coverage ? ' under c8' : ''}`);
  const start = Date.now();
  const r = await run(command[0], command[1], { timeoutMs: NODE_TIMEOUT_MS, label: 'node' });
  const ms = Date.now() - start;

  let tap = '';
  try {
    tap = fs.readFileSync(tapFile, 'utf8');
  } catch {
    // no file: handled below as a crash
  }
  const c = countNodeTap(tap);
  const result = row('node', { files: nodeFiles.length, passed: c.passed, failed: c.failed, skipped: c.skipped, ms, failures: c.failures });
  const crash = (/** @type {string} */ why) => {
    result.status = 'crashed';
    result.failed += 1;
    result.failures.push({ test: '(runner)', error: why });
  };
  if (r.error) crash(`could not start: ${r.error.message}`);
  else if (r.timedOut) crash(`stopped after ${seconds(NODE_TIMEOUT_MS)} (CIVIC_NODE_TIMEOUT_MS)`);
  else if (!c.complete) crash(`no complete TAP summary in ${path.relative(ROOT, tapFile)} (exit ${r.code ?? r.signal})`);
  else if (c.passed + c.failed + c.skipped === 0) crash(`ran 0 tests from ${nodeFiles.length} file(s)`);
  else if (r.code !== 0 && c.failed === 0) crash(`exit code ${r.code ?? r.signal} although no test failed`);
  if (result.status === 'ok' && result.failed > 0) result.status = 'failed';
  rows.push(result);
}

// ---------------------------------------------------------------------------------------------
// Browser tests: one @web/test-runner run per engine (a crash in one engine cannot swallow
// another engine's results, and WebKitWebDriver only lives while WebKit runs).

/**
 * Live (not zombie) processes from /proc, like `pgrep -a` without needing procps installed.
 * @returns {{ pid: number, pgid: number, comm: string, cmdline: string }[]}
 */
function liveProcesses() {
  /** @type {{ pid: number, pgid: number, comm: string, cmdline: string }[]} */
  const out = [];
  let entries = [];
  try {
    entries = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const d of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      // pid (comm) state ppid pgrp …: comm may contain spaces and parentheses
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const [state, , pgrp] = stat.slice(close + 2).split(' ');
      if (state === 'Z' || state === 'X') continue;
      const cmdline = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0').join(' ');
      out.push({ pid: Number(d), pgid: Number(pgrp), comm, cmdline });
    } catch {
      // exited while we looked
    }
  }
  return out;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts `xvfb-run -a WebKitWebDriver` in its own process group and waits for GET /status.
 * @returns {Promise<{ port: number, stop: () => Promise<string[]> }>}
 */
async function startWebKitDriver() {
  const port = /** @type {number} */ (await freePort());
  const logFile = path.join(RESULTS, 'webkitwebdriver.log');
  const log = fs.openSync(logFile, 'w');
  const child = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'], {
    cwd: ROOT,
    stdio: ['ignore', log, log],
    detached: true,
  });
  fs.closeSync(log);
  activeGroups.add(child);
  /** @type {Promise<void>} */
  const exited = new Promise((resolve) => child.once('exit', () => resolve()));
  let exitedEarly = false;
  child.once('exit', () => {
    exitedEarly = true;
  });

  const stop = async () => {
    // Stop the driver itself first: xvfb-run then runs its own clean-up (stops Xvfb, removes
    // its /tmp/xvfb-run.* directory), which it skips when it is killed by a signal.
    const driverPids = liveProcesses()
      .filter((p) => p.pgid === child.pid && p.comm === 'WebKitWebDriver')
      .map((p) => p.pid);
    for (const pid of driverPids) {
      try {
        process.kill(Number(pid), 'SIGTERM');
      } catch {
        // already gone
      }
    }
    let gone = await within(exited, 5000);
    if (!gone) {
      killGroup(child, 'SIGTERM');
      gone = await within(exited, 3000);
    }
    if (!gone) killGroup(child, 'SIGKILL');
    await within(exited, 2000);
    // Xvfb and the driver are in the group too; give them a moment, then make sure.
    for (let i = 0; i < 20 && leftovers().length; i++) await sleep(100);
    if (leftovers().length) killGroup(child, 'SIGKILL');
    await sleep(200);
    activeGroups.delete(child);
    return leftovers();
  };
  /** Processes still alive in the driver's group, or any driver on our port (`pgrep -f`). */
  const leftovers = () =>
    liveProcesses()
      .filter((p) => p.pgid === child.pid || p.cmdline.includes(`WebKitWebDriver --port=${port} `))
      .map((p) => `${p.pid} ${p.cmdline}`);

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exitedEarly) break;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return { port, stop };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await stop();
  throw new Error(
    `WebKitWebDriver did not answer on 127.0.0.1:${port}/status within 30 s` +
      (exitedEarly ? ' (xvfb-run exited)' : '') +
      `; last lines of ${path.relative(ROOT, logFile)}:\n${tail(logFile, 15)}`,
  );
}

/**
 * Whether `promise` settles within `ms` (the timer is cleared, so it never delays exit).
 * @param {Promise<unknown>} promise @param {number} ms
 */
function within(promise, ms) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  return Promise.race([
    promise.then(() => true),
    new Promise((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** @param {number} ms */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** @param {string} engine */
async function runEngine(engine) {
  // CIVIC_RESULTS_FILE=/tmp/x.json → /tmp/x-<engine>.json, so concurrent runs in one checkout
  // do not overwrite each other's results.
  const resultsFile = process.env.CIVIC_RESULTS_FILE
    ? path.resolve(process.env.CIVIC_RESULTS_FILE.replace(/(\.json)?$/, `-${engine}.json`))
    : path.join(RESULTS, `browser-${engine}.json`);
  fs.rmSync(resultsFile, { force: true });
  const result = row(engine, { files: browserFiles.length });
  const crash = (/** @type {string} */ why) => {
    result.status = 'crashed';
    result.failed += 1;
    result.failures.push({ test: '(runner)', error: why });
  };
  const start = Date.now();

  /** @type {Awaited<ReturnType<typeof startWebKitDriver>> | undefined} */
  let driver;
  if (engine === 'webkit') {
    try {
      driver = await startWebKitDriver();
    } catch (e) {
      crash(/** @type {Error} */ (e).message);
      result.ms = Date.now() - start;
      rows.push(result);
      return;
    }
  }

  console.log(`\n[test] ${engine}: ${browserFiles.length} file(s)`);
  const wtrBin = path.join(ROOT, 'node_modules/@web/test-runner/dist/bin.js');
  const args = [wtrBin, '--config', 'web-test-runner.config.mjs'];
  if (process.env.CI || !process.stdout.isTTY) args.push('--static-logging');
  if (opts.files.length) for (const f of browserFiles) args.push('--files', f);
  const env = {
    ...process.env,
    CIVIC_BROWSERS: engine,
    CIVIC_RESULTS_FILE: resultsFile,
    ...(driver ? { CIVIC_WEBKIT_PORT: String(driver.port) } : {}),
  };
  const r = await run(process.execPath, args, { env, timeoutMs: BROWSER_TIMEOUT_MS, label: engine });

  if (driver) {
    const left = await driver.stop();
    if (left.length) {
      crash(`WebKitWebDriver processes left after stopping the driver:\n    ${left.join('\n    ')}`);
    }
  }
  result.ms = Date.now() - start;

  /** @type {any} */
  let data;
  try {
    data = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  } catch {
    // handled below
  }
  const totals = data?.engines?.[engine];
  if (totals) {
    result.passed += totals.passed;
    result.failed += totals.failed;
    result.skipped += totals.skipped;
    result.failures.push(...totals.failures);
  }
  if (r.error) crash(`could not start @web/test-runner: ${r.error.message}`);
  else if (r.timedOut) crash(`stopped after ${seconds(BROWSER_TIMEOUT_MS)} (CIVIC_BROWSER_TIMEOUT_MS)`);
  else if (!totals) crash(`no results from @web/test-runner (exit ${r.code ?? r.signal}); see the log above`);
  else if (!data.complete) crash(`@web/test-runner stopped before writing final results (exit ${r.code ?? r.signal})`);
  else if (totals.passed + totals.failed + totals.skipped === 0) crash(`ran 0 tests from ${browserFiles.length} file(s)`);
  else if (r.code !== 0 && totals.failed === 0) crash(`exit code ${r.code ?? r.signal} although no test failed`);
  if (result.status === 'ok' && result.failed > 0) result.status = 'failed';
  rows.push(result);
}

async function runBrowserTests() {
  if (!browserFiles.length) {
    rows.push(row('browser', { status: 'no files', note: `no *.test.ts under ${BROWSER_DIRS.join(', ')}` }));
    return;
  }
  for (const engine of engines) {
    if (interrupted) break;
    await runEngine(engine);
  }
}

// ---------------------------------------------------------------------------------------------
// Main

const t0 = Date.now();
try {
  if (runNode) await runNodeTests();
  if (runBrowser && !interrupted) await runBrowserTests();
} catch (e) {
  rows.push(row('test.mjs', { status: 'crashed', failed: 1, failures: [{ test: '(orchestrator)', error: String(/** @type {Error} */ (e)?.stack ?? e) }] }));
}
if (interrupted) {
  rows.push(row('test.mjs', { status: 'crashed', failed: 1, failures: [{ test: '(interrupted)', error: 'interrupted by a signal' }] }));
}

const total = rows.reduce(
  (acc, r) => ({ passed: acc.passed + r.passed, failed: acc.failed + r.failed, skipped: acc.skipped + r.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
fs.writeFileSync(
  path.join(RESULTS, 'summary.json'),
  `${JSON.stringify({ ...total, ms: Date.now() - t0, runners: rows }, null, 2)}\n`,
);

const failures = rows.flatMap((r) => r.failures.map((f) => ({ runner: r.runner, ...f })));
console.log('');
if (failures.length) {
  console.log(`Failures (${failures.length}):`);
  for (const f of failures) {
    const where = f.file ? ` (${path.isAbsolute(f.file) ? path.relative(ROOT, f.file) : f.file})` : '';
    console.log(`  [${f.runner}] ${f.test}${where}`);
    for (const l of f.error.split('\n').slice(0, 6)) console.log(`      ${l}`);
  }
  console.log('');
}

const header = ['runner', 'status', 'files', 'passed', 'failed', 'skipped', 'time'];
const table = [
  header,
  ...rows.map((r) => [r.runner, r.status, String(r.files), String(r.passed), String(r.failed), String(r.skipped), seconds(r.ms)]),
];
const widths = header.map((_, i) => Math.max(...table.map((t) => t[i].length)));
for (const [n, cells] of table.entries()) {
  console.log(cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
for (const r of rows) if (r.note) console.log(`(${r.runner}: ${r.note})`);
console.log(`total time ${seconds(Date.now() - t0)}`);

const bad = total.failed > 0 || rows.some((r) => r.status === 'crashed' || r.status === 'failed');
if (bad && total.failed === 0) total.failed = 1; // belt and braces: a bad run never prints "0 failed"
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = bad ? 1 : 0;
