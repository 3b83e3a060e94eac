// The Segments tab of the sidebar: customers grouped by RFM, clusters or a rule, compared, listed, saved and followed up.
import type { SegmentCustomerList } from '../src/app/list-segment-customers';
import type { SegmentsView } from '../src/app/segment-customers';
import type { SegmentMethod } from '../src/core/segments/segment-view';
import { breakableText, byId, element } from './dom';
import { MEASURES, type SegmentMeasure, segmentChart } from './segment-chart';
import { formatCount, formatMoney, formatShare } from './segment-figures';
import { callServer } from './server';

/** The segments shown, and which one is open. */
let view: SegmentsView | null = null;
let selected: number | null = null;
/** Each load gets a number: an answer to an older one (the method changed meanwhile) is dropped. */
let loads = 0;
let lists = 0;
/** The segment whose save can be undone from here. */
let savedName = '';

const message = (error: unknown) => (error as Error).message;

function setStatus(id: string, text: string, kind: 'info' | 'error' = 'info'): void {
  const status = byId(id);
  status.className = kind === 'error' ? 'error' : '';
  status.textContent = text;
}

const status = (text: string, kind?: 'info' | 'error') => setStatus('segments-status', text, kind);
const saveStatus = (text: string, kind?: 'info' | 'error') => setStatus('segments-save-status', text, kind);

function method(): SegmentMethod {
  const checked = document.querySelector<HTMLInputElement>('input[name="segments-method"]:checked');
  return (checked?.value as SegmentMethod | undefined) ?? 'rfm';
}

function measure(): SegmentMeasure {
  return byId<HTMLSelectElement>('segments-measure').value as SegmentMeasure;
}

function ruleText(): string {
  return byId<HTMLTextAreaElement>('segments-rule').value;
}

/** The rule's mistake under the rule: the message, and the rule with the place it went wrong marked. */
function showRuleError(error: { message: string; at: number } | null): void {
  const box = byId('segments-rule-error');
  const input = byId<HTMLTextAreaElement>('segments-rule');
  if (!error) {
    box.hidden = true;
    box.replaceChildren();
    input.removeAttribute('aria-invalid');
    return;
  }
  const text = ruleText();
  const at = Math.max(0, Math.min(error.at, text.length));
  const word = /^[^\s()]*/.exec(text.slice(at))?.[0] ?? '';
  const end = at + Math.max(1, word.length);
  const excerpt = element('pre', 'rule-at');
  excerpt.append(
    document.createTextNode(text.slice(0, at)),
    element('mark', '', text.slice(at, end) || ' '),
    document.createTextNode(text.slice(end)),
  );
  box.replaceChildren(element('p', 'error', error.message), excerpt);
  box.hidden = false;
  input.setAttribute('aria-invalid', 'true');
  input.focus();
  input.setSelectionRange(at, Math.min(end, text.length));
}

function clearResult(): void {
  view = null;
  selected = null;
  byId('segments-result').hidden = true;
  byId('segments-quality').hidden = true;
  byId('segments-detail').hidden = true;
  byId('segments-chart').replaceChildren();
  byId('segments-table').replaceChildren();
}

/** The k-means line: how many clusters, and how well apart they are in words a founder reads. */
function qualityText(result: SegmentsView): string {
  if (result.k === null) return '';
  const s = result.silhouette;
  const score =
    s === null
      ? 'silhouette not computable'
      : `silhouette ${s.toFixed(2)}: ${s >= 0.5 ? 'clearly apart' : s >= 0.25 ? 'fairly apart' : 'overlapping'}`;
  return `${result.k} clusters, as many as the silhouette chose (${score}; 1 is best).`;
}

function renderChart(): void {
  if (!view) return;
  byId('segments-chart').replaceChildren(
    element('p', 'chart-title', MEASURES[measure()].label),
    segmentChart(view.segments, measure(), (i) => void openSegment(i), selected),
  );
}

