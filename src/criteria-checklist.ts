/** `civicstat/criteria-checklist.js`: defines `<civic-criteria-checklist>` (and `<civic-data>`, which it reads from). */
import './data';
import { CivicCriteriaChecklist } from './elements/criteria-checklist/criteria-checklist';
import { defineElement } from './ui/define';

defineElement('civic-criteria-checklist', CivicCriteriaChecklist);

export { CivicCriteriaChecklist };
