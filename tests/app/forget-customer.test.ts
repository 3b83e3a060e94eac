import { beforeEach, describe, expect, it } from 'vitest';
import { exportCustomer } from '../../src/app/export-customer';
import { forgetCustomer } from '../../src/app/forget-customer';
import type { Ports } from '../../src/app/ports';
import { setup } from '../../src/app/setup';
import { undoLastOperation } from '../../src/app/undo';
import { type MemoryWorkbook, memoryPorts } from './memory-ports';

const JAN = new Date(Date.UTC(2024, 0, 5));

function seed(workbook: MemoryWorkbook): void {
  const put = (tab: string, rows: unknown[][]) => {
    const header = workbook.tab(tab).rows[0];
    workbook.tab(tab).rows.push(
      ...rows.map((r) => {
        const out = header.map(() => '' as unknown);
        r.forEach((v, i) => {
          out[i] = v;
        });
        return out as never;
      }),
    );
  };
  // Customers: Customer ID, Name, Email, Phone, Company, Channel, Tags, Consent, Unsubscribed at, Created at, Notes
  put('Customers', [
    [
      'C000001',
      'Ana Silva',
      'ana@example.com',
      '+351910000001',
      'Lumen',
      'shopify',
      'vip',
      'yes',
      '',
      JAN,
      'likes figs',
    ],
    ['C000002', 'Ben Okafor', 'ben@example.com', '', '', 'stripe', '', 'no', '', JAN, ''],
  ]);
  // Orders: Order ID, Customer ID, Email, Date, Amount, Currency, Product, Quantity, Channel, Status
  put('Orders', [
    ['#1001', 'C000001', 'ana@example.com', JAN, 46.9, 'EUR', 'Candle', 2, 'shopify', 'paid'],
    ['ch_1', 'C000002', 'ben@example.com', JAN, 10, 'EUR', 'Box', 1, 'stripe', 'paid'],
    ['#1002', '', 'ANA@example.com', JAN, 12, 'EUR', 'Wick', 1, 'shopify', 'paid'],
  ]);
  // Surveys: Date, Email, NPS, CSAT, Comment
  put('Surveys', [[JAN, 'ana@example.com', 9, 5, 'Lovely, Ana']]);
  // Outbox: Key, Rule, Step, Customer ID, Email, Subject, Status, …
  put('Outbox', [['welcome|1|C000001|1', 'welcome', 1, 'C000001', 'ana@example.com', 'Hi Ana', 'sent']]);
  // Log: Time, Action, Result, Counts, Details; a merge names the customer by ID only.
  put('Log', [[JAN, 'merge', 'ok', 'fields changed 1', 'C000001 ← stripe order ch_1; changed Phone']]);
}