/** The table of segments; each name is a button that lists the segment's customers. */
function renderTable(): void {
  if (!view) return;
  const table = element('table', 'segments');
  const caption = element('caption', 'hint', 'Click a segment to list its customers.');
  const head = element('tr');
  // Short headers fit 300 px; the title says each in full.
  for (const [h, title] of [
    ['Segment', ''],
    ['Count', 'Customers'],
    ['Share', 'Share of all revenue'],
    ['CLV', 'Average predicted CLV, 12 months'],
    ['Churn', 'Average churn risk'],
  ]) {
    const th = element('th', '', h);
    if (title) th.title = title;
    head.append(th);
  }
  table.append(caption, head);
  view.segments.forEach((segment, i) => {
    const tr = element('tr', i === selected ? 'selected' : '');
    const name = element('td', 'segment-name');
    const open = element('button', 'link', segment.name);
    open.type = 'button';
    open.id = `segment-open-${i}`;
    open.setAttribute('aria-pressed', String(i === selected));
    open.addEventListener('click', () => void openSegment(i));
    name.append(open);
    if (segment.description && view?.method === 'kmeans')
      name.append(element('span', 'segment-words', segment.description));
    tr.append(
      name,
      element('td', 'number', formatCount(segment.customers)),
      element('td', 'number', formatShare(segment.revenueShare)),
      element('td', 'number', formatMoney(segment.avgClv)),
      element('td', 'number', formatShare(segment.avgChurnRisk)),
    );
    table.append(tr);
  });
  byId('segments-table').replaceChildren(table);
}

function render(result: SegmentsView): void {
  view = result;
  selected = null;
  byId('segments-detail').hidden = true;
  showRuleError(result.ruleError);
  if (result.ruleError) {
    clearResult();
    status('The rule cannot be read: see the mistake marked above.', 'error');
    return;
  }
  if (result.problem) {
    clearResult();
    status(result.problem);
    return;
  }
  const quality = byId('segments-quality');
  quality.textContent = qualityText(result);
  quality.hidden = !quality.textContent;
  status(
    `${formatCount(result.customers)} customers in ${result.segments.length} segments` +
      (result.method === 'rule' && result.ruleWords ? `: ${result.ruleWords}.` : '.'),
  );
  byId('segments-result').hidden = false;
  renderChart();
  renderTable();
}

/** Reads the segments of the chosen method from the server (the rule method only once a rule is written). */
async function load(): Promise<void> {
  const chosen = method();
  byId('segments-rule-box').hidden = chosen !== 'rule';
  if (chosen === 'rule' && !ruleText().trim()) {
    clearResult();
    showRuleError(null);
    status('Write a rule and press Apply rule.');
    return;
  }
  const mine = ++loads;
  status('Reading the Customers tab…');
  byId('panel-segments').setAttribute('aria-busy', 'true');
  try {
    const result = await callServer('getSegments', chosen, chosen === 'rule' ? ruleText() : '');
    if (mine !== loads) return;
    render(result);
  } catch (error) {
    if (mine !== loads) return;
    clearResult();
    status(`Could not read the segments: ${message(error)}`, 'error');
  } finally {
    if (mine === loads) byId('panel-segments').setAttribute('aria-busy', 'false');
  }
}

function customerTable(list: SegmentCustomerList): HTMLTableElement {
  const table = element('table', 'wrap customers');
  const head = element('tr');
  for (const h of ['Customer', 'CLV', 'Churn']) head.append(element('th', '', h));
  table.append(head);
  for (const customer of list.customers) {
    const tr = element('tr');
    // Name above email in one cell: a narrow column cannot hold both side by side.
    const who = element('td');
    const email = element('span', 'customer-email');
    email.append(...breakableText(customer.email));
    who.append(element('span', 'customer-name', customer.name || customer.customerId), email);
    tr.append(
      who,
      element('td', 'number', formatMoney(customer.clv)),
      element('td', 'number', formatShare(customer.churnRisk)),
    );
    table.append(tr);
  }
  return table;
}

