// `civicstat badge` (SPEC §6), through the real binary (bin/civicstat.js → dist/cli.js); `npm test`
// builds first. The browser test test/browser/badge-cli.test.ts compares the file with the element.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '../../bin/civicstat.js');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const attr = (svg: string, name: string) => svg.match(new RegExp(`<svg\\b[^>]*\\s${name}="([^"]*)"`))?.[1];
const texts = (svg: string) => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('civicstat badge', () => {
  it('a certification of a document: a standalone SVG on standard output, with <title>', () => {
    const r = run('badge', 'demo/riverton.civicstat.json', '--certification', 'icma');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    assert.match(r.out, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.equal(attr(r.out, 'width'), '220');
    assert.match(r.out, /<title>ICMA Certificates in Performance Management: Distinction, 2025<\/title>/);
    assert.deepEqual(texts(r.out), ['ICMA Certificates in', 'Performance Management', 'Distinction', '2025']);
    // No trace of the renderer, no script, and generic fonts only.
    assert.doesNotMatch(r.out, /<!--|lit-|<script/);
    assert.match(r.out, /font-family="system-ui, [^"]*sans-serif"/);
  });

  it('--estimate: the tier the self-assessment reaches, labelled as self-assessed', () => {
    const r = run('badge', 'demo/riverton.civicstat.json', '--certification', 'wwc', '--estimate');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /<title>What Works Cities Certification: Silver, Self-assessed · 2026<\/title>/);
  });

  it('an expired award reads as expired, in the neutral colour', () => {
    const r = run('badge', 'demo/riverton.civicstat.json', '--certification', 'wwc');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Expired July 12, 2026/);
    assert.match(r.out, /fill="#4d5259"/);
  });

  it('--size, --theme dark and --lang', () => {
    const small = run('badge', '--program', 'wwc-2023', '--tier', 'silver', '--year', '2023', '--size', 's');
    assert.equal(attr(small.out, 'width'), '160');
    const large = run('badge', '--program', 'wwc-2023', '--tier', 'silver', '--year', '2023', '--size=l', '--theme', 'dark');
    assert.equal(attr(large.out, 'width'), '300');
    assert.match(large.out, /stroke="#1b1b1b"/);
    const spanish = run('badge', '--program', 'wwc-2023', '--tier', 'silver', '--year', '2019', '--expires', '2021-06-30', '--lang', 'es');
    assert.match(spanish.out, /Venció el 30 de junio de 2021/);
  });

  it('escapes document text as XML', () => {
    const r = run('badge', 'test/fixtures/elements/badge-hostile.json', '--certification', 'pledge');
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /<script>|<b>/);
    assert.match(r.out, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; “Pledge”/);
  });

  it('--png: a PNG at twice the badge\'s size, on standard output', () => {
    const r = spawnSync(process.execPath, [bin, 'badge', '--program', 'icma-2021', '--tier', 'excellence', '--year', '2025', '--png'], { encoding: 'buffer' });
    assert.equal(r.status, 0, r.stderr.toString());
    const png = r.stdout;
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    assert.equal(png.readUInt32BE(16), 440);
    const svg = run('badge', '--program', 'icma-2021', '--tier', 'excellence', '--year', '2025').out;
    assert.equal(png.readUInt32BE(20), 2 * Number(attr(svg, 'height')));
    assert.ok(png.length > 2000, 'something is drawn');
  });

  it('mistakes: a clear message and exit 2 (exit 1 for an invalid document)', () => {
    const cases: [string[], number, RegExp][] = [
      [['badge', 'demo/riverton.civicstat.json', '--certification', 'nope'], 2, /certification "nope" is not in the document \(it has: wwc, icma, open-data-pledge\)/],
      [['badge', '--program', 'nope', '--tier', 'gold'], 2, /unknown program "nope"/],
      [['badge', '--program', 'wwc-2023', '--tier', 'bronze'], 2, /wwc-2023 has no tier "bronze" \(tiers: .*silver, gold, platinum\)/],
      [['badge', '--program', 'wwc-2023', '--tier', 'gold', '--size', 'xl'], 2, /--size is s, m or l/],
      [['badge', '--program', 'wwc-2023', '--tier', 'gold', '--color', 'red'], 2, /unknown option --color/],
      [['badge', '--certification'], 2, /--certification needs a value/],
      [['badge'], 2, /name a certification/],
      [['badge', 'missing.json', '--certification', 'wwc'], 2, /missing\.json: cannot read the file \(no such file\)/],
      [['badge', 'test/fixtures/elements/invalid-value.json', '--certification', 'wwc'], 1, /measures\[\d+\]/],
    ];
    for (const [args, code, message] of cases) {
      const r = run(...args);
      assert.equal(r.code, code, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, message, args.join(' '));
      assert.equal(r.out, '', 'nothing on standard output');
    }
  });
});
