// `civicstat render` (SPEC §6, issue 6): a page with every civic-* element pre-rendered as
// declarative shadow DOM, through the real binary (bin/civicstat.js → dist/cli.js; `npm test`
// builds first), and the Node API. The browser test test/ssr/prerender.test.ts loads the
// output in three engines.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPage, RenderError } from '../../src/cli/render';

const bin = join(import.meta.dirname, '../../bin/civicstat.js');
const PAGE = 'test/ssr/pages/page.html';
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

/** Where the template opened at `start` closes (templates nest: the scorecard's tiles). */
function templateEnd(html: string, start: number): number {
  const tags = /<template\b|<\/template>/g;
  tags.lastIndex = start + 1;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0] === '</template>' ? -1 : 1;
    if (depth === 0) return m.index;
  }
  throw new Error('unclosed <template>');
}

/** The shadow template of the element with this id attribute, whitespace collapsed, styles left out. */
function shadowOf(html: string, id: string): string {
  const open = html.indexOf(` id="${id}"`);
  assert.ok(open > 0, `element #${id}`);
  const start = html.indexOf('>', open) + 1;
  assert.ok(html.startsWith('<template shadowrootmode="open">', start), `#${id} starts with a declarative shadow root`);
  const end = templateEnd(html, start);
  return html.slice(start + '<template shadowrootmode="open">'.length, end).replace(/<style>[^]*?<\/style>/g, '').replace(/\s+/g, ' ');
}
/** Text of markup: tags removed, whitespace collapsed. */
const text = (markup: string) => markup.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
/** The page without its declarative shadow roots (nested ones included). */
function withoutTemplates(html: string): string {
  for (let at = html.indexOf('<template shadowrootmode="open">'); at >= 0; at = html.indexOf('<template shadowrootmode="open">')) {
    html = html.slice(0, at) + html.slice(templateEnd(html, at) + '</template>'.length);
  }
  return html;
}

const page = run('render', PAGE);

