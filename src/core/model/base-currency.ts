// The one currency rule import and refresh share: which currency an order is in, and the base analytics use.

/** Text as an upper-case currency code, '' when blank. */
function code(value: unknown): string {
  return String(value ?? '')
    .trim()
    .toUpperCase();
}

/**
 * The base currency of analytics: `setting` (Settings "Base currency", undefined when the tab
 * leaves it blank), else the most frequent currency of `currencies` (the Orders tab's Currency
 * cells, blanks not counted; of two as frequent, the one met first), else ''.
 * @example baseCurrency(undefined, ['EUR', '', 'usd', 'EUR']) // => 'EUR'
 */
export function baseCurrency(setting: string | undefined, currencies: Iterable<unknown>): string {
  if (setting) return code(setting);
  const counts = new Map<string, number>();
  for (const cell of currencies) {
    const currency = code(cell);
    if (currency) counts.set(currency, (counts.get(currency) ?? 0) + 1);
  }
  let best = '';
  for (const [currency, count] of counts) if (count > (counts.get(best) ?? 0)) best = currency;
  return best;
}

/**
 * The currency of one order: its own, else the base currency when Settings name one, else ''
 * — an order whose file names no currency is in the base currency, so import leaves it blank
 * rather than stamp a guess, and refresh counts a blank as `base` (never as another currency
 * left out for want of a rate).
 * @example orderCurrency('', undefined) // => ''
 * @example orderCurrency('', 'GBP') // => 'GBP'
 * @example orderCurrency('eur', 'GBP') // => 'EUR'
 */
export function orderCurrency(own: unknown, setting: string | undefined): string {
  return code(own) || code(setting);
}
