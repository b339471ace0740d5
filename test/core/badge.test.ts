import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { certificationBadge, standaloneBadge } from '../../src/core/badge';
import { parseDocument } from '../../src/core/parse';
import { NEUTRAL_BADGE } from '../../src/core/view';
import { programs } from '../../src/core/programs/index';
import { wrapWords } from '../../src/elements/tier-badge/badge-template';

const riverton = (() => {
  const r = parseDocument(readFileSync(new URL('../../demo/riverton.civicstat.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('sample city invalid');
  return r.document;
})();
const cert = (id: string) => riverton.certifications.find((c) => c.id === id)!;

describe('standaloneBadge', () => {
  it('a built-in program and tier, with year and link', () => {
    const v = standaloneBadge('wwc-2023', 'silver', { year: '2023', href: 'https://example.org/award' });
    assert.ok(!('error' in v));
    assert.equal(v.programName, programs['wwc-2023']!.name);
    assert.equal(v.tierLabel, 'Silver');
    assert.equal(v.color, programs['wwc-2023']!.tiers[0]!.color);
    assert.equal(v.state, 'awarded');
    assert.equal(v.year, '2023');
    assert.equal(v.url, 'https://example.org/award');
  });
  it('expired after its expiry date, in neutral grey', () => {
    const v = standaloneBadge('wwc-2019', 'gold', { expires: '2022-06-30', asOf: new Date('2022-07-01') });
    assert.ok(!('error' in v));
    assert.equal(v.state, 'expired');
    assert.equal(v.color, NEUTRAL_BADGE);
  });
  it('names what is unknown; drops unsafe links, falls back to the program page', () => {
    assert.deepEqual(standaloneBadge('leed', 'gold'), { error: 'program' });
    assert.deepEqual(standaloneBadge('wwc-2023', 'bronze'), { error: 'tier' });
    const v = standaloneBadge('icma-2021', 'distinction', { href: 'javascript:alert(1)' });
    assert.ok(!('error' in v) && v.url === undefined);
    const w = standaloneBadge('icma-2021', 'distinction');
    assert.ok(!('error' in w) && w.url === programs['icma-2021']!.url);
  });
});

describe('certificationBadge (sample city)', () => {
  it('the award, current or expired', () => {
    const current = certificationBadge(cert('wwc'), riverton, { asOf: new Date('2026-01-01') })!;
    assert.equal(current.tierLabel, 'Silver');
    assert.equal(current.state, 'awarded');
    assert.equal(current.year, '2023');
    const expired = certificationBadge(cert('wwc'), riverton, { asOf: new Date('2026-07-13') })!;
    assert.equal(expired.state, 'expired');
    assert.equal(expired.color, NEUTRAL_BADGE);
  });
  it('with estimate, the tier the self-assessment reaches, labelled self-assessed', () => {
    const v = certificationBadge(cert('wwc'), riverton, { estimate: true })!;
    assert.equal(v.tierLabel, 'Silver');
    assert.equal(v.state, 'self-assessed');
    assert.equal(v.year, cert('wwc').assessed!.slice(0, 4));
  });
  it('no award yet reads as none', () => {
    const v = certificationBadge({ ...cert('icma'), awarded: undefined }, riverton)!;
    assert.equal(v.state, 'none');
    assert.equal(certificationBadge({ ...cert('icma'), program: 'nope' }, riverton), undefined);
  });
});

describe('wrapWords', () => {
  it('wraps at spaces within the width', () => {
    assert.deepEqual(wrapWords('ICMA Certificates in Performance Management', 30), ['ICMA Certificates in', 'Performance Management']);
    assert.deepEqual(wrapWords('  One  ', 30), ['One']);
    assert.deepEqual(wrapWords('', 30), []);
  });
});
