// Read by @custom-elements-manifest/analyzer (see scripts/manifest.mjs, which sets --outdir).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**'],
  litelement: true,
  // package.json names the checked-in manifest itself; the analyzer must not rewrite it.
  packagejson: false,
};