describe('civicstat render', () => {
  it('writes the page to standard output, unchanged except for one template per element', () => {
    assert.equal(page.code, 0, page.err);
    assert.equal(page.err, '');
    const input = readFileSync(PAGE, 'utf8');
    assert.equal(withoutTemplates(page.out), input);
    // Three <civic-data>, two tiles… fourteen elements in all, and the scorecard's four tiles.
    assert.equal(page.out.match(/<template shadowrootmode="open">/g)?.length, 18);
    // Styles come with each template; the renderer's hydration markers do not.
    assert.match(shadowOf(page.out.replace(/\s+/g, ' '), 'tile').replace(/^/, ''), /part="base"/);
    assert.doesNotMatch(page.out, /<!--\/?lit-/);
  });

  it('the tile: title, value, period, status, change, target, sparkline, source', () => {
    const t = text(shadowOf(page.out, 'tile'));
    // The 2-year target is still ahead: the status is on pace (SPEC §2), and says why.
    for (const words of ['Fire response time (90th percentile)', '7.4 min', 'Q1 2026', 'On track', 'ahead of pace', 'Target 2027: 7.0 min', 'Source:']) {
      assert.ok(t.includes(words), `tile shows "${words}": ${t}`);
    }
    assert.ok(t.includes('On track: 7.4 min is ahead of the path to 7.0 min by 2027 (expected 7.5 min in Q1 2026)'), t);
    assert.match(shadowOf(page.out, 'tile'), /<details part="status-rule"/);
    assert.match(shadowOf(page.out, 'tile'), /<svg part="sparkline"/);
    assert.match(shadowOf(page.out, 'tile'), /class="base ready"/);
  });

  it('the gauges: value, target, baseline and progress in text, and the graphic', () => {
    const bullet = shadowOf(page.out, 'gauge');
    assert.match(text(bullet), /7\.4 min Q1 2026 On track/);
    assert.match(text(bullet), /On track: 7\.4 min is ahead of the path to 7\.0 min by 2027 \(expected 7\.5 min in Q1 2026\)/);
    assert.match(text(bullet), /2-year target \(2027\): 7\.0 min/);
    assert.match(text(bullet), /Baseline Q1 2024: 8\.1 min/);
    assert.match(text(bullet), /of the way from the baseline/);
    assert.match(bullet, /part="legend"/);
    assert.match(shadowOf(page.out, 'radial'), /<svg[^>]*part="graph"/);
  });

  it('the badge: the SVG with its words, named by aria-label', () => {
    const badge = shadowOf(page.out, 'badge');
    assert.match(badge, /aria-label="ICMA Certificates in Performance Management: Distinction, 2025"/);
    // The <title> is written from the label, as in the browser.
    assert.match(badge, /<title>ICMA Certificates in Performance Management: Distinction, 2025<\/title>/);
    assert.equal(text(badge), 'ICMA Certificates in Performance Management: Distinction, 2025 ICMA Certificates in Performance Management Distinction 2025');
  });

  it('the status summaries: the sentence, the list, and the bar with its widths in the markup', () => {
    const objectives = shadowOf(page.out, 'summary');
    assert.match(text(objectives), /^\d+ strategic objectives: /);
    assert.match(objectives, /part="list"/);
    const widths = [...objectives.matchAll(/<span class="segment \w+" style="flex:0 0 ([\d.]+)%;"><\/span>/g)].map((m) => Number(m[1]));
    assert.ok(widths.length >= 2, `segments with widths: ${objectives}`);
    assert.ok(Math.abs(widths.reduce((a, b) => a + b, 0) - 100) < 0.01, `the widths add up to the bar: ${widths}`);
    assert.match(text(shadowOf(page.out, 'summary-measures')), /^\d+ measures: /);
  });

  it('the scorecard: search box, count, headings, and each of its tiles pre-rendered inside it', () => {
    const scorecard = shadowOf(page.out, 'scorecard');
    assert.match(text(scorecard), /^Search the measures 4 of 18 measures shown Quality of life and safety Respond to emergencies faster/);
    assert.match(scorecard, /<input part="search" id="search" type="search" value="" +autocomplete="off" \/>/);
    const tiles = [...scorecard.matchAll(/<civic-kpi-tile measure="([^"]+)"><template shadowrootmode="open">/g)].map((m) => m[1]);
    assert.deepEqual(tiles, ['fire-response-time', 'violent-crime-rate', 'pothole-repair-days', 'park-acres-per-1000']);
    assert.doesNotMatch(scorecard, /defer-hydration/);
    assert.match(text(scorecard), /Fire response time \(90th percentile\) 7\.4 min Q1 2026 On track/);
  });

  it('the checklist: summary, groups and criteria, bar widths in the markup', () => {
    const checklist = shadowOf(page.out, 'checklist');
    assert.match(text(checklist), /^What Works Cities Certification \(2023\)/);
    assert.match(text(checklist), /27 of 43 criteria met \(63%\) — Silver reached; Gold needs 2 more criteria/);
    assert.match(checklist, /part="criterion"/);
    assert.match(checklist, /<span class="segment met" style="flex-grow:4;"><\/span>/);
  });

  it('the chart: title, summary, legend and table as text; the canvas is left for the browser', () => {
    const chart = shadowOf(page.out, 'chart');
    assert.match(text(chart), /^Fire response time \(90th percentile\) Fire response time \(90th percentile\) fell from 8\.1 min to 7\.4 min between Q1 2024 and Q1 2026; target 7\.0 min\./);
    assert.match(chart, /<ul part="legend"/);
    assert.match(chart, /<canvas><\/canvas>/);
    assert.match(text(chart), /Period Value Q1 2024 8\.1 min Q2 2024 7\.9 min/);
  });

  it('locale and theme from the nearest lang and theme attributes', () => {
    const es = shadowOf(page.out, 'tile-es');
    assert.match(text(es), /7,4 min 1\.er trimestre de 2026 En camino/);
    assert.match(es, /class="base ready dark"/);
    // An ancestor has lang: the element adds none of its own, as in the browser.
    assert.match(es, /<div part="base" class="base ready dark" ?>/);
  });

  it('documents from an inline <script type="application/json"> and from the element\'s own src', () => {
    assert.match(text(shadowOf(page.out, 'inline-tile')), /^Calls answered in 20 seconds 92/);
    assert.match(text(shadowOf(page.out, 'own-src')), /^Tree canopy coverage 32\.2% 2025 On track/);
  });

  it('document text stays text: no <script> or markup from the document reaches the page', () => {
    const input = readFileSync('test/ssr/pages/hostile.html', 'utf8');
    const r = run('render', 'test/ssr/pages/hostile.html');
    assert.equal(r.code, 0, r.err);
    assert.equal(withoutTemplates(r.out), input);
    assert.doesNotMatch(r.out, /<script|<b>|<img/);
    assert.match(r.out, /&lt;\/template&gt;&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; “Calls”/);
    assert.equal(r.out.match(/<\/template>/g)?.length, 3, 'no template closed early');
  });

  it('--out FILE writes the page there; rendering a rendered page again changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civicstat-render-'));
    copyFileSync('demo/riverton.civicstat.json', join(dir, 'riverton.json'));
    writeFileSync(join(dir, 'in.html'), '<!doctype html><p>Hi</p><civic-kpi-tile src="riverton.json" measure="tree-canopy"></civic-kpi-tile>\n');
    const r = run('render', join(dir, 'in.html'), '--out', join(dir, 'out.html'));
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
    const once = readFileSync(join(dir, 'out.html'), 'utf8');
    assert.match(once, /^<!doctype html><p>Hi<\/p><civic-kpi-tile src="riverton\.json" measure="tree-canopy"><template shadowrootmode="open">/);
    const again = run('render', join(dir, 'out.html'));
    assert.equal(again.out, once);
  });

  it('--csp: a style-src with the hash of every inline style, on standard error', () => {
    const r = run('render', PAGE, '--csp');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, page.out);
    const sources = r.err.trim().split(' ');
    assert.deepEqual(sources.slice(0, 3), ['style-src', "'self'", "'unsafe-hashes'"]);
    const styles = new Set([...r.out.matchAll(/<template shadowrootmode="open"><style>([^]*?)<\/style>/g)].map((m) => m[1]));
    const widths = new Set([...r.out.matchAll(/ style="([^"]*)"/g)].map((m) => m[1]));
    const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
    assert.deepEqual(sources.slice(3).sort(), [...styles, ...widths].map((t) => hash(t!)).sort());
  });

  it('mistakes: one line on standard error and exit 2 (exit 1 for an invalid document)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civicstat-render-'));
    const write = (name: string, body: string) => {
      writeFileSync(join(dir, name), body);
      return join(dir, name);
    };
    copyFileSync('demo/riverton.civicstat.json', join(dir, 'riverton.json'));
    write('invalid.json', '{"civicstat":"1.0","jurisdiction":{},"measures":[{"id":"a"}]}');
    const cases: [string[], number, RegExp][] = [
      [['render', join(dir, 'none.html')], 2, /none\.html: cannot read the file \(no such file\)/],
      [['render', write('a.html', '<civic-kpi-tile src="riverton.json" measure="nope"></civic-kpi-tile>')], 2, /a\.html: <civic-kpi-tile measure="nope"> \(line 1\): Measure “nope” is not in the document/],
      [['render', write('b.html', '<civic-data src="missing.json"><civic-kpi-tile measure="x"></civic-kpi-tile></civic-data>')], 2, /b\.html: <civic-data src="missing\.json"> \(line 1\): cannot read missing\.json \(no such file\)/],
      [['render', write('c.html', '<civic-kpi-tile src="https://example.org/d.json" measure="x"></civic-kpi-tile>')], 2, /is not a local file; civicstat render reads local files only/],
      [['render', write('d.html', '<p>\n<civic-tier-badge certification="icma"></civic-tier-badge>')], 2, /d\.html: <civic-tier-badge certification="icma"> \(line 2\): /],
      [['render', write('e.html', '<civic-data><script type="application/json">{</script><civic-kpi-tile measure="x"></civic-kpi-tile></civic-data>')], 1, /e\.html: <civic-data> \(line 1\) inline JSON: /],
      [['render', PAGE, '--inline'], 2, /unknown option --inline/],
      [['render', PAGE, '--out'], 2, /--out needs a value/],
      [['render'], 2, /name one page/],
    ];
    for (const [args, code, message] of cases) {
      const r = run(...args);
      assert.equal(r.code, code, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, message, args.join(' '));
      assert.equal(r.err.trim().split('\n').length, 1, `one line: ${r.err}`);
      assert.equal(r.out, '');
    }
    const invalid = run('render', write('f.html', '<civic-data src="invalid.json"><civic-kpi-tile measure="a"></civic-kpi-tile></civic-data>'));
    assert.equal(invalid.code, 1);
    assert.match(invalid.err, /f\.html: invalid\.json: jurisdiction\.name: required field is missing/);
  });
});

