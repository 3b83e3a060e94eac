import { beforeEach, describe, expect, it } from 'vitest';
import { type IncomingOrder, importRecords, type ParsedImport } from '../../src/app/import-records';
import type { Ports } from '../../src/app/ports';
import { setup } from '../../src/app/setup';
import { undoLastOperation } from '../../src/app/undo';
import { incomingOrder } from '../core/import/incoming-order';
import { type MemoryWorkbook, memoryPorts, type SteppingClock } from './memory-ports';

const order = incomingOrder;

function parsed(channel: string, orders: IncomingOrder[], fileKey = channel): ParsedImport {
  return Object.freeze({ channel, orders, surveys: [], rejected: [], fileKey }) as ParsedImport;
}

/** The Customers tab as objects keyed by header, for readable assertions. */
function customers(workbook: MemoryWorkbook): Array<Record<string, unknown>> {
  const [header, ...rows] = workbook.values('Customers');
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

function orders(workbook: MemoryWorkbook): Array<Record<string, unknown>> {
  const [header, ...rows] = workbook.values('Orders');
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

describe('importRecords', () => {
  let ports: Ports;
  let workbook: MemoryWorkbook;
  let clock: SteppingClock;

  beforeEach(() => {
    ({ ports, workbook, clock } = memoryPorts());
    setup(ports);
  });

  it('creates customers and orders keyed by (Channel, Order ID)', () => {
    const report = importRecords(
      ports,
      parsed('shopify', [
        order(2, { email: 'ana.silva@example.com', name: 'Ana Silva', amount: 46.9, consent: 'yes' }),
        order(4, { email: 'ben@example.com', name: 'Ben Okafor', amount: 28 }),
        order(5, { email: 'ANA.SILVA@example.com ', name: 'Ana Silva', amount: 12 }),
      ]),
    );
    expect(report).toMatchObject({ customersAdded: 2, ordersAdded: 3, customersMerged: 0, complete: true });
    expect(customers(workbook).map((c) => [c['Customer ID'], c.Email, c.Channel, c.Consent])).toEqual([
      ['C000001', 'ana.silva@example.com', 'shopify', true],
      ['C000002', 'ben@example.com', 'shopify', ''],
    ]);
    expect(orders(workbook).map((o) => [o['Order ID'], o['Customer ID'], o.Amount, o.Channel])).toEqual([
      ['#1002', 'C000001', 46.9, 'shopify'],
      ['#1004', 'C000002', 28, 'shopify'],
      ['#1005', 'C000001', 12, 'shopify'],
    ]);
  });

  it('never issues a deleted customer’s ID again: the new person gets a fresh one, the old orders stay unattached and reported', () => {
    importRecords(
      ports,
      parsed('shopify', [
        order(2, { email: 'ana@example.com', name: 'Ana' }),
        order(3, { email: 'ben@example.com', name: 'Ben' }),
      ]),
    );
    workbook.tab('Customers').rows.splice(2, 1); // the user deletes Ben, the last customer
    const report = importRecords(
      ports,
      parsed('stripe', [order(4, { orderId: 'ch_1', email: 'chloe@example.com' })]),
    );
    expect(customers(workbook).map((c) => [c['Customer ID'], c.Email])).toEqual([
      ['C000001', 'ana@example.com'],
      ['C000003', 'chloe@example.com'],
    ]);
    expect(orders(workbook).map((o) => [o['Order ID'], o['Customer ID'], o.Email])).toEqual([
      ['#1002', 'C000001', 'ana@example.com'],
      ['#1003', 'C000002', 'ben@example.com'],
      ['ch_1', 'C000003', 'chloe@example.com'],
    ]);
    // Ben's order is sheet row 3 of Orders.
    expect(report.orphanOrders).toEqual([{ row: 3, reason: 'Customer ID C000002 is not in Customers' }]);
    const log = workbook.values('Log');
    const details = String(log[log.length - 1][4]);
    expect(details).toContain('1 orders name a Customer ID that is not in Customers and stay unattached');
    expect(details).toContain(
      'orders whose Customer ID is not in Customers, left unattached: row 3: Customer ID C000002 is not in Customers',
    );
  });

  it('issues no ID below the high-water mark, nor below an ID the Orders tab or the undo snapshot still names', () => {
    importRecords(
      ports,
      parsed('shopify', [
        order(2, { email: 'ana@example.com' }),
        order(3, { email: 'ben@example.com' }),
        order(4, { email: 'cleo@example.com' }),
      ]),
    );
    expect(ports.store.get('crm.customers.lastIssuedId')).toBe('3');
    // Cleo's customer row and her order are both deleted: only the high-water mark remembers C000003.
    workbook.tab('Customers').rows.splice(3, 1);
    workbook.tab('Orders').rows.splice(3, 1);
    importRecords(ports, parsed('stripe', [order(5, { orderId: 'ch_1', email: 'dan@example.com' })]));
    expect(customers(workbook).map((c) => c['Customer ID'])).toEqual(['C000001', 'C000002', 'C000004']);
    // A workbook without the mark (made by an earlier version): Dan's row is gone, his order still names him.
    ports.store.delete('crm.customers.lastIssuedId');
    workbook.tab('Customers').rows.splice(3, 1);
    importRecords(ports, parsed('stripe', [order(6, { orderId: 'ch_2', email: 'eve@example.com' })], 'f2'));
    expect(customers(workbook).map((c) => c['Customer ID'])).toEqual(['C000001', 'C000002', 'C000005']);
    // Eve's row and order deleted, no mark: the undo snapshot of her import still names C000005.
    ports.store.delete('crm.customers.lastIssuedId');
    workbook.tab('Customers').rows.splice(3, 1);
    workbook.tab('Orders').rows.splice(4, 1);
    expect(JSON.stringify(workbook.values('CRM Undo'))).toContain('C000005');
    importRecords(ports, parsed('stripe', [order(7, { orderId: 'ch_3', email: 'fay@example.com' })], 'f3'));
    expect(customers(workbook).map((c) => c['Customer ID'])).toEqual(['C000001', 'C000002', 'C000006']);
  });

  it('re-importing the same file adds 0 rows', () => {
    const file = parsed('stripe', [
      order(2, { email: 'a@example.com' }),
      order(3, { email: 'b@example.com' }),
    ]);
    importRecords(ports, file);
    const before = JSON.stringify([workbook.values('Customers'), workbook.values('Orders')]);
    const again = importRecords(ports, file);
    expect(again).toMatchObject({
      ordersAdded: 0,
      ordersAlreadyThere: 2,
      customersAdded: 0,
      customersMerged: 0,
    });
    expect(JSON.stringify([workbook.values('Customers'), workbook.values('Orders')])).toBe(before);
    const log = workbook.values('Log');
    expect(log[log.length - 1].slice(2, 4)).toEqual([
      'nothing to do',
      'customers added 0, customers merged 0, orders added 0, orders already there 2, rejected 0',
    ]);
  });

  it('takes a refund or cancellation a later export reports, and Undo puts the old Status back', () => {
    importRecords(
      ports,
      parsed('shopify', [
        order(2, { email: 'a@example.com' }),
        order(3, { email: 'b@example.com' }),
        order(4, { email: 'c@example.com', status: 'refunded' }),
        order(5, { email: 'd@example.com', status: 'pending' }),
      ]),
    );
    // The user marks #1003 cancelled by hand; the shop's next export still says paid.
    const header = workbook.tab('Orders').rows[0].map(String);
    const status = header.indexOf('Status');
    workbook.tab('Orders').rows[2][status] = 'cancelled';
    // The user sorts Orders while the import runs: the new Status still lands on the right rows.
    let sorted = false;
    workbook.beforeCall = (method, tab) => {
      if (sorted || method !== 'writeBlock' || tab !== 'CRM Undo') return;
      sorted = true;
      const rows = workbook.tab('Orders').rows;
      rows.splice(1, rows.length - 1, ...rows.slice(1).reverse());
    };
    const later = parsed(
      'shopify',
      [
        order(2, { email: 'a@example.com', status: 'refunded' }), // paid → refunded
        order(3, { email: 'b@example.com', status: 'paid' }), // the user's "cancelled" stays
        order(4, { email: 'c@example.com', status: 'paid' }), // never back from refunded to paid
        order(5, { email: 'd@example.com', status: 'cancelled' }), // pending → cancelled
      ],
      'shopify-later',
    );
    const report = importRecords(ports, later);
    workbook.beforeCall = null;
    expect(report).toMatchObject({ ordersAdded: 0, ordersAlreadyThere: 2, ordersUpdated: 2 });
    const byId = () => Object.fromEntries(orders(workbook).map((o) => [o['Order ID'], o.Status]));
    expect(byId()).toEqual({
      '#1002': 'refunded',
      '#1003': 'cancelled',
      '#1004': 'refunded',
      '#1005': 'cancelled',
    });
    const log = workbook.values('Log');
    expect(String(log[log.length - 1][3])).toContain('orders refunded or cancelled since 2');
    undoLastOperation(ports);
    expect(byId()).toEqual({
      '#1002': 'paid',
      '#1003': 'cancelled',
      '#1004': 'refunded',
      '#1005': 'pending',
    });
    // Importing the later file again changes nothing more.
    importRecords(ports, later);
    expect(importRecords(ports, later)).toMatchObject({ ordersUpdated: 0, ordersAlreadyThere: 4 });
  });

  it('finds an order imported under its order number, and reports another order under that key as a conflict', () => {
    // Rows imported before orders were keyed by Shopify's Id: their Order ID is the number "#1001".
    importRecords(ports, parsed('shopify', [order(1, { email: 'ana@example.com', amount: 46.9 })]));
    expect(orders(workbook).map((o) => o['Order ID'])).toEqual(['#1001']);
    // The same store's export again, now read with its Id: the same order, nothing added.
    const again = importRecords(
      ports,
      parsed(
        'shopify',
        [
          order(1, {
            orderId: '5712345678901',
            orderNumber: '#1001',
            email: 'ana@example.com',
            amount: 46.9,
          }),
        ],
        'a-again',
      ),
    );
    expect(again).toMatchObject({ ordersAdded: 0, ordersAlreadyThere: 1, conflicts: [] });
    // A second store's #1001: another customer, amount and date under the old key.
    const second = importRecords(
      ports,
      parsed(
        'shopify',
        [
          order(2, {
            orderId: '8823456789001',
            orderNumber: '#1001',
            email: 'zoe@example.com',
            amount: 30,
            date: new Date(Date.UTC(2024, 2, 3, 9, 30)),
          }),
          order(3, { orderId: '8823456789002', orderNumber: '#1002', email: 'zoe@example.com', amount: 12 }),
        ],
        'b',
      ),
    );
    const reason =
      'order #1001 conflicts with Orders row 2 (another customer, date 2024-01-01 00:00 UTC there, 2024-03-03 09:30 UTC here, amount 46.9 there, 30 here): not imported';
    expect(second).toMatchObject({ ordersAdded: 1, ordersAlreadyThere: 0, conflicts: [{ row: 2, reason }] });
    expect(orders(workbook).map((o) => [o['Order ID'], o.Email, o.Amount])).toEqual([
      ['#1001', 'ana@example.com', 46.9],
      ['8823456789002', 'zoe@example.com', 12],
    ]);
    const log = workbook.values('Log');
    expect(String(log[log.length - 1][3])).toContain(
      'orders added 1, orders already there 0, conflicts 1, rejected 0',
    );
    expect(String(log[log.length - 1][4])).toContain(`conflicts, not imported: row 2: ${reason}`);
    // The same key in one channel for another order (a Stripe id reused by hand) is a conflict too.
    importRecords(ports, parsed('stripe', [order(5, { orderId: 'ch_1', email: 'ben@example.com' })], 's1'));
    expect(
      importRecords(ports, parsed('stripe', [order(5, { orderId: 'ch_1', email: 'cy@example.com' })], 's2'))
        .conflicts,
    ).toEqual([
      { row: 5, reason: 'order ch_1 conflicts with Orders row 4 (another customer): not imported' },
    ]);
  });

  it('takes a partial refund since as the new Amount and a payment since as paid, counted, logged and undone by Undo', () => {
    importRecords(
      ports,
      parsed('shopify', [
        order(2, { email: 'a@example.com', amount: 28 }),
        order(3, { email: 'b@example.com', status: 'pending' }),
        order(4, { email: 'c@example.com' }),
      ]),
    );
    const later = parsed(
      'shopify',
      [
        order(2, { email: 'a@example.com', amount: 18, refunded: 10 }), // refunded in part since
        order(3, { email: 'b@example.com', status: 'paid' }), // pending → paid
        order(4, { email: 'c@example.com', status: 'pending' }), // an older export: never paid → pending
      ],
      'later',
    );
    const report = importRecords(ports, later);
    expect(report).toMatchObject({ ordersAdded: 0, ordersAlreadyThere: 1, ordersUpdated: 2, conflicts: [] });
    expect(report.updated).toEqual([
      { row: 2, reason: '#1002: Amount 28 → 18 (refunded since)' },
      { row: 3, reason: '#1003: Status pending → paid' },
    ]);
    const rows = () => orders(workbook).map((o) => [o['Order ID'], o.Amount, o.Status]);
    expect(rows()).toEqual([
      ['#1002', 18, 'paid'],
      ['#1003', 10, 'paid'],
      ['#1004', 10, 'paid'],
    ]);
    const log = workbook.values('Log');
    expect(String(log[log.length - 1][3])).toBe(
      'customers added 0, customers merged 0, orders added 0, orders already there 1, orders paid since 1, orders partly refunded since 1, rejected 0',
    );
    expect(String(log[log.length - 1][4])).toContain(
      'updated: row 2: #1002: Amount 28 → 18 (refunded since); row 3: #1003: Status pending → paid',
    );
    undoLastOperation(ports);
    expect(rows()).toEqual([
      ['#1002', 28, 'paid'],
      ['#1003', 10, 'pending'],
      ['#1004', 10, 'paid'],
    ]);
    importRecords(ports, later);
    expect(importRecords(ports, later)).toMatchObject({ ordersUpdated: 0, ordersAlreadyThere: 3 });
  });

  it('lists every row left out or with a value dropped in the Log, and counts rows, not reasons', () => {
    const file: ParsedImport = {
      ...parsed('shopify', [order(2, { email: 'a@example.com' })]),
      rejected: [
        { row: 3, reason: 'Created at: not a date; Total: not an amount "x"' },
        { row: 4, reason: 'Name: missing Order ID (Name)' },
      ],
      skipped: [{ row: 5, reason: 'Financial Status: unknown status "hold"' }],
      warnings: [{ row: 2, reason: 'Phone: "12" is not a valid phone number; left out' }],
    };
    importRecords(ports, file);
    const log = workbook.values('Log');
    expect(String(log[log.length - 1][3])).toContain('rejected 2, rows with a value left out 1');
    expect(String(log[log.length - 1][4])).toContain(
      'row 3: Created at: not a date; Total: not an amount "x"; row 4: Name: missing Order ID (Name); ' +
        'left out on purpose: row 5: Financial Status: unknown status "hold"; ' +
        'value left out: row 2: Phone: "12" is not a valid phone number; left out',
    );
  });

  it('matches one customer across channels by email and by E.164 phone, keeping conflicts in Notes', () => {
    importRecords(
      ports,
      parsed('shopify', [
        order(2, {
          email: 'ana.silva@example.com',
          name: 'Ana Silva',
          phone: '+351 910 000 001',
          company: 'Lumen',
        }),
      ]),
    );
    const report = importRecords(
      ports,
      parsed('stripe', [
        // Same mailbox, other case: merged by email; a different company is a conflict.
        order(2, {
          orderId: 'ch_1',
          email: 'Ana.Silva@Example.com',
          name: 'Ana Silva',
          company: 'Lumen Lda',
        }),
        // No email, same phone written differently: merged by phone.
        order(3, { orderId: 'ch_2', phone: '+351910000001', name: 'A. Silva' }),
      ]),
      { defaultCountry: 'PT' },
    );
    expect(report).toMatchObject({ customersAdded: 0, customersMerged: 1, ordersAdded: 2 });
    const [ana] = customers(workbook);
    expect(ana.Channel).toBe('shopify, stripe');
    expect(ana.Company).toBe('Lumen');
    expect(ana.Name).toBe('Ana Silva');
    expect(ana.Phone).toBe("'+351910000001");
    expect(ana.Notes).toBe(
      // planMerge's note: "Field: value (from channel, day of the record)"; order(2) is dated 2024-01-02.
      'Company: Lumen Lda (from stripe, 2024-01-02)\nName: A. Silva (from stripe, 2024-01-03)',
    );
    expect(orders(workbook).every((o) => o['Customer ID'] === 'C000001')).toBe(true);
    // One Log row for the merge (no personal data in it) and one for the import.
    const log = workbook.values('Log').slice(1);
    const merge = log.find((row) => row[1] === 'merge')!;
    expect(merge[4]).toBe('C000001 ← stripe order ch_1; conflicting Company kept in Notes');
    expect(log[log.length - 1][1]).toBe('import stripe');
  });

  it('writes merges by Customer ID onto the rows as the user left them mid-import', () => {
    importRecords(
      ports,
      parsed('shopify', [
        order(2, { email: 'ana@example.com', name: 'Ana Silva' }),
        order(3, { email: 'ben@example.com', name: 'Ben Okafor' }),
        order(4, { email: 'chloe@example.com', name: 'Chloe Martin' }),
      ]),
    );
    const header = workbook.tab('Customers').rows[0].map(String);
    const col = (name: string) => header.indexOf(name);
    let edited = false;
    workbook.beforeCall = (method, tab) => {
      // The first write is the undo snapshot: everything is read and merged, nothing written yet.
      if (edited || method !== 'writeBlock' || tab !== 'CRM Undo') return;
      edited = true;
      const rows = workbook.tab('Customers').rows;
      [rows[1], rows[3]] = [rows[3], rows[1]]; // the user sorts: Chloe first, Ana last
      rows[3][col('Tags')] = 'vip'; // tags Ana
      rows[2].splice(0, rows[2].length, ...new Array(header.length).fill('')); // and empties Ben's row
    };
    const report = importRecords(
      ports,
      parsed('stripe', [
        order(2, { orderId: 'ch_1', email: 'ANA@example.com', company: 'Lumen' }),
        order(3, { orderId: 'ch_2', email: 'ben@example.com', company: 'Okafor Ltd' }),
      ]),
    );
    workbook.beforeCall = null;
    expect(report.customersMerged).toBe(2);
    const rows = customers(workbook);
    // Chloe's row, now first, is untouched; Ana's merge landed on her row at the bottom, keeping the tag.
    expect(rows[0]).toMatchObject({ 'Customer ID': 'C000003', Company: '', Channel: 'shopify' });
    expect(rows[2]).toMatchObject({
      'Customer ID': 'C000001',
      Company: 'Lumen',
      Channel: 'shopify, stripe',
      Tags: 'vip',
    });
    // Ben's row was emptied meanwhile: his merge is not written anywhere, and the Log says so.
    expect(rows[1]['Customer ID']).toBe('');
    expect(rows.filter((r) => r.Company === 'Okafor Ltd')).toEqual([]);
    const log = workbook.values('Log');
    expect(String(log[log.length - 1][4])).toContain(
      '1 merged customers were deleted from Customers during the import',
    );
  });

  it('refuses to run without the key columns, before writing anything, and Set up puts them back', () => {
    const orders = workbook.tab('Orders').rows;
    const channel = orders[0].indexOf('Channel');
    orders[0][channel] = 'Sales channel'; // the user renamed it
    const before = JSON.stringify([...workbook.tabs.entries()].map(([n, t]) => [n, t.rows]));
    const file = parsed('shopify', [order(2, { email: 'ana@example.com' })]);
    expect(() => importRecords(ports, file)).toThrow(
      'The Orders tab has no Channel column; run Set up to add it.',
    );
    expect(JSON.stringify([...workbook.tabs.entries()].map(([n, t]) => [n, t.rows]))).toBe(before);
    expect(setup(ports).addedColumns).toEqual([{ tab: 'Orders', headers: ['Channel'] }]);
    expect(importRecords(ports, file).ordersAdded).toBe(1);
  });

  it('treats Gmail dots and +tags as the same mailbox only when asked', () => {
    importRecords(ports, parsed('shopify', [order(2, { email: 'ana.silva@gmail.com' })]));
    const plain = importRecords(
      ports,
      parsed('stripe', [order(2, { orderId: 'ch_1', email: 'anasilva+shop@gmail.com' })]),
    );
    expect(plain.customersAdded).toBe(1);
    const canonical = importRecords(
      ports,
      parsed('woocommerce', [order(2, { orderId: '77', email: 'a.n.a.silva+x@googlemail.com' })]),
      { gmailDots: true },
    );
    expect(canonical).toMatchObject({ customersAdded: 0, customersMerged: 1 });
  });

  it('suggests, but never makes, a merge on the same name with different contact details', () => {
    importRecords(ports, parsed('shopify', [order(2, { email: 'ana@one.example', name: 'Ana Silva' })]));
    const report = importRecords(
      ports,
      parsed('stripe', [order(2, { orderId: 'ch_9', email: 'ana@two.example', name: 'silva, ana' })]),
    );
    expect(report.customersAdded).toBe(1);
    expect(report.suggestions).toEqual([
      // Same words once sorted: Jaro–Winkler similarity 1 (matchCustomers' reason).
      { customerId: 'C000002', similarTo: 'C000001', reason: 'similar name (1)' },
    ]);
  });

  it('lists at most 20 suggested duplicates in the Log row, and how many more', () => {
    importRecords(ports, parsed('shopify', [order(2, { email: 'ana@one.example', name: 'Ana Silva' })]));
    const report = importRecords(
      ports,
      parsed(
        'stripe',
        Array.from({ length: 25 }, (_, i) =>
          order(i + 2, { orderId: `ch_${i}`, email: `ana${i}@two.example`, name: 'Ana Silva' }),
        ),
      ),
    );
    // Each new Ana looks like every Ana before her: 1 + 2 + … + 25 suggestions.
    expect(report.suggestions).toHaveLength(325);
    const details = String(workbook.values('Log').at(-1)![4]);
    expect(details).toMatch(/^possible duplicates to check: C000002 ~ C000001, .*, … and 305 more$/);
    expect(details.split(' ~ ')).toHaveLength(21);
  });

  it('skips bad rows with their row number and reason, and imports the rest', () => {
    const report = importRecords(
      ports,
      parsed('generic', [
        order(2, { email: 'ok@example.com', amount: 5 }),
        order(3, { email: 'x@example.com', amount: Number.NaN }),
        order(4, { email: 'x@example.com', date: new Date('nope') }),
        order(5, { email: 'x@example.com', orderId: '' }),
        order(6, { email: 'x@example.com', orderId: '#N/A' }),
        order(7, { email: 'x@example.com', amount: 1e15 }),
        order(8, { email: 'x@example.com', orderId: '#1002' }),
        order(9, { email: 'x@example.com', quantity: -2 }),
        order(10, {}),
      ]),
    );
    expect(report.ordersAdded).toBe(1);
    expect(report.rejected).toEqual([
      { row: 3, reason: 'amount is not a number' },
      { row: 4, reason: 'date is missing or not a valid date' },
      { row: 5, reason: 'missing Order ID' },
      { row: 6, reason: 'Order ID is an error value (#N/A)' },
      { row: 7, reason: 'amount 1000000000000000 is too large to be an order' },
      { row: 8, reason: 'duplicate Order ID #1002 (first at row 2)' },
      { row: 9, reason: 'quantity is negative or not a number' },
      { row: 10, reason: 'no email, phone or name to find the customer' },
    ]);
    const log = workbook.values('Log');
    expect(String(log[log.length - 1][4])).toContain('row 3: amount is not a number; row 4: date is missing');
  });

  it('neutralises text that would become a formula', () => {
    importRecords(
      ports,
      parsed('generic', [
        order(2, {
          email: 'evil@example.com',
          name: '=HYPERLINK("http://x","y")',
          product: '@SUM(A1)',
          orderId: '+1',
        }),
      ]),
    );
    expect(customers(workbook)[0].Name).toBe('\'=HYPERLINK("http://x","y")');
    expect(orders(workbook)[0].Product).toBe("'@SUM(A1)");
    expect(orders(workbook)[0]['Order ID']).toBe("'+1");
  });

  it('costs a constant number of spreadsheet calls whatever the number of rows', () => {
    const count = (n: number) => {
      const fresh = memoryPorts();
      setup(fresh.ports);
      const before = new Map(fresh.workbook.calls);
      importRecords(
        fresh.ports,
        parsed(
          'shopify',
          Array.from({ length: n }, (_, i) => order(i + 2, { email: `c${i % (n / 2)}@example.com` })),
        ),
      );
      return [...fresh.workbook.calls].map(([m, c]) => [m, c - (before.get(m) ?? 0)]);
    };
    expect(count(100)).toEqual(count(2000));
  });

  it('stops when the time budget is spent and the next run continues without duplicates', () => {
    clock.stepMs = 60_000; // every look at the clock is a minute later
    const file = parsed(
      'shopify',
      Array.from({ length: 1200 }, (_, i) => order(i + 2, { email: `c${i % 300}@example.com` })),
      'big-file',
    );
    const first = importRecords(ports, file, { budgetMs: 30_000 });
    expect(first).toMatchObject({ complete: false, processed: 500, ordersAdded: 500 });
    expect(workbook.values('Log').at(-1)![2]).toBe('partial');
    const second = importRecords(ports, file, { budgetMs: 30_000 });
    expect(second).toMatchObject({ complete: false, processed: 500, ordersAdded: 500 });
    const third = importRecords(ports, file, { budgetMs: 30_000 });
    expect(third).toMatchObject({ complete: true, processed: 200, ordersAdded: 200 });
    expect(orders(workbook)).toHaveLength(1200);
    expect(new Set(orders(workbook).map((o) => o['Order ID'])).size).toBe(1200);
    expect(customers(workbook)).toHaveLength(300);
    // Undo reverts the whole resumed import, not only its last part.
    undoLastOperation(ports);
    expect(orders(workbook)).toHaveLength(0);
    expect(customers(workbook)).toHaveLength(0);
  });

  it('is undone by Undo: added rows removed, merged rows restored', () => {
    importRecords(ports, parsed('shopify', [order(2, { email: 'ana@example.com', name: 'Ana' })]));
    const afterFirst = JSON.stringify([workbook.values('Customers'), workbook.values('Orders')]);
    importRecords(
      ports,
      parsed('stripe', [
        order(2, { orderId: 'ch_1', email: 'ana@example.com', name: 'Ana Maria', company: 'Lumen' }),
        order(3, { orderId: 'ch_2', email: 'new@example.com' }),
      ]),
    );
    expect(customers(workbook)).toHaveLength(2);
    const undone = undoLastOperation(ports);
    expect(undone.operation).toBe('import stripe stripe');
    expect(undone.tabs).toEqual([
      { tab: 'Customers', restored: 1, removed: 1, putBack: 0, notFound: 0, leftAlone: 0, kept: 0 },
      { tab: 'Orders', restored: 0, removed: 2, putBack: 0, notFound: 0, leftAlone: 0, kept: 0 },
    ]);
    expect(JSON.stringify([workbook.values('Customers'), workbook.values('Orders')])).toBe(afterFirst);
    expect(() => undoLastOperation(ports)).toThrow('There is no operation to undo.');
  });

  it('Undo reverts a merge but keeps what the user changed since in the other columns of that row', () => {
    importRecords(ports, parsed('shopify', [order(2, { email: 'ana@example.com', name: 'Ana' })]));
    importRecords(
      ports,
      parsed('stripe', [order(2, { orderId: 'ch_1', email: 'ana@example.com', company: 'Lumen' })]),
    );
    const rows = workbook.tab('Customers').rows;
    const header = rows[0].map(String);
    const unsubscribed = new Date('2024-02-01T10:00:00Z');
    rows[1][header.indexOf('Unsubscribed at')] = unsubscribed; // after the import, the customer unsubscribes
    undoLastOperation(ports);
    expect(customers(workbook)).toEqual([
      expect.objectContaining({
        'Customer ID': 'C000001',
        Company: '',
        Channel: 'shopify',
        'Unsubscribed at': unsubscribed,
      }),
    ]);
  });

  it('Undo restores only the cells the import changed and the user did not change since', () => {
    importRecords(ports, parsed('shopify', [order(2, { email: 'ana@example.com', name: 'Ana' })]));
    importRecords(
      ports,
      parsed('stripe', [
        order(2, { orderId: 'ch_1', email: 'ana@example.com', company: 'Lumen', tags: 'wholesale' }),
        order(3, { orderId: 'ch_2', email: 'ben@example.com', name: 'Ben' }),
      ]),
    );
    expect(customers(workbook)[0]).toMatchObject({
      Company: 'Lumen',
      Tags: 'wholesale',
      Channel: 'shopify, stripe',
      Notes: '',
    });
    const rows = workbook.tab('Customers').rows;
    const header = rows[0].map(String);
    rows[1][header.indexOf('Notes')] = 'call on Monday'; // a field the import did not change
    rows[1][header.indexOf('Company')] = 'Lumen Lda'; // a field the import changed, edited since
    const undone = undoLastOperation(ports);
    expect(customers(workbook)).toEqual([
      expect.objectContaining({
        'Customer ID': 'C000001',
        Name: 'Ana',
        Notes: 'call on Monday',
        Company: 'Lumen Lda',
        // Untouched since the import: back to what they were.
        Tags: '',
        Channel: 'shopify',
      }),
    ]);
    expect(undone.tabs[0]).toEqual({
      tab: 'Customers',
      restored: 1,
      removed: 1,
      putBack: 0,
      notFound: 0,
      leftAlone: 1,
      kept: 0,
    });
    expect(orders(workbook).map((o) => o['Order ID'])).toEqual(['#1002']);
    const log = workbook.values('Log');
    expect(String(log[log.length - 1][3])).toContain('Customers cells left as edited since 1');
  });

  it('Undo keeps a row the import added that the user edited since, and a Status they changed since', () => {
    importRecords(
      ports,
      parsed('shopify', [order(2, { orderId: '#1', email: 'ana@example.com', name: 'Ana' })]),
    );
    importRecords(
      ports,
      parsed(
        'shopify',
        [
          order(2, { orderId: '#1', email: 'ana@example.com', name: 'Ana', status: 'refunded' }),
          order(3, { orderId: '#2', email: 'ben@example.com', name: 'Ben' }),
          order(4, { orderId: '#3', email: 'cleo@example.com', name: 'Cleo' }),
        ],
        'second export',
      ),
    );
    const rows = workbook.tab('Customers').rows;
    const header = rows[0].map(String);
    expect(rows[2][header.indexOf('Email')]).toBe('ben@example.com');
    rows[2][header.indexOf('Notes')] = 'wants a catalogue'; // typed on a customer the import added
    const orderRows = workbook.tab('Orders').rows;
    const orderHeader = orderRows[0].map(String);
    expect(orderRows[1][orderHeader.indexOf('Status')]).toBe('refunded');
    orderRows[1][orderHeader.indexOf('Status')] = 'cancelled'; // the user corrects the import's Status
    expect(orderRows[3][orderHeader.indexOf('Order ID')]).toBe('#3');
    orderRows[3][orderHeader.indexOf('Product')] = 'Candle, gift wrap'; // an order the import added, edited
    const undone = undoLastOperation(ports);
    expect(customers(workbook).map((c) => [c['Customer ID'], c.Notes])).toEqual([
      ['C000001', ''],
      ['C000002', 'wants a catalogue'],
    ]);
    expect(orders(workbook).map((o) => [o['Order ID'], o.Status])).toEqual([
      ['#1', 'cancelled'],
      ['#3', 'paid'],
    ]);
    expect(undone.tabs).toEqual([
      { tab: 'Customers', restored: 0, removed: 1, putBack: 0, notFound: 0, leftAlone: 0, kept: 1 },
      { tab: 'Orders', restored: 1, removed: 1, putBack: 0, notFound: 0, leftAlone: 1, kept: 1 },
    ]);
  });

  it('Undo does not bring back, half empty, a merged customer the user deleted since', () => {
    importRecords(ports, parsed('shopify', [order(2, { email: 'ana@example.com', name: 'Ana' })]));
    importRecords(
      ports,
      parsed('stripe', [
        order(2, { orderId: 'ch_1', email: 'ana@example.com', company: 'Lumen' }),
        order(3, { orderId: 'ch_2', email: 'ben@example.com' }),
      ]),
    );
    workbook.tab('Customers').rows.splice(1, 1); // the user deletes Ana's row
    const undone = undoLastOperation(ports);
    expect(undone.tabs[0]).toEqual({
      tab: 'Customers',
      restored: 0,
      removed: 1,
      putBack: 0,
      notFound: 1,
      leftAlone: 0,
      kept: 0,
    });
    expect(customers(workbook)).toEqual([]);
    expect(orders(workbook).map((o) => o['Order ID'])).toEqual(['#1002']);
  });

  it('rejects an Order ID that is any sheet error value, #SPILL! and #CALC! included', () => {
    const report = importRecords(
      ports,
      parsed('generic', [
        order(2, { email: 'ok@example.com', orderId: '#SPILL!' }),
        order(3, { email: 'ok@example.com', orderId: '#calc!' }),
        order(4, { email: 'ok@example.com', orderId: '#1004' }),
      ]),
    );
    expect(report.rejected).toEqual([
      { row: 2, reason: 'Order ID is an error value (#SPILL!)' },
      { row: 3, reason: 'Order ID is an error value (#CALC!)' },
    ]);
    expect(orders(workbook).map((o) => o['Order ID'])).toEqual(['#1004']);
  });

  it('finds an order whose Channel was typed by hand in another case, and Undo puts its Status back', () => {
    importRecords(ports, parsed('shopify', [order(2, { email: 'ana@example.com' })]));
    // The user retypes the channel as "Shopify"; the shop's next export shows the order refunded.
    const channel = workbook.tab('Orders').rows[0].map(String).indexOf('Channel');
    workbook.tab('Orders').rows[1][channel] = 'Shopify';
    const report = importRecords(
      ports,
      parsed('shopify', [order(2, { email: 'ana@example.com', status: 'refunded' })], 'later'),
    );
    expect(report).toMatchObject({ ordersAdded: 0, ordersUpdated: 1 });
    expect(orders(workbook).map((o) => [o['Order ID'], o.Channel, o.Status])).toEqual([
      ['#1002', 'Shopify', 'refunded'],
    ]);
    undoLastOperation(ports);
    expect(orders(workbook).map((o) => [o['Order ID'], o.Channel, o.Status])).toEqual([
      ['#1002', 'Shopify', 'paid'],
    ]);
  });
});
