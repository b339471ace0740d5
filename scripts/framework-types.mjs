// `npm run framework-types`: typed use of the elements from frameworks, generated from
// custom-elements.json (never edit the output by hand):
//   types/react.d.ts   JSX intrinsic elements for React 19 (props, `on<event>` listeners, ref)
//   types/vue.d.ts     Vue 3 global components (props and `on…` listeners, typed in templates)
//   types/svelte.d.ts  Svelte 5 elements (attributes and `on<event>` handlers)
// `--check`: exits 1 when a checked-in file is not what the manifest generates.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

const elements = [];
for (const mod of manifest.modules ?? []) {
  for (const d of mod.declarations ?? []) if (d.tagName) elements.push(d);
}
elements.sort((a, b) => a.tagName.localeCompare(b.tagName));

/** Event name → the type of its detail. */
const EVENT_TYPES = {
  'civic-error': 'CivicErrorEvent',
  'civic-load': 'CivicLoadEvent',
};

/** An attribute's TypeScript type for a framework prop: `string | undefined` → `string`. */
function propType(text = 'string') {
  const parts = text.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  return parts.length ? parts.join(' | ') : 'string';
}

const doc = (text) => (text ? `  /** ${String(text).replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');

/** The props interface of one element: its attributes (by attribute name) and `data`. */
function propsOf(d, { eventProp }) {
  let out = '';
  for (const a of d.attributes ?? []) {
    const name = /^[a-z]+$/.test(a.name) ? a.name : `'${a.name}'`;
    out += `${doc(a.description)}  ${name}?: ${propType(a.type?.text)};\n`;
  }
  const data = (d.members ?? []).find((m) => m.name === 'data' && m.kind === 'field');
  if (data) out += `${doc(data.description)}  data?: object;\n`;
  for (const e of d.events ?? []) {
    out += `${doc(e.description)}  ${eventProp(e.name)}?: (event: ${EVENT_TYPES[e.name] ?? 'CustomEvent'}) => void;\n`;
  }
  return out;
}

const HEADER = (framework, imports) => `// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.
// Typed use of the CivicStat elements from ${framework}. Load it once, e.g. in a .d.ts file of
// your project: \`import type {} from 'civicstat/${framework.toLowerCase().split(' ')[0]}';\`
import type { CivicDocument } from 'civicstat/core';
import type { ${elements.map((d) => d.name).join(', ')} } from 'civicstat';
${imports}

/** \`civic-error\`: \`detail.error.message\` says what went wrong (a field path, or a URL and HTTP status). */
export type CivicErrorEvent = CustomEvent<{ error: Error; message: string }>;
/** \`civic-load\` (from \`<civic-data>\`): the normalized document and its warnings. */
export type CivicLoadEvent = CustomEvent<{ document: CivicDocument; warnings: unknown[]; url?: string }>;
`;

const propsInterfaces = (eventProp) =>
  elements.map((d) => `/** Attributes and events of \`<${d.tagName}>\`. */\nexport interface ${d.name}Props {\n${propsOf(d, { eventProp })}}\n`).join('\n');

// React 19 sets properties on custom elements when the element has them, and adds a listener
// for a prop named `on` + the event's exact name (`oncivic-error`).
const react = `${HEADER('React', "import type { DetailedHTMLProps, HTMLAttributes } from 'react';")}
${propsInterfaces((name) => `'on${name}'`)}
type CivicJsxProps<E, P> = P & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & { class?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((d) => `      '${d.tagName}': CivicJsxProps<${d.name}, ${d.name}Props>;`).join('\n')}
    }
  }
}
`;

// Vue 3: in templates, listeners are written @civic-error and typed as onCivicError.
const camel = (name) => `on${name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;
const vue = `${HEADER('Vue', "import type { DefineComponent } from 'vue';")}
${propsInterfaces(camel)}
declare module 'vue' {
  interface GlobalComponents {
${elements.map((d) => `    '${d.tagName}': DefineComponent<${d.name}Props>;`).join('\n')}
  }
}
`;

// Svelte 5: attributes, and event handlers as on<event> attributes (oncivic-error).
const svelte = `${HEADER('Svelte', "import type { HTMLAttributes } from 'svelte/elements';")}
${propsInterfaces((name) => `'on${name}'`)}
declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements.map((d) => `    '${d.tagName}': ${d.name}Props & Omit<HTMLAttributes<${d.name}>, keyof ${d.name}Props>;`).join('\n')}
  }
}
`;

const files = { 'types/react.d.ts': react, 'types/vue.d.ts': vue, 'types/svelte.d.ts': svelte };
const stale = [];
if (!check) mkdirSync('types', { recursive: true });
for (const [path, text] of Object.entries(files)) {
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // missing: stale
    }
    if (current !== text) stale.push(path);
  } else writeFileSync(path, text);
}
if (check) {
  if (stale.length) {
    console.error(`stale: ${stale.join(', ')}; run npm run analyze and commit the result`);
    process.exit(1);
  }
  console.log('types/ is current');
} else console.log(`Wrote ${Object.keys(files).join(', ')}`);
