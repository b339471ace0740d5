/**
 * Strict pages (SPEC §5): the one-file bundle on a page served with an enforced
 *
 *   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'
 *
 * and on one that also has `require-trusted-types-for 'script'` (test/server/strict-pages.mjs
 * serves test/strict/page.html with either header; the runner's own page cannot carry one).
 * The page loads only same-origin files: its script (test/strict/page.js), its stylesheet,
 * /dist/civicstat.js with its chart.js chunk, and the document (test/strict/document.json);
 * one <civic-data> also reads an inline JSON block, which is data, not script.
 *
 * The page is opened in a same-origin iframe. Every element must render what it normally
 * renders (texts checked, styles applied, each chart view drawn by chart.js) with zero
 * `securitypolicyviolation` events, which page.js records from before anything else runs.
 *
 * A third page adds `trusted-types lit-html`: a site that lists its Trusted Types policies
 * needs to allow only Lit's 'lit-html' (the library and chart.js create no other).
 *
 * What each engine enforces is measured, not assumed: the `?probe` page breaks the policy on
 * purpose (an inline style attribute inside a shadow root, an inline script, innerHTML with a
 * plain string) and the test checks that each is blocked and reported, with disposition
 * "enforce".
 * - CSP `script-src 'self'` and `style-src 'self'`: enforced by Chromium, Firefox ESR and
 *   WebKitGTK.
 * - `require-trusted-types-for 'script'` and `trusted-types`: enforced where the engine
 *   implements Trusted Types (`window.trustedTypes`). In this test bed that is all three
 *   (Chromium 156, Firefox ESR 153, WebKitGTK 2.50). An engine without Trusted Types ignores
 *   the directives: the test then still runs the pages and requires zero violations, but
 *   nothing checks the library's DOM sinks in that engine. The summary line printed at the end
 *   says which case applied.
 */
import { expect } from '@open-wc/testing';
import { norm, until } from '../elements/helpers';

interface Violation {
  directive: string;
  disposition: string;
  blocked: string;
  sample: string;
  source: string;
}

interface Probe {
  trustedTypes: boolean;
  inlineStyleApplied: boolean;
  innerHTMLThrew: boolean;
  inlineScriptRan: boolean;
  /** Creating a Trusted Types policy named 'civic-probe' threw (only engines with Trusted Types try). */
  otherPolicyRefused?: boolean;
}

type StrictWindow = Window & {
  civicViolations: Violation[];
  civicLoaded: Promise<string>;
  civicProbe?: Probe;
};

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const POLICIES = {
  csp: CSP,
  tt: `${CSP}; require-trusted-types-for 'script'`,
  // What a site that also lists its Trusted Types policies must allow: only Lit's 'lit-html'.
  'tt-lit': `${CSP}; require-trusted-types-for 'script'; trusted-types lit-html`,
} as const;
type Policy = keyof typeof POLICIES;

/** The elements of test/strict/page.html, by id. */
const ELEMENTS = ['trend', 'comparison', 'breakdown', 'tile', 'gauge', 'radial', 'badge', 'checklist', 'summary', 'scorecard', 'tile-es', 'standalone', 'inline-tile', 'src-tile'];
const CHARTS = ['trend', 'comparison', 'breakdown'];

const opened: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of opened.splice(0)) frame.remove();
});

/** Opens the strict page in a same-origin iframe at the top left of the viewport (so the charts are in view). */
async function openStrictPage(query: string) {
  const frame = document.createElement('iframe');
  frame.title = 'strict page';
  Object.assign(frame.style, { position: 'fixed', top: '0', left: '0', width: '1000px', height: '1400px', border: '0', background: 'white' });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/strict/page.html?${query}`;
  document.body.append(frame);
  opened.push(frame);
  await loaded;
  const win = frame.contentWindow as StrictWindow;
  expect(win.civicViolations, 'page.js ran (it records violations)').to.be.an('array');
  expect(await win.civicLoaded, 'dist/civicstat.js loaded').to.equal('loaded');
  return { frame, win, doc: frame.contentDocument! };
}

const shadowOf = (doc: Document, id: string) => {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`#${id} is not on the page`);
  return el.shadowRoot;
};
const stateOf = (doc: Document, id: string) => {
  const base = shadowOf(doc, id)?.querySelector('[part="base"]');
  return base?.classList.contains('ready') ? 'ready' : base?.classList.contains('error') ? 'error' : 'other';
};
const textOf = (doc: Document, id: string) => norm(shadowOf(doc, id)?.textContent ?? '');

/** Something is painted on the chart's canvas (chart.js has drawn). */
function painted(doc: Document, id: string): boolean {
  const canvas = shadowOf(doc, id)?.querySelector('canvas');
  if (!canvas || canvas.width === 0 || canvas.height === 0) return false;
  const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) return true;
  return false;
}

const enforcedTrustedTypes: Record<string, boolean> = {};
let checkedPages = 0;
let violationsSeen = 0;

