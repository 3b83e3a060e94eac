// Import preset for WooCommerce orders: the Analytics → Orders download and the "Advanced Order Export" plugin's CSV.

import { duplicateOrderIds } from '../orders/duplicate-order-ids';
import { orderStatus } from '../orders/order-status';
import type { RowProblem } from '../table/row-problem';
import { buildOrder } from './build-order';
import { type CsvColumns, type CsvTable, csvColumns } from './csv-table';
import type { PresetOptions, PresetResult } from './incoming-records';
import { newPresetResult } from './new-preset-result';
import { takeBuiltOrder } from './take-built-order';

function finish(result: PresetResult): PresetResult {
  const byRow = (a: RowProblem, b: RowProblem) => a.row - b.row;
  result.rejected.sort(byRow);
  result.skipped.sort(byRow);
  return result;
}

/** Analytics download (import-formats.md 4a): one row per order, customer by name only, no currency. */
function analytics(
  table: CsvTable,
  col: CsvColumns,
  options: PresetOptions,
  result: PresetResult,
): PresetResult {
  const amountHeaders = ['Net sales', 'N. Revenue (formatted)', 'Net Revenue', 'Total sales'];
  const labels = {
    orderId: 'Order #',
    name: 'Customer',
    date: 'Date',
    amount: col.label(...amountHeaders),
    quantity: 'Items sold',
  };
  const duplicates = duplicateOrderIds({ quoted: true });
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const line = table.lines[i];
    const decision = orderStatus(col.get(row, 'Status'));
    if ('skip' in decision) {
      result.skipped.push({ row: line, column: 'Status', reason: decision.skip });
      continue;
    }
    const id = col.get(row, 'Order #');
    const duplicate = duplicates.check(id, line);
    if (duplicate) {
      result.rejected.push({ row: line, column: 'Order #', reason: duplicate });
      continue;
    }
    const built = buildOrder(
      {
        orderId: id,
        name: col.get(row, 'Customer'),
        date: col.get(row, 'Date'),
        amount: col.get(row, ...amountHeaders),
        // "2× Fig Candle, 1× Wick Trimmer": the × is U+00D7.
        product: col.get(row, 'Product(s)'),
        quantity: col.get(row, 'Items sold'),
        status: decision.status,
      },
      line,
      labels,
      { ...options, dateOrder: 'ymd' },
    );
    const order = takeBuiltOrder(result, built);
    if (!order) continue;
    // Refund objects come with negative totals: they are refunds of an order, never sales.
    if (order.amount < 0) order.status = 'refunded';
    result.orders.push(order);
  }
  return finish(result);
}

