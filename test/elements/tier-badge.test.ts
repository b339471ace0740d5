/**
 * `<civic-tier-badge>` as a reader sees it (SPEC §4–5): the badge's accessible name and SVG
 * <title>, from attributes alone or from a certification of the document (awarded, expired,
 * self-assessed); error states; links and safe URLs; sizes; Spanish; the loading state; and axe
 * (colour contrast included) for every tier of every built-in program, light and dark.
 *
 * Documents come from URLs with a unique query string, so the page-wide document cache never
 * carries a result from one test into another.
 *
 * The browser's clock reads 2026-11-23 (after the demo's `wwc` award expired on 2026-07-12), so
 * that award shows as expired.
 */
import { expect } from '@open-wc/testing';
import '../../src/tier-badge';
import type { CivicTierBadge } from '../../src/tier-badge';
import { programs } from '../../src/core/programs/index';

import {
  expectOneCivicError,
  box as fixedBox,
  freshUrl,
  holdFetch,
  mount,
  norm,
  partText,
  q,
  qa,
  recordErrors,
  root,
  settle,
  until,
  watchWindow,
} from './helpers';

const RIVERTON = '/demo/riverton.civicstat.json';

/** A badge, not yet in the page; attributes as a page author would write them. */
function createBadge(attrs: Record<string, string | boolean> = {}): CivicTierBadge {
  const el = document.createElement('civic-tier-badge');
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  return el;
}

/** A `<civic-data src>` (a fresh URL of the demo document) holding the given elements. */
function provider(...children: Element[]): HTMLElement {
  const data = document.createElement('civic-data');
  data.setAttribute('src', freshUrl(RIVERTON));
  data.append(...children);
  return data;
}

const svgOf = (el: Element) => q(el, 'svg[part~="badge"]') as SVGSVGElement | null;
const label = (el: Element) => svgOf(el)?.getAttribute('aria-label') ?? '';
const title = (el: Element) => norm(svgOf(el)?.querySelector('title')?.textContent ?? '');

const box = (width = 400, attrs: Record<string, string> = {}) => fixedBox(width, attrs);
const isReady = (el: Element) => !!svgOf(el);
const hasError = (el: Element) => partText(el, 'error') !== '';

/** Mounts badges and waits until each shows its SVG. */
async function mountReady(parent: ParentNode, ...badges: CivicTierBadge[]): Promise<void> {
  for (const b of badges) if (!b.isConnected) mount(b, parent);
  await until(() => badges.every(isReady), 'the badge SVG');
  await Promise.all(badges.map((b) => b.updateComplete));
}

const WWC_NAME = programs['wwc-2023']!.name;
const ICMA_NAME = programs['icma-2021']!.name;

describe('<civic-tier-badge>: standalone (attributes alone, no document)', () => {
  it('program="wwc-2023" tier="silver" year="2023": an img svg named "…Silver…2023", with the same <title>, no error', async () => {
    const guard = watchWindow();
    try {
      const el = createBadge({ program: 'wwc-2023', tier: 'silver', year: '2023' });
      const errors = recordErrors(el);
      await mountReady(box(), el);
      await settle(50);

      const svg = svgOf(el)!;
      expect(svg.getAttribute('role')).to.equal('img');
      const name = label(el);
      expect(name).to.include(WWC_NAME);
      expect(name).to.include('Silver');
      expect(name).to.include('2023');
      expect(title(el)).to.equal(norm(name));
      expect(svg.getBoundingClientRect().width, 'drawn').to.be.greaterThan(0);

      expect(partText(el, 'error')).to.equal('');
      expect(errors, 'no civic-error').to.have.length(0);
      expect(guard.seen, 'nothing reached window').to.deep.equal([]);
    } finally {
      guard.stop();
    }
  });
});

