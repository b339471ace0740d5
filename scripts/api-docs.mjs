// `npm run api-docs`: writes docs/api/<tag>.md, one API table per element, from
// custom-elements.json. `--check`: exits 1 when a page is not what the manifest generates.
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';

const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const table = (title, head, rows) =>
  rows.length === 0 ? '' : `## ${title}\n\n| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n${rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}\n\n`;

const pages = new Map();
for (const mod of manifest.modules ?? []) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    const publicFields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected');
    let page = `<!-- Generated from custom-elements.json by scripts/api-docs.mjs: do not edit. -->\n# \`<${d.tagName}>\` API\n\n${d.summary ?? ''}\n\n${d.description ?? ''}\n\n`;
    page += table('Attributes', ['attribute', 'property', 'type', 'description'], (d.attributes ?? []).map((a) => [`\`${a.name}\``, a.fieldName ? `\`${a.fieldName}\`` : '', a.type?.text ?? '', a.description ?? '']));
    page += table('Properties', ['property', 'type', 'description'], publicFields.map((f) => [`\`${f.name}\``, f.type?.text ?? '', f.description ?? '']));
    page += table('Events', ['event', 'description'], (d.events ?? []).map((e) => [`\`${e.name}\``, e.description ?? '']));
    page += table('Slots', ['slot', 'description'], (d.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description ?? '']));
    page += table('CSS parts', ['part', 'description'], (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']));
    page += table('CSS custom properties', ['property', 'description'], (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description ?? '']));
    pages.set(`docs/api/${d.tagName}.md`, page.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n');
  }
}

let stale = [];
if (!check) mkdirSync('docs/api', { recursive: true });
for (const [path, text] of pages) {
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(path);
  } else writeFileSync(path, text);
}
if (check) {
  const extra = existsSync('docs/api') ? readdirSync('docs/api').map((f) => `docs/api/${f}`).filter((p) => !pages.has(p)) : [];
  stale = stale.concat(extra);
  if (stale.length) {
    console.error(`stale API pages (run npm run api-docs): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log('docs/api is current');
} else console.log(`Wrote ${pages.size} API pages in docs/api/`);
