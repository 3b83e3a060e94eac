// The Customer tab of the sidebar: search as you type, one customer's timeline and metrics, logging, consent, duplicates.
import type { CustomerView } from '../src/app/customer-timeline';
import type { CustomerSearch } from '../src/app/search-customers';
import type { CustomerCard } from '../src/core/customer/customer-card';
import { breakableText, byId, element } from './dom';
import { localTime } from './local-time';
import { callServer } from './server';

/** Wait after the last key before searching, so a name typed quickly costs one call. */
const SEARCH_DELAY_MS = 250;

/** What each log button starts with: the channel and direction of the form it opens. */
const LOG_KINDS = {
  call: { channel: 'phone', direction: 'out', title: 'Log a call' },
  meeting: { channel: 'meeting', direction: '', title: 'Log a meeting' },
  note: { channel: 'email', direction: '', title: 'Add a note' },
} as const;
type LogKind = keyof typeof LOG_KINDS;

/** The customer shown, by Customer ID; '' when none. */
let shownId = '';
/** The last view read, for the time zone and the names in messages. */
let view: CustomerView | null = null;
/** Numbers each search, so an answer that arrives after a newer search was sent is dropped. */
let searchSeq = 0;
let viewSeq = 0;
let searchTimer: ReturnType<typeof setTimeout> | undefined;
let logKind: LogKind = 'call';

const message = (error: unknown) => (error as Error).message;

function setStatus(text: string, kind: 'info' | 'error' = 'info'): void {
  const status = byId('customer-status');
  status.className = kind === 'error' ? 'error' : '';
  status.replaceChildren(text);
}

/** A phone number that does not break across lines at its spaces. */
function phoneText(phone: string): string {
  return phone.replace(/ /g, '\u00a0');
}

/** Email, phone, company and ID separated by dots; the email may wrap at its parts, the phone never. */
function contactLine(card: CustomerCard): Node[] {
  const parts: Node[][] = [];
  if (card.email) parts.push(breakableText(card.email));
  if (card.phone) parts.push([element('span', 'nowrap', card.phone)]);
  for (const text of [card.company, card.customerId]) if (text) parts.push([document.createTextNode(text)]);
  return parts.flatMap((part, i) => (i === 0 ? part : [document.createTextNode(' · '), ...part]));
}

/** A customer's name as a list shows it: their name, else their email, else their ID. */
function nameOf(card: Pick<CustomerCard, 'name' | 'email' | 'customerId'>): string {
  return card.name || card.email || card.customerId;
}

// ---- Search ----

function resultButtons(): HTMLButtonElement[] {
  return [...byId('customer-results').querySelectorAll('button')];
}

function showResults(found: CustomerSearch): void {
  const list = byId('customer-results');
  list.replaceChildren(
    ...found.matches.map((card) => {
      const item = element('li', 'result');
      const button = element('button', 'customer-result');
      button.type = 'button';
      button.dataset.customerId = card.customerId;
      button.append(element('span', 'result-name', nameOf(card)));
      const sub = element('span', 'result-sub');
      sub.append(
        ...breakableText([card.email, phoneText(card.phone), card.customerId].filter(Boolean).join(' · ')),
      );
      button.append(sub);
      button.addEventListener('click', () => void openCustomer(card.customerId));
      button.addEventListener('keydown', (event) => onResultKey(event, button));
      item.append(button);
      return item;
    }),
  );
  // Says which query the list answers, for a reader (and a test) that must not take an older list for it.
  list.dataset.query = found.query;
  const count = found.matches.length;
  byId('customer-search-status').textContent =
    count === 0
      ? `No customer matches “${found.query}”.`
      : `${count}${found.more ? '+' : ''} ${count === 1 ? 'match' : 'matches'}${found.more ? ': type more to narrow them' : ''}.`;
}

/** A search sent and not answered yet, and the query typed meanwhile: one search at a time reaches the server. */
let searching = false;
let queuedQuery: string | null = null;

