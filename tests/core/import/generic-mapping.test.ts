import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../src/core/import/csv-table';
import { genericMapping } from '../../../src/core/import/generic-mapping';
import { parseCsv } from '../../../src/core/import/parse-csv';

const parsed = parseCsv(
  readFileSync(new URL('../../fixtures/imports/generic_invoices_semicolon.csv', import.meta.url), 'utf8'),
);
const table = csvTable(parsed.rows, parsed.lines);
const mapping = Object.freeze({
  'Order ID': 'Invoice',
  Email: 'E-mail',
  Name: 'Client',
  Phone: 'telefon',
  Date: 'Paid on',
  Amount: 'Total',
  Currency: 'Währung',
  Product: 'Item',
  Quantity: 'Qty',
});
const options = {
  timeZone: 'Europe/Berlin',
  decimal: ',' as const,
  dateOrder: 'dmy' as const,
  defaultCountry: 'DE',
  channel: 'Invoices',
};

describe('genericMapping (fixture generic_invoices_semicolon.csv)', () => {
  const result = genericMapping(table, mapping, options);
  const order = (id: string) => result.orders.find((o) => o.orderId === id);

  it('reads a semicolon file with a BOM, decimal commas and day-first dates through the mapping', () => {
    expect(parsed.delimiter).toBe(';');
    expect(table.header[0]).toBe('Invoice');
    expect(result.channel).toBe('invoices');
    expect(order('INV-001')).toMatchObject({
      email: 'ana.silva@gmail.com',
      phone: '+351910000001',
      // 05/01/2024 day-first = 5 January; midnight in Berlin (UTC+1) = 4 January 23:00 UTC.
      date: new Date('2024-01-04T23:00:00Z'),
      amount: 1234.5,
      currency: 'EUR',
    });
    expect(order('INV-002')?.amount).toBe(-12);
    expect(order('INV-003')).toMatchObject({ phone: '+4915123456789', quantity: 2, amount: 99.9 });
    expect(order("'-2+3")).toMatchObject({ product: "'@SUM(1;2)" });
  });

  it('rejects bad rows with their line and the file header', () => {
    expect(result.rejected).toEqual([
      { row: 5, column: 'Paid on', reason: 'impossible date "31/02/2024"' },
      { row: 6, column: 'Total', reason: 'not an amount "zehn"' },
      { row: 7, column: 'Invoice', reason: 'missing Order ID' },
      { row: 8, column: 'Invoice', reason: 'duplicate Order ID "INV-003" (first at row 4)' },
    ]);
    // 28 rows − 4 rejected = 24.
    expect(result.orders).toHaveLength(24);
  });

  it('throws on a mapping that names an unknown field or leaves out a required one', () => {
    expect(() => genericMapping(table, { ...mapping, Colour: 'Item' }, options)).toThrow(
      'unknown field "Colour" in the column mapping (known: Order ID, Email, Phone, Country, Name, Company, Consent, Tags, Date, Amount, Refunded, Currency, Product, Quantity, Status, Customer ID)',
    );
    for (const inherited of ['constructor', 'toString', '__proto__']) {
      expect(() => genericMapping(table, { ...mapping, [inherited]: 'Item' }, options)).toThrow(
        `unknown field "${inherited}" in the column mapping`,
      );
    }
    expect(() => genericMapping(table, { 'Order ID': 'Invoice', Date: 'Paid on' }, options)).toThrow(
      'the column mapping must name the columns of Amount',
    );
    expect(() => genericMapping(table, { email: 'E-mail' }, options)).toThrow(
      'the column mapping must name the columns of Order ID, Date, Amount',
    );
  });

  it('reports mapped columns the file does not have', () => {
    const missing = genericMapping(table, { ...mapping, Amount: 'Grand total' }, options);
    expect(missing.orders).toEqual([]);
    expect(missing.rejected).toEqual([
      { row: 1, column: 'Grand total', reason: 'the file has no column "Grand total"' },
    ]);
  });
});

describe('genericMapping: fields named twice, Customer ID, mailboxes and implausible dates', () => {
  const file = (text: string) => {
    const read = parseCsv(text);
    return csvTable(read.rows, read.lines);
  };

  it('throws when two keys name the same field', () => {
    expect(() => genericMapping(table, { ...mapping, 'e-mail': 'Client' }, options)).toThrow(
      'the column mapping names the field Email twice (as "Email" and "e-mail")',
    );
  });

  it('accepts a row with only a Customer ID to find its customer', () => {
    const result = genericMapping(
      file('Invoice,Client no,Paid on,Total\nINV-1,C000007,2024-01-05,12.50\nINV-2,,2024-01-06,3\n'),
      { 'Order ID': 'Invoice', 'Customer ID': 'Client no', Date: 'Paid on', Amount: 'Total' },
      { timeZone: 'UTC' },
    );
    expect(result.orders.map((o) => [o.orderId, o.customerId, o.email, o.name, o.amount])).toEqual([
      ['INV-1', 'C000007', '', '', 12.5],
    ]);
    expect(result.rejected).toEqual([
      { row: 3, column: 'email', reason: 'no email, phone or name to find the customer' },
    ]);
  });

  it('takes the address of "Name <address>" and the display name when the name column is empty', () => {
    const result = genericMapping(
      file(
        'Invoice,Who,Mail,Paid on,Total\n1,,"""Name, Jr."" <Name@Example.com>",2024-01-05,1\n2,Ben Okafor,Benny <ben@example.com>,2024-01-05,1\n',
      ),
      { 'Order ID': 'Invoice', Name: 'Who', Email: 'Mail', Date: 'Paid on', Amount: 'Total' },
      { timeZone: 'UTC' },
    );
    expect(result.orders.map((o) => [o.email, o.name])).toEqual([
      ['name@example.com', 'Name, Jr.'],
      ['ben@example.com', 'Ben Okafor'],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('rejects dates before 1970 or after tomorrow with their row, given when the import runs', () => {
    const result = genericMapping(
      file(
        'Invoice,Mail,Paid on,Total\n1,a@example.com,1899-12-30,1\n2,b@example.com,2024-06-02,1\n3,c@example.com,2024-06-03,1\n',
      ),
      { 'Order ID': 'Invoice', Email: 'Mail', Date: 'Paid on', Amount: 'Total' },
      { timeZone: 'UTC', now: new Date('2024-06-01T12:00:00Z') },
    );
    expect(result.orders.map((o) => o.orderId)).toEqual(['2']);
    expect(result.rejected).toEqual([
      { row: 2, column: 'Paid on', reason: 'implausible date "1899-12-30": before 1970' },
      {
        row: 4,
        column: 'Paid on',
        reason: 'implausible date "2024-06-03": after tomorrow (2024-06-01 is today)',
      },
    ]);
  });
});
