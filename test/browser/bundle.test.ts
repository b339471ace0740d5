// The shipped one-file bundle, as a CMS page would load it: it must define every element and
// render a tile from an inline document. (Run after `npm run build`; npm test builds first.)
import { expect } from '@open-wc/testing';

const TAGS = ['civic-data', 'civic-kpi-tile', 'civic-target-gauge', 'civic-tier-badge', 'civic-criteria-checklist'];

describe('dist/civicstat.js', () => {
  it('defines every element and renders from an inline document', async () => {
    await import(/* @vite-ignore */ `${'/dist/civicstat.js'}`);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.exist;
    const host = document.createElement('div');
    host.innerHTML = `<civic-data><script type="application/json">{"civicstat":"1.0","jurisdiction":{"name":"Bundleton","locale":"en-US"},
      "measures":[{"id":"m","title":"Potholes filled","values":[{"period":"2024","value":90},{"period":"2025","value":120}],"target":100}]}</script>
      <civic-kpi-tile measure="m"></civic-kpi-tile>
      <civic-tier-badge program="wwc-2023" tier="gold" year="2024"></civic-tier-badge></civic-data>`;
    document.body.append(host);
    try {
      const tile = host.querySelector('civic-kpi-tile') as HTMLElement & { updateComplete: Promise<unknown> };
      await tile.updateComplete;
      const text = tile.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.include('Potholes filled');
      expect(text).to.include('120');
      expect(text).to.include('On track');
      const badge = host.querySelector('civic-tier-badge') as HTMLElement & { updateComplete: Promise<unknown> };
      await badge.updateComplete;
      expect(badge.shadowRoot!.querySelector('svg[role="img"]')!.getAttribute('aria-label')).to.include('Gold');
    } finally {
      host.remove();
    }
  });
});
