/**
 * The site `civicstat publish` writes, opened in the browser (each engine): axe finds nothing
 * on its pages and embed pages; an embed page shows its figures with scripts off; an embed
 * page on another origin sizes its iframe through host.js, and answers WordPress's "ready"
 * with its height and the secret it was given. The site is published by the built command
 * line (dist/cli.js) into published-test/, served by the test server.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { openFrame } from '../reliability/frame';
import { settle, until } from '../elements/helpers';

const OUT = 'published-test/riverton';
const base = `${location.origin}/${OUT}/`;
const published = await executeServerCommand<{ code: number; stdout: string; stderr: string }, { args: string[] }>('civic-cli', {
  args: ['publish', 'demo/riverton.civicstat.json', '--out', OUT, '--base-url', base],
});

type AxeResult = { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
type AxeWindow = Window & { axe?: { run: (context: Node, options: object) => Promise<AxeResult> } };

/** Every civic element of a document, through the shadow roots of the ones that hold others. */
function civicIn(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.localName.startsWith('civic-') && el.localName !== 'civic-data') found.push(el);
    if (el.shadowRoot) found.push(...civicIn(el.shadowRoot));
  }
  return found;
}

/** Opens a page of the site and waits until its elements show their figures. */
async function openPage(path: string, width = 1000) {
  const opened = await openFrame(`${base}${path}`, { width, height: 1400 });
  const { doc } = opened;
  await until(() => civicIn(doc).length > 0 && civicIn(doc).every((el) => el.shadowRoot && !el.shadowRoot.querySelector('.skeleton')), `${path}: every element loaded`, 15_000);
  await settle(100);
  return opened;
}

async function axeOn(win: AxeWindow, doc: Document): Promise<AxeResult['violations']> {
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    doc.head.append(script);
    await loaded;
  }
  const result = await win.axe!.run(doc, { iframes: false, resultTypes: ['violations'] });
  return result.violations;
}

