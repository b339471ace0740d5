/**
 * A page that switches language or theme after the elements have rendered (a language
 * toggle on <html>, a dark-mode switch on a section): every element follows, since both are
 * read from the nearest ancestor with a `lang` or `theme` attribute.
 */
import { expect } from '@open-wc/testing';
import { Chart } from 'chart.js';
import '../../src/index';
import { box, norm, q, until } from './helpers';

const doc = {
  civicstat: '1.0',
  jurisdiction: { name: 'City of Testville', locale: 'en-US' },
  measures: [
    {
      id: 'fire-response',
      title: 'Fire response time',
      format: { style: 'unit', unit: 'minute', minimumFractionDigits: 1, maximumFractionDigits: 1 },
      better: 'lower',
      values: [
        { period: '2024', value: 7.6 },
        { period: '2025', value: 7.2 },
      ],
      target: { value: 7.0, period: '2027' },
    },
  ],
  certifications: [{ id: 'wwc', program: 'wwc-2023', awarded: { tier: 'gold', date: '2099-01-01' } }],
};

type Civic = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };
async function render(markup: string, wrapper: HTMLElement): Promise<Civic> {
  wrapper.innerHTML = markup;
  const el = wrapper.firstElementChild as Civic;
  el.data = doc;
  await el.updateComplete;
  return el;
}
/** What a reader gets: the shadow root's text, and the badge's accessible name. */
const text = (el: Element) =>
  norm(`${el.shadowRoot!.textContent ?? ''} ${el.shadowRoot!.querySelector('[aria-label]')?.getAttribute('aria-label') ?? ''}`);

describe('lang and theme changed on an ancestor after rendering', () => {
  for (const [markup, english, spanish] of [
    ['<civic-kpi-tile measure="fire-response"></civic-kpi-tile>', 'On track', 'En camino'],
    ['<civic-target-gauge measure="fire-response"></civic-target-gauge>', 'of the way from the first figure', 'del camino entre la primera cifra'],
    ['<civic-tier-badge certification="wwc" estimate></civic-tier-badge>', 'Not certified yet', 'Aún sin certificar'],
    ['<civic-criteria-checklist certification="wwc"></civic-criteria-checklist>', 'criteria met (', 'criterios cumplidos ('],
    ['<civic-kpi-chart measure="fire-response"></civic-kpi-chart>', 'Show the data as a table', 'Mostrar los datos en una tabla'],
  ] as const) {
    it(`${markup.match(/<[^ >]+/)![0]}>: lang="en" → "es" re-renders in Spanish, with Spanish numbers`, async () => {
      const wrapper = box(480, { lang: 'en' });
      const el = await render(markup, wrapper);
      expect(text(el)).to.include(english);
      wrapper.setAttribute('lang', 'es');
      await until(() => text(el).includes(spanish) && !text(el).includes(english), 'Spanish');
      if (markup.includes('measure=')) expect(text(el)).to.include('7,2');
    });
  }

  it('theme="dark" set on an ancestor later: the element switches to the dark tokens', async () => {
    const wrapper = box(480);
    const el = await render('<civic-kpi-tile measure="fire-response"></civic-kpi-tile>', wrapper);
    const base = q(el, '[part~="base"]')!;
    const light = getComputedStyle(base).backgroundColor;
    wrapper.setAttribute('theme', 'dark');
    await until(() => base.classList.contains('dark'), 'the dark class');
    expect(getComputedStyle(base).backgroundColor).not.to.equal(light);
    wrapper.removeAttribute('theme');
    await until(() => !base.classList.contains('dark'), 'back to light');
  });

  it('a chart redraws in the dark theme’s colours', async () => {
    const wrapper = box(480);
    const el = await render('<civic-kpi-chart measure="fire-response"></civic-kpi-chart>', wrapper);
    await until(() => !!Chart.getChart(q(el, 'canvas') as HTMLCanvasElement), 'the chart');
    const tickColor = () => String((Chart.getChart(q(el, 'canvas') as HTMLCanvasElement)!.options.scales!.x!.ticks as { color: string }).color);
    const light = tickColor();
    wrapper.setAttribute('theme', 'dark');
    await until(() => tickColor() !== light, 'the chart in dark colours');
    expect(tickColor()).to.match(/#f0f0f0|rgb\(240, 240, 240\)/i);
  });
});
