import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyCssTemplates } from './scripts/minify-css.mjs';

const here = (path: string) => resolve(import.meta.dirname, path);

/** One entry per public module: `civicstat`, `civicstat/core`, one define file per element. */
export const entries = {
  index: here('src/index.ts'),
  core: here('src/civicstat-core.ts'),
  data: here('src/data.ts'),
  'criteria-checklist': here('src/criteria-checklist.ts'),
  'kpi-chart': here('src/kpi-chart.ts'),
  'kpi-tile': here('src/kpi-tile.ts'),
  scorecard: here('src/scorecard.ts'),
  'status-summary': here('src/status-summary.ts'),
  'target-gauge': here('src/target-gauge.ts'),
  'tier-badge': here('src/tier-badge.ts'),
};

/**
 * `vite` (serve): the demo in `demo/`, with the sample city's document.
 * `vite build`: the per-entry ES modules in `dist/`, sharing chunks.
 * `vite build --mode bundle`: `dist/civicstat.js`, everything in one file for CMS pages.
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return { root: here('demo'), server: { fs: { allow: [here('.')] } } };
  }
  const bundle = mode === 'bundle';
  return {
    publicDir: false,
    plugins: [minifyCssTemplates()],
    build: {
      outDir: 'dist',
      emptyOutDir: !bundle,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      lib: bundle
        ? { entry: { civicstat: entries.index }, formats: ['es'] }
        : { entry: entries, formats: ['es'] },
      rollupOptions: {
        output: {
          // Library mode keeps whitespace in ES output; what ships to CMS pages is fully minified.
          minify: true,
          entryFileNames: '[name].js',
          chunkFileNames: bundle ? 'civicstat-[name]-[hash].js' : 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
