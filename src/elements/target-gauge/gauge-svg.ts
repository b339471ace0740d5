import { svg, nothing } from 'lit';
import type { GaugeView } from '../../core/gauge';

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/**
 * A bullet graph after Stephen Few: the qualitative bands, a bar from the origin to the
 * current value, a marker for the target and a tick for the baseline, over a labelled
 * scale. Coordinates along the scale are percentages of the width, so the graphic
 * stretches to any width without distorting the marks. Decorative: the element writes
 * the same facts out in text, so the graphic is hidden from screen readers.
 */
export function bulletSvg(v: GaugeView) {
  const last = v.ticks.length - 1;
  const bar = v.current ? { from: Math.min(v.origin, v.current.x), to: Math.max(v.origin, v.current.x) } : undefined;
  // Long labels ("800 units", "2M metric tons CO₂e") need more room before the middle ones fit.
  const long = v.ticks.some((t) => t.text.length > 7);
  return svg`<svg part="graph" class="graph bullet ${long ? 'long-ticks' : ''}" aria-hidden="true" focusable="false">
    <g class="bands">
      ${v.bands.map((b) =>
        b.to - b.from > 0 ? svg`<rect class="band ${b.status}" x=${pct(b.from)} width=${pct(b.to - b.from)} y="0" height="28"/>` : nothing,
      )}
    </g>
    ${bar ? svg`<rect part="bar" class="bar" x=${pct(bar.from)} width=${pct(Math.max(bar.to - bar.from, 0.004))} y="9" height="10"/>` : nothing}
    ${v.start ? svg`<line part="baseline" class="baseline" x1=${pct(v.start.x)} x2=${pct(v.start.x)} y1="2" y2="26"/>` : nothing}
    <line part="marker" class="marker" x1=${pct(v.target.x)} x2=${pct(v.target.x)} y1="3" y2="25"/>
    <g class="ticks">
      ${v.ticks.map(
        (t, i) => svg`<line class="tick" x1=${pct(t.x)} x2=${pct(t.x)} y1="28" y2="32"/>
          <text class="tick-label ${i === 0 ? 'first' : i === last ? 'last' : 'middle'}" x=${pct(t.x)} y="45"
            text-anchor=${i === 0 ? 'start' : i === last ? 'end' : 'middle'}>${t.text}</text>`,
      )}
    </g>
  </svg>`;
}

// The radial gauge: a half circle from the start (left) to the target (right).
const R = 80;
const CX = 100;
const CY = 96;
const ARC = `M ${CX - R} ${CY} A ${R} ${R} 0 0 1 ${CX + R} ${CY}`;

/**
 * An arc from the baseline (left end) to the target (right end), filled as far as the
 * progress goes, with the progress in the middle. Decorative, like the bullet graph.
 */
export function radialSvg(v: GaugeView) {
  const filled = v.progress ? v.progress.clamped * 100 : 0;
  return svg`<svg part="graph" class="graph radial" viewBox="0 0 200 112" aria-hidden="true" focusable="false">
    <path class="track" d=${ARC} pathLength="100"/>
    ${filled > 0 ? svg`<path part="bar" class="arc ${v.status ?? ''}" d=${ARC} pathLength="100" stroke-dasharray=${`${filled.toFixed(2)} 100`}/>` : nothing}
    <text class="arc-figure" x=${CX} y=${CY - 8} text-anchor="middle">${v.progress ? v.progress.text : '–'}</text>
  </svg>`;
}