describe('<civic-tier-badge>: from the document (<civic-data src>)', () => {
  it('certification="icma" shows the awarded tier, Distinction', async () => {
    const el = createBadge({ certification: 'icma' });
    mount(provider(el), box());
    await until(() => isReady(el), 'the icma badge');
    expect(label(el)).to.include(ICMA_NAME);
    expect(label(el)).to.include('Distinction');
    expect(label(el)).to.include('2025');
    expect(title(el)).to.equal(norm(label(el)));
    expect(partText(el, 'error')).to.equal('');
  });

  it('certification="wwc": the silver award expired 2026-07-12, so it reads "Expired"', async () => {
    const el = createBadge({ certification: 'wwc' });
    mount(provider(el), box());
    await until(() => isReady(el), 'the wwc badge');
    const name = label(el);
    expect(name).to.include(WWC_NAME);
    expect(name).to.include('Expired');
    expect(name).to.match(/2026/);
    expect(title(el)).to.equal(norm(name));
    expect(partText(el, 'error')).to.equal('');
  });

  it('certification="wwc" estimate: the self-assessment reaches Silver, labelled "Self-assessed"', async () => {
    const el = createBadge({ certification: 'wwc', estimate: true });
    mount(provider(el), box());
    await until(() => isReady(el), 'the wwc estimate badge');
    const name = label(el);
    expect(name).to.include(WWC_NAME);
    expect(name).to.include('Silver');
    expect(name).to.include('Self-assessed');
    expect(name).not.to.include('Expired');
    expect(title(el)).to.equal(norm(name));
  });
});

describe('<civic-tier-badge>: error states', () => {
  it('an unknown program shows a visible message and fires one bubbling, composed civic-error', async () => {
    const guard = watchWindow();
    const wrapper = box();
    const atWrapper = recordErrors(wrapper);
    try {
      const el = createBadge({ program: 'nope-2020', tier: 'silver' });
      const errors = recordErrors(el);
      mount(el, wrapper);
      await until(() => errors.length > 0, 'civic-error');
      await settle();

      const message = q(el, '[part~="error"]') as HTMLElement;
      expect(norm(message.textContent!)).to.include('Unknown certification program');
      expect(norm(message.textContent!)).to.include('nope-2020');
      expect(message.getBoundingClientRect().height, 'message visible').to.be.greaterThan(0);
      expect(getComputedStyle(message).visibility).to.equal('visible');
      expect(svgOf(el), 'no badge').to.equal(null);
      expectOneCivicError(errors, 'Unknown certification program', atWrapper, guard.seen);
    } finally {
      guard.stop();
    }
  });

  it('an unknown tier of a known program shows a message naming the tier', async () => {
    const el = createBadge({ program: 'wwc-2023', tier: 'bronze', year: '2023' });
    const errors = recordErrors(el);
    mount(el, box());
    await until(() => errors.length > 0, 'civic-error');
    await settle();
    expect(partText(el, 'error')).to.include('has no tier “bronze”');
    expect(svgOf(el), 'no badge').to.equal(null);
    expect(errors, 'exactly one civic-error').to.have.length(1);
    expect(errors[0]!.detail.error.message).to.include('bronze');
  });

  it('a certification id not in the document: "Certification “x” is not in the document"', async () => {
    const el = createBadge({ certification: 'x' });
    const errors = recordErrors(el);
    mount(provider(el), box());
    await until(() => hasError(el), 'the error message');
    await settle();
    expect(partText(el, 'error')).to.include('Certification “x” is not in the document');
    expect(svgOf(el), 'no badge').to.equal(null);
    expect(errors, 'exactly one civic-error').to.have.length(1);
    expect(errors[0]!.detail.error.message).to.include('Certification “x” is not in the document');
  });
});