describe('renderPage (Node API)', () => {
  it('renders a string, reading src relative to baseDir, and counts the elements', async () => {
    const html = '<civic-data src="riverton.civicstat.json"><civic-tier-badge certification="icma" size="s"></civic-tier-badge></civic-data>';
    const out = await renderPage(html, { baseDir: 'demo' });
    assert.equal(out.rendered, 2);
    assert.match(out.html, /<svg[^>]*aria-label="ICMA Certificates in Performance Management: Distinction, 2025"[^>]*width="160"/);
  });

  it('is the package export civicstat/server (dist/server.js)', async () => {
    const specifier = 'civicstat/server'; // resolved through package.json "exports", after the build
    const server = (await import(specifier)) as typeof import('../../src/cli/render');
    const out = await server.renderPage('<civic-kpi-tile src="riverton.civicstat.json" measure="tree-canopy"></civic-kpi-tile>', { baseDir: 'demo' });
    assert.match(out.html, /<span part="value" class="value">32\.2%<\/span>/);
    await assert.rejects(server.renderPage('<civic-kpi-tile measure="x"></civic-kpi-tile>'), server.RenderError);
  });

  it('throws a RenderError with the exit status', async () => {
    await assert.rejects(renderPage('<civic-kpi-tile measure="x"></civic-kpi-tile>'), (e: unknown) => e instanceof RenderError && e.code === 2 && /No data/.test(e.message));
  });
});
