// `npm run editor-data`: editor support generated from custom-elements.json (never edit by hand):
//   editors/vscode.html-custom-data.json  VS Code's HTML custom data (tags, attributes, values)
//   editors/web-types.json                JetBrains web-types (also events, CSS parts and properties)
// `--check`: exits 1 when a checked-in file is not what the manifest generates.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** `'bullet' | 'radial' | undefined` → ['bullet', 'radial']; any other type → []. */
function literalValues(typeText = '') {
  const parts = typeText.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  return parts.length > 0 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : [];
}

const elements = [];
for (const mod of manifest.modules ?? []) {
  for (const d of mod.declarations ?? []) if (d.tagName) elements.push(d);
}
elements.sort((a, b) => a.tagName.localeCompare(b.tagName));

const describe = (d) => [d.summary, d.description].filter(Boolean).join('\n\n');

const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((d) => ({
    name: d.tagName,
    description: describe(d),
    attributes: (d.attributes ?? []).map((a) => {
      const values = literalValues(a.type?.text);
      const attribute = { name: a.name, description: a.description ?? '' };
      if (a.type?.text === 'boolean') attribute.valueSet = 'v';
      if (values.length) attribute.values = values.map((name) => ({ name }));
      return attribute;
    }),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((d) => {
        const element = {
          name: d.tagName,
          description: describe(d),
          attributes: (d.attributes ?? []).map((a) => {
            const values = literalValues(a.type?.text);
            const attribute = { name: a.name, description: a.description ?? '' };
            if (a.type?.text === 'boolean') attribute.value = { type: 'boolean', required: false };
            else if (values.length) attribute.value = { type: values.map((v) => `'${v}'`).join(' | '), kind: 'plain' };
            else attribute.value = { type: a.type?.text ?? 'string', kind: 'plain' };
            if (values.length) attribute.values = values.map((name) => ({ name }));
            return attribute;
          }),
          events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
        };
        const parts = (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' }));
        const properties = (d.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' }));
        if (parts.length || properties.length) element.css = { parts, properties };
        return element;
      }),
    },
  },
};

const files = {
  'editors/vscode.html-custom-data.json': JSON.stringify(vscode, null, 2) + '\n',
  'editors/web-types.json': JSON.stringify(webTypes, null, 2) + '\n',
};

let stale = [];
if (!check) mkdirSync('editors', { recursive: true });
for (const [path, text] of Object.entries(files)) {
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // missing: stale
    }
    if (current !== text) stale.push(path);
  } else {
    writeFileSync(path, text);
  }
}
if (check) {
  if (stale.length) {
    console.error(`stale: ${stale.join(', ')}; run npm run editor-data and commit the result`);
    process.exit(1);
  }
  console.log('editors/ is current');
} else {
  console.log(`Wrote ${Object.keys(files).join(', ')}`);
}
