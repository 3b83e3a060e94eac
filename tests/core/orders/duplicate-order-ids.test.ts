import { describe, expect, it } from 'vitest';
import { duplicateOrderIds } from '../../../src/core/orders/duplicate-order-ids';

describe('duplicateOrderIds', () => {
  it('names the row where a repeated Order ID was first met, quoted as file text', () => {
    const duplicates = duplicateOrderIds({ quoted: true });
    expect(duplicates.check('1041', 2)).toBe('');
    expect(duplicates.check('1042', 3)).toBe('');
    expect(duplicates.check('1041', 10)).toBe('duplicate Order ID "1041" (first at row 2)');
    expect(duplicates.check('1041', 11)).toBe('duplicate Order ID "1041" (first at row 2)');
  });

  it('compares by the key given, names the Order ID bare when asked, and never takes a blank ID for a repeat', () => {
    const duplicates = duplicateOrderIds({ quoted: false });
    expect(duplicates.check('#1002', 2, 'shopify\u241f#1002')).toBe('');
    expect(duplicates.check('#1002', 5, 'stripe\u241f#1002')).toBe('');
    expect(duplicates.check('#1002', 8, 'shopify\u241f#1002')).toBe(
      'duplicate Order ID #1002 (first at row 2)',
    );
    expect(duplicates.check('', 9)).toBe('');
    expect(duplicates.check('', 10)).toBe('');
  });
});
