import { describe, expect, it } from 'vitest';
import { readOrderLines } from '../../../src/core/formula/read-order-lines';

describe('readOrderLines', () => {
  it('reads who bought what, leaving out lines without a customer or a product', () => {
    expect(
      readOrderLines({
        order_customer_ids: [['a'], [1001], [''], ['d']],
        order_products: [[' tea '], ['cup'], ['tea'], ['']],
      }),
    ).toEqual([
      { customerId: 'a', product: 'tea' },
      { customerId: '1001', product: 'cup' },
    ]);
  });
  it('names a missing argument, ranges of different lengths and a date', () => {
    expect(() => readOrderLines({ order_customer_ids: [['a']], order_products: '' })).toThrow(
      'order_products is required',
    );
    expect(() =>
      readOrderLines({ order_customer_ids: [['a'], ['b']], order_products: [['x'], ['y'], ['z']] }),
    ).toThrow('order_products has 3 rows but order_customer_ids has 2');
    expect(() => readOrderLines({ order_customer_ids: [[new Date(0)]], order_products: [['tea']] })).toThrow(
      'order_customer_id is a date, not text',
    );
  });
});
