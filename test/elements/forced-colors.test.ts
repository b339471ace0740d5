/**
 * Windows high-contrast mode (`forced-colors: active`, SPEC §4): every element stays legible.
 * The browser replaces author colours with the system palette; what the elements must do is
 * keep their meaning without author colour: text in the system text colour, SVG marks drawn
 * in system colours rather than vanishing, status still an icon and a word. Chromium only (the
 * emulation is a DevTools-protocol feature); other engines skip.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../src/index';
import { box, contrast, q, qa, settle, until } from './helpers';

const doc = {
  civicstat: '1.0',
  jurisdiction: { name: 'City of Testville', locale: 'en-US' },
  measures: [
    {
      id: 'fire-response',
      title: 'Fire response time',
      format: { style: 'unit', unit: 'minute', maximumFractionDigits: 1 },
      better: 'lower',
      values: [
        { period: '2025', value: 7.9 },
        { period: '2026', value: 7.4 },
      ],
      target: { value: 7.0, period: '2027' },
      baseline: { value: 8.1, period: '2024' },
      tolerance: 0.1,
    },
  ],
  certifications: [
    {
      id: 'wwc',
      program: 'wwc-2023',
      awarded: { tier: 'gold', date: '2099-01-01' },
      criteria: { dm1: { status: 'met' }, dm3: { status: 'in-progress' } },
    },
  ],
};

const ELEMENTS = [
  '<civic-kpi-tile measure="fire-response"></civic-kpi-tile>',
  '<civic-target-gauge measure="fire-response"></civic-target-gauge>',
  '<civic-target-gauge measure="fire-response" variant="radial"></civic-target-gauge>',
  '<civic-tier-badge certification="wwc"></civic-tier-badge>',
  '<civic-criteria-checklist certification="wwc"></civic-criteria-checklist>',
  '<civic-kpi-chart measure="fire-response"></civic-kpi-chart>',
  '<civic-status-summary kind="measure"></civic-status-summary>',
];


describe('forced colours (high-contrast mode)', () => {
  let supported = /Chrome\//.test(navigator.userAgent);
  before(async () => {
    if (!supported) return;
    try {
      await executeServerCommand('civic-forced-colors', { active: false });
    } catch {
      supported = false;
    }
  });
  afterEach(async () => {
    if (supported) await executeServerCommand('civic-forced-colors', { active: false });
  });

  for (const markup of ELEMENTS) {
    it(`${markup.match(/<[^>]+>/)![0]}: text and marks in system colours`, async function () {
      if (!supported) this.skip();
      const wrapper = box(400, { theme: 'dark' });
      wrapper.innerHTML = markup;
      const el = wrapper.firstElementChild as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
      el.data = doc;
      await el.updateComplete;
      await until(() => !!q(el, '[part~="base"]') && !q(el, '.skeleton'), 'the element to render');
      if (q(el, 'canvas')) await until(() => !!Chart.getChart(q(el, 'canvas') as HTMLCanvasElement), 'the chart to be drawn');
      await executeServerCommand('civic-forced-colors', { active: true });
      await settle(50);
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours on').to.equal(true);

      // The system's canvas colour, as the browser resolves it.
      const probe = document.createElement('div');
      probe.style.cssText = 'background: Canvas; color: CanvasText';
      wrapper.append(probe);
      const canvas = getComputedStyle(probe).backgroundColor;
      const canvasText = getComputedStyle(probe).color;
      probe.remove();

      // Every piece of HTML text reads against the system canvas.
      const texts = qa(el, '*').filter(
        (n) => n instanceof HTMLElement && [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== ''),
      );
      for (const n of texts) {
        const color = getComputedStyle(n).color;
        expect(contrast(color, canvas), `“${n.textContent!.trim().slice(0, 40)}” (${color} on ${canvas})`).to.be.at.least(4.5);
      }
      // A canvas is not repainted by the browser: the chart draws itself in the system colours.
      const canvasEl = q(el, 'canvas') as HTMLCanvasElement | null;
      if (canvasEl) {
        await until(() => {
          const c = Chart.getChart(canvasEl);
          const line = c?.data.datasets[0]!.borderColor;
          return (Array.isArray(line) ? line[0] : line) === canvasText;
        }, 'the chart redrawn in system colours');
        const chart = Chart.getChart(canvasEl)!;
        expect(contrast(String((chart.options.scales!.x!.ticks as { color: string }).color), canvas)).to.be.at.least(4.5);
        return;
      }
      // SVG marks keep a visible paint that differs from the canvas (a fill or a stroke).
      const marks = qa(el, 'svg rect, svg line, svg path, svg circle, svg polyline, svg text').filter(
        (n) => !n.closest('[aria-hidden="true"] .status-icon') && (n as SVGGraphicsElement).getBoundingClientRect().width > 0,
      );
      expect(marks.length, 'SVG marks drawn').to.be.greaterThan(0);
      for (const n of marks) {
        const style = getComputedStyle(n);
        const painted = [style.fill, style.stroke].filter((p) => p !== 'none' && !p.startsWith('url(') && !/rgba\(.*, 0\)$/.test(p));
        expect(painted.length, `${n.tagName} .${n.getAttribute('class')} painted`).to.be.greaterThan(0);
        // Bands are drawn as canvas with an outline, and an icon's knockout is cut out in the canvas
        // colour, both by design; every other mark must stand out.
        if (!n.classList.contains('band') && !n.classList.contains('knockout')) {
          expect(Math.max(...painted.map((p) => contrast(p, canvas))), `${n.tagName} .${n.getAttribute('class')} stands out`).to.be.at.least(3);
        }
      }
      // The status, where there is one, is still a word.
      const status = q(el, '[part~="status"]');
      if (status) expect(status.textContent!.trim()).to.match(/\w/);
      expect(canvasText).to.not.equal(canvas);
    });
  }
});
