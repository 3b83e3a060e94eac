// Tests for co-purchase product recommendations.

import { describe, expect, it } from 'vitest';
import { type OrderLine, recommendProducts } from '../../../src/core/models/recommend-products';

// Hand-built shop:
//   ana: tea, cups, honey    ben: tea, cups (tea ordered twice)    cy: tea, lemon
//   dee: coffee, cups        eve: coffee
// Distinct buyers: tea 3, cups 3, coffee 2, honey 1, lemon 1.
// Customers buying both: tea–cups 2 (ana, ben); tea–honey 1; tea–lemon 1; cups–honey 1;
// cups–coffee 1 (dee); every other pair 0.
const ORDERS: readonly OrderLine[] = Object.freeze(
  (
    [
      ['ana', 'tea'],
      ['ana', 'cups'],
      ['ana', 'honey'],
      ['ben', 'tea'],
      ['ben', 'cups'],
      ['ben', 'tea'],
      ['cy', 'tea'],
      ['cy', 'lemon'],
      ['dee', 'coffee'],
      ['dee', 'cups'],
      ['eve', 'coffee'],
    ] as const
  ).map(([customerId, product]) => Object.freeze({ customerId, product })),
);

describe('recommendProducts', () => {
  it('ranks by co-purchase, then popularity, then name (computed by hand)', () => {
    const result = recommendProducts(ORDERS, Object.freeze(['ben', 'eve', 'cy', 'ana']));
    // ben owns tea, cups: honey 1 + 1 = 2; lemon 1 + 0 = 1; coffee 0 + 1 = 1, which beats lemon on
    // popularity (2 buyers against 1)
    expect(result[0]).toEqual(['honey', 'coffee', 'lemon']);
    // eve owns coffee: cups 1; tea, honey, lemon 0, so tea (3 buyers) then honey before lemon by name
    expect(result[1]).toEqual(['cups', 'tea', 'honey']);
    // cy owns tea, lemon: cups 2 + 0 = 2; honey 1 + 0 = 1; coffee 0
    expect(result[2]).toEqual(['cups', 'honey', 'coffee']);
    // ana owns tea, cups, honey: coffee 0 + 1 + 0 = 1 and lemon 1 + 0 + 0 = 1 tie; coffee has more
    // buyers; only two products are left
    expect(result[3]).toEqual(['coffee', 'lemon']);
  });

  it('falls back to popularity for a customer with no orders', () => {
    // tea and cups both have 3 buyers: by name cups first; then coffee (2)
    expect(recommendProducts(ORDERS, ['zed'])).toEqual([['cups', 'tea', 'coffee']]);
  });

  it('returns n products per customer and keeps the order of the requested ids', () => {
    expect(recommendProducts(ORDERS, ['cy', 'ben'], 1)).toEqual([['cups'], ['honey']]);
    expect(recommendProducts(ORDERS, [], 3)).toEqual([]);
    expect(recommendProducts([], ['ana'])).toEqual([[]]);
  });

  it('does not change its inputs', () => {
    const ids = Object.freeze(['ben']);
    recommendProducts(ORDERS, ids);
    expect(ids).toEqual(['ben']);
    expect(ORDERS).toHaveLength(11);
  });

  it('rejects blank ids or products and an invalid n', () => {
    expect(() => recommendProducts([{ customerId: 'a', product: ' ' }], ['a'])).toThrow(
      'order 1: product must be non-blank text',
    );
    expect(() => recommendProducts([{ customerId: '', product: 'tea' }], ['a'])).toThrow(
      'order 1: customer id must be non-blank text',
    );
    expect(() => recommendProducts(ORDERS, ['ana'], 0)).toThrow('n must be a whole number ≥ 1');
    expect(() => recommendProducts(ORDERS, ['ana'], 1.5)).toThrow('n must be a whole number ≥ 1');
  });
});
