// `npm run docs`: the documentation site in site/, built from docs/ with Vite.
//
// Every Markdown page of docs/ becomes an HTML page with the site's navigation. A code block
// marked ```html live is shown twice: running (the library is loaded on every page, and the
// page's content sits in a <civic-data> with the sample city's document) and as code. The
// data-format reference is generated from the JSON Schema; the API pages (docs/api/) from
// custom-elements.json. Relative links, so the site works from any folder.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = join(root, 'docs');
const BUILD = join(root, '.docs-build');
const OUT = join(root, 'site');

/** Markdown files under docs/, as paths relative to docs/ (examples/ holds code, not pages). */
export function docPages(dir = DOCS) {
  const pages = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'examples') walk(path);
      } else if (name.endsWith('.md')) pages.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return pages;
}

/** The ```html live blocks of one Markdown text, in order. */
export function liveBlocks(markdown) {
  return [...markdown.matchAll(/^```html live\n([\s\S]*?)^```/gm)].map((m) => m[1]);
}

/** Every live example of the docs: page and HTML, for the test that renders each one. */
export function liveExamples(dir = DOCS) {
  return docPages(dir).flatMap((page) => liveBlocks(readFileSync(join(dir, page), 'utf8')).map((html, index) => ({ page, index, html })));
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The data-format reference, from the schema: one table of fields per object type. */
function schemaReference() {
  const schema = JSON.parse(readFileSync(join(root, 'schema', 'civicstat.schema.json'), 'utf8'));
  const typeOf = (s) => {
    if (!s) return '';
    if (s.$ref) return `[${s.$ref.split('/').pop()}](#${s.$ref.split('/').pop().toLowerCase()})`;
    if (s.enum) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
    if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
    if (s.type === 'array') return `list of ${typeOf(s.items)}`;
    if (s.oneOf || s.anyOf) return (s.oneOf ?? s.anyOf).map(typeOf).join(' or ');
    if (Array.isArray(s.type)) return s.type.join(' or ');
    return s.type ?? (s.additionalProperties ? 'object' : '');
  };
  const cell = (t) => String(t ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ');
  const table = (obj) => {
    const required = new Set(obj.required ?? []);
    const rows = Object.entries(obj.properties ?? {}).map(
      ([name, s]) => `| \`${name}\`${required.has(name) ? ' (required)' : ''} | ${cell(typeOf(s))} | ${cell(s.description)} |`,
    );
    return rows.length ? `| field | type | meaning |\n|---|---|---|\n${rows.join('\n')}\n` : '';
  };
  let md = `# Document fields\n\nGenerated from \`schema/civicstat.schema.json\`, the JSON Schema an editor uses to check a\ndocument while you type. [The data format](data-format.html) explains the fields with examples;\nthe rules a schema cannot express (references, dates, tiers) are checked by \`civicstat validate\`.\n\n## Document\n\n${schema.description ?? ''}\n\n${table(schema)}`;
  for (const [name, def] of Object.entries(schema.$defs ?? {})) {
    md += `\n## ${name}\n\n${def.description ?? ''}\n\n${table(def) || `Type: ${cell(typeOf(def))}\n`}`;
  }
  return md;
}

/** The site's navigation: sections and pages (paths relative to docs/, without .md). */
function navigation(pages) {
  const has = (p) => pages.includes(`${p}.md`);
  const title = (p) => {
    const text = readFileSync(join(BUILD, 'md', `${p}.md`), 'utf8');
    return (text.match(/^# (.+)$/m)?.[1] ?? p).replace(/`/g, '');
  };
  const section = (name, list) => ({ name, pages: list.filter(has).map((p) => ({ path: p, title: title(p) })) });
  return [
    section('Start', ['index', 'getting-started/cms', 'getting-started/badge', 'getting-started/theming', 'frameworks', 'gallery']),
    section('Elements', pages.filter((p) => p.startsWith('elements/')).map((p) => p.slice(0, -3))),
    section('API', pages.filter((p) => p.startsWith('api/')).map((p) => p.slice(0, -3))),
    section('Reference', ['data-format', 'schema', 'cli', 'editors', 'accessibility', 'security', 'performance']),
  ];
}

function build() {
  rmSync(BUILD, { recursive: true, force: true });
  mkdirSync(join(BUILD, 'md'), { recursive: true });
  for (const page of docPages()) {
    mkdirSync(dirname(join(BUILD, 'md', page)), { recursive: true });
    cpSync(join(DOCS, page), join(BUILD, 'md', page));
  }
  writeFileSync(join(BUILD, 'md', 'schema.md'), schemaReference());
  const pages = docPages(join(BUILD, 'md'));
  const nav = navigation(pages);

  const src = join(BUILD, 'src');
  const inputs = {};
  for (const page of pages) {
    const name = page.slice(0, -3);
    const depth = name.split('/').length - 1;
    const up = depth ? '../'.repeat(depth) : './';
    const marked = new Marked({
      renderer: {
        code({ text, lang }) {
          if (lang === 'html live') {
            return `<div class="example" data-live>${text}</div>\n<pre class="example-code"><code class="language-html">${escapeHtml(text)}</code></pre>\n`;
          }
          return false;
        },
        link({ href, title, tokens }) {
          const inner = this.parser.parseInline(tokens);
          let target = href;
          if (!/^[a-z]+:|^#|^\//i.test(href)) {
            target = href.replace(/\.md(#|$)/, '.html$1');
            // Links out of docs/ (README, source files) point at nothing in the site: keep the text.
            const resolved = join(dirname(page), target.split('#')[0]);
            if (resolved.startsWith('..')) return inner;
          }
          return `<a href="${escapeHtml(target)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${inner}</a>`;
        },
      },
    });
    const markdown = readFileSync(join(BUILD, 'md', page), 'utf8');
    const body = marked.parse(markdown.replace(/^```html live$/gm, '```html live'));
    const pageTitle = markdown.match(/^# (.+)$/m)?.[1]?.replace(/`/g, '') ?? name;
    const navHtml = nav
      .map(
        (s) =>
          `<h2>${s.name}</h2><ul>${s.pages
            .map((p) => `<li><a href="${up}${p.path}.html"${p.path === name ? ' aria-current="page"' : ''}>${escapeHtml(p.title)}</a></li>`)
            .join('')}</ul>`,
      )
      .join('');
    const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(pageTitle)} · CivicStat</title>
    <link rel="stylesheet" href="${up}site.css" />
    <script type="module" src="${up}site.ts"></script>
  </head>
  <body>
    <a class="skip" href="#content">Skip to the content</a>
    <header><a class="brand" href="${up}index.html">CivicStat</a></header>
    <div class="layout">
      <nav aria-label="Documentation">${navHtml}</nav>
      <main id="content">
        <civic-data src="${up}riverton.civicstat.json">
${body}
        </civic-data>
      </main>
    </div>
  </body>
</html>
`;
    const file = join(src, `${name}.html`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
    inputs[name.replace(/\//g, '-')] = file;
  }
  cpSync(join(root, 'scripts', 'docs-site'), src, { recursive: true });
  const pub = join(BUILD, 'public');
  mkdirSync(pub, { recursive: true });
  cpSync(join(root, 'demo', 'riverton.civicstat.json'), join(pub, 'riverton.civicstat.json'));
  cpSync(join(DOCS, 'examples'), join(pub, 'examples'), { recursive: true });
  return { src, pub, inputs };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { src, pub, inputs } = build();
  const { build: vite } = await import('vite');
  await vite({
    configFile: false,
    root: src,
    base: './',
    publicDir: pub,
    logLevel: 'warn',
    resolve: { alias: { civicstat: join(root, 'src', 'index.ts') } },
    build: { outDir: OUT, emptyOutDir: true, target: 'es2022', rollupOptions: { input: inputs } },
  });
  console.log(`built the documentation site in ${relative(root, OUT)}/ (${Object.keys(inputs).length} pages); serve it with any static server, e.g. npx vite preview --outDir site`);
}
