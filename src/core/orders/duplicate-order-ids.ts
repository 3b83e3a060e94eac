// Finds an Order ID met a second time, in a file being imported or in the Orders tab.
import { StringNumbering } from '../btyd/string-numbering';
import type { Cell } from '../table/cell';
import { keyText } from '../table/sheet-table';
import { ORDER_KEY_SEPARATOR, orderChannelKey } from './order-key';

/** Remembers where each order was first met. */
export interface DuplicateOrderIds {
  /**
   * '' when the order is met for the first time (it is remembered at `row`), else why this row is
   * a duplicate: "duplicate Order ID "1041" (first at row 2)". `key` identifies the order (default
   * the Order ID itself; orderKey where channels mix); a blank key is never a duplicate.
   */
  check(orderId: string, row: number, key?: string): string;
  /**
   * check(orderId, row, orderKey(channel, id)) without building that key: Order IDs are kept per
   * channel, so half a million orders make no half a million joined texts. Use one of the two
   * forms per record, not both.
   */
  checkOrder(orderId: string, row: number, channel: Cell, id: Cell): string;
}

/**
 * A fresh record of the orders met so far. `quoted` puts the Order ID in quotes, as presets name
 * the text of a file; the import and the refresh name it bare.
 * @example duplicateOrderIds({ quoted: true }).check('1041', 2) // => ''
 */
export function duplicateOrderIds(options: { quoted: boolean }): DuplicateOrderIds {
  // One table of keys per channel; the joined keys of checkOrder and the keys of check share the
  // table named by the separator, which no channel of the other tables holds.
  const tables = new Map<string, { keys: StringNumbering; rows: number[] }>();
  const found = (table: string, key: string, orderId: string, row: number): string => {
    let seen = tables.get(table);
    if (!seen) {
      seen = { keys: new StringNumbering(), rows: [] };
      tables.set(table, seen);
    }
    const id = seen.keys.numberOf(key);
    if (id === seen.rows.length) {
      seen.rows.push(row);
      return '';
    }
    const shown = options.quoted ? `"${orderId}"` : orderId;
    return `duplicate Order ID ${shown} (first at row ${seen.rows[id]})`;
  };
  return {
    check: (orderId, row, key = orderId) => (key === '' ? '' : found(ORDER_KEY_SEPARATOR, key, orderId, row)),
    checkOrder(orderId, row, channel, id) {
      const channelKey = orderChannelKey(channel);
      const idKey = keyText(id);
      // Only texts holding the separator could make two different pairs one joined key: they are joined.
      return channelKey.includes(ORDER_KEY_SEPARATOR) || idKey.includes(ORDER_KEY_SEPARATOR)
        ? found(ORDER_KEY_SEPARATOR, `${channelKey}${ORDER_KEY_SEPARATOR}${idKey}`, orderId, row)
        : found(channelKey, idKey, orderId, row);
    },
  };
}
