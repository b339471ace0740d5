/**
 * `<civic-data>` as a page author sees it (SPEC §4): where the document comes from (`data`,
 * `src`, a child `<script type="application/json">`), the `civic-load` / `civic-error` events,
 * one request per URL, the `@lit/context` value its descendants receive, and a second copy of
 * the library defining the tag again.
 *
 * Every test uses its own URLs (a unique query string), so the page-wide document cache never
 * carries a result from one test into another.
 */
import { ContextConsumer } from '@lit/context';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import '../../src/data';
import type { CivicData } from '../../src/data/civic-data';
import { documentContext, type DocumentState } from '../../src/data/context';
import { defineElement } from '../../src/ui/define';
import { freshUrl, mount, requestsFor, settle, until, watchWindow } from './helpers';

const FIXTURES = '/test/fixtures/elements';

/** A fixture URL no other test (or earlier engine run) has requested. */
const fixtureUrl = (name: string) => freshUrl(`${FIXTURES}/${name}`);

/** A `<civic-data>` not yet in the page: configure it and add listeners, then `mount()` it. */
function createData(): CivicData {
  return document.createElement('civic-data');
}
function inlineScript(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

type LoadEvent = HTMLElementEventMap['civic-load'];
type ErrorEvent_ = HTMLElementEventMap['civic-error'];

/** Every civic-load and civic-error an element fires from now on. */
function record(el: EventTarget) {
  const loads: LoadEvent[] = [];
  const errors: ErrorEvent_[] = [];
  el.addEventListener('civic-load', (e) => loads.push(e as LoadEvent));
  el.addEventListener('civic-error', (e) => errors.push(e as ErrorEvent_));
  return { loads, errors };
}

/** console.warn calls while `body` runs (nothing is printed). */
async function captureWarnings(body: () => Promise<void> | void): Promise<string[]> {
  const calls: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
  };
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return calls;
}

async function readJson(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(url);
  return (await response.json()) as Record<string, unknown>;
}

const testville = {
  civicstat: '1.0',
  jurisdiction: { name: 'City of Testville', locale: 'en-US' },
  measures: [{ id: 'ems-response-time', title: 'EMS response time', values: [{ period: '2025', value: 7.9 }] }],
};
const otherton = {
  civicstat: '1.0',
  jurisdiction: { name: 'Town of Otherton', locale: 'en-GB' },
  measures: [{ id: 'potholes-filled', title: 'Potholes filled', values: [{ period: '2025', value: 1284 }] }],
};

/** A test-only descendant that shows the jurisdiction it receives through the context. */
class ContextProbe extends LitElement {
  states: DocumentState[] = [];
  consumer = new ContextConsumer(this, {
    context: documentContext,
    subscribe: true,
    callback: (state: DocumentState) => {
      this.states.push(state);
      this.requestUpdate();
    },
  });

  get statuses(): string[] {
    return this.states.map((s) => s.status);
  }

  override render() {
    const state = this.consumer.value;
    return litHtml`<p>${state?.status === 'ready' ? state.document.jurisdiction.name : state?.status ?? 'none'}</p>`;
  }
}
const PROBE = `civic-test-context-probe-${Math.random().toString(36).slice(2, 8)}`;
customElements.define(PROBE, ContextProbe);
const createProbe = () => document.createElement(PROBE) as ContextProbe;
const probeText = (probe: ContextProbe) => probe.shadowRoot?.querySelector('p')?.textContent ?? '';

/** Waits until `check` holds (polling), failing with `what` after `ms`. */

