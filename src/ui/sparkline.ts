import { svg } from 'lit';
import type { Sparkline } from '../core/view';

const W = 100;
const H = 32;
const PAD = 3;

const px = (x: number) => (PAD + x * (W - 2 * PAD)).toFixed(2);
const py = (y: number) => (H - PAD - y * (H - 2 * PAD)).toFixed(2);

/** A round dot that stays round when the graphic stretches: a zero-length line with round caps. */
const dot = (cls: string, p: { x: number; y: number }) =>
  svg`<line class=${cls} x1=${px(p.x)} y1=${py(p.y)} x2=${px(p.x)} y2=${py(p.y)} vector-effect="non-scaling-stroke"/>`;

/**
 * A hand-drawn SVG sparkline: the values as a line (broken where a period has no figure),
 * the target as a dashed line, the current value as a dot. Decorative: the tile states the
 * same facts in text, so the graphic is hidden from screen readers.
 */
export function sparklineSvg(line: Sparkline) {
  return svg`<svg part="sparkline" class="sparkline" viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${line.target === undefined ? '' : svg`<line class="spark-target" x1=${PAD} x2=${W - PAD} y1=${py(line.target)} y2=${py(line.target)} vector-effect="non-scaling-stroke"/>`}
    ${line.segments.map((seg) =>
      seg.length === 1
        ? dot('spark-point', seg[0]!)
        : svg`<polyline class="spark-line" points=${seg.map((p) => `${px(p.x)},${py(p.y)}`).join(' ')} vector-effect="non-scaling-stroke"/>`,
    )}
    ${dot('spark-last', line.last)}
  </svg>`;
}
