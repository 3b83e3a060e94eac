// Test set-up of the Customer tab's use cases: a set-up workbook in memory with rows written by header name.
import type { Cell } from '../../src/app/ports';
import { setup } from '../../src/app/setup';
import { type MemoryWorkbook, memoryPorts } from './memory-ports';

/** Appends rows given as header → value under a tab's header row. */
export function addRows(workbook: MemoryWorkbook, tab: string, rows: Array<Record<string, Cell>>): void {
  const header = workbook.tab(tab).rows[0].map(String);
  for (const row of rows) {
    for (const name of Object.keys(row)) if (!header.includes(name)) throw new Error(`${tab} has no ${name}`);
    workbook.tab(tab).rows.push(header.map((name) => row[name] ?? ''));
  }
}

/** A tab's data rows as header → value records. */
export function rowsOf(workbook: MemoryWorkbook, tab: string): Array<Record<string, Cell>> {
  const [header, ...rows] = workbook.tab(tab).rows;
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? ''])));
}

export const JAN = new Date(Date.UTC(2024, 0, 5, 10));
export const MAR = new Date(Date.UTC(2024, 2, 1, 10));

/** Ana (C1) with orders, an interaction, a survey answer and emails; her duplicate C2; Bruno (C3), unsubscribed. */
export function shop() {
  const made = memoryPorts(Date.UTC(2024, 5, 1, 12));
  setup(made.ports);
  const { workbook } = made;
  addRows(workbook, 'Customers', [
    {
      'Customer ID': 'C1',
      Name: 'Ana Silva',
      Email: 'ana@example.com',
      Channel: 'shopify',
      Consent: true,
      'P(alive)': 0.9,
    },
    {
      'Customer ID': 'C2',
      Name: 'Ana Silva',
      Email: 'ana@work.example',
      Company: 'Silva Lda',
      Channel: 'stripe',
      Tags: 'b2b',
    },
    {
      'Customer ID': 'C3',
      Name: 'Bruno Costa',
      Email: 'bruno@example.com',
      Consent: false,
      'Unsubscribed at': MAR,
    },
  ]);
  addRows(workbook, 'Orders', [
    { 'Order ID': '#1', 'Customer ID': 'C1', Date: JAN, Amount: 10, Channel: 'shopify', Status: 'paid' },
    { 'Order ID': 'ch_1', 'Customer ID': 'C2', Date: MAR, Amount: 30, Channel: 'stripe', Status: 'paid' },
    { 'Order ID': '#2', 'Customer ID': 'C3', Date: MAR, Amount: 5, Channel: 'shopify', Status: 'paid' },
  ]);
  addRows(workbook, 'Interactions', [
    {
      Date: MAR,
      'Customer ID': 'C2',
      Email: 'ana@work.example',
      Channel: 'email',
      Direction: 'in',
      Subject: 'Invoice',
    },
  ]);
  addRows(workbook, 'Surveys', [{ Date: JAN, Email: 'ana@example.com', NPS: 10 }]);
  addRows(workbook, 'Outbox', [
    {
      Key: 'k1',
      Rule: 'welcome',
      'Customer ID': 'C1',
      Email: 'ana@example.com',
      Subject: 'Hi Ana',
      Status: 'sent',
      'Sent at': JAN,
    },
    {
      Key: 'k2',
      Rule: 'review',
      'Customer ID': 'C1',
      Email: 'ana@example.com',
      Subject: 'Review?',
      Status: 'failed',
    },
  ]);
  addRows(workbook, 'Log', [{ Time: JAN, Action: 'import', Details: 'merged ana@example.com' }]);
  workbook.calls.clear();
  made.lock.taken = 0;
  return made;
}
