import { describe, expect, it } from 'vitest';
import { TAB_SPECS } from '../../../src/core/model/tab-specs';
import { locateColumns } from '../../../src/core/table/locate-columns';

describe('locateColumns', () => {
  it('finds spec columns in any order and spelling, keeping user columns', () => {
    const header = Object.freeze(['my notes', 'amount', 'Order-ID', 'e-mail', 'EMAIL', 'date', 'Colour']);
    const found = locateColumns(header, TAB_SPECS.orders);
    expect(found.index.get('orderId')).toBe(2);
    expect(found.index.get('amount')).toBe(1);
    // "e-mail" normalises to "email" like "EMAIL": the leftmost wins and the other is reported.
    expect(found.index.get('email')).toBe(3);
    expect(found.duplicates).toEqual(['EMAIL']);
    expect(found.index.get('date')).toBe(5);
    expect(found.missingRequired).toEqual([]);
    expect(found.userColumns).toEqual([0, 6]);
    expect(found.missingOptional).toEqual([
      'Customer ID',
      'Currency',
      'Product',
      'Quantity',
      'Channel',
      'Status',
    ]);
  });

  it('reports missing required columns and an unmet "Customer ID or Email"', () => {
    const found = locateColumns(['Order ID', 'Amount'], TAB_SPECS.orders);
    expect(found.missingRequired).toEqual(['Date', 'Customer ID or Email']);
  });

  it('lists owned columns missing so Set up can add them on the right, and duplicates', () => {
    const header = ['Customer ID', 'Email', 'Name', 'Revenue', 'email'];
    const found = locateColumns(header, TAB_SPECS.customers);
    expect(found.missingOwned[0]).toBe('Orders');
    expect(found.missingOwned).not.toContain('Revenue');
    expect(found.missingOwned).toHaveLength(20);
    expect(found.duplicates).toEqual(['email']);
    expect(found.index.get('email')).toBe(1);
  });
});
