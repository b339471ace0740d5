/**
 * Build step: the CSS in the library's `css` tagged templates is shipped minified (comments
 * out, whitespace collapsed). Lit leaves template text as written, and the elements' styles
 * are a fifth of the bundle. Quoted strings are kept as they are, and nothing that could change
 * what a rule means is touched: spaces before `:` stay, and inside parentheses (`var()`
 * fallbacks, `calc()`, media features) runs of whitespace become one space and no more.
 * test/browser/bundle.test.ts checks that every element's rules read the same in the CSSOM,
 * source against dist.
 */

import { readFile } from 'node:fs/promises';

/** Minified CSS text. */
export function minifyCss(text) {
  let out = '';
  let i = 0;
  let space = false;
  let depth = 0;
  const push = (chunk) => {
    const needed = depth > 0 ? !out.endsWith('(') && chunk !== ')' : !/[{};,>:]$/.test(out) && !/^[{};,>!]/.test(chunk);
    if (space && out && needed) out += ' ';
    space = false;
    out += chunk;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      space = true;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      push(text.slice(i, j + 1));
      i = j + 1;
    } else if (/\s/.test(c)) {
      space = true;
      i++;
    } else {
      if (c === '}' && out.endsWith(';')) out = out.slice(0, -1);
      push(c);
      if (c === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
      i++;
    }
  }
  return out.trim();
}

// `css` + backtick, not preceded by an identifier character; the body has no `${…}` or backticks.
const CSS_TEMPLATE = /(?<![\w$.])css`([^`$\\]*)`/g;

/** The source with its `css` templates minified; null when it has none to minify. */
function minifyTemplates(code) {
  if (!code.includes('css`')) return null;
  const out = code.replace(CSS_TEMPLATE, (_, body) => `css\`${minifyCss(body)}\``);
  return out === code ? null : out;
}

/** A Vite plugin that minifies the `css` templates of the library's TypeScript sources. */
export function minifyCssTemplates() {
  return {
    name: 'civicstat-minify-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = minifyTemplates(code);
      return out === null ? null : { code: out, map: null };
    },
  };
}

/** The same for esbuild (the CLI and `civicstat/server`, whose pre-rendered pages carry the styles). */
export function minifyCssTemplatesEsbuild() {
  return {
    name: 'civicstat-minify-css',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
        const code = await readFile(path, 'utf8');
        return { contents: minifyTemplates(code) ?? code, loader: 'ts' };
      });
    },
  };
}
