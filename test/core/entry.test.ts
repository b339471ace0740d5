// The built `civicstat/core` entry works in Node as SPEC §1 promises.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

it('dist/core.js exports the core API and evaluates the sample city', async () => {
  const core = await import('../../dist/core.js' as string);
  for (const name of ['evaluateCertification', 'measureStatus', 'parseDocument', 'loadDocument', 'programs']) {
    assert.ok(name in core, name);
  }
  const result = core.parseDocument(readFileSync(new URL('../../demo/riverton.civicstat.json', import.meta.url), 'utf8'));
  assert.ok(result.ok);
  const wwc = result.document.certifications.find((c: { id: string }) => c.id === 'wwc');
  assert.equal(core.evaluateCertification(wwc, result.document).reached.id, 'silver');
});
