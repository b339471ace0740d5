/** `civicstat`: defines every element. */
import './data';

export { CivicData } from './data/civic-data';
export { documentContext, type DocumentState } from './data/context';
export { loadDocument, LoadError } from './data/load';
export { VERSION } from './version';
import './criteria-checklist';
export { CivicCriteriaChecklist } from './elements/criteria-checklist/criteria-checklist';
import './kpi-chart';
export { CivicKpiChart } from './elements/kpi-chart/kpi-chart';
import './kpi-tile';
export { CivicKpiTile } from './elements/kpi-tile/kpi-tile';
import './scorecard';
export { CivicScorecard } from './elements/scorecard/scorecard';
import './status-summary';
export { CivicStatusSummary } from './elements/status-summary/status-summary';
import './target-gauge';
export { CivicTargetGauge } from './elements/target-gauge/target-gauge';
import './tier-badge';
export { CivicTierBadge } from './elements/tier-badge/tier-badge';
