// Import preset for Shopify's orders export (Admin → Orders → Export): one row per line item.

import { duplicateOrderIds } from '../orders/duplicate-order-ids';
import { orderStatus } from '../orders/order-status';
import type { RowProblem } from '../table/row-problem';
import { buildOrder } from './build-order';
import { type CsvTable, csvColumns } from './csv-table';
import type { PresetOptions, PresetResult } from './incoming-records';
import { newPresetResult } from './new-preset-result';
import { rejectMissingColumns } from './reject-missing-columns';
import { takeBuiltOrder } from './take-built-order';

/** Headers the export must have (import-formats.md section 1). */
export const SHOPIFY_REQUIRED = ['Name', 'Email', 'Financial Status', 'Created at', 'Total'];

const LABELS = {
  orderId: 'Name',
  email: 'Email',
  phone: 'Phone',
  name: 'Billing Name',
  company: 'Billing Company',
  consent: 'Accepts Marketing',
  date: 'Created at',
  amount: 'Total',
  refunded: 'Refunded Amount',
  quantity: 'Lineitem quantity',
  currency: 'Currency',
} as const;

/**
 * Orders of a Shopify orders export. The Order ID is the numeric `Id` (first row only), unique
 * across stores where the `Name` ("#1001") is not; the Name is kept as the order number (and is
 * the Order ID of files without Id). Rows are grouped by `Name`:
 * the first row of an order carries the order fields (Financial Status, Total, Currency,
 * Refunded Amount, Id, Tags…); continuation rows add only line items, so `Total` is never summed
 * over rows. The product is the line items' names with quantities, the quantity their sum.
 * Amount = Total − Refunded Amount; the date is `Created at` with its offset ("2024-01-05
 * 10:11:00 +0100"), since `Paid at` is empty for unpaid orders. Statuses map through
 * orderStatus; an order with `Cancelled at` is cancelled. An order with no email falls back to
 * Phone, then Billing/Shipping phone and name. Two first rows for one Name are a duplicate order
 * (a file exported twice, or two order-number formats colliding): the later is rejected.
 * Continuation rows whose first row is not in `table` (a file cut between two parts) are skipped
 * with that reason: the order itself is imported from the part that has its first row.
 */
export function shopifyOrders(table: CsvTable, options: PresetOptions): PresetResult {
  const result = newPresetResult('shopify');
  const col = csvColumns(table.header);
  const missing = col.missing(...SHOPIFY_REQUIRED.map((header) => [header]));
  if (missing.length > 0) return rejectMissingColumns(result, missing, 'a Shopify orders export');
  const isFirst = (row: readonly string[]) =>
    col.get(row, 'Financial Status') !== '' || col.get(row, 'Total') !== '' || col.get(row, 'Id') !== '';
  // Line items by the index of the order's first row: a continuation row belongs to the last first
  // row of its Name above it (or the first one below, when a file lists items before the order).
  const items = new Map<number, { names: string[]; quantity: number; badQuantity: RowProblem | null }>();
  const latestFirst = new Map<string, number>();
  const pending = new Map<string, number[]>();
  const owner: number[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const name = col.get(table.rows[i], 'Name');
    owner.push(-1);
    if (name === '') continue;
    if (isFirst(table.rows[i])) {
      latestFirst.set(name, i);
      owner[i] = i;
      for (const waiting of pending.get(name) ?? []) owner[waiting] = i;
      pending.delete(name);
    } else if (latestFirst.has(name)) {
      owner[i] = latestFirst.get(name) ?? -1;
    } else {
      pending.set(name, [...(pending.get(name) ?? []), i]);
    }
  }
  for (let i = 0; i < table.rows.length; i++) {
    if (owner[i] < 0) continue;
    const row = table.rows[i];
    const entry = items.get(owner[i]) ?? { names: [], quantity: 0, badQuantity: null };
    items.set(owner[i], entry);
    const title = col.get(row, 'Lineitem name');
    const quantityText = col.get(row, 'Lineitem quantity');
    const quantity = quantityText === '' ? 1 : Number(quantityText);
    if (!Number.isInteger(quantity) || quantity < 0) {
      entry.badQuantity ??= {
        row: table.lines[i],
        column: 'Lineitem quantity',
        reason: Number.isInteger(quantity)
          ? `negative quantity ${quantity}`
          : `not a whole number (${quantityText})`,
      };
      continue;
    }
    entry.quantity += quantity;
    if (title) entry.names.push(quantity === 1 ? title : `${quantity}× ${title}`);
  }
  const duplicates = duplicateOrderIds({ quoted: true });
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const line = table.lines[i];
    const name = col.get(row, 'Name');
    if (!isFirst(row)) {
      if (name === '') result.rejected.push({ row: line, column: 'Name', reason: 'missing Order ID (Name)' });
      continue;
    }
    if (name === '') {
      result.rejected.push({ row: line, column: 'Name', reason: 'missing Order ID (Name)' });
      continue;
    }
    const duplicate = duplicates.check(name, line);
    if (duplicate) {
      result.rejected.push({ row: line, column: 'Name', reason: duplicate });
      continue;
    }
    const entry = items.get(i);
    if (entry?.badQuantity) {
      result.rejected.push(entry.badQuantity);
      continue;
    }
    const financial = col.get(row, 'Financial Status');
    const decision =
      col.get(row, 'Cancelled at') !== '' ? { status: 'cancelled' as const } : orderStatus(financial);
    if ('skip' in decision) {
      result.skipped.push({ row: line, column: 'Financial Status', reason: decision.skip });
      continue;
    }
    // The numeric Id is unique across stores; the Name ("#1001") repeats in each store.
    const id = col.get(row, 'Id');
    const built = buildOrder(
      {
        orderId: id || name,
        orderNumber: id ? name : undefined,
        email: col.get(row, 'Email'),
        phone: col.get(row, 'Phone') || col.get(row, 'Billing Phone') || col.get(row, 'Shipping Phone'),
        country: col.get(row, 'Billing Country') || col.get(row, 'Shipping Country'),
        name: col.get(row, 'Billing Name') || col.get(row, 'Shipping Name'),
        company: col.get(row, 'Billing Company') || col.get(row, 'Shipping Company'),
        consent: col.get(row, 'Accepts Marketing', 'Accepts Email Marketing'),
        tags: col.get(row, 'Tags'),
        date: col.get(row, 'Created at'),
        amount: col.get(row, 'Total'),
        refunded: col.get(row, 'Refunded Amount'),
        currency: col.get(row, 'Currency'),
        product: entry?.names.join('; ') ?? '',
        quantity: String(entry?.quantity ?? 1),
        status: decision.status,
      },
      line,
      LABELS,
      options,
    );
    const order = takeBuiltOrder(result, built);
    if (order) result.orders.push(order);
  }
  for (let i = 0; i < table.rows.length; i++) {
    const name = col.get(table.rows[i], 'Name');
    if (name !== '' && owner[i] < 0) {
      result.skipped.push({
        row: table.lines[i],
        column: 'Name',
        reason: `line item of order ${name}, whose first row (with its total) is not in this part of the file`,
      });
    }
  }
  result.rejected.sort((a, b) => a.row - b.row);
  result.skipped.sort((a, b) => a.row - b.row);
  return result;
}
