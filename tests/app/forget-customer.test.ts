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
  // Outbox: Key, Rule, Customer ID, Email, Subject, Status, …
  put('Outbox', [['welcome|C000001|1', 'welcome', 'C000001', 'ana@example.com', 'Hi Ana', 'sent']]);
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
    expect(workbook.values('Outbox')[1][0]).toBe('welcome|ANON-1|1');
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
    expect(undone.tabs.find((t) => t.tab === 'Customers')).toMatchObject({ restored: 0, notFound: 1 });
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
});