/** "Advanced Order Export For WooCommerce" (4b): one row per product, order columns repeated on each. */
function orderExport(
  table: CsvTable,
  col: CsvColumns,
  options: PresetOptions,
  result: PresetResult,
): PresetResult {
  const labels = {
    orderId: col.label('Order ID', 'Order Number'),
    email: 'Email (Billing)',
    phone: 'Phone (Billing)',
    name: 'First Name (Billing)',
    company: 'Company (Billing)',
    date: 'Order Date',
    amount: 'Order Total Amount',
    refunded: 'Order Refund Amount',
    quantity: 'Quantity',
  };
  const groups = new Map<string, number[]>();
  // The order id is unique; the Order Number is too unless a numbering plugin rewrites it.
  const byId = col.has('Order ID');
  for (let i = 0; i < table.rows.length; i++) {
    const id = byId ? col.get(table.rows[i], 'Order ID') : col.get(table.rows[i], 'Order Number');
    if (id === '') {
      result.rejected.push({ row: table.lines[i], column: labels.orderId, reason: 'missing Order ID' });
      continue;
    }
    const group = groups.get(id) ?? [];
    group.push(i);
    groups.set(id, group);
  }
  const duplicates = duplicateOrderIds({ quoted: true });
  for (const [id, all] of groups) {
    let indexes = all;
    const first = table.rows[indexes[0]];
    const line = table.lines[indexes[0]];
    duplicates.check(id, line);
    // The same product line twice, or rows disagreeing on the order's date or total, mean a repeated order number.
    const signature = (i: number) =>
      `${col.get(table.rows[i], 'Order Date')}|${col.get(table.rows[i], 'Order Total Amount')}`;
    const itemKeys = new Set<string>();
    let repeated = -1;
    for (const i of all) {
      const row = table.rows[i];
      const item = col.get(row, 'Item #') || `${col.get(row, 'SKU')}|${col.get(row, 'Item Name')}`;
      if (signature(i) !== signature(all[0]) || itemKeys.has(item)) {
        repeated = i;
        break;
      }
      itemKeys.add(item);
    }
    if (repeated >= 0) {
      // The order is read from its rows before the repetition; the repeated rows are reported once.
      result.rejected.push({
        row: table.lines[repeated],
        column: labels.orderId,
        reason: duplicates.check(id, table.lines[repeated]),
      });
      indexes = all.slice(0, all.indexOf(repeated));
    }
    const decision = orderStatus(col.get(first, 'Order Status', 'Status'));
    if ('skip' in decision) {
      result.skipped.push({ row: line, column: 'Order Status', reason: decision.skip });
      continue;
    }
    let quantity = 0;
    let badQuantity = '';
    const names: string[] = [];
    for (const i of indexes) {
      const text = col.get(table.rows[i], 'Quantity');
      const q = text === '' ? 1 : Number(text);
      if (!Number.isInteger(q) || q < 0) badQuantity ||= text;
      else quantity += q;
      const name = col.get(table.rows[i], 'Item Name', 'Product Name');
      if (name) names.push(q === 1 ? name : `${text}× ${name}`);
    }
    const fullName = [col.get(first, 'First Name (Billing)'), col.get(first, 'Last Name (Billing)')]
      .filter(Boolean)
      .join(' ');
    const built = buildOrder(
      {
        orderId: id,
        orderNumber: byId ? col.get(first, 'Order Number') : undefined,
        email: col.get(first, 'Email (Billing)', 'Billing Email'),
        phone: col.get(first, 'Phone (Billing)', 'Billing Phone'),
        country: col.get(first, 'Country Code (Billing)'),
        name: fullName,
        company: col.get(first, 'Company (Billing)'),
        date: col.get(first, 'Order Date'),
        amount: col.get(first, 'Order Total Amount'),
        refunded: col.get(first, 'Order Refund Amount'),
        currency: col.get(first, 'Currency', 'Order Currency'),
        product: names.join('; '),
        quantity: badQuantity || String(quantity),
        status: decision.status,
      },
      line,
      labels,
      { ...options, dateOrder: 'ymd' },
    );
    const order = takeBuiltOrder(result, built);
    if (order) result.orders.push(order);
  }
  return finish(result);
}

/**
 * Orders of a WooCommerce export, recognised by its header:
 * - Analytics → Orders → Download ("Order #", "Net sales"): one row per order; the customer is a
 *   name only (no email), so it can be matched to an existing customer only as a suggestion;
 *   no currency column, so `options.defaultCurrency` applies; negative totals are refunds.
 * - "Advanced Order Export For WooCommerce" ("Order Number", "Email (Billing)"): one row per
 *   product with the order columns repeated, grouped by Order Number and totals taken once;
 *   amount = Order Total Amount − Order Refund Amount; phone read in the billing country. An
 *   `Order ID` column, when the export has one, keys the order (Order Number kept as its number).
 * Dates are site-local without an offset: `options.timeZone` must be the store's zone. Status
 * slugs or labels ("completed", "On hold", "Pending payment") map through orderStatus.
 */
export function woocommerceOrders(table: CsvTable, options: PresetOptions): PresetResult {
  const result = newPresetResult('woocommerce');
  const col = csvColumns(table.header);
  if (col.has('Order #') && col.has('Date')) return analytics(table, col, options, result);
  if (col.has('Order Number', 'Order ID') && col.has('Order Date') && col.has('Order Total Amount')) {
    return orderExport(table, col, options, result);
  }
  result.rejected.push({
    row: 1,
    column: '',
    reason:
      'not a WooCommerce orders export: expected "Order #" and "Date" (Analytics) or "Order Number", "Order Date" and "Order Total Amount" (Advanced Order Export)',
  });
  return result;
}