async function runSearch(query: string): Promise<void> {
  if (searching) {
    queuedQuery = query;
    return;
  }
  const seq = ++searchSeq;
  const status = byId('customer-search-status');
  if (query.trim().length < 2) {
    byId('customer-results').replaceChildren();
    byId('customer-results').dataset.query = query;
    status.className = 'hint';
    status.textContent = query.trim() ? 'Type at least 2 characters.' : '';
    return;
  }
  status.textContent = 'Searching…';
  searching = true;
  try {
    const found = await callServer('searchCustomers', query);
    if (seq === searchSeq && queuedQuery === null) {
      status.className = 'hint';
      showResults(found);
    }
  } catch (error) {
    if (seq === searchSeq && queuedQuery === null) {
      status.className = 'error';
      status.textContent = `Could not search: ${message(error)}`;
    }
  } finally {
    searching = false;
    const next = queuedQuery;
    queuedQuery = null;
    // What was typed while the server answered is searched now, once, whatever number of keys it took.
    if (next !== null) void runSearch(next);
  }
}

/** Searches the box's text again now (after a merge or its undo, the list names a customer gone or back). */
function searchAgain(): void {
  clearTimeout(searchTimer);
  void runSearch(byId<HTMLInputElement>('customer-search').value);
}

function onSearchInput(): void {
  clearTimeout(searchTimer);
  const query = byId<HTMLInputElement>('customer-search').value;
  searchTimer = setTimeout(() => void runSearch(query), SEARCH_DELAY_MS);
}

/** Down from the box goes into the results; Enter opens the first one. */
function onSearchKey(event: KeyboardEvent): void {
  const buttons = resultButtons();
  if (event.key === 'ArrowDown' && buttons.length) {
    buttons[0].focus();
    event.preventDefault();
  } else if (event.key === 'Enter' && buttons.length) {
    void openCustomer(buttons[0].dataset.customerId ?? '');
    event.preventDefault();
  }
}

/** Up and down move between results; up from the first goes back to the box. */
function onResultKey(event: KeyboardEvent, button: HTMLButtonElement): void {
  const buttons = resultButtons();
  const at = buttons.indexOf(button);
  if (event.key === 'ArrowDown' && at < buttons.length - 1) buttons[at + 1].focus();
  else if (event.key === 'ArrowUp') (at > 0 ? buttons[at - 1] : byId('customer-search')).focus();
  else return;
  event.preventDefault();
}

// ---- One customer ----

function metricList(current: CustomerView): HTMLElement[] {
  if (current.metrics.length === 0)
    return [
      element(
        'p',
        'hint',
        'No metrics yet: they appear after the next refresh (Solo CRM > Refresh analytics).',
      ),
    ];
  return current.metrics.map((line) => {
    // A sentence cannot share a line with its label at the sidebar's width: it gets lines of its own.
    const row = element('div', line.sentence ? 'metric metric-sentence' : 'metric');
    row.append(element('dt', '', line.label), element('dd', '', line.value));
    return row;
  });
}

const KIND_LABEL: Record<CustomerView['timeline'][number]['kind'], string> = {
  order: 'Order',
  interaction: 'Contact',
  survey: 'Survey',
  email: 'Email',
};

function timelineItems(current: CustomerView): HTMLElement[] {
  if (current.timeline.length === 0)
    return [element('li', 'event hint', 'Nothing yet: no orders, contacts, answers or emails.')];
  return current.timeline.map((event) => {
    const item = element('li', `event event-${event.kind}`);
    const head = element('div', 'event-head');
    head.append(
      element('span', 'event-kind', KIND_LABEL[event.kind]),
      element('time', 'event-time', event.at ? localTime(event.at, current.timeZone) : 'no date'),
    );
    if (event.at) head.lastElementChild!.setAttribute('datetime', event.at);
    item.append(head, element('div', 'event-title', event.title));
    const more = [event.kind === 'order' ? event.channel : '', event.detail].filter(Boolean).join(' · ');
    if (more) item.append(element('div', 'event-detail', more));
    return item;
  });
}

