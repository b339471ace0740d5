// Editor support shipped in the package (editors/, generated from custom-elements.json by
// scripts/editor-data.mjs): every element, attribute, allowed value, event, part and custom
// property is there, in the formats VS Code and JetBrains IDEs read.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const manifest = read('custom-elements.json');
const pkg = read('package.json');
type Decl = { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[]; cssParts?: { name: string }[]; cssProperties?: { name: string }[] };
const declarations: Decl[] = manifest.modules.flatMap((m: { declarations?: Decl[] }) => m.declarations ?? []).filter((d: Decl) => d.tagName);
const SPEC_TAGS = ['civic-data', 'civic-kpi-tile', 'civic-target-gauge', 'civic-tier-badge', 'civic-criteria-checklist', 'civic-kpi-chart'];

describe('editor support', () => {
  it('package.json points JetBrains IDEs at web-types and ships editors/', () => {
    assert.equal(pkg['web-types'], './editors/web-types.json');
    assert.ok(pkg.files.includes('editors'));
  });

  it('VS Code custom data: every element with its attributes and their allowed values', () => {
    const data = read('editors/vscode.html-custom-data.json');
    assert.equal(data.version, 1.1);
    const tags = new Map(data.tags.map((t: { name: string }) => [t.name, t]));
    for (const tag of SPEC_TAGS) assert.ok(tags.has(tag), tag);
    for (const d of declarations) {
      const tag = tags.get(d.tagName!) as { description: string; attributes: { name: string; values?: { name: string }[]; valueSet?: string }[] };
      assert.ok(tag.description.length > 20, `${d.tagName} is described`);
      assert.deepEqual(tag.attributes.map((a) => a.name).sort(), (d.attributes ?? []).map((a) => a.name).sort(), d.tagName);
    }
    const gauge = tags.get('civic-target-gauge') as { attributes: { name: string; values?: { name: string }[] }[] };
    assert.deepEqual(gauge.attributes.find((a) => a.name === 'variant')!.values, [{ name: 'bullet' }, { name: 'radial' }]);
    const chart = tags.get('civic-kpi-chart') as { attributes: { name: string; values?: { name: string }[]; valueSet?: string }[] };
    assert.deepEqual(chart.attributes.find((a) => a.name === 'view')!.values!.map((v) => v.name), ['trend', 'comparison', 'breakdown']);
    assert.equal(chart.attributes.find((a) => a.name === 'show-table')!.valueSet, 'v');
    const badge = tags.get('civic-tier-badge') as { attributes: { name: string; values?: { name: string }[] }[] };
    assert.deepEqual(badge.attributes.find((a) => a.name === 'program')!.values!.map((v) => v.name), ['icma-2021', 'wwc-2019', 'wwc-2023']);
  });

  it('web-types: elements, attributes, events, CSS parts and custom properties', () => {
    const types = read('editors/web-types.json');
    assert.equal(types.name, 'civicstat');
    assert.equal(types.version, pkg.version);
    const elements = types.contributions.html.elements as { name: string; attributes: { name: string }[]; events: { name: string }[]; css?: { parts: { name: string }[]; properties: { name: string }[] } }[];
    for (const d of declarations) {
      const el = elements.find((e) => e.name === d.tagName)!;
      assert.ok(el, d.tagName);
      assert.deepEqual(el.events.map((e) => e.name).sort(), (d.events ?? []).map((e) => e.name).sort(), `${d.tagName} events`);
      assert.deepEqual((el.css?.parts ?? []).map((p) => p.name).sort(), (d.cssParts ?? []).map((p) => p.name).sort(), `${d.tagName} parts`);
      assert.deepEqual((el.css?.properties ?? []).map((p) => p.name).sort(), (d.cssProperties ?? []).map((p) => p.name).sort(), `${d.tagName} properties`);
    }
    const tile = elements.find((e) => e.name === 'civic-kpi-tile')!;
    assert.ok(tile.events.some((e) => e.name === 'civic-error'));
    assert.ok(tile.css!.properties.some((p) => p.name === '--civic-kpi-tile-value-size'));
  });
});
