// Reads CRM_SUMMARY's transaction arguments (customer, date, amount per row) as dated transactions.
import type { Transaction } from '../btyd/summarize-transactions';
import { alignColumns } from './align-columns';
import { parseDay } from './parse-day';
import { parseNumber } from './parse-number';
import { parseText } from './parse-text';
import { type RowRead, readRows } from './read-rows';

/** One transaction with the customer as the sheet gave it, to be shown back the same way. */
export interface ShownTransaction extends Transaction {
  /** A numeric ID stays a number, so lookups against the ID column still match. */
  shown: unknown;
}

/** CRM_SUMMARY's per-row arguments, as Sheets passed them. */
export interface TransactionArguments {
  customer_ids: unknown;
  dates: unknown;
  amounts: unknown;
}

/**
 * Every row's transaction, a blank row blank and a bad row its reason ("date is not a date: …").
 * Dates are days in the zone `timeZone()` gives, asked once, after the arguments are aligned
 * (alignColumns: "dates is required"); that zone is returned for the as-of date.
 */
export function readTransactions(
  args: TransactionArguments,
  timeZone: () => string,
): { reads: RowRead<ShownTransaction>[]; timeZone: string } {
  const columns = alignColumns(
    Object.entries(args).map(([name, value]) => ({ name, value, required: true })),
  );
  const zone = timeZone();
  const reads = readRows(columns.rows, columns.isBlankRow, (row) => {
    const cell = columns.cell('customer_ids', row);
    const customerId = parseText(cell, 'customer_id');
    return {
      customerId,
      shown: typeof cell === 'number' ? cell : customerId,
      day: parseDay(columns.cell('dates', row), 'date', zone),
      amount: parseNumber(columns.cell('amounts', row), 'amount'),
    };
  });
  return { reads, timeZone: zone };
}
