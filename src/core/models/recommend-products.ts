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
  const cooccurrence =
    productCount <= DENSE_PRODUCTS ? countPairsDense(bought, buyers) : countPairs(bought, buyers);

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

  // The customer's own products marked in a flag table: read for every co-purchased product.
  const isOwned = new Uint8Array(productCount);
  return customerIds.map((customerId) => {
    const owned = bought.get(customerId) ?? new Set<number>();
    for (const product of owned) isOwned[product] = 1;
    const touched: number[] = [];
    for (const product of owned) {
      const { others, counts } = cooccurrence[product];
      for (let k = 0; k < others.length; k++) {
        const other = others[k];
        if (isOwned[other] === 1) continue;
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
      if (isOwned[product] === 0 && score[product] === 0) picked.push(product);
    }
    for (const product of touched) score[product] = 0;
    for (const product of owned) isOwned[product] = 0;
    return picked.map((index) => products[index]);
  });
}

/** Co-purchase counts of each product: the others bought by its buyers and how many bought both. */
type Cooccurrence = { others: Int32Array; counts: Float64Array }[];

// Up to this many products the pair counts fit a square table (8 MB at most), read without hashing.
const DENSE_PRODUCTS = 1024;

/**
 * The pair counts in a square table, and each product's buyers into `buyers`. The order of a
 * product's others differs from countPairs' but not the recommendations: scores are sums of whole
 * numbers and the best n are chosen by a total order.
 */
function countPairsDense(bought: ReadonlyMap<string, Set<number>>, buyers: Float64Array): Cooccurrence {
  const size = buyers.length;
  const table = new Float64Array(size * size);
  const list = new Int32Array(size);
  for (const owned of bought.values()) {
    let m = 0;
    for (const product of owned) list[m++] = product;
    for (let i = 0; i < m; i++) {
      const a = list[i];
      buyers[a]++;
      const row = a * size;
      for (let j = 0; j < m; j++) if (j !== i) table[row + list[j]]++;
    }
  }
  return Array.from({ length: size }, (_, a) => {
    const others: number[] = [];
    const counts: number[] = [];
    for (let b = 0; b < size; b++) {
      const count = table[a * size + b];
      if (count > 0) {
        others.push(b);
        counts.push(count);
      }
    }
    return { others: Int32Array.from(others), counts: Float64Array.from(counts) };
  });
}

/** The pair counts in a map per product, for catalogues too large for a square table. */
function countPairs(bought: ReadonlyMap<string, Set<number>>, buyers: Float64Array): Cooccurrence {
  const pairs = Array.from({ length: buyers.length }, () => new Map<number, number>());
  for (const owned of bought.values()) {
    const list = [...owned];
    for (const a of list) {
      buyers[a]++;
      const row = pairs[a];
      for (const b of list) if (b !== a) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  return pairs.map((row) => ({
    others: Int32Array.from(row.keys()),
    counts: Float64Array.from(row.values()),
  }));
}

function requireText(value: string, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`${name} must be non-blank text (got ${JSON.stringify(value) ?? String(value)})`);
  }
  return value;
}
