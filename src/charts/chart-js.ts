/**
 * chart.js, registered tree-shaken: only the controllers, elements, scales and plugins the
 * KPI chart uses (the legend is HTML beside the chart, and the figures are in the table, so
 * neither chart.js's legend nor its tooltips are loaded). Loaded with `import()` by `<civic-kpi-chart>` when a chart comes near the
 * viewport, so pages without charts (or with charts far below) never fetch it.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LineController, LineElement, LinearScale, PointElement);

export { Chart };
export type { ChartConfiguration };

/** A diagonal hatch in `color` over `background`, so a bar is told apart by more than its colour. */
export function hatch(color: string, background: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = color;
  ctx.lineWidth = 2.5;
  ctx.beginPath();
  ctx.moveTo(-2, 10);
  ctx.lineTo(10, -2);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}