describe('exportCustomer and forgetCustomer', () => {
  let ports: Ports;
  let workbook: MemoryWorkbook;

  beforeEach(() => {
    ({ ports, workbook } = memoryPorts());
    setup(ports);
    seed(workbook);
  });

  it('exports every row about the customer across tabs as plain JSON', () => {
    const out = exportCustomer(ports, 'ANA@example.com');
    expect(out.customerId).toBe('C000001');
    expect(Object.keys(out.tabs)).toEqual(['Customers', 'Orders', 'Surveys', 'Outbox', 'Log']);
    expect(out.tabs.Log[0].Details).toBe('C000001 ← stripe order ch_1; changed Phone');
    expect(out.tabs.Customers[0]).toMatchObject({
      Name: 'Ana Silva',
      'Created at': '2024-01-05T00:00:00.000Z',
    });
    expect(out.tabs.Orders.map((o) => o['Order ID'])).toEqual(['#1001', '#1002']);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it('refuses an unknown customer', () => {
    expect(() => exportCustomer(ports, 'nobody@example.com')).toThrow(
      'No customer has the Customer ID or email "nobody@example.com".',
    );
  });

  it('removes PII everywhere, keeps the orders anonymised, logs without PII, and can be undone', () => {
    const before = JSON.stringify(
      ['Customers', 'Orders', 'Surveys', 'Outbox'].map((t) => workbook.values(t)),
    );
    const report = forgetCustomer(ports, 'C000001');
    expect(report).toEqual({
      anonymousId: 'ANON-1',
      tabs: { Customers: 1, Orders: 2, Surveys: 1, Outbox: 1, Log: 1 },
      undoable: true,
    });
    const everything = JSON.stringify(
      ['Customers', 'Orders', 'Surveys', 'Outbox', 'Log'].map((t) => workbook.values(t)),
    );
    for (const secret of [
      'Ana',
      'ana@example.com',
      'ANA@example.com',
      '+351910000001',
      'Lumen',
      'likes figs',
      'C000001',
    ]) {
      expect(everything.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    const orders = workbook.values('Orders').slice(1);
    expect(orders.map((o) => [o[0], o[1], o[2], o[4]])).toEqual([
      ['#1001', 'ANON-1', '', 46.9],
      ['ch_1', 'C000002', 'ben@example.com', 10],
      ['#1002', 'ANON-1', '', 12],
    ]);
    expect(workbook.values('Outbox')[1][0]).toBe('welcome|1|ANON-1|1');
    const log = workbook.values('Log');
    expect(log[log.length - 1].slice(1, 4)).toEqual([
      'forget',
      'ok',
      'Customers 1, Orders 2, Surveys 1, Outbox 1, Log 1',
    ]);
    // The merge's Log row now names the anonymous ID.
    expect(log[2][4]).toBe('ANON-1 ← stripe order ch_1; changed Phone');
    // Ben is untouched.
    expect(workbook.values('Customers')[2].slice(0, 3)).toEqual(['C000002', 'Ben Okafor', 'ben@example.com']);

    undoLastOperation(ports);
    expect(JSON.stringify(['Customers', 'Orders', 'Surveys', 'Outbox'].map((t) => workbook.values(t)))).toBe(
      before,
    );
  });

  it('Undo after the user sorted the tabs puts the data back in the forgotten customer’s rows only', () => {
    forgetCustomer(ports, 'C000001');
    const customersTab = workbook.tab('Customers').rows;
    [customersTab[1], customersTab[2]] = [customersTab[2], customersTab[1]]; // Ben first now
    const ordersTab = workbook.tab('Orders').rows;
    ordersTab.splice(1, 3, ordersTab[3], ordersTab[2], ordersTab[1]); // orders reversed
    const ben = workbook.values('Customers')[1].slice();
    const undone = undoLastOperation(ports);
    expect(undone.tabs.find((t) => t.tab === 'Customers')).toMatchObject({ restored: 1, notFound: 0 });
    expect(undone.tabs.find((t) => t.tab === 'Orders')).toMatchObject({ restored: 2, notFound: 0 });
    const customers = workbook.values('Customers');
    expect(customers[1]).toEqual(ben);
    expect(customers[2].slice(0, 3)).toEqual(['C000001', 'Ana Silva', 'ana@example.com']);
    expect(
      workbook
        .values('Orders')
        .slice(1)
        .map((o) => [o[0], o[1], o[2]]),
    ).toEqual([
      ['#1002', '', 'ANA@example.com'], // found by email: it had no Customer ID
      ['ch_1', 'C000002', 'ben@example.com'],
      ['#1001', 'C000001', 'ana@example.com'],
    ]);
  });

  it('Undo leaves alone a forgotten row the user edited since, and says so', () => {
    forgetCustomer(ports, 'C000001');
    const header = workbook.tab('Customers').rows[0].map(String);
    workbook.tab('Customers').rows[1][header.indexOf('Tags')] = 'anonymous buyer';
    const undone = undoLastOperation(ports);
    // Its row is left whole as the user made it: the 8 cells the forget had emptied or replaced stay so.
    expect(undone.tabs.find((t) => t.tab === 'Customers')).toMatchObject({
      restored: 0,
      notFound: 1,
      leftAlone: 8,
    });
    expect(workbook.values('Customers')[1].slice(0, 3)).toEqual(['ANON-1', '', '']);
    // Its orders, untouched since, are restored.
    expect(workbook.values('Orders')[1].slice(0, 3)).toEqual(['#1001', 'C000001', 'ana@example.com']);
    const log = workbook.values('Log');
    expect(String(log[log.length - 1][3])).toContain('Customers not found (changed since) 1');
  });

  it('without keepUndo holds no copy of the removed data, not even an older snapshot', () => {
    forgetCustomer(ports, 'ben@example.com'); // leaves a snapshot holding Ben's data
    forgetCustomer(ports, 'ana@example.com', { keepUndo: false });
    expect(JSON.stringify(workbook.values('CRM Undo'))).not.toContain('ana@example.com');
    expect(JSON.stringify(workbook.values('CRM Undo'))).not.toContain('ben@example.com');
    expect(() => undoLastOperation(ports)).toThrow('There is no operation to undo.');
    expect(workbook.values('Customers')[1][0]).toBe('ANON-2');
  });

  /** Appends a row given by header, in the tab's own column order. */
  function add(tab: string, record: Record<string, unknown>): void {
    const header = workbook.tab(tab).rows[0].map(String);
    workbook.tab(tab).rows.push(header.map((h) => (record[h] ?? '') as never));
  }

  /** Every cell of every tab but the undo snapshot, as one lower-case text. */
  function everything(): string {
    return JSON.stringify(
      [...workbook.tabs.keys()].filter((t) => t !== 'CRM Undo').map((t) => workbook.values(t)),
    ).toLowerCase();
  }

  it('exports and forgets a person who only answered a survey, the Log rows naming their email included', () => {
    add('Surveys', { Date: JAN, Email: 'Sam@Example.com', NPS: 3, CSAT: 2, Comment: 'Late again, Sam' });
    add('Log', {
      Time: JAN,
      Action: 'form submit',
      Result: 'ok',
      Details: 'detractor alert sent for sam@example.com',
    });
    const surveysBefore = workbook.values('Surveys');
    const logBefore = workbook.values('Log');
    const out = exportCustomer(ports, 'sam@example.com');
    expect(out.customerId).toBe('');
    expect(out.tabs).toEqual({
      Surveys: [
        {
          Date: '2024-01-05T00:00:00.000Z',
          Email: 'Sam@Example.com',
          NPS: 3,
          CSAT: 2,
          Comment: 'Late again, Sam',
        },
      ],
      Log: [
        {
          Time: '2024-01-05T00:00:00.000Z',
          Action: 'form submit',
          Result: 'ok',
          Counts: '',
          Details: 'detractor alert sent for sam@example.com',
        },
      ],
    });
    const report = forgetCustomer(ports, 'SAM@example.com');
    expect(report.tabs).toEqual({ Surveys: 1, Log: 1 });
    expect(everything()).not.toContain('sam');
    expect(workbook.values('Surveys')[2]).toEqual([JAN, '', 3, 2, '']);
    expect(workbook.values('Log')[3][4]).toBe(`detractor alert sent for ${report.anonymousId}`);
    // Ana's survey and the merge's Log row, which are not about Sam, are untouched.
    expect(workbook.values('Surveys')[1]).toEqual([JAN, 'ana@example.com', 9, 5, 'Lovely, Ana']);
    expect(workbook.values('Log')[2][4]).toBe('C000001 ← stripe order ch_1; changed Phone');
    undoLastOperation(ports);
    expect(workbook.values('Surveys')).toEqual(surveysBefore);
    // The Log gains the forget and undo rows; its earlier rows are as they were.
    expect(workbook.values('Log').slice(0, logBefore.length)).toEqual(logBefore);
  });

  it('exports and forgets a person known only from Interactions, by Customer ID, and keeps that ID spent', () => {
    add('Interactions', {
      Date: JAN,
      'Customer ID': 'C000009',
      Email: 'ida@example.com',
      Channel: 'email',
      Direction: 'in',
      Subject: 'Refund for Ida',
      Notes: 'call her back on +351 910 000 009',
      Source: 'gmail',
    });
    add('Surveys', { Date: JAN, Email: 'ida@example.com', NPS: 10, CSAT: 5, Comment: '' });
    const out = exportCustomer(ports, 'C000009');
    expect(out.customerId).toBe('C000009');
    expect(Object.keys(out.tabs)).toEqual(['Interactions', 'Surveys']);
    expect(out.tabs.Interactions[0]).toMatchObject({ 'Customer ID': 'C000009', Subject: 'Refund for Ida' });
    // By email the same rows are found, the Customer ID coming from the Interactions row.
    expect(exportCustomer(ports, 'ida@example.com')).toEqual(out);
    const report = forgetCustomer(ports, 'C000009');
    expect(report).toMatchObject({ anonymousId: 'ANON-1', tabs: { Interactions: 1, Surveys: 1 } });
    expect(everything()).not.toContain('ida');
    expect(everything()).not.toContain('c000009');
    expect(workbook.values('Interactions')[1]).toEqual([JAN, 'ANON-1', '', 'email', 'in', '', '', 'gmail']);
    expect(ports.store.get('crm.customers.lastIssuedId')).toBe('9');
  });

  it('exports and forgets everything about a customer with Customers, Orders, Surveys, Outbox and Log rows', () => {
    add('Log', { Time: JAN, Action: 'send', Result: 'ok', Details: 'bounced: Ana@example.com' });
    add('Customers', {
      'Customer ID': 'C000003',
      Name: 'Cleo',
      Email: 'cleo@example.com',
      Notes: 'friend of ana@example.com.au',
    });
    const out = exportCustomer(ports, 'C000001');
    expect(Object.fromEntries(Object.entries(out.tabs).map(([tab, rows]) => [tab, rows.length]))).toEqual({
      Customers: 1,
      Orders: 2,
      Surveys: 1,
      Outbox: 1,
      Log: 2,
    });
    expect(out.tabs.Log.map((row) => row.Details)).toEqual([
      'C000001 ← stripe order ch_1; changed Phone',
      'bounced: Ana@example.com',
    ]);
    const report = forgetCustomer(ports, 'ana@example.com');
    expect(report.tabs).toEqual({ Customers: 1, Orders: 2, Surveys: 1, Outbox: 1, Log: 2 });
    expect(workbook.values('Log')[3][4]).toBe('bounced: ANON-1');
    // Another address that only begins like hers is not hers: Cleo's note stays.
    expect(workbook.values('Customers')[3].slice(0, 3)).toEqual(['C000003', 'Cleo', 'cleo@example.com']);
    expect(workbook.values('Customers')[3][10]).toBe('friend of ana@example.com.au');
  });

  it('keeps another customer’s data on a row that only names the forgotten one in its text', () => {
    add('Customers', {
      'Customer ID': 'C000003',
      Name: 'Cleo',
      Email: 'cleo@example.com',
      Notes: 'referred by ana@example.com',
    });
    forgetCustomer(ports, 'C000001');
    expect(workbook.values('Customers')[3].slice(0, 3)).toEqual(['C000003', 'Cleo', 'cleo@example.com']);
    expect(workbook.values('Customers')[3][10]).toBe('referred by ANON-1');
  });
});
