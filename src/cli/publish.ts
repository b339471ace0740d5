/**
 * `civicstat publish FILE --out DIR`: a static site a city can upload anywhere and publish
 * again whenever its document changes (SPEC §6). Every page is pre-rendered with the same
 * elements as the library (`renderPage`, declarative shadow DOM), so it reads without
 * JavaScript; the library, loaded from `assets/`, takes over where scripts run.
 *
 *   index.html                                the report: summaries, scorecard, certifications
 *   measures/ID/index.html, ID.csv            one page per measure, and its figures as CSV
 *   certifications/ID/index.html, badge.svg, badge.png
 *   embed/measure/ID/{tile,gauge,trend,comparison,breakdown}/index.html + oembed.json
 *   embed/certification/ID/{badge,checklist}/…   embed/summary/KIND/…
 *   assets/   the library (civicstat.js and the files beside it), site.css, embed.css,
 *             resize.js (the embed page's height for WordPress and host.js), host.js, share.js
 *   data/document.json, sitemap.xml (with --base-url), csp.txt
 *
 * File names come from ids, which the parser only accepts as slugs, and every path is checked
 * to stay inside DIR. Document text is escaped on every page; URLs pass `safeUrl`.
 */
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateCertification } from '../core/certification';
import type { Certification, CivicDocument, GoalKind, Measure } from '../core/document';
import { formatProblem, parseDocument } from '../core/parse';
import { programs } from '../core/programs/index';
import { formatPeriod } from '../core/period';
import { safeUrl } from '../core/url';
import { rasterize, renderBadgeSvg } from './badge';
import { renderPage, RenderError } from './render';
import { PUBLISH_STRINGS, type PublishLanguage, type PublishStrings } from './publish-strings';

export { PUBLISH_LANGUAGES } from './publish-strings';

export interface PublishOptions {
  /** The folder to write. */
  out: string;
  /** Where `out` will be served (`https://…/`): oEmbed, canonical, Open Graph and sitemap URLs become absolute. */
  baseUrl?: string;
  lang?: PublishLanguage;
  /** The folder with the built library (`civicstat.js` and the files beside it); defaults to this package's dist/. */
  libraryDir?: string;
  /** "Today", for award expiry; defaults to now. */
  asOf?: Date;
}

export interface PublishResult {
  /** Pages written, relative to `out` (`index.html`, `measures/x/index.html`, …). */
  pages: string[];
  /** Every file written, relative to `out`. */
  files: string[];
  /** `style-src` sources that allow the inline styles of the pre-rendered templates. */
  styleSrc: string[];
  /** What needs an absolute URL and was left out without `--base-url`. */
  notes: string[];
}

/** A problem that stops publishing: `code` 2 for usage, 1 for an invalid document (nothing is written). */
export class PublishError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = 'PublishError';
  }
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for HTML text and attribute values. */
export const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The kinds of element an embed page holds, with the size its iframe starts at. */
const EMBED_SIZE = {
  tile: [360, 320],
  gauge: [420, 200],
  trend: [640, 480],
  comparison: [640, 480],
  breakdown: [640, 480],
  badge: [240, 130],
  checklist: [640, 900],
  summary: [640, 260],
} as const;
type EmbedKind = keyof typeof EMBED_SIZE;

interface Embed {
  /** Folder relative to out, e.g. `embed/measure/x/tile`. */
  dir: string;
  kind: EmbedKind;
  title: string;
  /** The element's markup (its document comes from `<civic-data>` around it). */
  element: string;
  /** The full page this embed is part of, relative to out. */
  page: string;
}

/** The library's own dist/ folder, beside this module once built (dist/cli.js), or from src/cli in development. */
function defaultLibraryDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [here, resolve(here, '../../dist')]) {
    if (existsSync(join(candidate, 'civicstat.js'))) return candidate;
  }
  return here;
}

