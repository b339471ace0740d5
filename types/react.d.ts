// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.
// Typed use of the CivicStat elements from React. Load it once, e.g. in a .d.ts file of
// your project: `import type {} from 'civicstat/react';`
import type { CivicDocument } from 'civicstat/core';
import type { CivicCriteriaChecklist, CivicData, CivicKpiChart, CivicKpiTile, CivicScorecard, CivicStatusSummary, CivicTargetGauge, CivicTierBadge } from 'civicstat';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** `civic-error`: `detail.error.message` says what went wrong (a field path, or a URL and HTTP status). */
export type CivicErrorEvent = CustomEvent<{ error: Error; message: string }>;
/** `civic-load` (from `<civic-data>`): the normalized document and its warnings. */
export type CivicLoadEvent = CustomEvent<{ document: CivicDocument; warnings: unknown[]; url?: string }>;

/** Attributes and events of `<civic-criteria-checklist>`. */
export interface CivicCriteriaChecklistProps {
  /** Id of a certification in the document. */
  certification?: string;
  /** Show only criteria with these statuses: space-separated `met`, `in-progress`, `not-met` (unknown values are ignored). */
  status?: string;
  /** Show only these program groups: space-separated group ids (unknown ids are ignored). */
  group?: string;
  /** Start with every group collapsed (each still opens with its button; print shows all). */
  collapsed?: boolean;
  /** Heading level (1–6) of the group headings, to fit the page's outline (default 3). */
  'heading-level'?: number;
  /** URL of a document for this element alone (shared with every element naming the same URL). */
  src?: string;
  /** `dark` for the dark theme; also read from the nearest ancestor with a `theme` attribute. */
  theme?: 'light' | 'dark';
  /** The document as an object (for frameworks); wins over `src` and `<civic-data>`. */
  data?: object;
  /** The document could not be loaded, or has no such certification. `detail.error.message` says which. */
  'oncivic-error'?: (event: CivicErrorEvent) => void;
}

/** Attributes and events of `<civic-data>`. */
export interface CivicDataProps {
  /** URL of the document (JSON). Relative URLs resolve against the page. */
  src?: string;
  /** Milliseconds to wait for `src` before giving up. */
  timeout?: number;
  /** The document as an object (for frameworks); wins over `src` and inline JSON. */
  data?: object;
  /** The document was loaded and checked. `detail.document` is the normalized document, `detail.warnings` the unknown fields and dropped links. */
  'oncivic-load'?: (event: CivicLoadEvent) => void;
  /** The document could not be used. `detail.error` is an Error whose `message` names the URL and HTTP status, or the field path. */
  'oncivic-error'?: (event: CivicErrorEvent) => void;
}

/** Attributes and events of `<civic-kpi-chart>`. */
export interface CivicKpiChartProps {
  /** Id of the measure to chart. */
  measure?: string;
  /** `trend` (default), `comparison` or `breakdown`. */
  view?: 'trend' | 'comparison' | 'breakdown';
  /** Shows the data table (it is always there for screen readers and in print). */
  'show-table'?: boolean;
  /** URL of a document for this element alone (shared with every element naming the same URL). */
  src?: string;
  /** `dark` for the dark theme; also read from the nearest ancestor with a `theme` attribute. */
  theme?: 'light' | 'dark';
  /** The document as an object (for frameworks); wins over `src` and `<civic-data>`. */
  data?: object;
  /** The document could not be loaded, has no such measure, or the view is unknown. `detail.error.message` says which. */
  'oncivic-error'?: (event: CivicErrorEvent) => void;
}

/** Attributes and events of `<civic-kpi-tile>`. */
export interface CivicKpiTileProps {
  /** Id of the measure to show. */
  measure?: string;
  /** Space-separated parts to leave out: `sparkline target delta comparisons narrative source`. */
  hide?: string;
  /** Makes the whole tile a link (http, https or relative URLs only). */
  href?: string;
  /** URL of a document for this element alone (shared with every element naming the same URL). */
  src?: string;
  /** `dark` for the dark theme; also read from the nearest ancestor with a `theme` attribute. */
  theme?: 'light' | 'dark';
  /** The document as an object (for frameworks); wins over `src` and `<civic-data>`. */
  data?: object;
  /** The document could not be loaded or has no such measure. `detail.error.message` says which. */
  'oncivic-error'?: (event: CivicErrorEvent) => void;
}