function duplicateItems(current: CustomerView): HTMLElement[] {
  return current.duplicates.map((other) => {
    const item = element('li', 'duplicate');
    const text = element('div', 'duplicate-text');
    text.append(element('span', 'duplicate-name', nameOf(other)));
    const sub = element('span', 'duplicate-sub');
    sub.append(...breakableText([other.email, other.customerId, other.reason].filter(Boolean).join(' · ')));
    text.append(sub);
    const merge = element('button', '', 'Merge');
    merge.type = 'button';
    merge.setAttribute('aria-label', `Merge ${nameOf(other)} into this customer`);
    merge.addEventListener('click', () => void mergeDuplicate(other.customerId, nameOf(other)));
    const notSame = element('button', '', 'Not the same');
    notSame.type = 'button';
    notSame.setAttribute('aria-label', `${nameOf(other)} is not the same person`);
    notSame.addEventListener('click', () => void dismissDuplicate(other.customerId, nameOf(other)));
    const buttons = element('div', 'duplicate-buttons');
    buttons.append(merge, notSame);
    item.append(text, buttons);
    return item;
  });
}

function renderView(current: CustomerView): void {
  view = current;
  const { customer } = current;
  byId('customer-view').hidden = false;
  byId('customer-name').textContent = nameOf(customer);
  byId('customer-contact').replaceChildren(...contactLine(customer));
  byId('customer-metrics').replaceChildren(...metricList(current));
  const consent = byId<HTMLInputElement>('customer-consent');
  consent.checked = customer.consent === true;
  consent.indeterminate = customer.consent === null;
  const unsubscribed = byId('customer-unsubscribed');
  unsubscribed.hidden = !customer.unsubscribedAt;
  byId('customer-unsubscribed-text').textContent = customer.unsubscribedAt
    ? `Unsubscribed on ${Number.isNaN(Date.parse(customer.unsubscribedAt)) ? customer.unsubscribedAt : localTime(customer.unsubscribedAt, current.timeZone)}: no follow-ups are sent.`
    : '';
  byId('customer-duplicates-box').hidden = current.duplicates.length === 0;
  byId('customer-duplicates').replaceChildren(...duplicateItems(current));
  byId('customer-timeline').replaceChildren(...timelineItems(current));
}

/** Reads one customer and shows them; a newer open wins over an older answer. */
async function openCustomer(customerId: string, keepStatus = false): Promise<void> {
  if (!customerId) return;
  const seq = ++viewSeq;
  // A form begun for someone else is not carried over to this customer.
  if (customerId !== shownId) byId('customer-log-form').hidden = true;
  shownId = customerId;
  if (!keepStatus) setStatus('Loading…');
  try {
    const current = await callServer('getCustomerTimeline', customerId);
    if (seq !== viewSeq) return;
    renderView(current);
    if (!keepStatus) setStatus('');
  } catch (error) {
    if (seq === viewSeq) setStatus(`Could not open the customer: ${message(error)}`, 'error');
  }
}

// ---- Actions ----

function openLogForm(kind: LogKind): void {
  logKind = kind;
  const preset = LOG_KINDS[kind];
  byId('customer-log-title').textContent = preset.title;
  byId<HTMLSelectElement>('customer-log-channel').value = preset.channel;
  byId<HTMLSelectElement>('customer-log-direction').value = preset.direction;
  byId<HTMLTextAreaElement>('customer-log-notes').value = '';
  byId('customer-log-form').hidden = false;
  byId('customer-log-notes').focus();
}

function closeLogForm(): void {
  byId('customer-log-form').hidden = true;
  byId(`customer-log-${logKind}`).focus();
}

async function saveLog(event: Event): Promise<void> {
  event.preventDefault();
  if (!shownId) return;
  const save = byId<HTMLButtonElement>('customer-log-save');
  save.disabled = true;
  const channel = byId<HTMLSelectElement>('customer-log-channel').value;
  try {
    await callServer('logCustomerInteraction', {
      customerId: shownId,
      channel,
      direction: byId<HTMLSelectElement>('customer-log-direction').value,
      subject: logKind === 'note' ? 'Note' : '',
      notes: byId<HTMLTextAreaElement>('customer-log-notes').value,
    });
    closeLogForm();
    setStatus(
      `${LOG_KINDS[logKind].title.replace(/^(Log|Add) an? /, '').replace(/^./, (c) => c.toUpperCase())} logged in Interactions.`,
    );
    await openCustomer(shownId, true);
  } catch (error) {
    setStatus(`Could not log it: ${message(error)}`, 'error');
  } finally {
    save.disabled = false;
  }
}

