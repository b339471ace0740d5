// The demo page: shows what the core computes for the sample city. The visual elements
// (KPI tile, gauge, badge, checklist) will take over this page as they arrive.
import '../src/index';
import {
  evaluateCertification,
  formatDelta,
  formatPercent,
  formatPeriod,
  formatValue,
  measureChange,
  measureStatus,
  type CivicDocument,
} from '../src/civicstat-core';

const STATUS_WORDS = { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'no-data': 'No data' } as const;

function cell(text: string, className?: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function show(doc: CivicDocument): void {
  const locale = doc.jurisdiction.locale ?? 'en-US';
  const rows = doc.measures.map((m) => {
    const tr = document.createElement('tr');
    const latest = [...m.values].reverse().find((v) => v.value !== null);
    const change = measureChange(m);
    const status = measureStatus(m);
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = m.title;
    tr.append(
      th,
      cell(formatValue(latest?.value, { format: m.format, unit: m.unit, locale }), 'num'),
      cell(latest ? formatPeriod(latest.period, locale) : '–'),
      cell(change ? `${formatDelta(change.delta, { format: m.format, unit: m.unit, locale })} (${change.good ? 'better' : change.good === false ? 'worse' : 'no change'})` : '–'),
      cell(m.targets[0] ? formatValue(m.targets[0].value, { format: m.format, unit: m.unit, locale }) : 'None set', 'num'),
      cell(status ? STATUS_WORDS[status] : 'No target', status ? `status ${status}` : undefined),
    );
    return tr;
  });
  document.querySelector('#measures tbody')!.replaceChildren(...rows);
  const items = doc.certifications.map((c) => {
    const e = evaluateCertification(c, doc);
    const li = document.createElement('li');
    if (!e) return li;
    const awarded = e.awarded ? `${e.awarded.label} awarded` : 'not yet awarded';
    const next = e.next ? `; ${e.next.tier.label} needs ${e.next.criteria} more criteria` : '';
    li.textContent = `${e.program.name}: ${awarded}. Self-assessment: ${e.met} of ${e.total} criteria met (${formatPercent(e.share, locale)})${e.reached ? `, ${e.reached.label} reached` : ''}${next}.`;
    return li;
  });
  document.querySelector('#certifications')!.replaceChildren(...items);
}

const data = document.querySelector('civic-data')!;
const status = document.querySelector('#status')!;
data.addEventListener('civic-load', (event) => {
  status.textContent = `Loaded ${event.detail.document.jurisdiction.name}: ${event.detail.document.measures.length} measures.`;
  show(event.detail.document);
});
// The filtered checklist follows the select: its `status` attribute filters the criteria.
const checklistFilter = document.querySelector<HTMLSelectElement>('#checklist-filter')!;
const filteredChecklist = document.querySelector('#filtered-checklist')!;
checklistFilter.addEventListener('change', () => {
  if (checklistFilter.value) filteredChecklist.setAttribute('status', checklistFilter.value);
  else filteredChecklist.removeAttribute('status');
});
data.addEventListener('civic-error', (event) => {
  if (event.target !== data) return; // tiles report their own errors in place
  status.setAttribute('role', 'alert');
  status.textContent = event.detail.error.message;
});
