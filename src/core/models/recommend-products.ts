// Product recommendations from what customers bought together (item-item co-occurrence).

/** One order line: who bought what. */
export interface OrderLine {
  readonly customerId: string;
  readonly product: string;
}

/**
 * For each requested customer, the top n products they have not bought yet.
 *
 * Co-occurrence counts customers, not orders: cooc(a, b) = number of distinct customers who
 * bought both a and b, so one customer who repeats an order does not inflate it. A candidate
 * product c is scored for customer u by Σ_{b bought by u} cooc(c, b) and ranked by that score
 * (higher first), then by popularity = number of distinct buyers of c (higher first), then by
 * name (code-unit order, so the result does not depend on the locale). A customer with no
 * orders, or whose purchases co-occur with nothing, thus gets the most popular products they
 * have not bought. Lists are shorter than n when fewer products remain. Runs in
 * O(Σᵤ |Pᵤ|² + m · (|Pₘ| · P + P log P)) for m requested customers and P products.
 *
 * @param orders order lines (customer id and product name, both non-blank text)
 * @param customerIds customers to recommend for, in the order of the result (any id; unknown
 *   ids get the popularity ranking)
 * @param n how many products per customer, a whole number ≥ 1
 * @throws {Error} when an order line has a blank or non-text customer id or product, or n is not
 *   a whole number ≥ 1.
 * @example
 * recommendProducts(
 *   [{ customerId: 'a', product: 'tea' }, { customerId: 'a', product: 'cup' },
 *    { customerId: 'b', product: 'tea' }],
 *   ['b'],
 * ); // => [['cup']]
 */
export function recommendProducts(
  orders: readonly OrderLine[],
  customerIds: readonly string[],
  n = 3,
): string[][] {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    throw new Error(`n must be a whole number ≥ 1 (got ${String(n)})`);
  }
  const bought = new Map<string, Set<string>>();
  orders.forEach((line, i) => {
    const customer = requireText(line.customerId, `order ${i + 1}: customer id`);
    const product = requireText(line.product, `order ${i + 1}: product`);
    let products = bought.get(customer);
    if (products === undefined) {
      products = new Set<string>();
      bought.set(customer, products);
    }
    products.add(product);
  });

  const buyers = new Map<string, number>();
  const cooccurrence = new Map<string, Map<string, number>>();
  for (const products of bought.values()) {
    const list = [...products];
    for (const a of list) {
      buyers.set(a, (buyers.get(a) ?? 0) + 1);
      let row = cooccurrence.get(a);
      if (row === undefined) {
        row = new Map<string, number>();
        cooccurrence.set(a, row);
      }
      for (const b of list) if (b !== a) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  const allProducts = [...buyers.keys()];

  return customerIds.map((customerId) => {
    const owned = bought.get(customerId) ?? new Set<string>();
    const score = new Map<string, number>();
    for (const product of owned) {
      for (const [other, count] of cooccurrence.get(product) ?? []) {
        if (!owned.has(other)) score.set(other, (score.get(other) ?? 0) + count);
      }
    }
    return allProducts
      .filter((product) => !owned.has(product))
      .sort(
        (a, b) =>
          (score.get(b) ?? 0) - (score.get(a) ?? 0) ||
          buyers.get(b)! - buyers.get(a)! ||
          (a < b ? -1 : a > b ? 1 : 0),
      )
      .slice(0, n);
  });
}

function requireText(value: string, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`${name} must be non-blank text (got ${JSON.stringify(value) ?? String(value)})`);
  }
  return value;
}
