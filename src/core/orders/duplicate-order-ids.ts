// Finds an Order ID met a second time, in a file being imported or in the Orders tab.
import { StringNumbering } from '../btyd/string-numbering';

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
  // Keys numbered by a table of their own (a Map costs twice as much on half a million orders),
  // with the row where each was first met.
  const keys = new StringNumbering();
  let firstRow = new Float64Array(1024);
  return {
    check(orderId, row, key = orderId) {
      if (key === '') return '';
      const known = keys.texts.length;
      const id = keys.numberOf(key);
      if (id === known) {
        if (id >= firstRow.length) {
          const grown = new Float64Array(firstRow.length * 2);
          grown.set(firstRow);
          firstRow = grown;
        }
        firstRow[id] = row;
        return '';
      }
      const shown = options.quoted ? `"${orderId}"` : orderId;
      return `duplicate Order ID ${shown} (first at row ${firstRow[id]})`;
    },
  };
}
