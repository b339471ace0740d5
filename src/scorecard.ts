/** `civicstat/scorecard.js`: defines `<civic-scorecard>` (with `<civic-kpi-tile>` and `<civic-data>`). */
import './data';
import { CivicScorecard } from './elements/scorecard/scorecard';
import { defineElement } from './ui/define';

defineElement('civic-scorecard', CivicScorecard);

export { CivicScorecard };
