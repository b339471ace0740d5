/**
 * Every live example of the documentation site (```html live blocks in docs/), rendered as the
 * site shows it, inside a <civic-data> with the sample city's document: each element renders
 * (no loading state left, no error) and axe finds nothing, colour contrast included.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index';
import { settle, until } from '../elements/helpers';

interface Example {
  page: string;
  index: number;
  html: string;
}

const examples = await executeServerCommand<Example[], undefined>('civic-docs-examples');

type Civic = HTMLElement & { updateComplete: Promise<unknown> };
const civicIn = (root: ParentNode) => [...root.querySelectorAll<Civic>('*')].filter((el) => el.localName.startsWith('civic-') && el.localName !== 'civic-data');

describe('documentation examples', () => {
  it('there are live examples of every element', () => {
    const tags = new Set(examples.flatMap((e) => [...e.html.matchAll(/<(civic-[a-z-]+)/g)].map((m) => m[1])));
    for (const tag of ['civic-kpi-tile', 'civic-target-gauge', 'civic-tier-badge', 'civic-criteria-checklist', 'civic-kpi-chart']) {
      expect(tags.has(tag), tag).to.equal(true);
    }
    expect(examples.length).to.be.greaterThan(10);
  });

  for (const example of examples) {
    it(`${example.page} #${example.index + 1} renders and is accessible`, async function () {
      this.timeout(30_000);
      const host = document.createElement('div');
      host.style.width = '900px';
      host.innerHTML = `<civic-data src="/demo/riverton.civicstat.json"><div class="example">${example.html}</div></civic-data>`;
      document.body.append(host);
      try {
        const elements = civicIn(host);
        expect(elements.length, 'elements in the example').to.be.greaterThan(0);
        await Promise.all(elements.map((el) => el.updateComplete));
        await until(() => elements.every((el) => !el.shadowRoot?.querySelector('.skeleton')), 'every element to load', 10_000);
        await settle(50);
        for (const el of elements) {
          const error = el.shadowRoot!.querySelector('[part~="error"]')?.textContent?.trim() ?? '';
          expect(error, `<${el.localName}> shows no error`).to.equal('');
        }
        await expect(host).to.be.accessible();
      } finally {
        host.remove();
      }
    });
  }
});