describe('strict pages: CSP and Trusted Types (SPEC §5)', function () {
  this.timeout(30_000);

  after(() => {
    const tt = Object.keys(enforcedTrustedTypes).length
      ? `Trusted Types ${Object.values(enforcedTrustedTypes).every(Boolean) ? 'enforced' : 'not implemented by this engine (require-trusted-types-for is ignored)'}`
      : 'Trusted Types not probed';
    const pages = Object.keys(enforcedTrustedTypes).join(' and ');
    console.log(
      `csp: ${checkedPages} strict pages × ${ELEMENTS.length} elements (${CHARTS.length} charts drawn each, after clicks and a resize), ` +
        `${violationsSeen} violations; ${tt}${pages ? ` on the ${pages} pages` : ''}`,
    );
  });

  for (const policy of Object.keys(POLICIES) as Policy[]) {
    it(`serves the ${policy} page with an enforced policy, never report-only`, async () => {
      const response = await fetch(`/test/strict/page.html?policy=${policy}`);
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-security-policy')).to.equal(POLICIES[policy]);
      expect(response.headers.get('content-security-policy-report-only')).to.equal(null);
    });

    it(`${policy}: the policy is enforced and its violations are seen (probe)`, async () => {
      const { win } = await openStrictPage(`policy=${policy}&probe`);
      await until(() => win.civicProbe !== undefined, 'the probe');
      const probe = win.civicProbe!;
      // The inline script is refused by script-src, or first by Trusted Types (its text is a sink).
      const scriptRefused = (v: Violation) => /^script-src/.test(v.directive) || v.directive === 'require-trusted-types-for';
      await until(() => win.civicViolations.some(scriptRefused), 'the inline script violation');
      const directives = win.civicViolations.map((v) => v.directive);
      if (policy === 'csp') expect(directives.some((d) => /^script-src/.test(d)), `script violation in ${JSON.stringify(directives)}`).to.equal(true);
      expect(probe.inlineStyleApplied, 'an inline style attribute is blocked').to.equal(false);
      expect(probe.inlineScriptRan, 'an inline script is blocked').to.equal(false);
      expect(directives.some((d) => /^style-src/.test(d)), `style violation in ${JSON.stringify(directives)}`).to.equal(true);
      expect(win.civicViolations.every((v) => v.disposition === 'enforce'), 'enforced, not report-only').to.equal(true);
      if (policy !== 'csp') {
        enforcedTrustedTypes[policy] = probe.trustedTypes && probe.innerHTMLThrew;
        if (probe.trustedTypes) {
          // The engine implements Trusted Types: a plain string into innerHTML is refused.
          expect(probe.innerHTMLThrew, 'innerHTML with a string throws').to.equal(true);
          expect(directives, 'a Trusted Types violation').to.include('require-trusted-types-for');
          // With `trusted-types lit-html`, a policy of any other name is refused.
          expect(probe.otherPolicyRefused, 'a policy named civic-probe is refused').to.equal(policy === 'tt-lit');
          if (policy === 'tt-lit') expect(directives, 'a trusted-types violation').to.include('trusted-types');
        } else {
          // No Trusted Types in this engine: the directive is ignored, innerHTML works.
          expect(probe.innerHTMLThrew).to.equal(false);
          expect(directives).not.to.include('require-trusted-types-for');
        }
      } else {
        expect(probe.innerHTMLThrew, 'without require-trusted-types-for, innerHTML works').to.equal(false);
      }
    });

    it(`${policy}: every element renders, charts are drawn, and nothing violates the policy`, async () => {
      const { win, doc } = await openStrictPage(`policy=${policy}`);
      await until(() => ELEMENTS.every((id) => stateOf(doc, id) === 'ready'), 'every element to render', 15_000).catch((error: Error) => {
        const states = ELEMENTS.map((id) => `${id}: ${stateOf(doc, id)} ${textOf(doc, id).slice(0, 120)}`);
        throw new Error(`${error.message}\n${states.join('\n')}\nviolations: ${JSON.stringify(win.civicViolations)}`);
      });
      await until(() => CHARTS.every((id) => painted(doc, id)), 'every chart to be drawn by chart.js', 15_000).catch((error: Error) => {
        throw new Error(`${error.message}: drawn ${CHARTS.map((id) => `${id} ${painted(doc, id)}`).join(', ')}; violations: ${JSON.stringify(win.civicViolations)}`);
      });

      // What renders.
      expect(textOf(doc, 'trend')).to.include('Fire response time fell from 8.1 min to 7.2 min between 2022 and 2025; target 7.0 min.');
      expect(textOf(doc, 'comparison')).to.include('City of Strictville 7.2 min; City of Lakeport 7.0 min; National median 7.6 min (lower is better)');
      expect(textOf(doc, 'breakdown')).to.include('Household waste recycled by council district: highest District 1 (51%), lowest District 2 (38%); 1 of 3 meets the target of 50%.');
      for (const id of CHARTS) expect(shadowOf(doc, id)!.querySelector('table'), `${id} table`).to.exist;

      const tile = textOf(doc, 'tile');
      expect(tile).to.include('Fire response time');
      expect(tile).to.include('7.2 min');
      expect(tile).to.include('Computer-aided dispatch');
      expect(shadowOf(doc, 'tile')!.querySelector('a.title-link')!.getAttribute('href')).to.equal('https://strictville.example/fire');
      expect(shadowOf(doc, 'tile')!.querySelector('svg.sparkline'), 'sparkline').to.exist;

      expect(textOf(doc, 'gauge')).to.include('2-year target (2027): 7.0 min');
      expect(shadowOf(doc, 'gauge')!.querySelector('svg.bullet'), 'bullet graph').to.exist;
      expect(norm(shadowOf(doc, 'radial')!.querySelector('.arc-figure')!.textContent!)).to.match(/^\d+%$/);
      expect(textOf(doc, 'radial')).to.include('Household waste recycled');

      const badgeLabel = shadowOf(doc, 'badge')!.querySelector('svg[role="img"]')!.getAttribute('aria-label')!;
      expect(badgeLabel).to.include('What Works Cities');
      expect(badgeLabel).to.include('Silver');
      expect(shadowOf(doc, 'badge')!.querySelector('a')!.getAttribute('href')).to.equal('https://whatworkscities.bloomberg.org/');
      const standaloneLabel = shadowOf(doc, 'standalone')!.querySelector('svg[role="img"]')!.getAttribute('aria-label')!;
      expect(standaloneLabel).to.include('Excellence');
      expect(standaloneLabel).to.include('2024');

      expect(textOf(doc, 'checklist')).to.include('5 of 43 criteria met');
      expect(textOf(doc, 'inline-tile')).to.include('Potholes filled');
      expect(textOf(doc, 'inline-tile')).to.include('120');
      expect(textOf(doc, 'src-tile')).to.include('Household waste recycled');
      expect(textOf(doc, 'src-tile')).to.include('42%');
      expect(textOf(doc, 'summary')).to.match(/^2 measures: /);
      expect(textOf(doc, 'scorecard')).to.include('2 of 2 measures shown');
      // Spanish, from the file fetched beside the bundle under the same policy.
      expect(textOf(doc, 'tile-es')).to.include('Meta');
      expect(textOf(doc, 'tile-es')).to.include('7,2 min');

      // Styled as usual: the elements' own stylesheets and the page's linked one apply.
      const frameWin = win as unknown as typeof globalThis;
      const tileBase = shadowOf(doc, 'tile')!.querySelector('[part="base"]')!;
      expect(frameWin.getComputedStyle(tileBase).borderTopStyle, 'tile border').to.equal('solid');
      expect(frameWin.getComputedStyle(shadowOf(doc, 'trend')!.querySelector('.chart')!).height, 'chart height from page.css').to.equal('128px');
      const segments = [...shadowOf(doc, 'checklist')!.querySelectorAll<HTMLElement>('.segment')];
      expect(segments.length, 'checklist bar segments').to.be.greaterThan(0);
      expect(segments.some((s) => frameWin.getComputedStyle(s).flexGrow !== '0'), 'segment widths (set through the CSSOM)').to.equal(true);
      const summarySegments = [...shadowOf(doc, 'summary')!.querySelectorAll<HTMLElement>('.segment')];
      expect(summarySegments.length, 'status summary segments').to.be.greaterThan(0);
      for (const s of summarySegments) expect(s.getBoundingClientRect().width, 'a status summary segment has its width').to.be.greaterThan(5);
      expect(doc.querySelectorAll('style').length, 'no <style> in the page').to.equal(0);
      for (const id of ELEMENTS) expect(shadowOf(doc, id)!.querySelectorAll('style').length, `no <style> in #${id}`).to.equal(0);

      // Interaction renders too: the chart's table, a checklist group, the tile's link target.
      const toggle = shadowOf(doc, 'trend')!.querySelector<HTMLButtonElement>('button[part="toggle"]')!;
      toggle.click();
      await until(() => toggle.getAttribute('aria-expanded') === 'true', 'the table to open');
      const group = shadowOf(doc, 'checklist')!.querySelector<HTMLButtonElement>('button[part="group-toggle"]')!;
      group.click();
      await until(() => group.getAttribute('aria-expanded') === 'true', 'a checklist group to open');
      const search = shadowOf(doc, 'scorecard')!.querySelector<HTMLInputElement>('input[part="search"]')!;
      search.value = 'recycl';
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await until(() => textOf(doc, 'scorecard').includes('1 of 2 measures shown'), 'the scorecard to filter');
      // Drawn again on a new size (chart.js's resize path).
      shadowOf(doc, 'breakdown')!.host.classList.add('wide');
      await new Promise((resolve) => setTimeout(resolve, 200));

      checkedPages += 1;
      violationsSeen += win.civicViolations.length;
      expect(win.civicViolations, 'securitypolicyviolation events').to.deep.equal([]);
    });
  }
});
