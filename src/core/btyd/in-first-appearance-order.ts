// Puts customer summaries in the order their customers first appear in the transactions given.

/**
 * Each summary with the first transaction of its customer, in order of that transaction in
 * `transactions`. CRM_SUMMARY lists customers this way, so its rows follow the sheet; the order
 * summarizeTransactions keeps is that of the transactions up to the as-of day, which differs when
 * a customer's first row in the sheet is dated after it. O(n + m log m) for n transactions and m
 * summaries. Throws an Error for a summary whose customer has no transaction (a caller's mistake).
 *
 * @example inFirstAppearanceOrder([{ customerId: 'b' }, { customerId: 'a' }], [{ customerId: 'a' }, { customerId: 'b' }])
 * // => [{ first: { customerId: 'b' }, summary: { customerId: 'b' } }, { first: { customerId: 'a' }, summary: { customerId: 'a' } }]
 */
export function inFirstAppearanceOrder<T extends { customerId: string }, S extends { customerId: string }>(
  transactions: readonly T[],
  summaries: readonly S[],
): { first: T; summary: S }[] {
  const firsts = new Map<string, { index: number; first: T }>();
  for (const t of transactions)
    if (!firsts.has(t.customerId)) firsts.set(t.customerId, { index: firsts.size, first: t });
  const ordered = summaries.map((summary) => {
    const found = firsts.get(summary.customerId);
    if (found === undefined) throw new Error(`customer ${summary.customerId} has no transaction`);
    return { index: found.index, first: found.first, summary };
  });
  ordered.sort((p, q) => p.index - q.index);
  return ordered.map(({ first, summary }) => ({ first, summary }));
}
