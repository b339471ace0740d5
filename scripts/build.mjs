// `npm run build`: dist/ with the per-element ES modules, dist/core.js (usable from Node),
// dist/civicstat.js (everything in one file), dist/cli.js, dist/server.js and the type declarations.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';

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
  logLevel: 'warning',
});
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.server.json'], { stdio: 'inherit' });

// Size budgets (min+gzip, bench/sizes.mjs): an enforced budget that is exceeded fails the build.
const { bundleRows } = await import('../bench/sizes.mjs');
const over = [];
for (const r of bundleRows(process.cwd())) {
  if (r.budget === undefined) continue;
  if (r.missing) {
    if (r.enforced) over.push(`${r.label}: not built`);
    continue;
  }
  const kb = r.gzip / 1024;
  if (kb <= r.budget) continue;
  const line = `${r.label}: ${kb.toFixed(1)} KB gzip, budget ${r.budget} KB`;
  if (r.enforced) over.push(line);
  else console.warn(`size budget not met yet (reported, not enforced): ${line}`);
}
if (over.length) {
  console.error(`build: over an enforced size budget:\n  ${over.join('\n  ')}`);
  process.exit(1);
}
console.log('built dist/');