/** Attributes and events of `<civic-scorecard>`. */
export interface CivicScorecardProps {
  /** Only the measures of this priority (the goals' `priority`). */
  priority?: string;
  /** Only the measures of this department (a measure's, else its goal's). */
  department?: string;
  /** Only the measures of this goal (and of the goals directly under it). */
  goal?: string;
  /** Only these statuses: space-separated `on-track at-risk off-track no-data`. */
  status?: string;
  /** Shows a search box. */
  searchable?: boolean;
  /** The search text (also read from, and written to, the page's address). */
  query?: string;
  /** URL of a document for this element alone (shared with every element naming the same URL). */
  src?: string;
  /** `dark` for the dark theme; also read from the nearest ancestor with a `theme` attribute. */
  theme?: 'light' | 'dark';
  /** The document as an object (for frameworks); wins over `src` and `<civic-data>`. */
  data?: object;
  /** The document could not be loaded. `detail.error.message` says why. */
  'oncivic-error'?: (event: CivicErrorEvent) => void;
}

/** Attributes and events of `<civic-status-summary>`. */
export interface CivicStatusSummaryProps {
  /** What to count: `objective` (default), `project`, `goal` or `measure`. */
  kind?: 'objective' | 'project' | 'goal' | 'measure';
  /** Only the items of this priority (a goal id used as `priority` in the document). */
  priority?: string;
  /** Only the items of this department. */
  department?: string;
  /** URL of a document for this element alone (shared with every element naming the same URL). */
  src?: string;
  /** `dark` for the dark theme; also read from the nearest ancestor with a `theme` attribute. */
  theme?: 'light' | 'dark';
  /** The document as an object (for frameworks); wins over `src` and `<civic-data>`. */
  data?: object;
  /** The document could not be loaded, or the kind is unknown. `detail.error.message` says which. */
  'oncivic-error'?: (event: CivicErrorEvent) => void;
}

/** Attributes and events of `<civic-target-gauge>`. */
export interface CivicTargetGaugeProps {
  /** Id of the measure to show. */
  measure?: string;
  /** `bullet` (default) or `radial`. */
  variant?: 'bullet' | 'radial';
  /** Which target: its index (`0` is the primary), label or period. The primary by default. */
  target?: string;
  /** URL of a document for this element alone (shared with every element naming the same URL). */
  src?: string;
  /** `dark` for the dark theme; also read from the nearest ancestor with a `theme` attribute. */
  theme?: 'light' | 'dark';
  /** The document as an object (for frameworks); wins over `src` and `<civic-data>`. */
  data?: object;
  /** The document could not be loaded, or has no such measure or target. `detail.error.message` says which. */
  'oncivic-error'?: (event: CivicErrorEvent) => void;
}

/** Attributes and events of `<civic-tier-badge>`. */
export interface CivicTierBadgeProps {
  /** Id of a certification in the document. */
  certification?: string;
  /** Standalone: a built-in program id (`icma-2021`, `wwc-2019`, `wwc-2023`). */
  program?: 'icma-2021' | 'wwc-2019' | 'wwc-2023';
  /** Standalone: the tier id, e.g. `silver` or `distinction`. */
  tier?: string;
  /** Standalone: the year awarded. */
  year?: string;
  /** Standalone: the expiry date (ISO); after it the badge reads as expired. */
  expires?: string;
  /** Show the tier the self-assessment reaches (labelled as self-assessed) instead of the award. */
  estimate?: boolean;
  /** `s`, `m` (default) or `l`. */
  size?: 's' | 'm' | 'l';
  /** Link for the badge (the certifier's page or evidence); defaults to the award's url, then the program's page. */
  href?: string;
  /** URL of a document for this element alone (shared with every element naming the same URL). */
  src?: string;
  /** `dark` for the dark theme; also read from the nearest ancestor with a `theme` attribute. */
  theme?: 'light' | 'dark';
  /** The document as an object (for frameworks); wins over `src` and `<civic-data>`. */
  data?: object;
  /** The document, the certification, the program or the tier could not be found. `detail.error.message` says which. */
  'oncivic-error'?: (event: CivicErrorEvent) => void;
}

type CivicJsxProps<E, P> = P & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & { class?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'civic-criteria-checklist': CivicJsxProps<CivicCriteriaChecklist, CivicCriteriaChecklistProps>;
      'civic-data': CivicJsxProps<CivicData, CivicDataProps>;
      'civic-kpi-chart': CivicJsxProps<CivicKpiChart, CivicKpiChartProps>;
      'civic-kpi-tile': CivicJsxProps<CivicKpiTile, CivicKpiTileProps>;
      'civic-scorecard': CivicJsxProps<CivicScorecard, CivicScorecardProps>;
      'civic-status-summary': CivicJsxProps<CivicStatusSummary, CivicStatusSummaryProps>;
      'civic-target-gauge': CivicJsxProps<CivicTargetGauge, CivicTargetGaugeProps>;
      'civic-tier-badge': CivicJsxProps<CivicTierBadge, CivicTierBadgeProps>;
    }
  }
}
