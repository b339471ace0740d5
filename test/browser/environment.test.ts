/**
 * Smoke test of the platform facts civicstat relies on, run in every engine of the test bed
 * (Chromium, Firefox ESR, WebKitGTK). If one of these fails in an engine, the element tests
 * in that engine cannot be trusted either, so each assertion checks the real behaviour rather
 * than the mere presence of an API.
 */
import { expect } from '@open-wc/testing';
import { LitElement, css, html } from 'lit';
import smokeModule from '../fixtures/smoke.json';

let counter = 0;
/** A tag name no other test (or earlier run in the same page) has used. */
function uniqueTag(base: string): string {
  counter += 1;
  return `civic-smoke-${base}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

const mounted: Element[] = [];
function mount<T extends Element>(el: T): T {
  document.body.append(el);
  mounted.push(el);
  return el;
}

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

describe('platform: custom elements and shadow DOM', () => {
  it('renders readable text inside an open shadow root', () => {
    const tag = uniqueTag('text');
    customElements.define(
      tag,
      class extends HTMLElement {
        connectedCallback() {
          const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
          root.innerHTML = '<p part="value">7.5 minutes</p><slot></slot>';
        }
      },
    );
    const el = mount(document.createElement(tag));
    el.textContent = 'light child';

    expect(el.shadowRoot, 'open shadow root').to.not.equal(null);
    expect(el.shadowRoot!.mode).to.equal('open');
    const p = el.shadowRoot!.querySelector('p')!;
    expect(p.textContent).to.equal('7.5 minutes');
    // Rendered, not just present in the tree: it has a layout box.
    expect(p.getBoundingClientRect().height).to.be.greaterThan(0);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['light child']);
  });

  it('throws when a tag name is defined twice (what the safe-define guard relies on)', () => {
    const tag = uniqueTag('twice');
    customElements.define(tag, class extends HTMLElement {});
    expect(customElements.get(tag)).to.be.a('function');

    let caught: unknown;
    try {
      customElements.define(tag, class extends HTMLElement {});
    } catch (e) {
      caught = e;
    }
    expect(caught, 'second define must throw').to.be.instanceOf(DOMException);
    expect((caught as DOMException).name).to.equal('NotSupportedError');
  });

  it('upgrades an element that was in the document before its definition', async () => {
    const tag = uniqueTag('upgrade');
    const el = mount(document.createElement(tag));
    expect(el.shadowRoot).to.equal(null);
    customElements.define(
      tag,
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).textContent = 'upgraded';
        }
      },
    );
    await customElements.whenDefined(tag);
    expect(el.shadowRoot?.textContent).to.equal('upgraded');
  });
});

describe('platform: constructable stylesheets', () => {
  it('applies adoptedStyleSheets inside a shadow root (computed style)', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(':host { display: block } p { color: rgb(1, 2, 3); margin-top: 17px; }');
    const tag = uniqueTag('sheet');
    customElements.define(
      tag,
      class extends HTMLElement {
        constructor() {
          super();
          const root = this.attachShadow({ mode: 'open' });
          root.adoptedStyleSheets = [sheet];
          root.innerHTML = '<p>styled</p>';
        }
      },
    );
    const el = mount(document.createElement(tag));
    const p = el.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(el).display).to.equal('block');
    expect(getComputedStyle(p).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(p).marginTop).to.equal('17px');

    // Styles do not leak out of the shadow root.
    const outside = mount(document.createElement('p'));
    expect(getComputedStyle(outside).color).to.not.equal('rgb(1, 2, 3)');
  });

  it('renders a Lit element whose static styles are adopted', async () => {
    const tag = uniqueTag('lit');
    class SmokeLit extends LitElement {
      static override styles = css`
        span {
          color: rgb(4, 5, 6);
        }
      `;
      override render() {
        return html`<span>${'lit text'}</span>`;
      }
    }
    customElements.define(tag, SmokeLit);
    const el = mount(document.createElement(tag) as SmokeLit);
    await el.updateComplete;
    const span = el.shadowRoot!.querySelector('span')!;
    expect(span.textContent).to.equal('lit text');
    expect(getComputedStyle(span).color).to.equal('rgb(4, 5, 6)');
    // Lit uses constructable stylesheets where the engine supports them (all three do).
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.equal(1);
    expect(el.shadowRoot!.querySelector('style')).to.equal(null);
  });
});

describe('platform: Intl', () => {
  it('formats 7.5 minutes in es-ES with a decimal comma', () => {
    const text = new Intl.NumberFormat('es-ES', { style: 'unit', unit: 'minute' }).format(7.5);
    expect(text).to.match(/^7,5\s?min/u);
    expect(text).to.not.include('7.5');
  });

  it('groups thousands in en-US and uses a decimal point', () => {
    expect(new Intl.NumberFormat('en-US').format(1284.5)).to.equal('1,284.5');
  });
});

describe('test server: JSON', () => {
  it('serves a JSON fixture to fetch() as JSON', async () => {
    const res = await fetch(new URL('../fixtures/smoke.json', import.meta.url));
    expect(res.ok, `status ${res.status}`).to.equal(true);
    expect(res.headers.get('content-type') ?? '').to.include('application/json');
    const body = (await res.json()) as { id: string; measures: { value: number }[] };
    expect(body.id).to.equal('smoke');
    expect(body.measures[0].value).to.equal(7.5);
  });

  it('imports a JSON file as a module (as src/core/programs does)', () => {
    expect(smokeModule.id).to.equal('smoke');
    expect(smokeModule.measures.map((m) => m.value)).to.deep.equal([7.5, 1284]);
  });
});