describe('<civic-tier-badge>: links', () => {
  it('href="https://example.org/a" wraps the svg in a link to it', async () => {
    const el = createBadge({ program: 'wwc-2023', tier: 'silver', year: '2023', href: 'https://example.org/a' });
    await mountReady(box(), el);
    const link = q(el, 'a[href="https://example.org/a"]');
    expect(link, 'link').to.exist;
    expect(link!.querySelector('svg[role="img"]'), 'svg inside the link').to.exist;
    expect(qa(el, 'a'), 'one link').to.have.length(1);
  });

  it('href="javascript:alert(1)" never becomes a javascript: link', async () => {
    const el = createBadge({ program: 'wwc-2023', tier: 'silver', year: '2023', href: 'javascript:alert(1)' });
    await mountReady(box(), el);
    expect(qa(el, '[href^="javascript" i]')).to.have.length(0);
    expect(qa(el, '[href]').filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? ''))).to.have.length(0);
    expect(root(el).innerHTML.toLowerCase()).not.to.include('javascript:');
    expect(label(el)).to.include('Silver');
  });

  it('href="javascript:alert(1)" on a document certification drops the link too', async () => {
    const el = createBadge({ certification: 'icma', href: 'javascript:alert(1)' });
    mount(provider(el), box());
    await until(() => isReady(el), 'the icma badge');
    expect(qa(el, '[href^="javascript" i]')).to.have.length(0);
    expect(root(el).innerHTML.toLowerCase()).not.to.include('javascript:');
  });
});

describe('<civic-tier-badge>: sizes', () => {
  for (const [size, width] of [
    ['s', 160],
    ['m', 220],
    ['l', 300],
  ] as const) {
    it(`size="${size}" is ${width}px wide`, async () => {
      const el = createBadge({ program: 'wwc-2023', tier: 'gold', year: '2024', size });
      await mountReady(box(400), el);
      const w = svgOf(el)!.getBoundingClientRect().width;
      expect(Math.abs(w - width), `svg width ${w}px`).to.be.at.most(1);
      const hostWidth = el.getBoundingClientRect().width;
      expect(Math.abs(hostWidth - width), `element width ${hostWidth}px`).to.be.at.most(1);
    });
  }
});

describe('<civic-tier-badge>: locale', () => {
  it('lang="es" on an ancestor: an expired standalone badge reads "Venció"', async () => {
    const el = createBadge({ program: 'wwc-2019', tier: 'gold', year: '2019', expires: '2022-06-30' });
    await mountReady(box(400, { lang: 'es' }), el);
    const name = label(el);
    expect(name).to.include('Venció');
    expect(name).to.include('2022');
    expect(name).not.to.include('Expired');
    expect(title(el)).to.equal(norm(name));
  });

  it('in English the same badge reads "Expired"', async () => {
    const el = createBadge({ program: 'wwc-2019', tier: 'gold', year: '2019', expires: '2022-06-30' });
    await mountReady(box(), el);
    expect(label(el)).to.include('Expired');
  });
});

describe('<civic-tier-badge>: loading state', () => {
  it('shows a skeleton 220px wide (size m) and a visually hidden "Loading…" status, then the badge', async () => {
    const held = holdFetch();
    try {
      const el = createBadge({ certification: 'icma', src: freshUrl(RIVERTON) });
      mount(el, box());
      await el.updateComplete;

      const skeleton = q(el, '.skeleton');
      expect(skeleton, 'skeleton').to.exist;
      expect(skeleton!.getAttribute('aria-hidden')).to.equal('true');
      const sr = skeleton!.getBoundingClientRect();
      expect(Math.abs(sr.width - 220), `skeleton width ${sr.width}px`).to.be.at.most(1);
      expect(sr.height, 'skeleton drawn').to.be.greaterThan(0);
      const loading = qa(el, '[role="status"]').find((s) => norm(s.textContent!) === 'Loading…');
      expect(loading, 'a role=status with "Loading…"').to.exist;
      const r = loading!.getBoundingClientRect();
      expect(r.width <= 1 && r.height <= 1, `visually hidden (${r.width}×${r.height})`).to.equal(true);
      expect(svgOf(el)).to.equal(null);
      const loadingBox = el.getBoundingClientRect();

      held.release();
      await until(() => isReady(el), 'the loaded badge');
      await el.updateComplete;
      expect(q(el, '.skeleton'), 'skeleton gone').to.equal(null);
      expect(label(el)).to.include('Distinction');
      // No layout shift: the loaded badge (a two-line program name) takes the skeleton's place.
      const loadedBox = el.getBoundingClientRect();
      expect(Math.abs(loadedBox.width - loadingBox.width), `width ${loadingBox.width} → ${loadedBox.width}`).to.be.at.most(1);
      expect(Math.abs(loadedBox.height - loadingBox.height), `height ${loadingBox.height} → ${loadedBox.height}`).to.be.at.most(1);
    } finally {
      held.restore();
    }
  });

  it('inside a loading <civic-data>, the skeleton is 220px wide too', async () => {
    const held = holdFetch();
    try {
      const el = createBadge({ certification: 'wwc' });
      mount(provider(el), box());
      await el.updateComplete;
      await settle(20);
      const skeleton = q(el, '.skeleton');
      expect(skeleton, 'skeleton').to.exist;
      const w = skeleton!.getBoundingClientRect().width;
      expect(Math.abs(w - 220), `skeleton width ${w}px`).to.be.at.most(1);
      expect(qa(el, '[role="status"]').some((s) => norm(s.textContent!) === 'Loading…')).to.equal(true);
    } finally {
      held.restore();
    }
  });
});

