// Tests for co-purchase product recommendations.

import fc from 'fast-check';
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

  it('agrees with the definition applied literally on random shops', () => {
    // Reference: for each product not owned, score = Σ over owned products of the number of
    // customers who bought both; sort everything by (score, buyers, name) and take n.
    function reference(orders: readonly OrderLine[], ids: readonly string[], n: number): string[][] {
      const owned = new Map<string, Set<string>>();
      for (const { customerId, product } of orders) {
        owned.set(customerId, (owned.get(customerId) ?? new Set()).add(product));
      }
      const baskets = [...owned.values()];
      const all = [...new Set(orders.map((o) => o.product))];
      const buyers = (p: string) => baskets.filter((b) => b.has(p)).length;
      const both = (p: string, q: string) => baskets.filter((b) => b.has(p) && b.has(q)).length;
      return ids.map((id) => {
        const mine = owned.get(id) ?? new Set<string>();
        const score = (p: string) => [...mine].reduce((sum, q) => sum + both(p, q), 0);
        return all
          .filter((p) => !mine.has(p))
          .sort((a, b) => score(b) - score(a) || buyers(b) - buyers(a) || (a < b ? -1 : a > b ? 1 : 0))
          .slice(0, n);
      });
    }
    const line = fc.record({
      customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      product: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (orders, n) => {
        const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'z'];
        expect(recommendProducts(orders, ids, n)).toEqual(reference(orders, ids, n));
      }),
      { numRuns: 300 },
    );
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