describe('<civic-data>: inline JSON', () => {
  it('fires a bubbling, composed civic-load with the document and becomes ready', async () => {
    const el = createData();
    el.append(inlineScript(JSON.stringify(testville)));
    const onDocument: Event[] = [];
    const listener = (e: Event) => onDocument.push(e);
    document.addEventListener('civic-load', listener);
    try {
      const loaded = oneEvent(el, 'civic-load');
      mount(el);
      const event = (await loaded) as LoadEvent;

      expect(event.bubbles, 'bubbles').to.equal(true);
      expect(event.composed, 'composed').to.equal(true);
      expect(event.detail.document.jurisdiction.name).to.equal('City of Testville');
      expect(event.detail.document.measures.map((m) => m.id)).to.deep.equal(['ems-response-time']);
      expect(onDocument, 'reached the document').to.include(event);
      expect(el.state.status).to.equal('ready');
      if (el.state.status === 'ready') expect(el.state.document).to.equal(event.detail.document);
    } finally {
      document.removeEventListener('civic-load', listener);
    }
  });

  it('its events leave a shadow root (composed)', async () => {
    const host = mount(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    const el = createData();
    el.append(inlineScript(JSON.stringify(otherton)));
    const atHost = oneEvent(host, 'civic-load');
    root.append(el);
    const event = (await atHost) as LoadEvent;
    expect(event.detail.document.jurisdiction.name).to.equal('Town of Otherton');
    // Retargeted to the shadow host outside, as composed events are.
    expect(event.target).to.equal(host);
  });

  it('a JSON syntax error fires one civic-error naming the line and column, and throws nothing', async () => {
    const guard = watchWindow();
    try {
      const el = createData();
      // A trailing comma at line 3, column 50.
      el.append(inlineScript('{\n  "civicstat": "1.0",\n  "jurisdiction": { "name": "City of Testville" },\n}'));
      const events = record(el);
      const failed = oneEvent(el, 'civic-error');
      mount(el);
      const event = (await failed) as ErrorEvent_;
      await settle();

      expect(events.errors, 'exactly one civic-error').to.have.length(1);
      expect(events.loads, 'no civic-load').to.have.length(0);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail.error).to.be.instanceOf(Error);
      expect(event.detail.error.message).to.match(/not valid JSON/);
      expect(event.detail.error.message).to.include('line 3, column 50');
      expect(el.state.status).to.equal('error');
      if (el.state.status === 'error') expect(el.state.error).to.equal(event.detail.error);
      expect(guard.seen, 'nothing reached window').to.deep.equal([]);
    } finally {
      guard.stop();
    }
  });

  it('a document problem fires one civic-error naming the JSON path, and throws nothing', async () => {
    const guard = watchWindow();
    try {
      const bad = JSON.parse(JSON.stringify(testville)) as { measures: { values: { value: unknown }[] }[] };
      bad.measures[0]!.values[0]!.value = '12';
      const el = createData();
      el.append(inlineScript(JSON.stringify(bad, null, 2)));
      const events = record(el);
      const failed = oneEvent(el, 'civic-error');
      mount(el);
      const event = (await failed) as ErrorEvent_;
      await settle();

      expect(events.errors, 'exactly one civic-error').to.have.length(1);
      expect(events.loads, 'no civic-load').to.have.length(0);
      expect(event.detail.error.message).to.include('measures[0].values[0].value');
      expect(event.detail.error.message).to.include('"12"');
      expect(el.state.status).to.equal('error');
      expect(guard.seen, 'nothing reached window').to.deep.equal([]);
    } finally {
      guard.stop();
    }
  });

  it('a script added after the element is in the page (as a CMS may do) is read', async () => {
    const el = mount(createData());
    await el.updateComplete;
    expect(el.state.status).to.equal('idle');
    const loaded = oneEvent(el, 'civic-load');
    el.append(inlineScript(JSON.stringify(otherton)));
    const event = (await loaded) as LoadEvent;
    expect(event.detail.document.jurisdiction.name).to.equal('Town of Otherton');
    expect(el.state.status).to.equal('ready');
  });
});

