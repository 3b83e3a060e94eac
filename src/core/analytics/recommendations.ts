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
  const lines = transactions.flatMap((t) =>
    splitProducts(t.product).map((product) => ({ customerId: t.customerId, product })),
  );
  const lists = lines.length ? recommendProducts(lines, buyers, 3) : [];
  return new Map(buyers.map((id, i) => [id, lists[i] ?? []]));
}
