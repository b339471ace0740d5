/**
 * `civicstat badge` (SPEC §6) against `<civic-tier-badge>`: the SVG file the command writes is
 * well-formed XML with a <title>, displays as an image, and draws the same badge as the
 * element (same size, colour, ring and words), since both come from one template.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/tier-badge';
import { box, norm } from '../elements/helpers';

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}
const cli = (args: string[]) => executeServerCommand<CliResult, { args: string[] }>('civic-cli', { args });

function parseSvg(text: string): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(parsed.querySelector('parsererror'), 'well-formed XML').to.equal(null);
  const root = parsed.documentElement as unknown as SVGSVGElement;
  expect(root.localName).to.equal('svg');
  expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
  return root;
}

/** What a badge draws: size, viewBox, fill and ring of the shape, and each line of text. */
function drawing(svg: SVGSVGElement) {
  const shape = svg.querySelector('rect')!;
  return {
    width: svg.getAttribute('width'),
    height: svg.getAttribute('height'),
    viewBox: svg.getAttribute('viewBox'),
    fill: shape.getAttribute('fill'),
    ring: shape.getAttribute('stroke'),
    texts: [...svg.querySelectorAll('text')].map((t) => [t.getAttribute('y'), t.getAttribute('font-size'), norm(t.textContent!)]),
    name: svg.getAttribute('aria-label'),
    title: norm(svg.querySelector('title')?.textContent ?? ''),
  };
}

async function element(attrs: Record<string, string>, parentAttrs: Record<string, string> = {}): Promise<SVGSVGElement> {
  const el = document.createElement('civic-tier-badge');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  box(400, parentAttrs).append(el);
  await el.updateComplete;
  return el.shadowRoot!.querySelector('svg')!;
}

describe('civicstat badge: the SVG file and the element draw the same badge', () => {
  const cases: [string, string[], Record<string, string>, Record<string, string>][] = [
    ['standalone Gold 2024', ['--program', 'wwc-2023', '--tier', 'gold', '--year', '2024'], { program: 'wwc-2023', tier: 'gold', year: '2024' }, {}],
    ['ICMA Distinction, size l, Spanish', ['--program', 'icma-2021', '--tier', 'distinction', '--year', '2025', '--size', 'l', '--lang', 'es'], { program: 'icma-2021', tier: 'distinction', year: '2025', size: 'l' }, { lang: 'es' }],
    ['expired, size s, dark', ['--program', 'wwc-2019', '--tier', 'silver', '--year', '2019', '--expires', '2021-06-30', '--size', 's', '--theme', 'dark'], { program: 'wwc-2019', tier: 'silver', year: '2019', expires: '2021-06-30', size: 's' }, { theme: 'dark' }],
  ];
  for (const [name, args, attrs, parentAttrs] of cases) {
    it(name, async () => {
      const result = await cli(['badge', ...args]);
      expect(result.stderr).to.equal('');
      expect(result.code).to.equal(0);
      const file = parseSvg(result.stdout);
      const shown = await element(attrs, { lang: 'en', ...parentAttrs });
      const fromFile = drawing(file);
      expect(fromFile.title, 'the file has a <title>').to.equal(fromFile.name);
      expect(fromFile.title).to.not.equal('');
      expect({ ...fromFile, title: undefined }).to.deep.equal({ ...drawing(shown), title: undefined });
    });
  }

  it('from the sample city’s document: the awarded certification, and the estimate', async () => {
    for (const extra of [[], ['--estimate']]) {
      const result = await cli(['badge', 'demo/riverton.civicstat.json', '--certification', 'wwc', ...extra]);
      expect(result.code, result.stderr).to.equal(0);
      const file = parseSvg(result.stdout);
      expect(drawing(file).title).to.match(extra.length ? /What Works Cities Certification: Silver, Self-assessed/ : /What Works Cities Certification: Silver, Expired/);
    }
  });

  it('the file displays as an image at its width', async () => {
    const result = await cli(['badge', '--program', 'wwc-2023', '--tier', 'platinum', '--year', '2025', '--size', 'l']);
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(result.stdout)}`;
    await img.decode();
    expect(img.naturalWidth).to.equal(300);
    expect(img.naturalHeight).to.be.greaterThan(100);
  });

  it('document text is escaped: a program name with markup stays text', async () => {
    // A custom program from a document whose name holds markup and quotes.
    const result = await cli(['badge', 'test/fixtures/elements/badge-hostile.json', '--certification', 'pledge']);
    expect(result.code, result.stderr).to.equal(0);
    const file = parseSvg(result.stdout);
    expect(file.querySelectorAll('script, foreignObject, [onload]')).to.have.length(0);
    expect(drawing(file).title).to.include('<script>alert("x")</script> & “Pledge”');
  });
});
