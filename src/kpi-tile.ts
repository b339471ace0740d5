/** `civicstat/kpi-tile.js`: defines `<civic-kpi-tile>` (and `<civic-data>`, which it reads from). */
import './data';
import { CivicKpiTile } from './elements/kpi-tile/kpi-tile';
import { defineElement } from './ui/define';

defineElement('civic-kpi-tile', CivicKpiTile);

export { CivicKpiTile };
