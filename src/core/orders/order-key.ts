// The identity of an order: its channel and its Order ID, as import, undo of an import and refresh compare them.
import type { Cell } from '../table/cell';
import { keyText } from '../table/sheet-table';

/**
 * The key of an order, from its Channel and Order ID cells read as key text (trimmed, dates as
 * ISO instants, the apostrophe that keeps "-1001" text dropped). The channel is compared without
 * case: the import writes its channel in lower case ("shopify"), and a row typed by hand as
 * "Shopify" names the same shop. The Order ID keeps its case: ids such as Stripe's "ch_3Pa2Bb…"
 * differ by case alone.
 * @example orderKey('Shopify', ' 1001 ') === orderKey('shopify', '1001') // => true
 */
export function orderKey(channel: Cell, orderId: Cell): string {
  return `${orderChannelKey(channel)}${ORDER_KEY_SEPARATOR}${keyText(orderId)}`;
}

/** Between the channel and the Order ID in an orderKey. */
export const ORDER_KEY_SEPARATOR = '\u241f';

/** The channel part of an orderKey: its key text in lower case. */
export function orderChannelKey(channel: Cell): string {
  return keyText(channel).toLowerCase();
}
