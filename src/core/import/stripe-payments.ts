// Import preset for Stripe's payments export (unified_payments.csv): one row per charge or payment.

import { duplicateOrderIds } from '../orders/duplicate-order-ids';
import { orderStatus } from '../orders/order-status';
import { buildOrder } from './build-order';
import { type CsvTable, csvColumns } from './csv-table';
import type { PresetOptions, PresetResult } from './incoming-records';
import { newPresetResult } from './new-preset-result';
import { rejectMissingColumns } from './reject-missing-columns';
import { takeBuiltOrder } from './take-built-order';

const CREATED = ['Created date (UTC)', 'Created (UTC)', 'Created'];

/**
 * Orders of a Stripe payments export (import-formats.md section 3; the 2023 variant's
 * "Created (UTC)" too). The `id` (ch_…/py_…) is the Order ID; the date is UTC whatever the
 * spreadsheet's zone; amounts are major units, net of `Amount Refunded`; `Currency` is upper-cased.
 * Status: Paid → paid (a partial refund stays Paid and lowers the amount; a full one makes it
 * refunded), Refunded → refunded, Pending, Uncaptured and a Paid row with `Captured` false →
 * pending (authorised, not captured: not revenue); Failed and requires_payment_method rows
 * (which have no id) are skipped as not orders, and so are test-mode rows (`Mode` Test or
 * `Livemode` false in "all columns" exports). The customer is `Customer Email`, `Customer Phone`,
 * the name from `Customer Name`, `Card Name` or `Customer Description`, and `Customer ID` (cus_…)
 * is kept as the channel's customer reference. A repeated id is a duplicate (rejected).
 */
export function stripePayments(table: CsvTable, options: PresetOptions): PresetResult {
  const result = newPresetResult('stripe');
  const col = csvColumns(table.header);
  const missing = col.missing(['id'], CREATED, ['Amount'], ['Currency'], ['Status']);
  if (missing.length > 0) return rejectMissingColumns(result, missing, 'a Stripe payments export');
  const labels = {
    orderId: 'id',
    email: 'Customer Email',
    phone: 'Customer Phone',
    date: col.label(...CREATED),
    amount: 'Amount',
    refunded: 'Amount Refunded',
  };
  const duplicates = duplicateOrderIds({ quoted: true });
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const line = table.lines[i];
    const mode = col.get(row, 'Mode').toLowerCase();
    const live = col.get(row, 'Livemode', 'Live mode').toLowerCase();
    if (mode === 'test' || live === 'false') {
      result.skipped.push({
        row: line,
        column: col.has('Mode') ? 'Mode' : 'Livemode',
        reason: 'test-mode payment',
      });
      continue;
    }
    const statusText = col.get(row, 'Status');
    let decision = orderStatus(statusText);
    if ('skip' in decision) {
      result.skipped.push({ row: line, column: 'Status', reason: decision.skip });
      continue;
    }
    // An authorised charge not captured yet is money promised, not received.
    if (decision.status === 'paid' && col.get(row, 'Captured').toLowerCase() === 'false')
      decision = { status: 'pending' };
    const id = col.get(row, 'id');
    const duplicate = duplicates.check(id, line);
    if (duplicate) {
      result.rejected.push({ row: line, column: 'id', reason: duplicate });
      continue;
    }
    const built = buildOrder(
      {
        orderId: id,
        email: col.get(row, 'Customer Email'),
        phone: col.get(row, 'Customer Phone'),
        country: col.get(row, 'Card Address Country', 'Shipping Address Country'),
        name: col.get(row, 'Customer Name', 'Card Name', 'Customer Description'),
        date: col.get(row, ...CREATED),
        amount: col.get(row, 'Amount'),
        refunded: col.get(row, 'Amount Refunded'),
        currency: col.get(row, 'Currency'),
        product: col.get(row, 'Description'),
        status: decision.status,
        customerRef: col.get(row, 'Customer ID'),
      },
      line,
      labels,
      { ...options, timeZone: 'UTC', dateOrder: 'ymd' },
    );
    const order = takeBuiltOrder(result, built);
    if (order) result.orders.push(order);
  }
  return result;
}
