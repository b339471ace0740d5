// The shipped one-file bundle, as a CMS page would load it: it must define every element and
// render a tile from an inline document. (Run after `npm run build`; npm test builds first.)
import { expect } from '@open-wc/testing';
const TAGS = ['civic-data', 'civic-kpi-tile', 'civic-target-gauge', 'civic-tier-badge', 'civic-criteria-checklist', 'civic-kpi-chart', 'civic-status-summary', 'civic-scorecard'];

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

  it('draws a chart with chart.js fetched from beside the bundle, not from the page’s directory', async () => {
    await import(/* @vite-ignore */ `${'/dist/civicstat.js'}`);
    const host = document.createElement('div');
    host.style.width = '480px';
    host.innerHTML = `<civic-kpi-chart measure="m"></civic-kpi-chart>`;
    const chart = host.firstElementChild as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
    chart.data = {
      civicstat: '1.0',
      jurisdiction: { name: 'Bundleton', locale: 'en-US' },
      measures: [{ id: 'm', title: 'Potholes filled', values: [{ period: '2024', value: 90 }, { period: '2025', value: 120 }], target: 100 }],
    };
    document.body.append(host);
    try {
      // The page is at the server root; the bundle and its chart chunk are in /dist/.
      const chunkUrl = () =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .find((name) => /\/dist\/civicstat-chart-js-[\w-]+\.js$/.test(name));
      const start = performance.now();
      while (!chunkUrl() && performance.now() - start < 8000) await new Promise((r) => setTimeout(r, 20));
      expect(chunkUrl(), 'the chart chunk was fetched from /dist/').to.be.a('string');
      const canvas = () => chart.shadowRoot!.querySelector('canvas');
      // Something is painted on the canvas once chart.js has drawn.
      const painted = () => {
        const c = canvas();
        if (!c || c.width === 0) return false;
        const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) return true;
        return false;
      };
      const t0 = performance.now();
      while (!painted() && performance.now() - t0 < 8000) await new Promise((r) => setTimeout(r, 20));
      expect(painted(), 'the chart is drawn').to.equal(true);
      expect(chart.shadowRoot!.textContent).to.include('Potholes filled rose from 90 to 120 between 2024 and 2025; target 100.');
    } finally {
      host.remove();
    }
  });

  it('fetches a language’s strings from beside the bundle only when an element shows that language', async () => {
    await import(/* @vite-ignore */ `${'/dist/civicstat.js'}`);
    const fetched = (lang: string) =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => new RegExp(`/dist/civicstat-${lang}-[\\w-]+\\.js$`).test(name));
    // The first test rendered English only: no other language was downloaded.
    expect(fetched('es'), 'Spanish before any Spanish element').to.deep.equal([]);
    expect(fetched('fr'), 'French before any French element').to.deep.equal([]);
    const host = document.createElement('div');
    host.innerHTML = `<civic-data><script type="application/json">{"civicstat":"1.0","jurisdiction":{"name":"Bundleton","locale":"en-US"},
      "measures":[{"id":"m","title":"Baches reparados","values":[{"period":"2024","value":90},{"period":"2025","value":120}],"target":100}]}</script>
      <civic-kpi-tile measure="m" lang="es-MX"></civic-kpi-tile><civic-kpi-tile measure="m" lang="es"></civic-kpi-tile></civic-data>`;
    document.body.append(host);
    try {
      const tiles = [...host.querySelectorAll('civic-kpi-tile')] as (HTMLElement & { updateComplete: Promise<unknown> })[];
      for (const tile of tiles) await tile.updateComplete;
      for (const tile of tiles) {
        const text = tile.shadowRoot!.textContent!.replace(/\s+/g, ' ');
        expect(text).to.include('En camino');
        expect(text).to.include('Meta');
        expect(text).not.to.include('On track');
      }
      expect(fetched('es'), 'one request for Spanish, from /dist/').to.have.length(1);
      expect(fetched('fr'), 'French still not downloaded').to.deep.equal([]);
    } finally {
      host.remove();
    }
  });
});