describe('<civic-tier-badge>: accessibility (axe, colour contrast included)', () => {
  it('standalone', async () => {
    const el = createBadge({ program: 'wwc-2023', tier: 'silver', year: '2023' });
    await mountReady(box(), el);
    await expect(el).to.be.accessible();
  });

  for (const program of Object.values(programs)) {
    for (const tier of program.tiers) {
      it(`${program.id} ${tier.id} (standalone, linked to the program's page)`, async () => {
        const el = createBadge({ program: program.id, tier: tier.id, year: '2025' });
        await mountReady(box(), el);
        expect(label(el)).to.include(tier.label);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('expired (standalone and from the document)', async () => {
    const standalone = createBadge({ program: 'wwc-2019', tier: 'gold', year: '2019', expires: '2022-06-30' });
    const fromDoc = createBadge({ certification: 'wwc' });
    const wrapper = box();
    mount(standalone, wrapper);
    mount(provider(fromDoc), wrapper);
    await mountReady(wrapper, standalone, fromDoc);
    expect(label(fromDoc)).to.include('Expired');
    await expect(standalone).to.be.accessible();
    await expect(fromDoc).to.be.accessible();
  });

  it('self-assessed', async () => {
    const el = createBadge({ certification: 'wwc', estimate: true });
    mount(provider(el), box());
    await until(() => isReady(el), 'the estimate badge');
    expect(label(el)).to.include('Self-assessed');
    await expect(el).to.be.accessible();
  });

  it('error state', async () => {
    const el = createBadge({ program: 'nope-2020', tier: 'silver' });
    mount(el, box());
    await el.updateComplete;
    await settle(50);
    expect(partText(el, 'error')).to.include('Unknown certification program');
    await expect(el).to.be.accessible();
  });

  it('loading state', async () => {
    const held = holdFetch();
    try {
      const el = createBadge({ certification: 'icma', src: freshUrl(RIVERTON) });
      mount(el, box());
      await el.updateComplete;
      expect(q(el, '.skeleton')).to.exist;
      await expect(el).to.be.accessible();
    } finally {
      held.restore();
    }
  });

  it('dark theme (theme="dark" on an ancestor): badge, linked badge, expired and error', async () => {
    const wrapper = box(400, { theme: 'dark' });
    wrapper.style.background = '#1b1b1b';
    wrapper.style.color = '#f0f0f0';
    wrapper.style.padding = '8px';
    const plain = createBadge({ program: 'wwc-2023', tier: 'platinum', year: '2025' });
    const linked = createBadge({ program: 'icma-2021', tier: 'excellence', year: '2025', href: 'https://example.org/a' });
    const expired = createBadge({ program: 'wwc-2019', tier: 'gold', year: '2019', expires: '2022-06-30' });
    await mountReady(wrapper, plain, linked, expired);
    const error = mount(createBadge({ program: 'nope-2020', tier: 'silver' }), wrapper);
    await error.updateComplete;
    await settle(50);
    for (const el of [plain, linked, expired, error]) {
      expect(q(el, '[part~="base"]')!.classList.contains('dark'), 'dark tokens applied').to.equal(true);
    }
    for (const el of [plain, linked, expired, error]) await expect(el).to.be.accessible();
  });
});
