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
 * O(Σᵤ |Pᵤ|² + P log P + m · (|Pₘ| · P + C · n + P)) for m requested customers, P products
 * and C products co-purchased with a customer's own.
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
  // Products and customers become integer indices so the inner loops touch typed arrays only.
  const productIndex = new Map<string, number>();
  const products: string[] = [];
  const bought = new Map<string, Set<number>>();
  orders.forEach((line, i) => {
    const customer = requireText(line.customerId, `order ${i + 1}: customer id`);
    const product = requireText(line.product, `order ${i + 1}: product`);
    let index = productIndex.get(product);
    if (index === undefined) {
      index = products.length;
      productIndex.set(product, index);
      products.push(product);
    }
    let owned = bought.get(customer);
    if (owned === undefined) {
      owned = new Set<number>();
      bought.set(customer, owned);
    }
    owned.add(index);
  });

  const productCount = products.length;
  const buyers = new Float64Array(productCount);
  const pairs = Array.from({ length: productCount }, () => new Map<number, number>());
  for (const owned of bought.values()) {
    const list = [...owned];
    for (const a of list) {
      buyers[a]++;
      const row = pairs[a];
      for (const b of list) if (b !== a) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  const cooccurrence = pairs.map((row) => ({
    others: Int32Array.from(row.keys()),
    counts: Float64Array.from(row.values()),
  }));

  // Names ranked once, so that ties are broken by comparing two numbers.
  const nameRank = new Float64Array(productCount);
  [...products.keys()]
    .sort((a, b) => (products[a] < products[b] ? -1 : products[a] > products[b] ? 1 : 0))
    .forEach((index, rank) => {
      nameRank[index] = rank;
    });
  const byPopularity = [...products.keys()].sort(
    (a, b) => buyers[b] - buyers[a] || nameRank[a] - nameRank[b],
  );

  const score = new Float64Array(productCount);
  const scoreOrder = (a: number, b: number): number =>
    score[b] - score[a] || buyers[b] - buyers[a] || nameRank[a] - nameRank[b];

  return customerIds.map((customerId) => {
    const owned = bought.get(customerId) ?? new Set<number>();
    const touched: number[] = [];
    for (const product of owned) {
      const { others, counts } = cooccurrence[product];
      for (let k = 0; k < others.length; k++) {
        const other = others[k];
        if (owned.has(other)) continue;
        if (score[other] === 0) touched.push(other);
        score[other] += counts[k];
      }
    }
    // Only co-purchased products need ranking, and only the best n of them (insertion into a
    // short sorted list); every other product scores 0 and follows in popularity order.
    const picked: number[] = [];
    for (const candidate of touched) {
      if (picked.length === n && scoreOrder(candidate, picked[n - 1]) >= 0) continue;
      let at = Math.min(picked.length, n - 1);
      if (picked.length < n) picked.push(candidate);
      else picked[at] = candidate;
      while (at > 0 && scoreOrder(picked[at], picked[at - 1]) < 0) {
        [picked[at], picked[at - 1]] = [picked[at - 1], picked[at]];
        at--;
      }
    }
    for (const product of byPopularity) {
      if (picked.length >= n) break;
      if (!owned.has(product) && score[product] === 0) picked.push(product);
    }
    for (const product of touched) score[product] = 0;
    return picked.map((index) => products[index]);
  });
}

function requireText(value: string, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`${name} must be non-blank text (got ${JSON.stringify(value) ?? String(value)})`);
  }
  return value;
}
