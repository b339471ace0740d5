import type { ChartConfiguration } from 'chart.js';
import type { ChartView } from '../../core/chart';

/** Colours and font read from the element's tokens at draw time (so themes apply). */
export interface ChartPalette {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  surface: string;
  good: string;
  bad: string;
  font: string;
  /** The city's own bar: a hatch in the accent colour. */
  ownFill: CanvasPattern | string;
}

/** Words the chart draws itself (legend entries). */
export interface ChartWords {
  target: (line: { valueText: string; label?: string; periodText?: string }) => string;
  baseline: string;
}

/**
 * Axis labels longer than this many characters are cut short with an ellipsis, so that a long
 * name or unit cannot squeeze the plot to nothing; the full text is in the legend, the
 * summary and the table.
 */
const MAX_TICK_LENGTH = 28;
const clip = (text: string) => (text.length > MAX_TICK_LENGTH ? `${text.slice(0, MAX_TICK_LENGTH - 1).trimEnd()}…` : text);

/**
 * The chart.js configuration for a view. Every number on axes and in tooltips goes through
 * the view's `format` (core's formatting, in the element's locale); animation is off, so
 * the chart is drawn once, at once.
 */
export function chartConfig(view: ChartView, palette: ChartPalette, words: ChartWords): ChartConfiguration {
  const labels = view.points.map((p) => p.label);
  const flat = (value: number) => labels.map(() => value);
  const lineStyle = { pointRadius: 0, pointHoverRadius: 0, borderWidth: 2, fill: false } as const;
  const targetSets = view.targets.map((t, i) => ({
    type: 'line' as const,
    label: words.target(t),
    data: flat(t.value),
    borderColor: palette.text,
    borderDash: i === 0 ? [6, 4] : [2, 3],
    ...lineStyle,
  }));

  let datasets: ChartConfiguration['data']['datasets'];
  if (view.kind === 'trend') {
    datasets = [
      {
        type: 'line',
        label: view.title,
        data: view.points.map((p) => p.value),
        borderColor: palette.accent,
        backgroundColor: palette.accent,
        borderWidth: 3,
        pointRadius: 3,
        spanGaps: false,
      },
      ...targetSets,
      ...(view.baseline
        ? [{ type: 'line' as const, label: `${words.baseline}: ${view.baseline.valueText}`, data: flat(view.baseline.value), borderColor: palette.muted, borderDash: [1, 3], ...lineStyle }]
        : []),
    ];
  } else {
    const bars = {
      type: 'bar' as const,
      label: view.title,
      data: view.points.map((p) => p.value),
      backgroundColor: view.points.map((p) => (p.own ? palette.ownFill : palette.accent)),
      borderColor: view.points.map((p) => (p.own ? palette.text : palette.accent)),
      borderWidth: view.points.map((p) => (p.own ? 2 : 0)),
    };
    datasets = [bars, ...targetSets];
  }

  const ownIndex = view.points.findIndex((p) => p.own);
  return {
    type: view.kind === 'trend' ? 'line' : 'bar',
    data: { labels, datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      color: palette.text,
      font: { family: palette.font },
      scales: {
        x: {
          grid: { display: false },
          border: { color: palette.muted },
          ticks: {
            color: palette.text,
            font: (ctx) => ({ family: palette.font, weight: ctx.index === ownIndex ? 'bold' : 'normal' }),
            callback: (value) => clip(labels[Number(value)] ?? String(value)),
          },
        },
        y: {
          beginAtZero: view.kind !== 'trend',
          grid: { color: palette.grid },
          border: { color: palette.muted },
          ticks: { color: palette.text, font: { family: palette.font }, callback: (value) => clip(view.format(Number(value))) },
        },
      },
    },
  };
}
