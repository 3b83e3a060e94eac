import { describe, expect, it } from 'vitest';
import { duplicateOrderIds } from '../../../src/core/orders/duplicate-order-ids';
import { orderKey } from '../../../src/core/orders/order-key';

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

  it('checkOrder answers as check with orderKey, channels compared without case, separators included', () => {
    const orders: Array<[string, string | number]> = [
      ['Shopify', '1001'],
      ['shopify', ' 1001 '],
      ['woo', '1001'],
      ['', 1001],
      ['', '1001'],
      ['a\u241fb', 'c'],
      ['a', 'b\u241fc'],
      ['a', 'b'],
      ['A', 'b'],
    ];
    const byKey = duplicateOrderIds({ quoted: false });
    const byChannel = duplicateOrderIds({ quoted: false });
    const expected = orders.map(([channel, id], i) =>
      byKey.check(String(id).trim(), i + 2, orderKey(channel, id)),
    );
    const actual = orders.map(([channel, id], i) =>
      byChannel.checkOrder(String(id).trim(), i + 2, channel, id),
    );
    expect(actual).toEqual(expected);
    expect(actual).toEqual([
      '',
      'duplicate Order ID 1001 (first at row 2)',
      '',
      '',
      'duplicate Order ID 1001 (first at row 5)',
      '',
      'duplicate Order ID b\u241fc (first at row 7)',
      '',
      'duplicate Order ID b (first at row 9)',
    ]);
  });
});
