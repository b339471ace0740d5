import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

/** Minified CSS text: comments out, whitespace collapsed, strings and meaning kept. */
export function minifyCss(text: string): string;
/** A Vite plugin that minifies the `css` templates of the library's TypeScript sources. */
export function minifyCssTemplates(): Plugin;
/** The same for esbuild builds (the CLI and `civicstat/server`). */
export function minifyCssTemplatesEsbuild(): EsbuildPlugin;
