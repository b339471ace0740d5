// `npm run docs` builds the documentation site from docs/ (scripts/docs-site.mjs): a page per
// Markdown file with the navigation, live examples that load the library, the document-field
// reference generated from the schema, and relative links only, so site/ works from any folder.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { docPages, liveExamples } from '../../scripts/docs-site.mjs';

const site = 'site';
const page = (path: string) => readFileSync(join(site, path), 'utf8');

describe('the documentation site', () => {
  before(() => {
    const r = spawnSync(process.execPath, ['scripts/docs-site.mjs'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('has a page for every Markdown file of docs/, and the generated reference', () => {
    for (const md of docPages()) assert.ok(existsSync(join(site, md.replace(/\.md$/, '.html'))), md);
    for (const p of ['index.html', 'getting-started/cms.html', 'getting-started/badge.html', 'getting-started/theming.html', 'frameworks.html', 'gallery.html', 'schema.html', 'cli.html', 'accessibility.html'])
      assert.ok(existsSync(join(site, p)), p);
    assert.ok(existsSync(join(site, 'riverton.civicstat.json')), 'the sample document');
  });

  it('pages carry the navigation, the library and their live examples', () => {
    const gallery = page('gallery.html');
    assert.match(gallery, /<nav aria-label="Documentation">/);
    assert.match(gallery, /<script type="module"[^>]* src="\.\/assets\/[^"]+\.js"/);
    assert.match(gallery, /<civic-data src="\.\/riverton\.civicstat\.json">/);
    assert.equal((gallery.match(/<div class="example" data-live>/g) ?? []).length, liveExamples().filter((e) => e.page === 'gallery.md').length);
    assert.match(gallery, /<civic-kpi-chart measure="fire-response-time" view="breakdown"><\/civic-kpi-chart>/);
    assert.match(gallery, /&lt;civic-kpi-chart measure=&quot;fire-response-time&quot;/, 'and the same example as code');
    const nested = page('elements/kpi-tile.html');
    assert.match(nested, /href="\.\.\/api\/civic-kpi-tile\.html"/, 'Markdown links become page links');
    assert.match(nested, /src="\.\.\/riverton\.civicstat\.json"/);
  });

  it('the API pages and the document fields are generated', () => {
    assert.match(page('api/civic-target-gauge.html'), /<code>--civic-target-gauge-band-on-track<\/code>/);
    const schema = page('schema.html');
    assert.match(schema, /<h2[^>]*>Measure<\/h2>/);
    assert.match(schema, /<code>better<\/code>/);
  });

  it('the theming page has its live token editor', () => {
    const theming = page('getting-started/theming.html');
    assert.match(theming, /<form class="token-editor" data-preview="theme-preview"/);
    assert.match(theming, /name="--civic-accent" type="color"/);
  });

  it('links are relative: no page links to the server root', () => {
    const html = (dir: string): string[] =>
      readdirSync(join(site, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? (e.name === 'examples' ? [] : html(join(dir, e.name))) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
      );
    for (const file of html('.')) assert.doesNotMatch(page(file), /(href|src)="\/(?!\/)/, file);
  });
});