/** Publishes the document in `file` (JSON text) as a static site in `options.out`. */
export async function publishSite(file: string, options: PublishOptions): Promise<PublishResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PublishError(`cannot read ${file}${code === 'ENOENT' ? ' (no such file)' : code ? ` (${code})` : ''}`, 2);
  }
  const parsed = parseDocument(text);
  if (!parsed.ok) {
    throw new PublishError(`${file} is not a valid CivicStat document; nothing was published`, 1, parsed.problems.map((p) => `${file}: ${formatProblem(p)}`));
  }
  const doc = parsed.document;
  const lang = options.lang ?? 'en';
  const s = PUBLISH_STRINGS[lang];
  const base = options.baseUrl === undefined ? undefined : checkedBase(options.baseUrl);
  const out = resolve(options.out);
  const libraryDir = options.libraryDir ?? defaultLibraryDir();
  if (!existsSync(join(libraryDir, 'civicstat.js'))) {
    throw new PublishError(`the built library is missing: no civicstat.js in ${libraryDir} (run npm run build)`, 2);
  }
  for (const m of doc.measures) if (!SLUG.test(m.id)) throw new PublishError(`measure id "${m.id}" is not a slug`, 1);
  for (const c of doc.certifications) if (!SLUG.test(c.id)) throw new PublishError(`certification id "${c.id}" is not a slug`, 1);

  const site = new Site(out, base, lang, s, doc, options.asOf ?? new Date());
  await site.prepare(text, libraryDir);
  await site.writeAll();
  return site.result();
}

