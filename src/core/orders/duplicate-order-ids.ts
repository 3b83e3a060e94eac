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
  const seen = firstRows();
  const byChannel = new Map<string, ReturnType<typeof firstRows>>();
  // A channel cell's key text, per text of the cell: a tab has a handful of channels.
  const channelKeys = new Map<string, string>();
  const duplicate = (orderId: string, earlier: number) =>
    `duplicate Order ID ${options.quoted ? `"${orderId}"` : orderId} (first at row ${earlier})`;
  const record: DuplicateOrderIds = {
    check(orderId, row, key = orderId) {
      if (key === '') return '';
      const earlier = seen.earlierRow(key, row);
      return earlier === undefined ? '' : duplicate(orderId, earlier);
    },
    checkOrder(orderId, row, channel, id) {
      let channelKey = typeof channel === 'string' ? channelKeys.get(channel) : undefined;
      if (channelKey === undefined) {
        channelKey = orderChannelKey(channel);
        if (typeof channel === 'string' && channelKeys.size < 1000) channelKeys.set(channel, channelKey);
      }
      const idKey = keyText(id);
      // Only texts holding the separator could make two different pairs one joined key: they are joined.
      if (channelKey.includes(ORDER_KEY_SEPARATOR) || idKey.includes(ORDER_KEY_SEPARATOR)) {
        return record.check(orderId, row, `${channelKey}${ORDER_KEY_SEPARATOR}${idKey}`);
      }
      let ids = byChannel.get(channelKey);
      if (ids === undefined) {
        ids = firstRows();
        byChannel.set(channelKey, ids);
      }
      const earlier = ids.earlierRow(idKey, row);
      return earlier === undefined ? '' : duplicate(orderId, earlier);
    },
  };
  return record;
}

/**
 * Texts with the row where each was first met, numbered by a table of their own (a Map costs
 * twice as much on half a million orders). earlierRow gives that row, or undefined for a new text,
 * which it remembers at `row`.
 */
function firstRows() {
  const keys = new StringNumbering();
  let rows = new Float64Array(1024);
  return {
    earlierRow(key: string, row: number): number | undefined {
      const known = keys.texts.length;
      const id = keys.numberOf(key);
      if (id < known) return rows[id];
      if (id >= rows.length) {
        const grown = new Float64Array(rows.length * 2);
        grown.set(rows);
        rows = grown;
      }
      rows[id] = row;
      return undefined;
    },
  };
}