async function changeConsent(): Promise<void> {
  const box = byId<HTMLInputElement>('customer-consent');
  const wanted = box.checked;
  box.disabled = true;
  try {
    await callServer('setCustomerConsent', shownId, wanted);
    setStatus(
      wanted ? 'Consent ticked: follow-ups may be sent.' : 'Consent unticked: no follow-ups are sent.',
    );
  } catch (error) {
    box.checked = !wanted;
    setStatus(`Could not change consent: ${message(error)}`, 'error');
  } finally {
    box.disabled = false;
  }
}

async function undoUnsubscribe(): Promise<void> {
  const button = byId<HTMLButtonElement>('customer-unsubscribe-undo');
  button.disabled = true;
  try {
    await callServer('undoCustomerUnsubscribe', shownId);
    setStatus('Unsubscribe undone (logged). Tick Consent too if they want follow-ups again.');
    await openCustomer(shownId, true);
    byId('customer-consent').focus();
  } catch (error) {
    setStatus(`Could not undo the unsubscribe: ${message(error)}`, 'error');
  } finally {
    button.disabled = false;
  }
}

async function undoMerge(): Promise<void> {
  try {
    const report = await callServer('undoLast');
    setStatus(`Undid ${report.description}.`);
    searchAgain();
    await openCustomer(shownId, true);
  } catch (error) {
    setStatus(`Could not undo: ${message(error)}`, 'error');
  }
}

async function mergeDuplicate(otherId: string, otherName: string): Promise<void> {
  const keptName = view ? nameOf(view.customer) : shownId;
  const ok = confirm(
    `Merge ${otherName} (${otherId}) into ${keptName} (${shownId})?\n\nTheir orders, contacts and emails move to ${shownId}; differing details are kept in Notes. "Undo merge" reverses it until the next import, refresh or merge.`,
  );
  if (!ok) return;
  setStatus('Merging…');
  try {
    const report = await callServer('mergeDuplicateCustomer', shownId, otherId);
    searchAgain();
    await openCustomer(shownId, true);
    const moved = Object.values(report.moved).reduce((a, b) => a + b, 0);
    const status = byId('customer-status');
    status.className = '';
    const undo = element('button', '', 'Undo merge');
    undo.type = 'button';
    undo.id = 'customer-merge-undo';
    undo.addEventListener('click', () => void undoMerge());
    status.replaceChildren(
      element(
        'span',
        '',
        `Merged ${otherName} into this customer: ${moved} ${moved === 1 ? 'row' : 'rows'} moved; metrics follow at the next refresh. `,
      ),
      undo,
    );
  } catch (error) {
    setStatus(`Could not merge: ${message(error)}`, 'error');
  }
}

async function dismissDuplicate(otherId: string, otherName: string): Promise<void> {
  try {
    await callServer('markNotSameCustomer', shownId, otherId);
    setStatus(`${otherName} will not be suggested again.`);
    await openCustomer(shownId, true);
    byId('customer-search').focus();
  } catch (error) {
    setStatus(`Could not remember it: ${message(error)}`, 'error');
  }
}

/** Wires the Customer tab once. */
export function setUpCustomerPanel(): void {
  const search = byId<HTMLInputElement>('customer-search');
  search.addEventListener('input', onSearchInput);
  search.addEventListener('keydown', onSearchKey);
  for (const kind of Object.keys(LOG_KINDS) as LogKind[])
    byId(`customer-log-${kind}`).addEventListener('click', () => openLogForm(kind));
  byId('customer-log-form').addEventListener('submit', (event) => void saveLog(event));
  byId('customer-log-cancel').addEventListener('click', closeLogForm);
  byId('customer-log-form').addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeLogForm();
  });
  byId('customer-consent').addEventListener('change', () => void changeConsent());
  byId('customer-unsubscribe-undo').addEventListener('click', () => void undoUnsubscribe());
}

/** Each time the tab is shown: the customer on screen is read again (the sheet may have changed). */
export function showCustomerPanel(): void {
  if (shownId) void openCustomer(shownId, true);
  else byId('customer-search').focus();
}
