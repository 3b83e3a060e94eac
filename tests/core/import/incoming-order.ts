// Builds incoming orders and tabs for the tests of the import's row rules.
import type { IncomingOrder } from '../../../src/core/import/incoming-records';
import { TAB_SPECS, type TabCode } from '../../../src/core/model/tab-specs';
import type { Cell } from '../../../src/core/table/cell';
import type { TabTable } from '../../../src/core/table/columns';
import { toSheetTable } from '../../../src/core/table/sheet-table';

/** An order of the file at `row` (Order ID "#1000 + row", no customer details), changed by `fields`. */
export function incomingOrder(row: number, fields: Partial<IncomingOrder> = {}): IncomingOrder {
  return {
    row,
    orderId: `#${1000 + row}`,
    email: '',
    phone: '',
    name: '',
    company: '',
    consent: '',
    tags: '',
    date: new Date(Date.UTC(2024, 0, row)),
    amount: 10,
    currency: 'EUR',
    product: 'Candle',
    quantity: 1,
    status: 'paid',
    customerRef: '',
    ...fields,
  };
}

/** A tab of TAB_SPECS with its headers in `headers` order (default the spec's), rows given by header. */
export function tabTable<T extends TabCode>(
  code: T,
  rows: Array<Record<string, Cell>>,
  headers: readonly string[] = TAB_SPECS[code].columns.map((column) => column.header),
): TabTable<T> {
  return toSheetTable(TAB_SPECS[code].name, [
    [...headers],
    ...rows.map((row) => headers.map((header) => row[header] ?? '')),
  ]);
}
