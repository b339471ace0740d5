// The one-file bundle's styles: minified at build (scripts/minify-css.mjs), and read by the
// browser as the same rules as the source's. (A file of its own: importing the source classes
// fills the page's resource timing buffer, which bundle.test.ts reads.)
import { expect } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';

// The bundle first, so that its definitions are the ones on the page (some source modules
// define the elements they nest, which the bundle's copy then declines).
await import(/* @vite-ignore */ `${'/dist/civicstat.js'}`);
/** The source classes (not defined here), by tag. */
const { ELEMENT_CLASSES: SOURCES } = await import('../../src/elements/classes');

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
