// mergeCustomers: a duplicate merged into the customer kept, and Undo putting both back.
import { describe, expect, it } from 'vitest';
import { mergeCustomers } from '../../src/app/merge-customers';
import { markNotSame, NOT_SAME_KEY, readNotSame } from '../../src/app/not-same-customers';
import { undoLastOperation } from '../../src/app/undo';
import { previewUndo } from '../../src/app/undo-preview';
import { rowsOf, shop } from './customer-fixture';

describe('mergeCustomers', () => {
  it('fills blanks, joins lists, keeps differing values in Notes, moves the rows and deletes the duplicate', () => {
    const { ports, workbook } = shop();
    expect(mergeCustomers(ports, 'C1', 'C2')).toEqual({
      kept: 'C1',
      merged: 'C2',
      changed: ['Company', 'Channel', 'Tags', 'Notes'],
      conflicts: ['Email'],
      moved: { Orders: 1, Interactions: 1 },
    });
    const customers = rowsOf(workbook, 'Customers');
    expect(customers.map((r) => r['Customer ID'])).toEqual(['C1', 'C3']);
    expect(customers[0]).toMatchObject({
      Email: 'ana@example.com',
      Company: 'Silva Lda',
      Channel: 'shopify, stripe',
      Tags: 'b2b',
      Notes: 'Email: ana@work.example (from merge of C2, 2024-06-01)',
      Consent: true,
    });
    expect(rowsOf(workbook, 'Orders').map((r) => r['Customer ID'])).toEqual(['C1', 'C1', 'C3']);
    expect(rowsOf(workbook, 'Interactions')[0]['Customer ID']).toBe('C1');
    expect(rowsOf(workbook, 'Log').at(-1)).toMatchObject({
      Action: 'merge',
      Counts: 'customers merged 1, Orders rows moved 1, Interactions rows moved 1',
    });
    // Customers, Orders, Interactions and Outbox once each, whatever the number of rows.
    expect(workbook.callCount('readTab')).toBe(4);
  });

  it('is undone like any bulk operation: both customers and every moved row come back', () => {
    const { ports, workbook } = shop();
    const before = {
      customers: rowsOf(workbook, 'Customers'),
      orders: rowsOf(workbook, 'Orders'),
      interactions: rowsOf(workbook, 'Interactions'),
    };
    mergeCustomers(ports, 'C1', 'C2');
    // Undo says what it will put back before it is asked to.
    expect(previewUndo(workbook)).toEqual({
      operation: 'the merge of 2024-06-01 12:00',
      tabs: [
        'Customers: puts back 2 rows as they were',
        'Orders: puts back 1 cell as they were',
        'Interactions: puts back 1 cell as they were',
      ],
    });
    const report = undoLastOperation(ports);
    expect(report.operation).toBe('merge');
    expect(report.description).toBe('the merge of 2024-06-01 12:00');
    // The merged row is appended back at the end.
    const customers = rowsOf(workbook, 'Customers');
    expect(customers.map((r) => r['Customer ID'])).toEqual(['C1', 'C3', 'C2']);
    expect(customers[0]).toEqual(before.customers[0]);
    expect(customers[2]).toEqual(before.customers[1]);
    expect(rowsOf(workbook, 'Orders')).toEqual(before.orders);
    expect(rowsOf(workbook, 'Interactions')).toEqual(before.interactions);
  });

  it('refuses the same customer twice or an unknown one, changing nothing', () => {
    const { ports, workbook } = shop();
    expect(() => mergeCustomers(ports, 'C1', 'C1')).toThrow(
      'Two different Customer IDs are needed to merge.',
    );
    expect(() => mergeCustomers(ports, 'C1', 'C9')).toThrow('No customer has the Customer ID "C9".');
    expect(workbook.callCount('writeBlock') + workbook.callCount('deleteRows')).toBe(0);
  });
});

describe('markNotSame', () => {
  it('remembers each pair once in document properties', () => {
    const { store } = shop();
    expect(markNotSame(store, 'C2', 'C1')).toEqual({ pairs: 1 });
    expect(markNotSame(store, 'C1', 'C2')).toEqual({ pairs: 1 });
    expect(store.get(NOT_SAME_KEY)).toBe('["C1|C2"]');
    expect([...readNotSame(store)]).toEqual(['C1|C2']);
    expect(() => markNotSame(store, 'C1', 'C1')).toThrow('Two different Customer IDs are needed.');
  });

  it('refuses a pair that would not fit in one document property', () => {
    const { store } = shop();
    store.set(NOT_SAME_KEY, JSON.stringify(Array.from({ length: 700 }, (_, i) => `C${i}|C${i + 100000}`)));
    expect(() => markNotSame(store, 'A', 'B')).toThrow(
      'The list of customers that are not the same is full (700 pairs).',
    );
  });
});
