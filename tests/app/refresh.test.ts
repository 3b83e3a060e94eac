import { beforeEach, describe, expect, it } from 'vitest';
import type { Cell, Ports } from '../../src/app/ports';
import { refreshAnalytics } from '../../src/app/refresh';
import { setup } from '../../src/app/setup';
import { CUSTOMER_COMPUTED_HEADERS } from '../../src/app/tab-layouts';
import { undoLastOperation } from '../../src/app/undo';
import { type MemoryWorkbook, memoryPorts } from './memory-ports';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// "Now" of every refresh below: 2024-06-01 12:00 UTC (the workbook's zone is Etc/UTC).
const NOW = Date.UTC(2024, 5, 1, 12);

/** Appends rows to a tab, each given as header → value. */
function add(workbook: MemoryWorkbook, tab: string, rows: Array<Record<string, Cell>>): void {
  const header = workbook.tab(tab).rows[0];
  for (const row of rows) workbook.tab(tab).rows.push(header.map((h) => row[String(h)] ?? ''));
}

function setting(workbook: MemoryWorkbook, key: string, value: Cell): void {
  const rows = workbook.tab('Settings').rows;
  const at = rows.findIndex((r) => r[0] === key);
  rows[at] = [key, value];
}

/** Customers as objects keyed by header. */
function customers(workbook: MemoryWorkbook): Array<Record<string, Cell>> {
  const [header, ...rows] = workbook.values('Customers');
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

function seed(workbook: MemoryWorkbook, extraCustomers = 0): void {
  setting(workbook, 'Base currency', 'EUR');
  setting(workbook, 'Currency rates', 'USD=0.9');
  add(workbook, 'Customers', [
    { 'Customer ID': 'C1', Name: 'Ana', Email: 'ana@example.com' },
    { 'Customer ID': 'C2', Name: 'Ben', Email: 'ben@example.com' },
    { 'Customer ID': 'C3', Name: 'Chloe', Email: 'chloe@example.com' },
    { 'Customer ID': 'C4', Name: 'Dan', Email: 'dan@example.com' },
    ...Array.from({ length: extraCustomers }, (_, i) => ({
      'Customer ID': `X${i}`,
      Email: `x${i}@example.com`,
    })),
  ]);
  add(workbook, 'Orders', [
    {
      'Order ID': '1',
      'Customer ID': 'C1',
      Date: day('2024-01-05'),
      Amount: 40,
      Currency: 'EUR',
      Product: 'Fig',
      Channel: 'shop',
      Status: 'paid',
    },
    {
      'Order ID': '2',
      'Customer ID': 'C1',
      Date: day('2024-02-04'),
      Amount: 60,
      Currency: 'EUR',
      Product: 'Box',
      Channel: 'shop',
      Status: 'paid',
    },
    // Found by email; 20 USD at 0.9 = 18 EUR.
    {
      'Order ID': 'ch_3',
      Email: 'ANA@example.com',
      Date: day('2024-03-05'),
      Amount: 20,
      Currency: 'USD',
      Product: 'Fig',
      Channel: 'stripe',
      Status: 'paid',
    },
    {
      'Order ID': '4',
      'Customer ID': 'C2',
      Date: day('2024-05-02'),
      Amount: 10,
      Currency: 'EUR',
      Product: 'Fig',
      Channel: 'shop',
      Status: 'paid',
    },
    {
      'Order ID': '5',
      'Customer ID': 'C2',
      Date: day('2024-05-20'),
      Amount: 99,
      Currency: 'EUR',
      Channel: 'shop',
      Status: 'refunded',
    },
    {
      'Order ID': '6',
      'Customer ID': 'C4',
      Date: day('2024-05-03'),
      Amount: 30,
      Currency: 'GBP',
      Channel: 'shop',
      Status: 'paid',
    },
    {
      'Order ID': '7',
      'Customer ID': 'C2',
      Date: day('2024-05-04'),
      Amount: 'abc',
      Currency: 'EUR',
      Channel: 'shop',
      Status: 'paid',
    },
    {
      'Order ID': '8',
      'Customer ID': 'C9',
      Date: day('2024-05-05'),
      Amount: 5,
      Currency: 'EUR',
      Channel: 'shop',
      Status: 'paid',
    },
    ...Array.from({ length: extraCustomers }, (_, i) => ({
      'Order ID': `x${i}`,
      'Customer ID': `X${i}`,
      Date: day(`2024-0${1 + (i % 5)}-1${i % 10}`),
      Amount: 5 + (i % 17),
      Currency: 'EUR',
      Product: `P${i % 7}`,
      Channel: 'shop',
      Status: 'paid',
    })),
  ]);
  add(workbook, 'Surveys', [
    { Date: day('2024-04-01'), Email: 'ana@example.com', NPS: 10, CSAT: 5 },
    { Date: day('2024-04-02'), Email: 'ben@example.com', NPS: 9, CSAT: 4 },
    { Date: day('2024-04-03'), Email: 'ana@example.com', NPS: 3, CSAT: 2 },
  ]);
  add(workbook, 'Interactions', [
    { Date: day('2024-05-10'), Email: 'ben@example.com', Channel: 'email', Direction: 'out', Subject: 'Hi' },
    {
      Date: day('2024-05-11'),
      Email: 'ben@example.com',
      Channel: 'email',
      Direction: 'in',
      Subject: 'Re: Hi',
    },
    // Logged by Customer ID only: a call to Dan.
    {
      Date: day('2024-05-12'),
      'Customer ID': 'C4',
      Channel: 'phone',
      Direction: 'out',
      Subject: 'Order help',
    },
  ]);
}

describe('refreshAnalytics', () => {
  let ports: Ports;
  let workbook: MemoryWorkbook;

  beforeEach(() => {
    ({ ports, workbook } = memoryPorts(NOW));
    setup(ports);
  });

  it('writes the computed columns by Customer ID with values checked by hand', () => {
    seed(workbook);
    const report = refreshAnalytics(ports);
    expect(report).toMatchObject({
      customers: 4,
      ordersUsed: 4,
      baseCurrency: 'EUR',
      young: true,
      written: 4,
    });
    const [ana, ben, chloe, dan] = customers(workbook);
    // Ana: 40 + 60 + 18 EUR on 2024-01-05, 02-04, 03-05; as of 2024-06-01.
    expect(ana).toMatchObject({
      Orders: 3,
      Revenue: 118,
      'Avg order value': 39.33, // 118 / 3
      'First order': day('2024-01-05'),
      'Last order': day('2024-03-05'),
      Frequency: 2, // repeat purchase days
      Recency: 60, // 2024-01-05 → 03-05: 26 + 29 + 5 days
      T: 148, // 2024-01-05 → 06-01: 26 + 29 + 31 + 30 + 31 + 1 days
      'Last NPS': 3, // her latest answer (04-03)
      'Last contacted': '', // never contacted: blank, as the header note says
      Recommended: '',
      // Two buyers with orders are too few for k-means.
      'Why blank':
        'Cluster: too few distinct customers to form clusters; Recommended: no other products to suggest',
    });
    // Ben: one paid order (the refunded one and the one with amount "abc" are left out).
    expect(ben).toMatchObject({ Orders: 1, Revenue: 10, Frequency: 0, Recency: 0, T: 30, 'Last NPS': 9 });
    // BG/NBD: a customer with no repeat purchase has P(alive) = 1 (Fader, Hardie & Lee 2005, eq. 2 with x = 0).
    expect(ben['P(alive)']).toBe(1);
    expect(ben['Churn risk']).toBe(0);
    expect(ben['Last contacted']).toEqual(day('2024-05-10'));
    expect(ben.Recommended).toBe('Box'); // bought by Ana together with Fig, which Ben bought
    const alive = ana['P(alive)'] as number;
    expect(alive).toBeGreaterThan(0);
    expect(alive).toBeLessThan(1);
    expect(ana['Churn risk']).toBeCloseTo(1 - alive, 4);
    expect(ana['Expected orders 90d']).toBeGreaterThan(0);
    // Chloe has no orders; Dan's only order is in GBP, which has no rate: blank numbers, the reason beside.
    for (const header of ['First order', 'Frequency', 'P(alive)', 'Predicted CLV 12m', 'RFM', 'Cluster']) {
      expect(chloe[header]).toBe('');
      expect(dan[header]).toBe('');
    }
    expect(chloe['Why blank']).toBe('no orders yet');
    expect(dan['Why blank']).toBe('no orders yet');
    expect(chloe.Orders).toBe(0);
    expect(dan['Last contacted']).toEqual(day('2024-05-12'));
    for (const row of customers(workbook)) {
      // A computed cell is a value, or blank with the reason in Why blank.
      for (const header of ['First order', 'P(alive)', 'Churn risk', 'Predicted CLV 12m', 'Cluster']) {
        if (row[header] === '') expect(row['Why blank']).not.toBe('');
        else expect(typeof row[header]).not.toBe('string');
      }
      expect(row.Orders).not.toBe('');
      expect(row['Updated at']).toBeInstanceOf(Date);
    }
    expect(report.ordersLeftOut).toEqual([
      { row: 6, reason: 'refunded order left out' },
      { row: 7, reason: 'GBP has no exchange rate to EUR in Settings' },
      { row: 8, reason: 'Amount is not a number' },
      { row: 9, reason: 'unknown customer' },
    ]);
    const log = workbook.values('Log');
    expect(String(log[log.length - 1][4])).toContain('row 7: GBP has no exchange rate to EUR in Settings');
    // Order 8 names C9, a Customer ID no customer holds: reported, attached to no one.
    expect(report.orphanOrders).toEqual([{ row: 9, reason: 'Customer ID C9 is not in Customers' }]);
    expect(String(log[log.length - 1][4])).toContain(
      '1 orders name a Customer ID that is not in Customers (row 9: Customer ID C9)',
    );
  });

  it('stops on an invalid Base currency or Currency rates before writing anything', () => {
    seed(workbook);
    for (const [key, value, accepted] of [
      ['Base currency', 'Euro', 'use a 3-letter ISO 4217 currency code such as EUR, USD or GBP'],
      ['Currency rates', 'USD=0,92', 'use CODE=rate pairs separated by ";"'],
    ]) {
      setting(workbook, key, value);
      const before = JSON.stringify([...workbook.tabs.entries()].map(([n, t]) => [n, t.rows]));
      expect(() => refreshAnalytics(ports)).toThrow(`"${key}" is "${value}"; ${accepted}`);
      expect(() => refreshAnalytics(ports)).toThrow('correct the Settings tab and run the refresh again.');
      expect(JSON.stringify([...workbook.tabs.entries()].map(([n, t]) => [n, t.rows]))).toBe(before);
      setting(workbook, 'Base currency', 'EUR');
      setting(workbook, 'Currency rates', 'USD=0.9');
    }
  });

  it('leaves pending and authorised payments out of revenue; blank currencies count in the base', () => {
    seed(workbook);
    setting(workbook, 'Base currency', '');
    add(workbook, 'Orders', [
      {
        'Order ID': '9',
        'Customer ID': 'C3',
        Date: day('2024-05-06'),
        Amount: 70,
        Channel: 'shop',
        Status: 'pending',
      },
      {
        'Order ID': '10',
        'Customer ID': 'C3',
        Date: day('2024-05-07'),
        Amount: 15,
        Channel: 'woo',
        Status: 'paid',
      },
    ]);
    const report = refreshAnalytics(ports);
    // No base set: the orders' most frequent currency; the blank-currency order counts in it.
    expect(report.baseCurrency).toBe('EUR');
    expect(report.ordersLeftOut).toContainEqual({ row: 10, reason: 'pending order left out' });
    expect(report.ordersLeftOut.map((r) => r.row)).not.toContain(11);
    const chloe = customers(workbook).find((c) => c['Customer ID'] === 'C3')!;
    expect(chloe.Orders).toBe(1);
    expect(chloe.Revenue).toBe(15);
  });

  it('reads a hand-typed chargeback, void or authorisation as the import would: not revenue, each with its row', () => {
    seed(workbook);
    const typed = (id: string, status: string) => ({
      'Order ID': id,
      'Customer ID': 'C3',
      Date: day('2024-05-06'),
      Amount: 50,
      Currency: 'EUR',
      Channel: 'shop',
      Status: status,
    });
    add(workbook, 'Orders', [
      typed('20', 'chargeback'),
      typed('21', 'Disputed'),
      typed('22', 'void'),
      typed('23', 'Canceled'),
      typed('24', 'authorized'),
      typed('25', 'Paid'),
      typed('26', ''),
    ]);
    const report = refreshAnalytics(ports);
    expect(report.ordersLeftOut.filter((r) => r.row >= 10)).toEqual([
      { row: 10, reason: 'chargeback order left out (counts as refunded)' },
      { row: 11, reason: 'disputed order left out (counts as refunded)' },
      { row: 12, reason: 'void order left out (counts as cancelled)' },
      { row: 13, reason: 'canceled order left out (counts as cancelled)' },
      { row: 14, reason: 'authorized order left out (counts as pending)' },
    ]);
    // Only the paid and the blank-status orders are Chloe's revenue.
    const chloe = customers(workbook).find((c) => c['Customer ID'] === 'C3')!;
    expect(chloe).toMatchObject({ Orders: 2, Revenue: 100 });
    expect(String(workbook.values('Log').at(-1)![4])).toContain(
      'row 10: chargeback order left out (counts as refunded)',
    );
  });

  it('takes a hand-typed channel in any case for the same channel when it looks for repeated Order IDs', () => {
    seed(workbook);
    add(workbook, 'Orders', [
      { 'Order ID': '1', 'Customer ID': 'C3', Date: day('2024-05-06'), Amount: 50, Channel: 'Shop' },
      { 'Order ID': '1', 'Customer ID': 'C3', Date: day('2024-05-06'), Amount: 50, Channel: 'stripe' },
    ]);
    const report = refreshAnalytics(ports);
    expect(report.ordersLeftOut).toContainEqual({ row: 10, reason: 'duplicate Order ID 1 (first at row 2)' });
    expect(report.ordersLeftOut.map((r) => r.row)).not.toContain(11);
  });

  it('writes the Dashboard KPIs and says the estimates are rough for a young business', () => {
    seed(workbook);
    refreshAnalytics(ports);
    const kpis = Object.fromEntries(
      workbook
        .values('Dashboard')
        .slice(1)
        .map((r) => [r[0], [r[1], r[2]]]),
    );
    expect(kpis.Customers[0]).toBe(4);
    expect(kpis['Revenue (EUR)'][0]).toBe(128); // 118 + 10
    expect(kpis['Repeat rate'][0]).toBe(0.5); // Ana of {Ana, Ben}
    // NPS of 10, 9, 3: 2/3 promoters − 1/3 detractors = 33.3; CSAT 5, 4, 2: 2 of 3 ≥ 4.
    expect(kpis.NPS[0]).toBe(33.3);
    expect(kpis.CSAT[0]).toBe(0.6667);
    expect(kpis.Data).toEqual([
      'young business',
      'only 1 customers with repeat orders: the models are fitted with a small L2 penalty and the estimates are rough',
    ]);
    expect(kpis['Active customers'][1]).toBe(
      'P(alive) ≥ 0.5 (estimates are rough: only 1 customers with repeat orders)',
    );
  });

  it('keeps edits the user makes between the read and the write, and matches rows by Customer ID', () => {
    seed(workbook);
    let edited = false;
    workbook.beforeCall = (method, tab) => {
      // The first look at the Customers header is refresh re-reading it under the lock.
      if (edited || method !== 'readHeader' || tab !== 'Customers') return;
      edited = true;
      const rows = workbook.tab('Customers').rows;
      [rows[1], rows[2]] = [rows[2], rows[1]]; // the user sorts: Ben above Ana
      rows[3][10] = 'VIP since May'; // and types a note for Chloe
      rows.push(['C5', 'Eve', 'eve@example.com']); // and adds a customer
    };
    const report = refreshAnalytics(ports);
    expect(edited).toBe(true);
    expect(report.unmatched).toBe(1);
    const rows = customers(workbook);
    expect(rows.map((r) => r['Customer ID'])).toEqual(['C2', 'C1', 'C3', 'C4', 'C5']);
    expect(rows[0]).toMatchObject({ Name: 'Ben', Orders: 1, Revenue: 10 });
    expect(rows[1]).toMatchObject({ Name: 'Ana', Orders: 3, Revenue: 118 });
    expect(rows[2].Notes).toBe('VIP since May');
    expect(rows[4]).toMatchObject({
      Name: 'Eve',
      Orders: '',
      'Updated at': '',
      'Why blank': 'added during the last refresh: refresh again',
    });
  });

  it('reads each tab once and writes each owned block once, however many customers', () => {
    const calls = (extra: number) => {
      const fresh = memoryPorts(NOW);
      setup(fresh.ports);
      seed(fresh.workbook, extra);
      fresh.workbook.calls.clear();
      refreshAnalytics(fresh.ports);
      return Object.fromEntries(fresh.workbook.calls);
    };
    const small = calls(10);
    expect(calls(2000)).toEqual(small);
    // Customers, Orders, Surveys, Interactions, Outbox, Settings, and the Dashboard for the snapshot.
    expect(small.readTab).toBe(7);
    // Under the lock: the Customers header and key column; the undo tab's header.
    expect(small.readColumn).toBe(1);
  });

  it('recommends products item by item from whole-order Product cells, never one the customer bought', () => {
    add(
      workbook,
      'Customers',
      ['ana', 'ben', 'chloe', 'dan', 'eve'].map((name, i) => ({
        'Customer ID': `C${i + 1}`,
        Email: `${name}@example.com`,
      })),
    );
    const paid = { Currency: 'EUR', Channel: 'shop', Status: 'paid', Amount: 10 };
    const bought = (id: string, customer: string, date: string, product: string) => ({
      ...paid,
      'Order ID': id,
      'Customer ID': customer,
      Date: day(date),
      Product: product,
    });
    add(workbook, 'Orders', [
      // As the Shopify preset joins an order's line items, and as WooCommerce Analytics lists them.
      bought('1', 'C1', '2024-01-05', '2× Fig; Wick'),
      bought('2', 'C2', '2024-02-05', '1× Fig, 3× Box'),
      // A formula-looking product name, stored neutralised by the import.
      bought('3', 'C3', '2024-03-05', "'=Odd; Wick"),
      bought('4', 'C4', '2024-03-06', "'=Odd"),
      bought('5', 'C5', '2024-03-07', 'Wick'),
    ]);
    refreshAnalytics(ports);
    const [ana, ben, chloe, dan, eve] = customers(workbook).map((c) => c.Recommended);
    // Scores count customers who bought both (recommendProducts): Ana has Fig and Wick; Box
    // co-occurs with Fig (Ben), =Odd with Wick (Chloe): a tie, and =Odd has 2 buyers to Box's 1.
    // Starting with "=", the list gets the apostrophe back so it stays text.
    expect(ana).toBe("'=Odd, Box");
    expect(ben).toBe('Wick, =Odd'); // Wick co-occurs with Fig (Ana); =Odd by popularity
    expect(chloe).toBe('Fig, Box'); // Fig co-occurs with Wick (Ana); Box by popularity
    expect(dan).toBe('Wick, Fig, Box'); // Wick co-occurs with =Odd (Chloe); then Fig (2 buyers), Box
    // Fig and =Odd both co-occur once with Wick and have 2 buyers: code-unit order puts "=" first.
    expect(eve).toBe("'=Odd, Fig, Box");
  });

  it('is undone by Undo: computed columns and Dashboard as they were', () => {
    seed(workbook);
    const before = JSON.stringify([workbook.values('Customers'), workbook.values('Dashboard')]);
    refreshAnalytics(ports);
    expect(customers(workbook)[0].Orders).toBe(3);
    undoLastOperation(ports);
    expect(JSON.stringify([workbook.values('Customers'), workbook.values('Dashboard')])).toBe(before);
  });

  it('Undo leaves the computed cells of a customer the user overwrote one of since the refresh as they are, and counts them', () => {
    seed(workbook);
    const before = customers(workbook);
    refreshAnalytics(ports);
    const refreshed = customers(workbook);
    const rows = workbook.tab('Customers').rows;
    const header = rows[0].map(String);
    rows[1][header.indexOf('Revenue')] = 120; // Ana's revenue typed over by hand
    const undone = undoLastOperation(ports);
    // The snapshot keeps one fingerprint per row, not every cell the refresh wrote: Ana's row as a whole is left.
    const changed = CUSTOMER_COMPUTED_HEADERS.filter((h) => refreshed[0][h] !== before[0][h]).length;
    expect(changed).toBeGreaterThan(10);
    expect(undone.tabs[0]).toMatchObject({ tab: 'Customers', restored: 3, leftAlone: changed });
    const [ana, ben, chloe, dan] = customers(workbook);
    expect(ana).toEqual({ ...refreshed[0], Revenue: 120 });
    expect([ben, chloe, dan]).toEqual(before.slice(1));
  });

  it('Undo leaves alone a customer deleted since the refresh, instead of adding a row without an ID', () => {
    seed(workbook);
    refreshAnalytics(ports);
    workbook.tab('Customers').rows.splice(2, 1); // the user deletes Ben (C2)
    const undone = undoLastOperation(ports);
    expect(undone.tabs[0]).toEqual({
      tab: 'Customers',
      restored: 3,
      removed: 0,
      putBack: 0,
      notFound: 1,
      leftAlone: 0,
      kept: 0,
    });
    const rows = customers(workbook);
    expect(rows.map((c) => c['Customer ID'])).toEqual(['C1', 'C3', 'C4']);
    expect(rows.every((c) => c.Orders === '' && c['Updated at'] === '')).toBe(true);
  });
});
