// findCustomerRows: every row about one person, in every tab, by Customer ID, email or phone.
import { describe, expect, it } from 'vitest';
import { findCustomerRows } from '../../src/app/find-customer-rows';
import type { Cell } from '../../src/app/ports';
import { MemoryWorkbook } from './memory-ports';

const JAN = new Date(Date.UTC(2024, 0, 5));

/** A workbook with the given tabs (header row first), in the given order. */
function workbookOf(tabs: Record<string, Cell[][]>): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  for (const [name, rows] of Object.entries(tabs)) workbook.put(name, rows);
  return workbook;
}

const CUSTOMERS: Cell[][] = [
  ['Customer ID', 'Name', 'Email', 'Phone'],
  ['C000001', 'Ana Silva', ' Ana@Example.com ', '+351 910 000 001'],
  ['C000002', 'Ben Okafor', 'ben@example.com', ''],
];

/** The tabs and data-row indexes found, with the mentions, as plain values. */
function found(result: ReturnType<typeof findCustomerRows>) {
  return result.tabs.map(({ table, rows, mentions }) => ({ tab: table.tab, rows, mentions: [...mentions] }));
}

describe('findCustomerRows', () => {
  it('finds the person by Customer ID and collects their rows of every tab, by ID, email or phone', () => {
    const workbook = workbookOf({
      Customers: CUSTOMERS,
      Orders: [
        ['Order ID', 'Customer ID', 'Email'],
        ['#1', 'C000001', ''],
        ['#2', 'C000002', 'ben@example.com'],
        ['#3', '', 'ANA@example.com'],
      ],
      Calls: [
        ['Phone', 'Note'],
        ['+351910000001', 'called back'],
        ['+351910000002', 'wrong number'],
      ],
    });
    const result = findCustomerRows(workbook, ' C000001 ');
    expect(result.identity).toEqual({
      customerId: 'C000001',
      email: 'ana@example.com',
      phone: '+351910000001',
    });
    expect(found(result)).toEqual([
      { tab: 'Customers', rows: [0], mentions: [] },
      { tab: 'Orders', rows: [0, 2], mentions: [] },
      { tab: 'Calls', rows: [0], mentions: [] },
    ]);
    expect(result.tables.map((t) => t.tab)).toEqual(['Customers', 'Orders', 'Calls']);
  });

  it('finds the person by email compared normalised, and reads each tab once', () => {
    const workbook = workbookOf({
      Customers: CUSTOMERS,
      Surveys: [
        ['Date', 'Email', 'NPS'],
        [JAN, 'ben@example.com', 7],
        [JAN, 'ana@example.com', 9],
      ],
    });
    const result = findCustomerRows(workbook, 'ANA@EXAMPLE.COM');
    expect(result.identity.customerId).toBe('C000001');
    expect(found(result)).toEqual([
      { tab: 'Customers', rows: [0], mentions: [] },
      { tab: 'Surveys', rows: [1], mentions: [] },
    ]);
    expect(workbook.callCount('readTab')).toBe(2);
    expect(workbook.callCount('tabNames')).toBe(1);
    expect([...workbook.calls.keys()].sort()).toEqual(['readTab', 'tabNames']);
  });

  it('counts an "Email address" column (a form\'s responses) as an email column', () => {
    const workbook = workbookOf({
      Customers: CUSTOMERS,
      'Form responses 1': [
        ['Timestamp', 'Email address', 'Score'],
        [JAN, 'ana@example.com', 10],
      ],
    });
    expect(found(findCustomerRows(workbook, 'C000001'))).toEqual([
      { tab: 'Customers', rows: [0], mentions: [] },
      { tab: 'Form responses 1', rows: [0], mentions: [] },
    ]);
  });

  it('lists rows that only name the person in their text as mentions, with word boundaries', () => {
    const workbook = workbookOf({
      Customers: CUSTOMERS,
      Log: [
        ['Time', 'Action', 'Details'],
        [JAN, 'merge', 'C000001 ← stripe order ch_1'],
        [JAN, 'merge', 'C0000012 is somebody else'],
        [JAN, 'note', 'wrote to ana@example.com.'],
        [JAN, 'note', 'wrote to bob.ana@example.com and xana@example.com'],
        [JAN, 'note', 'wrote to ana@example.com.au'],
        [JAN, 'note', 'see (C000001)'],
      ],
    });
    // Rows 1, 3 and 4 name other IDs and addresses that merely contain the person's.
    expect(found(findCustomerRows(workbook, 'C000001'))).toEqual([
      { tab: 'Customers', rows: [0], mentions: [] },
      { tab: 'Log', rows: [0, 2, 5], mentions: [0, 2, 5] },
    ]);
  });

  it('does not search text for an ID shorter than 5 characters', () => {
    const workbook = workbookOf({
      Customers: [
        ['Customer ID', 'Email'],
        ['42', ''],
      ],
      Log: [
        ['Time', 'Details'],
        [JAN, 'merged 42 rows'],
      ],
    });
    const result = findCustomerRows(workbook, '42');
    expect(result.identity).toEqual({ customerId: '42', email: '', phone: '' });
    expect(found(result)).toEqual([{ tab: 'Customers', rows: [0], mentions: [] }]);
  });

  it('never looks into the hidden undo tab', () => {
    const workbook = workbookOf({
      Customers: CUSTOMERS,
      'CRM Undo': [['snapshot'], ['C000001 ana@example.com']],
    });
    const result = findCustomerRows(workbook, 'C000001');
    expect(result.tables.map((t) => t.tab)).toEqual(['Customers']);
    expect(found(result)).toEqual([{ tab: 'Customers', rows: [0], mentions: [] }]);
    expect(workbook.callCount('readTab')).toBe(1);
  });

  it('finds a person without a Customers row by email, taking the one Customer ID their rows give', () => {
    const workbook = workbookOf({
      Customers: CUSTOMERS,
      Orders: [
        ['Order ID', 'Customer ID', 'Email'],
        ['#9', 'C000007', 'cleo@example.com'],
        ['#10', '', 'cleo@example.com'],
      ],
    });
    const result = findCustomerRows(workbook, 'Cleo@example.com');
    expect(result.identity).toEqual({ customerId: 'C000007', email: 'cleo@example.com', phone: '' });
    expect(found(result)).toEqual([{ tab: 'Orders', rows: [0, 1], mentions: [] }]);
  });

  it('gives a person who only answered a survey no Customer ID', () => {
    const workbook = workbookOf({
      Customers: CUSTOMERS,
      Surveys: [
        ['Date', 'Email', 'NPS'],
        [JAN, 'dan@example.com', 3],
      ],
    });
    const result = findCustomerRows(workbook, 'dan@example.com');
    expect(result.identity).toEqual({ customerId: '', email: 'dan@example.com', phone: '' });
    expect(found(result)).toEqual([{ tab: 'Surveys', rows: [0], mentions: [] }]);
  });

  it('gives no Customer ID when the rows with the email name two different ones', () => {
    const workbook = workbookOf({
      Customers: CUSTOMERS,
      Orders: [
        ['Order ID', 'Customer ID', 'Email'],
        ['#9', 'C000007', 'cleo@example.com'],
        ['#10', 'C000008', 'cleo@example.com'],
      ],
    });
    expect(findCustomerRows(workbook, 'cleo@example.com').identity.customerId).toBe('');
  });

  it('finds a person without a Customers row by Customer ID, taking the one email their rows give', () => {
    const workbook = workbookOf({
      Customers: CUSTOMERS,
      Orders: [
        ['Order ID', 'Customer ID', 'Email'],
        ['#9', 'C000007', ''],
        ['#10', 'C000007', 'Cleo@example.com'],
      ],
      Interactions: [
        ['Date', 'Customer ID', 'Email', 'Notes'],
        [JAN, '', 'cleo@example.com', 'asked about sizes'],
      ],
    });
    const result = findCustomerRows(workbook, 'C000007');
    expect(result.identity).toEqual({ customerId: 'C000007', email: 'cleo@example.com', phone: '' });
    expect(found(result)).toEqual([
      { tab: 'Orders', rows: [0, 1], mentions: [] },
      { tab: 'Interactions', rows: [0], mentions: [] },
    ]);
  });

  it('refuses an email that several customers have, asking for the Customer ID', () => {
    const workbook = workbookOf({
      Customers: [
        ['Customer ID', 'Email'],
        ['C000001', 'shared@example.com'],
        ['C000002', 'SHARED@example.com'],
      ],
    });
    expect(() => findCustomerRows(workbook, 'shared@example.com')).toThrow(
      'Several customers have the email "shared@example.com": give the Customer ID instead.',
    );
  });

  it('refuses a person no tab knows', () => {
    const workbook = workbookOf({ Customers: CUSTOMERS, Orders: [['Order ID', 'Customer ID', 'Email']] });
    expect(() => findCustomerRows(workbook, 'C000099')).toThrow(
      'No customer has the Customer ID or email "C000099".',
    );
    expect(() => findCustomerRows(workbook, 'nobody@example.com')).toThrow(
      'No customer has the Customer ID or email "nobody@example.com".',
    );
  });

  it('finds nobody for a blank query, not even a customer row without a Customer ID', () => {
    const workbook = workbookOf({
      Customers: [
        ['Customer ID', 'Email'],
        ['C000001', 'ana@example.com'],
        ['', 'nameless@example.com'],
      ],
    });
    expect(() => findCustomerRows(workbook, '  ')).toThrow('No customer has the Customer ID or email "".');
  });

  it('refuses a workbook without a Customers tab, or with an empty one', () => {
    expect(() => findCustomerRows(workbookOf({ Orders: [['Order ID']] }), 'C000001')).toThrow(
      'The Customers tab is missing; run Set up first.',
    );
    expect(() => findCustomerRows(workbookOf({ Customers: [] }), 'C000001')).toThrow(
      'The Customers tab is missing; run Set up first.',
    );
  });
});
