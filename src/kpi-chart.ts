/** `civicstat/kpi-chart.js`: defines `<civic-kpi-chart>` (and `<civic-data>`); chart.js is fetched lazily. */
import './data';
import { CivicKpiChart } from './elements/kpi-chart/kpi-chart';
import { defineElement } from './ui/define';

defineElement('civic-kpi-chart', CivicKpiChart);

export { CivicKpiChart };
