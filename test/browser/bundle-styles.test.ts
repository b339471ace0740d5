// The one-file bundle's styles: minified at build (scripts/minify-css.mjs), and read by the
// browser as the same rules as the source's. (A file of its own: importing the source classes
// fills the page's resource timing buffer, which bundle.test.ts reads.)
import { expect } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';

// The bundle first, so that its definitions are the ones on the page (some source modules
// define the elements they nest, which the bundle's copy then declines).
await import(/* @vite-ignore */ `${'/dist/civicstat.js'}`);
const { CivicData } = await import('../../src/data/civic-data');
const { CivicCriteriaChecklist } = await import('../../src/elements/criteria-checklist/criteria-checklist');
const { CivicKpiChart } = await import('../../src/elements/kpi-chart/kpi-chart');
const { CivicKpiTile } = await import('../../src/elements/kpi-tile/kpi-tile');
const { CivicScorecard } = await import('../../src/elements/scorecard/scorecard');
const { CivicStatusSummary } = await import('../../src/elements/status-summary/status-summary');
const { CivicTargetGauge } = await import('../../src/elements/target-gauge/target-gauge');
const { CivicTierBadge } = await import('../../src/elements/tier-badge/tier-badge');

/** The source classes (not defined here), by tag. */
const SOURCES: Record<string, { styles?: CSSResultGroup }> = {
  'civic-data': CivicData,
  'civic-kpi-tile': CivicKpiTile,
  'civic-target-gauge': CivicTargetGauge,
  'civic-tier-badge': CivicTierBadge,
  'civic-criteria-checklist': CivicCriteriaChecklist,
  'civic-kpi-chart': CivicKpiChart,
  'civic-status-summary': CivicStatusSummary,
  'civic-scorecard': CivicScorecard,
};

/** Style sheets as the browser reads them: one serialized rule per entry, comments and layout gone. */
function rules(styles: CSSResultGroup | undefined): string[] {
  const flat = [styles ?? []].flat(Infinity as 1) as { cssText: string }[];
  return flat.flatMap((result) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(result.cssText);
    return [...sheet.cssRules].map((rule) => rule.cssText);
  });
}

describe('dist/civicstat.js styles', () => {
  it('ships every element’s styles minified, with the same rules as the source', async () => {
    let shippedLength = 0;
    let sourceLength = 0;
    for (const [tag, source] of Object.entries(SOURCES)) {
      const shipped = customElements.get(tag) as unknown as { elementStyles: { cssText: string }[] };
      const shippedText = shipped.elementStyles.map((s) => s.cssText).join('');
      const sourceText = ([source.styles ?? []].flat(Infinity as 1) as { cssText: string }[]).map((s) => s.cssText).join('');
      expect(rules(source.styles).length, `${tag}: rules read`).to.be.greaterThan(0);
      expect(rules(shipped.elementStyles as never), tag).to.deep.equal(rules(source.styles));
      expect(shippedText, `${tag}: no comment left`).not.to.include('/*');
      shippedLength += shippedText.length;
      sourceLength += sourceText.length;
    }
    // Comments and indentation are a third of the source's CSS.
    expect(shippedLength, 'minified').to.be.lessThan(sourceLength * 0.8);
  });
});