describe('<civic-data src>', () => {
  it('loads the file at src', async () => {
    const url = fixtureUrl('testville.json');
    const el = createData();
    el.setAttribute('src', url);
    const loaded = oneEvent(el, 'civic-load');
    mount(el);
    await el.updateComplete;
    expect(el.state.status, 'while the request is out').to.equal('loading');
    const event = (await loaded) as LoadEvent;

    expect(event.detail.document.jurisdiction.name).to.equal('City of Testville');
    expect(event.detail.url).to.equal(new URL(url, location.href).href);
    expect(el.state.status).to.equal('ready');
  });

  it('a missing file fires civic-error with the file name and HTTP status; a new src recovers', async () => {
    const guard = watchWindow();
    try {
      const el = createData();
      el.setAttribute('src', fixtureUrl('missing.json'));
      const events = record(el);
      const failed = oneEvent(el, 'civic-error');
      mount(el);
      const event = (await failed) as ErrorEvent_;
      await settle();

      expect(events.errors, 'exactly one civic-error').to.have.length(1);
      expect(event.detail.error.message).to.equal('Could not load missing.json (HTTP 404 Not Found)');
      expect(el.state.status).to.equal('error');

      const loaded = oneEvent(el, 'civic-load');
      el.setAttribute('src', fixtureUrl('otherton.json'));
      const recovered = (await loaded) as LoadEvent;
      expect(recovered.detail.document.jurisdiction.name).to.equal('Town of Otherton');
      expect(el.state.status).to.equal('ready');
      expect(events.errors, 'no further civic-error').to.have.length(1);
      expect(guard.seen, 'nothing reached window').to.deep.equal([]);
    } finally {
      guard.stop();
    }
  });

  it('a file with a document problem names the file and the JSON path', async () => {
    const guard = watchWindow();
    try {
      const el = createData();
      el.src = fixtureUrl('invalid-value.json');
      const failed = oneEvent(el, 'civic-error');
      mount(el);
      const event = (await failed) as ErrorEvent_;
      expect(event.detail.error.message).to.equal(
        'Invalid-value.json has a problem: measures[0].values[0].value: expected a number or null, got "12"',
      );
      await settle();
      expect(guard.seen, 'nothing reached window').to.deep.equal([]);
    } finally {
      guard.stop();
    }
  });

  it('the last src wins when src changes while a request is out', async () => {
    const el = createData();
    el.src = fixtureUrl('testville.json');
    const events = record(el);
    mount(el);
    await el.updateComplete;
    el.src = fixtureUrl('otherton.json');
    await until(() => events.loads.length > 0 && el.state.status === 'ready', 'civic-load');
    await settle();
    expect(events.loads.map((e) => e.detail.document.jurisdiction.name)).to.deep.equal(['Town of Otherton']);
    if (el.state.status === 'ready') expect(el.state.document.jurisdiction.name).to.equal('Town of Otherton');
  });

  it('50 elements naming one URL make one request and share one document', async () => {
    performance.clearResourceTimings();
    const url = fixtureUrl('testville.json');
    const elements = Array.from({ length: 50 }, () => {
      const el = createData();
      el.setAttribute('src', url);
      return el;
    });
    const loads = elements.map((el) => oneEvent(el, 'civic-load') as Promise<LoadEvent>);
    const box = mount(document.createElement('div'));
    box.append(...elements);
    const events = await Promise.all(loads);

    const first = events[0]!.detail.document;
    expect(first.jurisdiction.name).to.equal('City of Testville');
    expect(events.every((e) => e.detail.document === first), 'one shared document').to.equal(true);
    expect(elements.every((el) => el.state.status === 'ready')).to.equal(true);
    // Some engines add the timing entry a moment after the body is read.
    await until(() => requestsFor(url).length > 0, 'the resource-timing entry');
    await settle();
    expect(requestsFor(url), 'requests for the URL').to.have.length(1);
  });
});

describe('<civic-data>: the data property', () => {
  it('wins over src (which is not even requested)', async () => {
    performance.clearResourceTimings();
    const url = fixtureUrl('testville.json');
    const el = await fixture<CivicData>(html`<civic-data src=${url} .data=${otherton}></civic-data>`);
    expect(el.state.status).to.equal('ready');
    if (el.state.status === 'ready') expect(el.state.document.jurisdiction.name).to.equal('Town of Otherton');
    await settle(200);
    expect(requestsFor(url), 'no request for src').to.have.length(0);
  });

  it('fires civic-load for the object, and for each new object', async () => {
    const el = createData();
    el.data = testville;
    el.setAttribute('src', fixtureUrl('otherton.json'));
    const events = record(el);
    const loaded = oneEvent(el, 'civic-load');
    mount(el);
    expect(((await loaded) as LoadEvent).detail.document.jurisdiction.name).to.equal('City of Testville');

    const again = oneEvent(el, 'civic-load');
    el.data = await readJson(fixtureUrl('otherton.json'));
    expect(((await again) as LoadEvent).detail.document.jurisdiction.name).to.equal('Town of Otherton');
    expect(events.loads).to.have.length(2);
    expect(events.errors).to.have.length(0);
  });

  it('an invalid object fires civic-error with the JSON path', async () => {
    const guard = watchWindow();
    try {
      const el = createData();
      el.data = { civicstat: '1.0', jurisdiction: { name: 'X' }, measures: [{ id: 'a', title: 'A', values: [{ period: '2025', value: '12' }] }] };
      const failed = oneEvent(el, 'civic-error');
      mount(el);
      const event = (await failed) as ErrorEvent_;
      expect(event.detail.error.message).to.include('measures[0].values[0].value');
      expect(el.state.status).to.equal('error');
      await settle();
      expect(guard.seen, 'nothing reached window').to.deep.equal([]);
    } finally {
      guard.stop();
    }
  });
});

