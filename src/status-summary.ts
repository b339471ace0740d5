/** `civicstat/status-summary.js`: defines `<civic-status-summary>` (and `<civic-data>`, which it reads from). */
import './data';
import { CivicStatusSummary } from './elements/status-summary/status-summary';
import { defineElement } from './ui/define';

defineElement('civic-status-summary', CivicStatusSummary);

export { CivicStatusSummary };
