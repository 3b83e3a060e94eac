// timelineEvents: orders, interactions, survey answers and sent emails of one customer, newest first.
import { describe, expect, it } from 'vitest';
import { timelineEvents } from '../../../src/core/customer/timeline-events';
import type { TabTable } from '../../../src/core/table/columns';
import { toSheetTable } from '../../../src/core/table/sheet-table';

const at = (iso: string) => new Date(iso);

describe('timelineEvents', () => {
  it('merges the tabs into one list, newest first, undated last, and leaves out unsent emails', () => {
    const orders = toSheetTable('Orders', [
      ['Order ID', 'Date', 'Amount', 'Currency', 'Product', 'Quantity', 'Channel', 'Status'],
      ['#1', at('2024-01-05T10:00:00Z'), 46.9, 'EUR', 'Bowl', 1, 'shopify', 'paid'],
      ['#2', at('2024-03-01T10:00:00Z'), 20, 'EUR', 'Mug', 3, 'stripe', 'refunded'],
      ['#3', 'not a date', 5, '', '', '', '', ''],
    ]) as TabTable<'orders'>;
    const interactions = toSheetTable('Interactions', [
      ['Date', 'Channel', 'Direction', 'Subject', 'Notes'],
      [at('2024-02-01T09:00:00Z'), 'phone', 'out', '', 'Called about delivery'],
    ]) as TabTable<'interactions'>;
    const surveys = toSheetTable('Surveys', [
      ['Date', 'Email', 'NPS', 'CSAT', 'Comment'],
      [at('2024-02-10T09:00:00Z'), 'a@x.com', 9, '', 'Great'],
    ]) as TabTable<'surveys'>;
    const outbox = toSheetTable('Outbox', [
      ['Rule', 'Subject', 'Status', 'Sent at'],
      ['welcome', 'Welcome!', 'sent', at('2024-01-06T08:00:00Z')],
      ['review', 'How was it?', 'planned', ''],
    ]) as TabTable<'outbox'>;
    const frozen = Object.freeze([0, 1, 2]);
    expect(
      timelineEvents({
        orders: { table: orders, rows: frozen },
        interactions: { table: interactions, rows: [0] },
        surveys: { table: surveys, rows: [0] },
        outbox: { table: outbox, rows: [0, 1] },
      }),
    ).toEqual([
      {
        at: '2024-03-01T10:00:00.000Z',
        kind: 'order',
        channel: 'stripe',
        title: 'Order #2 · 20.00 EUR',
        detail: '3 × Mug · refunded',
      },
      {
        at: '2024-02-10T09:00:00.000Z',
        kind: 'survey',
        channel: 'survey',
        title: 'Survey answer · NPS 9',
        detail: 'Great',
      },
      {
        at: '2024-02-01T09:00:00.000Z',
        kind: 'interaction',
        channel: 'phone',
        title: 'Phone · to them',
        detail: 'Called about delivery',
      },
      {
        at: '2024-01-06T08:00:00.000Z',
        kind: 'email',
        channel: 'email',
        title: 'Email sent: Welcome!',
        detail: 'follow-up welcome',
      },
      {
        at: '2024-01-05T10:00:00.000Z',
        kind: 'order',
        channel: 'shopify',
        title: 'Order #1 · 46.90 EUR',
        detail: 'Bowl',
      },
      { at: '', kind: 'order', channel: 'order', title: 'Order #3 · 5.00', detail: '' },
    ]);
  });

  it('gives nothing for no rows', () => {
    expect(timelineEvents({})).toEqual([]);
  });
});