describe('<civic-data>: context for descendants', () => {
  it('a descendant receives loading, then ready, then the new document when data changes', async () => {
    const el = createData();
    el.setAttribute('src', fixtureUrl('testville.json'));
    const probe = createProbe();
    el.append(probe);
    const loaded = oneEvent(el, 'civic-load');
    mount(el);
    await loaded;
    await probe.updateComplete;

    // 'idle' is the value before the first update; what matters is loading → ready.
    expect(probe.statuses.filter((s) => s !== 'idle')).to.deep.equal(['loading', 'ready']);
    expect(probeText(probe)).to.equal('City of Testville');

    el.data = otherton;
    await el.updateComplete;
    await probe.updateComplete;
    const last = probe.states.at(-1)!;
    expect(last.status).to.equal('ready');
    if (last.status === 'ready') expect(last.document.jurisdiction.name).to.equal('Town of Otherton');
    expect(probeText(probe)).to.equal('Town of Otherton');
  });

  it('a descendant sees an error state for a missing file', async () => {
    const el = createData();
    el.setAttribute('src', fixtureUrl('missing.json'));
    const probe = createProbe();
    el.append(probe);
    const failed = oneEvent(el, 'civic-error');
    mount(el);
    await failed;
    const last = probe.states.at(-1)!;
    expect(last.status).to.equal('error');
    if (last.status === 'error') expect(last.error.message).to.include('(HTTP 404');
  });

  it('the nearest <civic-data> provides', async () => {
    const outer = createData();
    outer.data = testville;
    const inner = createData();
    inner.data = otherton;
    const near = createProbe();
    const far = createProbe();
    inner.append(near);
    outer.append(far, inner);
    mount(outer);
    await outer.updateComplete;
    await inner.updateComplete;
    await Promise.all([near.updateComplete, far.updateComplete]);
    expect(probeText(far)).to.equal('City of Testville');
    expect(probeText(near)).to.equal('Town of Otherton');
  });
});

describe('<civic-data>: a second copy of the library', () => {
  it('defining the tag again neither throws nor replaces it, and warns once', async () => {
    const original = customElements.get('civic-data');
    expect(original, 'defined by src/data').to.be.a('function');
    const warnings = await captureWarnings(() => {
      expect(() => defineElement('civic-data', class extends HTMLElement {})).to.not.throw();
      expect(() => defineElement('civic-data', class extends HTMLElement {})).to.not.throw();
    });
    expect(customElements.get('civic-data')).to.equal(original);
    expect(warnings, 'one warning').to.have.length(1);
    expect(warnings[0]).to.include('<civic-data>');
    expect(warnings[0]).to.include('already defined');
    // The original still works.
    const el = createData();
    el.data = testville;
    const loaded = oneEvent(el, 'civic-load');
    mount(el);
    expect(((await loaded) as LoadEvent).detail.document.jurisdiction.name).to.equal('City of Testville');
  });
});

