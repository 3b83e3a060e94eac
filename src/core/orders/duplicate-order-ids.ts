// Finds an Order ID met a second time, in a file being imported or in the Orders tab.

/** Remembers where each order was first met. */
export interface DuplicateOrderIds {
  /**
   * '' when the order is met for the first time (it is remembered at `row`), else why this row is
   * a duplicate: "duplicate Order ID "1041" (first at row 2)". `key` identifies the order (default
   * the Order ID itself; orderKey where channels mix); a blank key is never a duplicate.
   */
  check(orderId: string, row: number, key?: string): string;
}

/**
 * A fresh record of the orders met so far. `quoted` puts the Order ID in quotes, as presets name
 * the text of a file; the import and the refresh name it bare.
 * @example duplicateOrderIds({ quoted: true }).check('1041', 2) // => ''
 */
export function duplicateOrderIds(options: { quoted: boolean }): DuplicateOrderIds {
  const first = new Map<string, number>();
  return {
    check(orderId, row, key = orderId) {
      if (key === '') return '';
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, row);
        return '';
      }
      const shown = options.quoted ? `"${orderId}"` : orderId;
      return `duplicate Order ID ${shown} (first at row ${earlier})`;
    },
  };
}
