/**
 * A site where only `civicstat.js` was uploaded (docs/getting-started/cms.md): the files the
 * bundle fetches from beside itself (chart.js, the Spanish and French strings) answer 404
 * (test/server/faults.mjs, /faults/lone/). Every element still shows its figures: Spanish and
 * French in English, charts as their summary and table with a note; the console says why,
 * once per file; nothing is thrown into the page.
 */
import { expect } from '@open-wc/testing';
import { settle, until } from '../elements/helpers';
import { openFrame } from './frame';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('only civicstat.js on the site', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('shows every element, in English where its language file is missing, charts as tables; the console says why', async () => {
    const opened = await openFrame(`/test/reliability/pages/lone-file.html?t=${Date.now()}`);
    frame = opened.frame;
    const { win, doc } = opened;
    const shadow = (id: string) => doc.getElementById(id)?.shadowRoot ?? null;
    const part = (id: string, name: string) => shadow(id)?.querySelector(`[part~="${name}"]`) ?? null;
    await until(
      () => ['tile', 'tile-es', 'gauge-fr'].every((id) => part(id, 'value')) && text(shadow('chart')).includes('could not be drawn'),
      'every element to show its figures',
      8000,
    );
    await settle(200);

    // Fire response: 7.4 min in 2026-Q1 against the path to the 2-year target of 7.0 min by 2027.
    expect(text(part('tile', 'status'))).to.equal('On track');
    // Spanish and French fall back to English words (the numbers stay in the element's locale).
    expect(text(part('tile-es', 'status'))).to.equal('On track');
    expect(text(part('tile-es', 'value'))).to.equal('7,4 min');
    expect(text(shadow('gauge-fr'))).to.include('Baseline');
    // The chart: its summary, the note, and the table to open.
    expect(text(part('chart', 'summary'))).to.match(/^Fire response time \(90th percentile\) fell from/);
    expect(text(shadow('chart'))).to.include('The chart could not be drawn; the figures are in the table below');
    expect(shadow('chart')!.querySelector('table'), 'the data table').to.exist;

    const warns = win.civicLog.warns.join('\n');
    expect(warns).to.match(/civicstat: the Spanish strings could not be loaded \(.+\); showing English/);
    expect(warns).to.match(/civicstat: the French strings could not be loaded \(.+\); showing English/);
    expect(warns).to.match(/civicstat: the chart file could not be loaded \(.+\); charts show their tables/);
    expect(win.civicLog.warns.filter((w) => w.includes('Spanish strings')), 'one line per file').to.have.length(1);
    expect(win.civicLog.uncaught, 'uncaught errors').to.deep.equal([]);
    expect(win.civicLog.civicErrors, 'civic-error events').to.deep.equal([]);
  });
});
