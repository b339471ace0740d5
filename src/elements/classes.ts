/**
 * Every element class by its tag, without defining any: for code that constructs them
 * directly (`civicstat render`) or compares them with the built bundle's (the style test),
 * rather than looking them up in a registry another copy of the library may have filled.
 */
import type { LitElement } from 'lit';
import { CivicData } from '../data/civic-data';
import { CivicCriteriaChecklist } from './criteria-checklist/criteria-checklist';
import { CivicKpiChart } from './kpi-chart/kpi-chart';
import { CivicKpiTile } from './kpi-tile/kpi-tile';
import { CivicScorecard } from './scorecard/scorecard';
import { CivicStatusSummary } from './status-summary/status-summary';
import { CivicTargetGauge } from './target-gauge/target-gauge';
import { CivicTierBadge } from './tier-badge/tier-badge';

export const ELEMENT_CLASSES: Readonly<Record<string, typeof LitElement>> = {
  'civic-data': CivicData,
  'civic-kpi-tile': CivicKpiTile,
  'civic-target-gauge': CivicTargetGauge,
  'civic-tier-badge': CivicTierBadge,
  'civic-criteria-checklist': CivicCriteriaChecklist,
  'civic-kpi-chart': CivicKpiChart,
  'civic-status-summary': CivicStatusSummary,
  'civic-scorecard': CivicScorecard,
};
