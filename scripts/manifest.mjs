// `npm run analyze`: regenerates custom-elements.json from the source (never edit it by hand).
// `--check`: exits 1 when the checked-in file is not what the source generates.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const check = process.argv.includes('--check');
// The analyzer takes --outdir relative to the current folder, so it writes under node_modules/.cache.
const out = join('node_modules', '.cache', `civicstat-cem-${process.pid}`);
mkdirSync(out, { recursive: true });
try {
  execFileSync(
    process.execPath,
    [
      'node_modules/@custom-elements-manifest/analyzer/cem.js',
      'analyze',
      // globs, exclude, litelement and packagejson: false are in custom-elements-manifest.config.mjs
      '--outdir', out,
      '--quiet',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
  // The analyzer lists modules in the file system's order, which differs between checkouts.
  manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const generated = JSON.stringify(manifest, null, 2) + '\n';
  let current = '';
  try {
    current = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // missing: stale by definition
  }
  if (check) {
    if (generated !== current) {
      console.error('custom-elements.json is stale: run npm run analyze and commit the result');
      process.exit(1);
    }
    console.log('custom-elements.json is current');
  } else {
    writeFileSync('custom-elements.json', generated);
    console.log('Wrote custom-elements.json');
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
