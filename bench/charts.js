/**
 * The page side of bench item 3: 100 `<civic-kpi-chart>` elements, one under the other, on
 * a page taller than the screen. Charts are meant to fetch chart.js and draw only when they
 * come near the viewport; `window.benchCharts` reports how many did before any scrolling.
 */
import { makeDocument } from '/bench/fixture.js';

const N = 100;
const doc = makeDocument(N);
const provider = document.createElement('civic-data');
provider.data = doc;
for (let i = 0; i < N; i++) {
  const chart = document.createElement('civic-kpi-chart');
  chart.setAttribute('measure', doc.measures[i].id);
  provider.append(chart);
}
document.body.append(provider);

/** chart.js sets the canvas's inline size when it creates a chart there. */
const instantiated = (el) => {
  const canvas = el.shadowRoot?.querySelector('canvas');
  return !!canvas && canvas.style.width !== '';
};

window.benchCharts = {
  count: N,
  state() {
    const charts = [...document.querySelectorAll('civic-kpi-chart')];
    const inView = charts.filter((c) => {
      const r = c.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
    const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
    const chunk = performance.getEntriesByType('resource').find((e) => /civicstat-chart-js-/.test(e.name));
    return {
      instantiated: charts.filter(instantiated).length,
      inView: inView.length,
      inViewInstantiated: inView.filter(instantiated).length,
      firstContentfulPaint: paint?.startTime,
      chartChunkFetchedAt: chunk?.responseEnd,
      pageHeight: document.documentElement.scrollHeight,
    };
  },
};
