// Up to three products to suggest to each buyer, from what other customers bought with theirs.
import { splitProducts } from '../clean/split-products';
import { recommendProducts } from '../models/recommend-products';
import type { Transaction } from './read-transactions';

/**
 * Recommendations by Customer ID for each of `buyers` (recommendProducts: item co-occurrence, the
 * most popular as fallback). A Product cell holds a whole order ("2× Fig Candle; Wick Trimmer"), so
 * recommendations work on its items. No products at all give every buyer an empty list.
 */
export function recommendations(
  transactions: readonly Transaction[],
  buyers: readonly string[],
): Map<string, string[]> {
  // A shop sells few products: each Product text is split once, not once per order.
  const split = new Map<string, string[]>();
  const lines: { customerId: string; product: string }[] = [];
  for (const t of transactions) {
    let products = split.get(t.product);
    if (products === undefined) {
      products = splitProducts(t.product);
      split.set(t.product, products);
    }
    // An order of one product is its own line: no copy of half a million orders.
    if (products.length === 1 && products[0] === t.product) lines.push(t);
    else for (const product of products) lines.push({ customerId: t.customerId, product });
  }
  const lists = lines.length ? recommendProducts(lines, buyers, 3) : [];
  return new Map(buyers.map((id, i) => [id, lists[i] ?? []]));
}
