/** `civicstat/tier-badge.js`: defines `<civic-tier-badge>` (and `<civic-data>`, which it reads from). */
import './data';
import { CivicTierBadge } from './elements/tier-badge/tier-badge';
import { defineElement } from './ui/define';

defineElement('civic-tier-badge', CivicTierBadge);

export { CivicTierBadge };
