// One customer's orders, interactions, survey answers and sent emails as one list, newest first.
import { cellText } from '../analytics/cell-text';
import type { Cell } from '../table/cell';
import { COLUMNS, type TabTable } from '../table/columns';
import { isValidDate } from '../table/is-valid-date';
import { cellOf } from '../table/sheet-table';

/** One thing that happened with the customer, as plain JSON. */
export interface TimelineEvent {
  /** ISO 8601 instant; '' when the row has no valid date (such events come last). */
  at: string;
  kind: 'order' | 'interaction' | 'survey' | 'email';
  /** Where it happened: the order's or interaction's channel, "survey", "email". */
  channel: string;
  title: string;
  /** More words (notes, comment, product, status); '' when there is nothing more. */
  detail: string;
}

/** The rows about the customer in each tab (data-row indexes), as findCustomerRows gives them. */
export interface TimelineRows {
  orders?: { table: TabTable<'orders'>; rows: readonly number[] };
  interactions?: { table: TabTable<'interactions'>; rows: readonly number[] };
  surveys?: { table: TabTable<'surveys'>; rows: readonly number[] };
  outbox?: { table: TabTable<'outbox'>; rows: readonly number[] };
}

function iso(value: Cell): string {
  return isValidDate(value) ? value.toISOString() : '';
}

function joined(...parts: string[]): string {
  return parts.filter(Boolean).join(' · ');
}

function money(value: Cell): string {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(2) : cellText(value);
}

const DIRECTION: Record<string, string> = { in: 'from them', out: 'to them' };

/**
 * Every event of the given rows: orders (amount, currency, product, a status other than paid),
 * interactions (channel, direction, subject, notes), survey answers (NPS, CSAT, comment) and the
 * Outbox emails whose Status is sent (at Sent at), newest first; events without a valid date
 * last, in tab order. Reads nothing but the tables given.
 */
export function timelineEvents(rows: TimelineRows): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  if (rows.orders) {
    const { table } = rows.orders;
    const c = COLUMNS.orders;
    for (const i of rows.orders.rows) {
      const row = table.rows[i];
      const status = cellText(cellOf(table, row, c.status)).toLowerCase();
      const quantity = cellText(cellOf(table, row, c.quantity));
      const product = cellText(cellOf(table, row, c.product));
      events.push({
        at: iso(cellOf(table, row, c.date)),
        kind: 'order',
        channel: cellText(cellOf(table, row, c.channel)) || 'order',
        title: joined(
          `Order ${cellText(cellOf(table, row, c.orderId))}`.trim(),
          `${money(cellOf(table, row, c.amount))} ${cellText(cellOf(table, row, c.currency))}`.trim(),
        ),
        detail: joined(
          quantity && quantity !== '1' && product ? `${quantity} × ${product}` : product,
          status && status !== 'paid' ? status : '',
        ),
      });
    }
  }
  if (rows.interactions) {
    const { table } = rows.interactions;
    const c = COLUMNS.interactions;
    for (const i of rows.interactions.rows) {
      const row = table.rows[i];
      const channel = cellText(cellOf(table, row, c.channel)) || 'interaction';
      const direction = DIRECTION[cellText(cellOf(table, row, c.direction)).toLowerCase()] ?? '';
      events.push({
        at: iso(cellOf(table, row, c.date)),
        kind: 'interaction',
        channel,
        title: joined(channel[0].toUpperCase() + channel.slice(1), direction),
        detail: joined(cellText(cellOf(table, row, c.subject)), cellText(cellOf(table, row, c.notes))),
      });
    }
  }
  if (rows.surveys) {
    const { table } = rows.surveys;
    const c = COLUMNS.surveys;
    for (const i of rows.surveys.rows) {
      const row = table.rows[i];
      const nps = cellText(cellOf(table, row, c.nps));
      const csat = cellText(cellOf(table, row, c.csat));
      events.push({
        at: iso(cellOf(table, row, c.date)),
        kind: 'survey',
        channel: 'survey',
        title: joined('Survey answer', nps ? `NPS ${nps}` : '', csat ? `CSAT ${csat}` : ''),
        detail: cellText(cellOf(table, row, c.comment)),
      });
    }
  }
  if (rows.outbox) {
    const { table } = rows.outbox;
    const c = COLUMNS.outbox;
    for (const i of rows.outbox.rows) {
      const row = table.rows[i];
      if (cellText(cellOf(table, row, c.status)).toLowerCase() !== 'sent') continue;
      events.push({
        at: iso(cellOf(table, row, c.sentAt)),
        kind: 'email',
        channel: 'email',
        title: `Email sent: ${cellText(cellOf(table, row, c.subject))}`,
        detail: joined(
          cellText(cellOf(table, row, c.rule)) && `follow-up ${cellText(cellOf(table, row, c.rule))}`,
        ),
      });
    }
  }
  // A stable sort: equal instants, and undated events, keep the order above.
  return events.sort((a, b) =>
    a.at === b.at ? 0 : a.at === '' ? 1 : b.at === '' ? -1 : a.at < b.at ? 1 : -1,
  );
}