/** Opens a segment: its words, its rule, its name to save under, and its customers. */
async function openSegment(index: number): Promise<void> {
  if (!view) return;
  const segment = view.segments[index];
  if (!segment) return;
  selected = index;
  renderChart();
  renderTable();
  byId(`segment-open-${index}`).focus();
  byId('segments-detail').hidden = false;
  byId('segments-detail-title').textContent = segment.name;
  byId('segments-detail-words').textContent = segment.description;
  byId('segments-definition').textContent = segment.definition;
  // A rule's match has no name of its own: the owner gives it one.
  byId<HTMLInputElement>('segments-name').value = view.method === 'rule' ? '' : segment.name;
  saveStatus('');
  const count = byId('segments-count');
  count.textContent = 'Listing…';
  byId('segments-customers').replaceChildren();
  const mine = ++lists;
  try {
    const list = await callServer('listSegmentCustomers', segment.definition);
    if (mine !== lists) return;
    count.textContent =
      list.total === 0
        ? 'No customer is in this segment.'
        : list.total > list.customers.length
          ? `The ${formatCount(list.customers.length)} with the highest CLV of ${formatCount(list.total)} customers.`
          : `${formatCount(list.total)} customer${list.total === 1 ? '' : 's'}, highest CLV first.`;
    byId('segments-customers').replaceChildren(list.customers.length ? customerTable(list) : '');
  } catch (error) {
    if (mine !== lists) return;
    count.textContent = '';
    saveStatus(`Could not list the customers: ${message(error)}`, 'error');
  }
}

function detailButtons(disabled: boolean): void {
  for (const id of ['segments-save', 'segments-follow-up']) byId<HTMLButtonElement>(id).disabled = disabled;
  byId<HTMLButtonElement>('segments-undo').disabled = disabled || !savedName;
}

async function onSave(): Promise<void> {
  if (!view || selected === null) return;
  const segment = view.segments[selected];
  const name = byId<HTMLInputElement>('segments-name').value.trim();
  if (!name) {
    saveStatus('Give the segment a name to save it under.', 'error');
    byId('segments-name').focus();
    return;
  }
  detailButtons(true);
  saveStatus(`Saving “${name}”…`);
  try {
    const report = await callServer('saveSegment', name, segment.definition);
    savedName = report.segment;
    const changes = [
      report.added ? `added to ${formatCount(report.added)}` : '',
      report.removed ? `removed from ${formatCount(report.removed)}` : '',
    ].filter(Boolean);
    saveStatus(
      `${report.replaced ? 'Updated' : 'Saved'} “${report.segment}” in the Segments tab: ${formatCount(report.summary.customers)} customers. ` +
        `Customers’ Segments column: ${changes.length ? `the name ${changes.join(' and ')} customers` : 'already up to date'}.`,
    );
  } catch (error) {
    saveStatus(`Could not save: ${message(error)}`, 'error');
  } finally {
    detailButtons(false);
  }
}

async function onFollowUp(): Promise<void> {
  const name = byId<HTMLInputElement>('segments-name').value.trim() || savedName;
  if (!name) {
    saveStatus('Save the segment under a name first: the follow-up rule names it.', 'error');
    return;
  }
  detailButtons(true);
  saveStatus(`Drafting a follow-up for “${name}”…`);
  try {
    const draft = await callServer('draftSegmentFollowUp', name);
    saveStatus(draft.message);
  } catch (error) {
    saveStatus(`Could not draft a follow-up: ${message(error)}`, 'error');
  } finally {
    detailButtons(false);
  }
}

async function onUndo(): Promise<void> {
  if (!savedName) return;
  const ok = window.confirm(
    `Undo saving “${savedName}”? The Segments tab and the Customers’ Segments column go back to how they were before.`,
  );
  if (!ok) return;
  detailButtons(true);
  try {
    const report = await callServer('undoLast');
    saveStatus(`Undid ${report.description}.`);
    savedName = '';
  } catch (error) {
    saveStatus(`Could not undo: ${message(error)}`, 'error');
  } finally {
    detailButtons(false);
  }
}

/** Wires the tab once: the method radios, the rule box, the chart's measure and the segment's buttons. */
export function setUpSegmentsPanel(): void {
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="segments-method"]'))
    radio.addEventListener('change', () => void load());
  byId('segments-apply').addEventListener('click', () => void load());
  byId('segments-rule').addEventListener('keydown', (event) => {
    // Enter applies the rule; Shift+Enter starts a new line.
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void load();
    }
  });
  byId('segments-measure').addEventListener('change', renderChart);
  byId('segments-save').addEventListener('click', () => void onSave());
  byId('segments-follow-up').addEventListener('click', () => void onFollowUp());
  byId('segments-undo').addEventListener('click', () => void onUndo());
}

/** Reads the segments again each time the tab is shown: a refresh or an import may have changed them. */
export function showSegmentsPanel(): void {
  void load();
}