describe('the published site', () => {
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const f of frames) f.remove();
    frames = [];
  });

  it('is published', () => {
    expect(published.code, published.stderr).to.equal(0);
    expect(published.stdout).to.match(/pages and \d+ embed pages/);
  });

  for (const path of [
    'index.html',
    'measures/fire-response-time/',
    'measures/tree-canopy/',
    'certifications/wwc/',
    'embed/measure/fire-response-time/tile/',
    'embed/measure/fire-response-time/gauge/',
    'embed/measure/fire-response-time/trend/',
    'embed/certification/wwc/badge/',
    'embed/certification/icma/checklist/',
    'embed/summary/objective/',
  ]) {
    it(`${path}: axe finds nothing, colour contrast included`, async function () {
      this.timeout(40_000);
      const { frame, win, doc } = await openPage(path);
      frames.push(frame);
      const violations = await axeOn(win as AxeWindow, doc);
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`)).to.deep.equal([]);
    });
  }

  it('the "Embed or share" disclosure: Copy buttons shown, and a copy announced in the page’s live region', async function () {
    this.timeout(20_000);
    const { frame, doc } = await openPage('certifications/wwc/');
    frames.push(frame);
    const details = doc.querySelector('details.share') as HTMLDetailsElement;
    details.open = true;
    const button = doc.querySelector('button.copy') as HTMLButtonElement;
    expect(button.hidden, 'shown once the script runs').to.equal(false);
    button.click();
    await until(() => doc.querySelector('.copied')!.textContent === 'Copied', 'the copy announced');
  });

  for (const path of ['measures/fire-response-time/', 'certifications/wwc/', 'embed/measure/fire-response-time/tile/']) {
    it(`${path} under the site's own Content-Security-Policy (csp.txt): the library runs and the pre-rendered styles apply`, async function () {
      this.timeout(20_000);
      const opened = await openFrame(`${base}${path}?csp`, { width: 800, height: 1200 });
      frames.push(opened.frame);
      const { doc, win } = opened;
      await until(() => !!win.customElements.get('civic-kpi-tile') || !!win.customElements.get('civic-tier-badge'), 'the library defined its elements', 10_000);
      const el = civicIn(doc)[0]!;
      await until(() => !!el.shadowRoot && !el.shadowRoot.querySelector('.skeleton'), 'rendered');
      // With scripts off, the pre-rendered templates' inline styles must pass the policy by
      // their hashes: each element's box has the border its style sheet draws.
      const still = document.createElement('iframe');
      still.setAttribute('sandbox', 'allow-same-origin');
      Object.assign(still.style, { width: '800px', height: '1200px', border: '0' });
      const loaded = new Promise((resolve) => still.addEventListener('load', resolve, { once: true }));
      still.src = `${base}${path}?csp`;
      document.body.append(still);
      frames.push(still);
      await loaded;
      const styled = civicIn(still.contentDocument!).filter((e) => e.localName === 'civic-kpi-tile' || e.localName === 'civic-criteria-checklist');
      expect(styled.length).to.be.greaterThan(0);
      for (const civic of styled) {
        const box = civic.shadowRoot!.querySelector('[part~="base"]')!;
        expect(getComputedStyle(box).borderTopStyle, `${civic.localName} styled without scripts`).to.equal('solid');
      }
      // A page without the policy's header is not what is being tested: the header is there.
      const response = await fetch(`${base}${path}?csp`);
      expect(response.headers.get('content-security-policy')).to.match(/^script-src 'self'; style-src 'self' 'sha256-/);
    });
  }

  it('a measure page prints as a clean sheet: the charts’ tables instead of empty canvases, links written out, no share box', async function () {
    // Print emulation is Chromium's DevTools protocol only.
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    this.timeout(20_000);
    const { frame, doc } = await openPage('measures/fire-response-time/');
    frames.push(frame);
    try {
      await emulateMedia({ media: 'print' });
      await settle(100);
      expect(getComputedStyle(doc.querySelector('details.share')!).display).to.equal('none');
      const charts = [...doc.querySelectorAll('civic-kpi-chart')];
      expect(charts.length).to.be.greaterThan(0);
      for (const chart of charts) {
        const table = chart.shadowRoot!.querySelector('table')!;
        expect(table.getBoundingClientRect().height, `${chart.getAttribute('view')} table printed`).to.be.greaterThan(40);
      }
      const csv = doc.querySelector('.downloads a')!;
      expect(getComputedStyle(csv, '::after').content).to.include('fire-response-time.csv');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('an embed page with scripts off (a sandbox without allow-scripts) still shows its figures', async function () {
    this.timeout(20_000);
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    Object.assign(frame.style, { width: '400px', height: '500px', border: '0' });
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `${base}embed/measure/fire-response-time/tile/`;
    document.body.append(frame);
    frames.push(frame);
    await loaded;
    const tile = frame.contentDocument!.querySelector('civic-kpi-tile')!;
    expect(customElements.get.call(frame.contentWindow!.customElements, 'civic-kpi-tile'), 'the library did not run').to.equal(undefined);
    const value = tile.shadowRoot!.querySelector('[part~="value"]')!;
    expect(value.textContent!.trim()).to.equal('7.4 min');
    expect(value.getBoundingClientRect().height, 'drawn').to.be.greaterThan(10);
  });

  it('on a page of another origin, host.js gives the iframe the height its embed page reports', async function () {
    this.timeout(20_000);
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const src = `${location.protocol}//${other}:${location.port}/${OUT}/embed/measure/fire-response-time/tile/`;
    const script = document.createElement('script');
    script.src = `/${OUT}/assets/host.js`;
    const ready = new Promise((resolve) => (script.onload = resolve));
    document.head.append(script);
    await ready;
    const frame = document.createElement('iframe');
    frame.title = 'Fire response time';
    frame.setAttribute('height', '60');
    Object.assign(frame.style, { width: '360px', border: '0' });
    frame.src = src;
    document.body.append(frame);
    frames.push(frame);
    await until(() => frame.getBoundingClientRect().height > 250, 'the iframe grown to the tile', 10_000);
    expect(() => frame.contentDocument!.body, 'another origin').to.satisfy((read: () => unknown) => {
      try {
        return read() === null || read() === undefined;
      } catch {
        return true;
      }
    });
    script.remove();
  });

  it('WordPress’s protocol: "ready" with the secret from #?secret= is answered with the height and that secret', async function () {
    this.timeout(20_000);
    const messages: { message: string; value: number; secret?: string }[] = [];
    const frame = document.createElement('iframe');
    const listen = (event: MessageEvent) => {
      if (event.source === frame.contentWindow && event.data?.message === 'height') messages.push(event.data);
    };
    window.addEventListener('message', listen);
    try {
      frame.setAttribute('sandbox', 'allow-scripts');
      Object.assign(frame.style, { width: '360px', height: '1px', border: '0' });
      frame.src = `${base}embed/certification/wwc/badge/#?secret=abc123`;
      document.body.append(frame);
      frames.push(frame);
      await until(() => messages.length > 0, 'a height message', 10_000);
      const count = messages.length;
      frame.contentWindow!.postMessage({ message: 'ready', secret: 'abc123' }, '*');
      await until(() => messages.length > count, 'answered "ready"', 5000);
      for (const m of messages) {
        expect(m.secret).to.equal('abc123');
        expect(m.value).to.be.within(100, 400);
      }
    } finally {
      window.removeEventListener('message', listen);
    }
  });
});
