/** `civicstat/target-gauge.js`: defines `<civic-target-gauge>` (and `<civic-data>`, which it reads from). */
import './data';
import { CivicTargetGauge } from './elements/target-gauge/target-gauge';
import { defineElement } from './ui/define';

defineElement('civic-target-gauge', CivicTargetGauge);

export { CivicTargetGauge };
