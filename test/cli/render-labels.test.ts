// `civicstat render` with a document that names its own status words (SPEC §2 `statusLabels`):
// the pre-rendered page says "On Target" where the library would say "On track", in the tile,
// the gauge and its legend, and the status summary; per locale, by the nearest lang.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPage } from '../../src/cli/render';

const FIXTURES = 'test/fixtures/elements';
const bin = join(import.meta.dirname, '../../bin/civicstat.js');
/** The text of markup: styles and tags removed, whitespace collapsed. */
const text = (markup: string) => markup.replace(/<style>[^]*?<\/style>/g, '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

describe('civicstat render: the city’s status words', () => {
  it('a pre-rendered page shows "On Target" and the other words of the document', async () => {
    const page = `<html lang="en"><body><civic-data src="labels.civicstat.json">
      <civic-kpi-tile measure="fire-response"></civic-kpi-tile>
      <civic-target-gauge measure="ems-response"></civic-target-gauge>
      <civic-status-summary kind="measure"></civic-status-summary>
    </civic-data></body></html>`;
    const out = await renderPage(page, { baseDir: FIXTURES });
    assert.equal(out.rendered, 4);
    const shown = text(out.html);
    assert.match(out.html, /<span part="status" class="status on-track"\s*><svg class="status-icon"[^]*?<\/svg\s*>(<!--[^>]*-->|\s)*On Target(<!--[^>]*-->|\s)*<\/span/);
    assert.match(shown, /Caution: 7 to 7\.4/);
    assert.match(shown, /Below Plan: above 7\.4/);
    assert.match(shown, /4 measures: 1 On Target \(25%\), 1 Caution \(25%\), 1 Below Plan \(25%\), 1 Target Pending \(25%\)/);
    assert.doesNotMatch(shown, /On track|At risk|Off track/);
  });

  it('per locale: the Spanish section gets the Spanish words, marked nowhere; the flat form is marked in another language', async () => {
    const doc = {
      civicstat: '1.0',
      jurisdiction: { name: 'City of Testville', locale: 'en-US' },
      statusLabels: { en: { 'on-track': 'On Target' }, es: { 'on-track': 'En meta' } },
      measures: [{ id: 'm', title: 'Permits issued', values: [{ period: '2025', value: 12 }], target: 10 }],
    };
    const script = (d: object) => `<script type="application/json">${JSON.stringify(d)}</script>`;
    const page = `<civic-data>${script(doc)}<section lang="es"><civic-kpi-tile measure="m" id="es"></civic-kpi-tile></section><civic-kpi-tile measure="m" id="en"></civic-kpi-tile></civic-data>
      <civic-data lang="es">${script({ ...doc, statusLabels: { 'on-track': 'On Target' } })}<civic-kpi-tile measure="m" id="flat"></civic-kpi-tile></civic-data>`;
    const out = await renderPage(page);
    const tile = (id: string) => out.html.slice(out.html.indexOf(`id="${id}"`), out.html.indexOf('</civic-kpi-tile>', out.html.indexOf(`id="${id}"`)));
    assert.match(text(tile('es')), /En meta/);
    assert.match(text(tile('en')), /On Target/);
    assert.match(tile('flat'), /<span lang="en-US">On Target<\/span>/);
  });

  it('through the binary: the page on standard output says "On Target"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'civicstat-labels-'));
    copyFileSync(join(FIXTURES, 'labels.civicstat.json'), join(dir, 'labels.civicstat.json'));
    writeFileSync(join(dir, 'page.html'), '<civic-kpi-tile src="labels.civicstat.json" measure="fire-response"></civic-kpi-tile>\n');
    const r = spawnSync(process.execPath, [bin, 'render', join(dir, 'page.html')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(text(r.stdout), /Fire response time .*On Target/);
  });
});