describe('<civic-data>: unknown fields', () => {
  it('the document still loads and the console names the field path once', async () => {
    const el = createData();
    el.setAttribute('src', fixtureUrl('unknown-field.json'));
    let event: LoadEvent | undefined;
    const warnings = await captureWarnings(async () => {
      const loaded = oneEvent(el, 'civic-load');
      mount(el);
      event = (await loaded) as LoadEvent;
      await settle();
    });
    expect(event!.detail.document.jurisdiction.name).to.equal('City of Testville');
    expect(el.state.status).to.equal('ready');
    expect(event!.detail.warnings.map((w) => w.path)).to.deep.equal(['jurisdiction.mayor']);
    const naming = warnings.filter((w) => w.includes('jurisdiction.mayor'));
    expect(naming, `console.warn calls: ${JSON.stringify(warnings)}`).to.have.length(1);
    expect(naming[0]).to.include('unknown-field.json');
  });

  it('an inline document with an unknown field warns once too', async () => {
    const el = createData();
    el.append(inlineScript(JSON.stringify({ ...testville, theme: 'dark' })));
    const warnings = await captureWarnings(async () => {
      const loaded = oneEvent(el, 'civic-load');
      mount(el);
      await loaded;
      await settle();
    });
    expect(el.state.status).to.equal('ready');
    expect(warnings.filter((w) => /(^|\s)theme:/.test(w)), JSON.stringify(warnings)).to.have.length(1);
  });
});

/* Regressions: each of these failed before the fix it names. */
describe('<civic-data>: nesting, inline changes and base URLs', () => {
  // Fixed: src/data/civic-data.ts reload(): querySelector() finds a nested <civic-data>'s script.
  it('reads its own child script, not one of a nested <civic-data>', async () => {
    const outer = createData();
    const inner = createData();
    inner.append(inlineScript(JSON.stringify(otherton)));
    // The nested provider comes first in document order; the outer one's own script after it.
    outer.append(inner, inlineScript(JSON.stringify(testville)));
    mount(outer);
    await outer.updateComplete;
    await inner.updateComplete;
    expect(inner.state.status).to.equal('ready');
    if (inner.state.status === 'ready') expect(inner.state.document.jurisdiction.name).to.equal('Town of Otherton');
    expect(outer.state.status).to.equal('ready');
    if (outer.state.status === 'ready') expect(outer.state.document.jurisdiction.name).to.equal('City of Testville');
  });

  // Fixed: src/data/civic-data.ts connectedCallback(): the MutationObserver reloads on any change
  // anywhere inside, not only on changes to the inline script.
  it('other content changing inside an inline <civic-data> does not reload the document', async () => {
    const el = createData();
    el.append(inlineScript(JSON.stringify(testville)));
    const events = record(el);
    mount(el);
    await settle();
    expect(events.loads).to.have.length(1);
    const before = el.state.status === 'ready' ? el.state.document : undefined;

    const probe = createProbe();
    const note = document.createElement('p');
    note.textContent = 'Updated weekly';
    el.append(probe, note);
    await settle();
    note.textContent = 'Updated daily';
    await settle();

    expect(events.loads, 'civic-load events').to.have.length(1);
    expect(el.state.status === 'ready' ? el.state.document : undefined, 'same document object').to.equal(before);
  });

  // Same bug, worse symptom: a civic-load handler that writes inside the element loops forever
  // (bounded here at 50 rounds so that the page does not freeze).
  it('a civic-load handler that writes inside the element does not loop', async () => {
    const el = createData();
    el.append(inlineScript(JSON.stringify(testville)));
    const status = document.createElement('span');
    el.append(status);
    let loads = 0;
    el.addEventListener('civic-load', () => {
      loads += 1;
      if (loads < 50) status.textContent = 'Loaded';
    });
    mount(el);
    await settle(300);
    expect(loads).to.equal(1);
  });

  // Fixed: src/data/load.ts absoluteUrl(): relative URLs resolve against location.href, not the
  // document's base URL (<base href>), unlike every other URL attribute in HTML.
  it('a relative src resolves against the document base URL (<base href>)', async () => {
    const base = document.createElement('base');
    base.href = `${FIXTURES}/`;
    document.head.prepend(base);
    try {
      const el = createData();
      el.setAttribute('src', fixtureUrl('testville.json').slice(FIXTURES.length + 1));
      const events = record(el);
      mount(el);
      await until(() => events.loads.length + events.errors.length > 0, 'civic-load or civic-error');
      expect(events.errors.map((e) => e.detail.error.message)).to.deep.equal([]);
      expect(el.state.status).to.equal('ready');
    } finally {
      base.remove();
    }
  });
});
