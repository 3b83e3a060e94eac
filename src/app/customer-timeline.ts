// The Customer tab's view of one customer: who they are, their metrics in words, their timeline, possible duplicates.
import { cellText } from '../core/analytics/cell-text';
import { type CustomerCard, customerCards } from '../core/customer/customer-card';
import { type DuplicateSuggestion, duplicateSuggestions } from '../core/customer/duplicate-suggestions';
import { type MetricLine, metricsInWords } from '../core/customer/metrics-in-words';
import { type TimelineEvent, type TimelineRows, timelineEvents } from '../core/customer/timeline-events';
import { COLUMNS, type TabTable } from '../core/table/columns';
import { isValidDate } from '../core/table/is-valid-date';
import { cellOf } from '../core/table/sheet-table';
import { findCustomerRows } from './find-customer-rows';
import { readNotSame } from './not-same-customers';
import type { Ports } from './ports';
import { TAB } from './tab-layouts';

/** One customer as the sidebar shows them; dates are ISO text. */
export interface CustomerView {
  customer: CustomerCard & {
    /** The Consent cell: true ticked, false unticked, null blank or not a yes/no. */
    consent: boolean | null;
    /** ISO instant of "Unsubscribed at"; '' when they have not unsubscribed. */
    unsubscribedAt: string;
  };
  metrics: MetricLine[];
  timeline: TimelineEvent[];
  duplicates: DuplicateSuggestion[];
  timeZone: string;
}

function consentOf(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  if (text === 'true' || text === 'yes') return true;
  if (text === 'false' || text === 'no') return false;
  return null;
}

/**
 * Everything the Customer tab shows about `customerId`: reads each tab once (findCustomerRows),
 * writes nothing. The timeline holds the rows about them (not the rows that merely name them) of
 * Orders, Interactions, Surveys and Outbox, newest first (timelineEvents); duplicates leave out the
 * pairs marked "Not the same". Throws when no Customers row has the ID.
 */
export function customerTimeline(
  ports: Pick<Ports, 'workbook' | 'clock' | 'store'>,
  customerId: string,
): CustomerView {
  const { tabs, tables } = findCustomerRows(ports.workbook, customerId);
  const customers = tables.find((table) => table.tab === TAB.customers) as TabTable<'customers'>;
  const cards = customerCards(customers);
  const card = cards.find((c) => c.customerId === customerId.trim());
  if (!card) throw new Error(`No customer has the Customer ID "${customerId.trim()}".`);
  const own = (tab: string) => {
    const found = tabs.find((t) => t.table.tab === tab);
    return found && { table: found.table as never, rows: found.rows.filter((i) => !found.mentions.has(i)) };
  };
  const rows: TimelineRows = {
    orders: own(TAB.orders),
    interactions: own(TAB.interactions),
    surveys: own(TAB.surveys),
    outbox: own(TAB.outbox),
  };
  const cells = customers.rows[card.row];
  const unsubscribed = cellOf(customers, cells, COLUMNS.customers.unsubscribedAt);
  const { row: _row, ...identity } = card;
  return {
    customer: {
      ...identity,
      consent: consentOf(cellOf(customers, cells, COLUMNS.customers.consent)),
      unsubscribedAt: isValidDate(unsubscribed) ? unsubscribed.toISOString() : cellText(unsubscribed),
    },
    metrics: metricsInWords(customers, card.row, ports.clock.now(), ports.workbook.timeZone()),
    timeline: timelineEvents(rows),
    duplicates: duplicateSuggestions(card, cards, readNotSame(ports.store)),
    timeZone: ports.workbook.timeZone(),
  };
}
