// `npm run build`: dist/ with the per-element ES modules, dist/core.js (usable from Node),
// dist/civicstat.js (everything in one file), dist/cli.js, dist/server.js and the type declarations.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { minifyCssTemplatesEsbuild } from './minify-css.mjs';

const quiet = { logLevel: 'warn' };
rmSync('dist', { recursive: true, force: true });
await vite({ ...quiet, mode: 'production' });
await vite({ ...quiet, mode: 'bundle' });
await esbuild({
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node18',
  // A native rasterizer, loaded only for `civicstat badge --png` when it is installed.
  external: ['@resvg/resvg-js'],
  plugins: [minifyCssTemplatesEsbuild()],
  logLevel: 'warning',
});
// `civicstat/server`: renderPage(), the Node API of `civicstat render`, with its types.
await esbuild({
  entryPoints: ['src/cli/render.ts'],
  outfile: 'dist/server.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node18',
  plugins: [minifyCssTemplatesEsbuild()],
  logLevel: 'warning',
});
// The static files of `civicstat publish` (styles, the embed pages' resize script, the host
// script), beside dist/cli.js.
cpSync('src/cli/publish-assets', 'dist/publish-assets', { recursive: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.server.json'], { stdio: 'inherit' });

// Size ceilings and goals (min+gzip, bench/sizes.mjs): over a ceiling fails the build; a
// goal not met yet is reported.
const { bundleRows, checkSizes } = await import('../bench/sizes.mjs');
const { over, goals } = checkSizes(bundleRows(process.cwd()));
for (const line of goals) console.warn(`size goal not met yet: ${line}`);
if (over.length) {
  console.error(`build: over a size ceiling:\n  ${over.join('\n  ')}`);
  process.exit(1);
}
console.log('built dist/');