/** An absolute http(s) base URL, ending in a slash. */
function checkedBase(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PublishError(`--base-url must be an absolute http or https URL, got "${value}"`, 2);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new PublishError(`--base-url must be an http or https URL, got "${value}"`, 2);
  url.hash = '';
  url.search = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

class Site {
  private files: string[] = [];
  private pages: string[] = [];
  private styles = new Set<string>();
  private notes: string[] = [];
  private embeds: Embed[] = [];

  constructor(
    private readonly out: string,
    private readonly base: string | undefined,
    private readonly lang: PublishLanguage,
    private readonly s: PublishStrings,
    private readonly doc: CivicDocument,
    private readonly asOf: Date,
  ) {}

  private get city() {
    return this.doc.jurisdiction.name;
  }

  /** A path inside out, or an error: nothing is ever written elsewhere. */
  private inside(path: string): string {
    const full = resolve(this.out, path);
    if (full !== this.out && !full.startsWith(this.out + sep)) throw new PublishError(`refusing to write outside ${this.out}: ${path}`, 2);
    return full;
  }

  private async write(path: string, data: string | Uint8Array): Promise<void> {
    const full = this.inside(path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, data);
    this.files.push(path);
  }

  /** A URL for `path` (relative to out) as seen from the page at `from`: relative, or absolute with --base-url when `absolute`. */
  private url(path: string, from: string, absolute = false): string {
    if (absolute && this.base) return new URL(path.replace(/index\.html$/, ''), this.base).href;
    let rel = relative(dirname(join('/', from)), join('/', path)).split(sep).join('/');
    if (rel === '') rel = './';
    return rel.replace(/(^|\/)index\.html$/, '$1') || './';
  }

  async prepare(documentText: string, libraryDir: string): Promise<void> {
    await mkdir(this.out, { recursive: true });
    // A site published before: its generated folders go, so a measure taken out of the
    // document leaves no page behind. Nothing else in DIR is touched.
    const marker = join(this.out, 'civicstat-site.json');
    if (existsSync(marker)) {
      for (const dir of ['measures', 'certifications', 'embed', 'assets', 'data']) await rm(join(this.out, dir), { recursive: true, force: true });
    }
    await this.write('civicstat-site.json', `${JSON.stringify({ generator: 'civicstat publish', lang: this.lang }, null, 2)}\n`);
    await this.write('data/document.json', documentText);
    // The library: civicstat.js and what it fetches from beside itself (the chart chunk, the
    // language files).
    for (const name of await readdir(libraryDir)) {
      // civicstat.js, civicstat-chart-js-….js, civicstat-es-….js, civicstat-fr-….js
      if (/^civicstat(-[a-z]+-.+)?\.js$/.test(name)) {
        await cp(join(libraryDir, name), this.inside(`assets/${name}`));
        this.files.push(`assets/${name}`);
      }
    }
    const assets = join(dirname(fileURLToPath(import.meta.url)), 'publish-assets');
    const assetDir = existsSync(assets) ? assets : resolve(dirname(fileURLToPath(import.meta.url)), '../../src/cli/publish-assets');
    for (const name of await readdir(assetDir)) {
      await cp(join(assetDir, name), this.inside(`assets/${name}`));
      this.files.push(`assets/${name}`);
    }
  }

  result(): PublishResult {
    return { pages: [...this.pages], files: [...this.files], styleSrc: [...this.styles].sort(), notes: [...this.notes] };
  }

  /* ---------------- pages ---------------- */

  async writeAll(): Promise<void> {
    const doc = this.doc;
    const measurePages = doc.measures.map((m) => `measures/${m.id}/index.html`);
    const certPages = doc.certifications.map((c) => `certifications/${c.id}/index.html`);

    for (const m of doc.measures) await this.measurePage(m);
    for (const c of doc.certifications) await this.certificationPage(c);
    await this.indexPage(measurePages, certPages);
    for (const e of this.embeds) await this.embedPage(e);

    if (this.base) {
      const urls = this.pages.map((p) => `  <url><loc>${esc(this.url(p, '', true))}</loc>${doc.updated ? `<lastmod>${doc.updated}</lastmod>` : ''}</url>`);
      await this.write('sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`);
    } else {
      this.notes.push(
        'without --base-url: no sitemap.xml and no oEmbed discovery links (both need absolute URLs), no og:url; canonical links and the oEmbed files use relative URLs',
      );
    }
    const csp = `script-src 'self'; style-src 'self' ${[...this.styles].sort().join(' ')}`;
    await this.write('csp.txt', `# A Content-Security-Policy that allows this site's pages (the inline styles of the pre-rendered elements by hash):\nContent-Security-Policy: ${csp}\n`);
  }

  /** The `<civic-data>` of a page at `from`, around `inner`. */
  private data(from: string, inner: string): string {
    return `<civic-data src="${esc(this.url('data/document.json', from))}">${inner}</civic-data>`;
  }

  /** What a measure's page shows, each part with its embed title and its heading on the page. */
  private measureEmbeds(m: Measure): { kind: EmbedKind; element: string; title: string; heading: string }[] {
    const s = this.s;
    const list = [{ kind: 'tile' as EmbedKind, element: `<civic-kpi-tile measure="${m.id}"></civic-kpi-tile>`, title: m.title, heading: m.title }];
    const hasFigures = m.values.some((v) => typeof v.value === 'number');
    if (m.targets.length > 0 && hasFigures) {
      list.push({ kind: 'gauge', element: `<civic-target-gauge measure="${m.id}"></civic-target-gauge>`, title: s.gaugeTitle(m.title), heading: s.gaugeHeading });
    }
    if (hasFigures) {
      list.push({ kind: 'trend', element: `<civic-kpi-chart measure="${m.id}" view="trend"></civic-kpi-chart>`, title: s.trendTitle(m.title), heading: s.trendHeading });
    }
    if (m.comparisons.length > 0) {
      list.push({ kind: 'comparison', element: `<civic-kpi-chart measure="${m.id}" view="comparison"></civic-kpi-chart>`, title: s.comparisonTitle(m.title), heading: s.comparisonHeading });
    }
    if (m.breakdown && m.breakdown.items.length > 0) {
      const dimension = m.breakdown.dimension;
      list.push({ kind: 'breakdown', element: `<civic-kpi-chart measure="${m.id}" view="breakdown"></civic-kpi-chart>`, title: s.breakdownTitle(m.title, dimension), heading: s.breakdownHeading(dimension) });
    }
    return list;
  }

  private async measurePage(m: Measure): Promise<void> {
    const path = `measures/${m.id}/index.html`;
    const s = this.s;
    const parts = this.measureEmbeds(m);
    const sections = parts
      .filter((p) => p.kind !== 'tile')
      .map((p) => `<section class="part part-${p.kind}"><h2>${esc(p.heading)}</h2>${p.element}</section>`)
      .join('\n');
    const targets = m.targets
      .map((t) => `<li>${esc(t.label ?? s.target)}${t.period ? ` (${esc(formatPeriod(t.period, this.lang))})` : ''}</li>`)
      .join('');
    const csv = `${m.id}.csv`;
    const body = `
<p class="lede">${m.description ? esc(m.description) : ''}</p>
${this.data(path, `<div class="tile">${parts[0]!.element}</div>\n${sections}`)}
${targets ? `<section class="part"><h2>${esc(s.targets)}</h2><ul>${targets}</ul></section>` : ''}
<p class="downloads"><a href="${csv}" download>${esc(s.downloadCsv)}</a></p>
${this.share(path, parts.map((p) => ({ kind: p.kind, title: p.title, element: p.element, dir: `embed/measure/${m.id}/${p.kind}` })))}`;
    await this.write(`measures/${m.id}/${csv}`, measureCsv(m));
    for (const p of parts) this.embeds.push({ dir: `embed/measure/${m.id}/${p.kind}`, kind: p.kind, title: p.title, element: p.element, page: path });
    await this.page(path, { title: s.measureTitle(m.title, this.city), h1: m.title, body, description: m.description ?? s.measureDescription(m.title, this.city) });
  }

  private async certificationPage(c: Certification): Promise<void> {
    const path = `certifications/${c.id}/index.html`;
    const s = this.s;
    const evaluation = evaluateCertification(c, this.doc, programs);
    const name = evaluation?.program.name ?? c.program;
    const svg = renderBadgeSvg({ certification: c.id, lang: this.lang, asOf: this.asOf, ...(c.awarded ? {} : { estimate: true }) }, this.doc);
    let hasPng = false;
    if ('svg' in svg) {
      await this.write(`certifications/${c.id}/badge.svg`, svg.svg);
      const png = await rasterize(svg.svg);
      if ('data' in png) {
        await this.write(`certifications/${c.id}/badge.png`, png.data);
        hasPng = true;
      } else this.notes.push(`${c.id}: no badge.png (${png.error})`);
    }
    const badgeAttrs = `certification="${c.id}"${c.awarded ? '' : ' estimate'}`;
    const embeds: Omit<Embed, 'page'>[] = [
      { dir: `embed/certification/${c.id}/badge`, kind: 'badge', title: s.badgeTitle(name, this.city), element: `<civic-tier-badge ${badgeAttrs}></civic-tier-badge>` },
      // On its embed page the checklist's groups come right under the page's (hidden) h1.
      { dir: `embed/certification/${c.id}/checklist`, kind: 'checklist', title: s.checklistTitle(name, this.city), element: `<civic-criteria-checklist certification="${c.id}" heading-level="2"></civic-criteria-checklist>` },
    ];
    const checklist = `<civic-criteria-checklist certification="${c.id}"></civic-criteria-checklist>`;
    const images = 'svg' in svg ? { svg: 'badge.svg', ...(hasPng ? { png: 'badge.png' } : {}) } : undefined;
    const body = `
${this.data(path, `<div class="badge">${embeds[0]!.element}</div>\n<section class="part"><h2>${esc(s.criteria)}</h2>${checklist}</section>`)}
${images ? `<p class="downloads"><a href="${images.svg}" download>${esc(s.downloadSvg)}</a>${images.png ? ` · <a href="${images.png}" download>${esc(s.downloadPng)}</a>` : ''}</p>` : ''}
${this.share(path, embeds, images)}`;
    for (const e of embeds) this.embeds.push({ ...e, page: path });
    const image = hasPng ? `certifications/${c.id}/badge.png` : undefined;
    await this.page(path, { title: s.certificationTitle(name, this.city), h1: name, body, description: s.certificationDescription(name, this.city), ...(image ? { image } : {}) });
  }

  private async indexPage(measurePages: string[], certPages: string[]): Promise<void> {
    const path = 'index.html';
    const s = this.s;
    const doc = this.doc;
    const kinds = (['objective', 'project', 'goal'] as GoalKind[]).filter((k) => doc.goals.some((g) => g.kind === k));
    const summaryKinds: string[] = [...kinds, ...(doc.measures.some((m) => m.targets.length > 0) ? ['measure'] : [])];
    const summaries = summaryKinds.map((kind) => `<civic-status-summary kind="${kind}"></civic-status-summary>`);
    for (const [i, kind] of summaryKinds.entries()) {
      this.embeds.push({ dir: `embed/summary/${kind}`, kind: 'summary', title: s.summaryTitle(kind, this.city), element: summaries[i]!, page: path });
    }
    const certs = doc.certifications.map((c) => {
      return `<li><a href="${this.url(`certifications/${c.id}/index.html`, path)}"><civic-tier-badge certification="${c.id}"${c.awarded ? '' : ' estimate'} size="s"></civic-tier-badge></a></li>`;
    });
    const measures = doc.measures.map((m, i) => `<li><a href="${this.url(measurePages[i]!, path)}">${esc(m.title)}</a></li>`);
    const body = `
${this.data(
  path,
  `${summaries.length ? `<section class="part"><h2>${esc(s.plan)}</h2><div class="summaries">${summaries.join('\n')}</div></section>` : ''}
${certs.length ? `<section class="part"><h2>${esc(s.certifications)}</h2><ul class="badges">${certs.join('\n')}</ul>
${doc.certifications.map((c) => `<civic-criteria-checklist certification="${c.id}" collapsed heading-level="3"></civic-criteria-checklist>`).join('\n')}</section>` : ''}
<section class="part"><h2>${esc(s.measures)}</h2><civic-scorecard searchable></civic-scorecard></section>`,
)}
<nav class="part" aria-labelledby="all-pages"><h2 id="all-pages">${esc(s.allPages)}</h2>
<h3>${esc(s.measures)}</h3><ul class="pages">${measures.join('')}</ul>
${certPages.length ? `<h3>${esc(s.certifications)}</h3><ul class="pages">${doc.certifications.map((c, i) => `<li><a href="${this.url(certPages[i]!, path)}">${esc(evaluateCertification(c, doc, programs)?.program.name ?? c.program)} (${esc(c.id)})</a></li>`).join('')}</ul>` : ''}
</nav>
${summaries.length ? this.share(path, summaryKinds.map((kind, i) => ({ dir: `embed/summary/${kind}`, kind: 'summary' as const, title: s.summaryTitle(kind, this.city), element: summaries[i]! }))) : ''}`;
    await this.page(path, { title: s.reportTitle(this.city), h1: s.reportTitle(this.city), body, description: s.reportDescription(this.city) });
  }

  /** The "Embed or share" disclosure of a page: per element, the snippets and a preview. */
  private share(from: string, embeds: Omit<Embed, 'page'>[], images?: { svg: string; png?: string }): string {
    const s = this.s;
    const script = this.base ? new URL('assets/civicstat.js', this.base).href : this.url('assets/civicstat.js', from);
    const items = embeds.map((e, i) => {
      const [w, h] = EMBED_SIZE[e.kind];
      const embedUrl = this.url(`${e.dir}/index.html`, from, true);
      const dataUrl = this.base ? new URL('data/document.json', this.base).href : this.url('data/document.json', from);
      const iframe = `<iframe src="${embedUrl}" title="${esc(e.title)}" width="${w}" height="${h}" style="border:0;max-width:100%"></iframe>`;
      const tag = `<script type="module" src="${script}"></script>\n<civic-data src="${dataUrl}">\n  ${e.element}\n</civic-data>`;
      const id = `share-${i}`;
      const snippet = (label: string, key: string, value: string) =>
        `<div class="snippet"><label for="${id}-${key}">${esc(label)}</label><textarea id="${id}-${key}" readonly rows="${Math.min(6, value.split('\n').length + 1)}">${esc(value)}</textarea><button type="button" class="copy" data-copy="${id}-${key}" hidden>${esc(s.copy)}</button></div>`;
      return `<li><h3>${esc(e.title)}</h3>
${snippet(s.shareScript, 'script', tag)}
${snippet(s.shareIframe, 'iframe', iframe)}
${snippet(s.shareUrl, 'url', embedUrl)}
<p class="preview-label">${esc(s.preview)}</p>
<iframe class="preview" src="${this.url(`${e.dir}/index.html`, from)}" title="${esc(s.previewOf(e.title))}" width="${w}" height="${h}" loading="lazy"></iframe></li>`;
    });
    let imageItem = '';
    if (images) {
      const src = this.base ? new URL(join(dirname(from), images.png ?? images.svg).split(sep).join('/'), this.base).href : images.png ?? images.svg;
      const alt = embeds[0]!.title;
      imageItem = `<li><h3>${esc(s.shareImage)}</h3><div class="snippet"><label for="share-img">${esc(s.shareImg)}</label><textarea id="share-img" readonly rows="2">${esc(`<img src="${src}" alt="${esc(alt)}" width="240">`)}</textarea><button type="button" class="copy" data-copy="share-img" hidden>${esc(s.copy)}</button></div></li>`;
    }
    return `<details class="share"><summary>${esc(s.share)}</summary>
<p>${esc(s.shareIntro)}</p>
<ul class="share-list">${items.join('\n')}${imageItem}</ul>
<p class="copied visually-hidden" role="status" aria-live="polite" data-copied="${esc(s.copied)}"></p>
</details>`;
  }

  /** Writes a full page: head with its metadata, the header, the body, pre-rendered. */
  private async page(path: string, p: { title: string; h1: string; body: string; description: string; image?: string }): Promise<void> {
    const s = this.s;
    const asset = (name: string) => this.url(`assets/${name}`, path);
    const canonical = this.url(path, path, true);
    const og = [
      `<meta property="og:type" content="website">`,
      `<meta property="og:title" content="${esc(p.title)}">`,
      `<meta property="og:description" content="${esc(p.description)}">`,
      `<meta property="og:site_name" content="${esc(s.reportTitle(this.city))}">`,
      ...(this.base ? [`<meta property="og:url" content="${esc(canonical)}">`] : []),
      ...(p.image ? [`<meta property="og:image" content="${esc(this.url(p.image, path, true))}">`] : []),
      `<meta name="twitter:card" content="summary">`,
      `<meta name="twitter:title" content="${esc(p.title)}">`,
      `<meta name="twitter:description" content="${esc(p.description)}">`,
      ...(p.image ? [`<meta name="twitter:image" content="${esc(this.url(p.image, path, true))}">`] : []),
    ];
    const home = this.url('index.html', path);
    const city = safeUrl(this.doc.jurisdiction.url);
    const updated = this.doc.updated ? s.updated(formatPeriod(this.doc.updated, this.lang)) : '';
    const html = `<!doctype html>
<html lang="${this.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p.title)}</title>
<meta name="description" content="${esc(p.description)}">
<link rel="canonical" href="${esc(canonical)}">
${og.join('\n')}
<link rel="stylesheet" href="${asset('site.css')}">
<script type="module" src="${asset('civicstat.js')}"></script>
<script src="${asset('share.js')}" defer></script>
</head>
<body>
<a class="skip" href="#main">${esc(s.skip)}</a>
<header class="site-header"><a href="${home}">${esc(s.reportTitle(this.city))}</a></header>
<main id="main">
<h1>${esc(p.h1)}</h1>
${p.body}
</main>
<footer class="site-footer"><p>${esc(updated)}${city ? ` · <a href="${esc(city)}">${esc(this.city)}</a>` : ''}</p></footer>
</body>
</html>
`;
    await this.rendered(path, html);
  }

  private async embedPage(e: Embed): Promise<void> {
    const path = `${e.dir}/index.html`;
    const s = this.s;
    const [w, h] = EMBED_SIZE[e.kind];
    const page = this.url(e.page, path, true);
    const oembedHref = this.url(`${e.dir}/oembed.json`, path, true);
    const discovery = this.base
      ? `<link rel="alternate" type="application/json+oembed" href="${esc(oembedHref)}" title="${esc(e.title)}">`
      : '';
    const html = `<!doctype html>
<html lang="${this.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(e.title)}</title>
<link rel="canonical" href="${esc(page)}">
${discovery}
<link rel="stylesheet" href="${this.url('assets/embed.css', path)}">
<script src="${this.url('assets/resize.js', path)}"></script>
<script type="module" src="${this.url('assets/civicstat.js', path)}"></script>
</head>
<body>
<main class="embed embed-${e.kind}" id="embed">
<h1 class="visually-hidden">${esc(e.title)}</h1>
${this.data(path, e.element)}
<p class="embed-link"><a href="${esc(page)}" target="_top">${esc(s.embedMore(this.city))}</a></p>
</main>
</body>
</html>
`;
    await this.rendered(path, html);
    const embedUrl = this.url(path, path, true);
    const src = this.base ? embedUrl : this.url(path, `${e.dir}/oembed.json`);
    const pageUrl = this.base ? page : this.url(e.page, `${e.dir}/oembed.json`);
    const oembed = {
      version: '1.0',
      type: 'rich',
      title: e.title,
      provider_name: s.reportTitle(this.city),
      provider_url: this.base ?? this.url('index.html', `${e.dir}/oembed.json`),
      width: w,
      height: h,
      html:
        `<blockquote><a href="${esc(pageUrl)}">${esc(e.title)}</a></blockquote>` +
        `<iframe src="${esc(src)}" width="${w}" height="${h}" title="${esc(e.title)}" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>`,
    };
    await this.write(`${e.dir}/oembed.json`, `${JSON.stringify(oembed, null, 2)}\n`);
  }

  private async rendered(path: string, html: string): Promise<void> {
    const full = this.inside(path);
    let page;
    try {
      page = await renderPage(html, { baseDir: dirname(full) });
    } catch (error) {
      if (error instanceof RenderError) throw new PublishError(`${path}: ${error.message}`, error.code, error.problems);
      throw error;
    }
    for (const src of page.styleSrc) this.styles.add(src);
    await this.write(path, page.html);
    this.pages.push(path);
  }
}

/** A cell of CSV: quoted when needed; text that a spreadsheet would run as a formula is prefixed with '. */
function cell(value: string | number | null | undefined, text = true): string {
  if (value === null || value === undefined) return '';
  let v = String(value);
  if (text && /^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A measure's values as CSV: period, value, unit and note, the periods as written. */
export function measureCsv(m: Measure): string {
  const unit = m.unit ?? (m.format?.style === 'percent' ? 'fraction (0.42 = 42%)' : m.format?.style === 'currency' ? m.format.currency : m.format?.unit) ?? '';
  const rows = [['measure', 'period', 'value', 'unit', 'note'].join(',')];
  for (const v of m.values) rows.push([cell(m.id), cell(v.period), cell(v.value, false), cell(unit), cell(v.note)].join(','));
  return `\ufeff${rows.join('\r\n')}\r\n`;
}
