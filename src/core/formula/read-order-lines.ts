// Reads CRM_RECOMMEND's order arguments: who bought what, one order line per row.
import type { OrderLine } from '../models/recommend-products';
import { alignColumns } from './align-columns';
import { isBlank } from './is-blank';
import { parseText } from './parse-text';

/** CRM_RECOMMEND's order arguments, as Sheets passed them. */
export interface OrderLineArguments {
  order_customer_ids: unknown;
  order_products: unknown;
}

/**
 * The order lines of the two aligned arguments. A line without a customer or a product says
 * nothing about co-purchases, so it is left out, as the Orders tab allows an order without a
 * product. Throws FormulaError when an argument is omitted, the ranges differ in length, or a
 * cell is a date.
 *
 * @example readOrderLines({ order_customer_ids: [['a'], ['b']], order_products: [['tea'], ['']] }) // => [{ customerId: 'a', product: 'tea' }]
 */
export function readOrderLines(args: OrderLineArguments): OrderLine[] {
  const columns = alignColumns(
    Object.entries(args).map(([name, value]) => ({ name, value, required: true })),
  );
  const lines: OrderLine[] = [];
  for (let row = 0; row < columns.rows; row++) {
    const customer = columns.cell('order_customer_ids', row);
    const product = columns.cell('order_products', row);
    if (isBlank(customer) || isBlank(product)) continue;
    lines.push({
      customerId: parseText(customer, 'order_customer_id'),
      product: parseText(product, 'order_product'),
    });
  }
  return lines;
}
