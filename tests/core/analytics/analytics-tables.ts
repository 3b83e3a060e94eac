// Builds frozen tables of the CRM's tabs for the analytics tests, rows given as header → value.

import type { Transaction } from '../../../src/core/analytics/read-transactions';
import { readSettings } from '../../../src/core/model/read-settings';
import type { Settings } from '../../../src/core/model/settings';
import { TAB_SPECS, type TabCode } from '../../../src/core/model/tab-specs';
import type { Cell } from '../../../src/core/table/cell';
import type { Header, TabTable } from '../../../src/core/table/columns';
import { toSheetTable } from '../../../src/core/table/sheet-table';

/** A midnight UTC date. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The day number of a UTC date (days since 1970-01-01). */
export const dayOf = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/** A frozen transaction of `amount` on the UTC date `iso`. */
export function bought(customerId: string, iso: string, amount: number, product = ''): Transaction {
  return Object.freeze({ customerId, day: dayOf(iso), amount, product, date: day(iso) });
}

/** A table of tab `code` with its spec's headers; the rows and the table are frozen, so a write throws. */
export function table<T extends TabCode>(
  code: T,
  rows: ReadonlyArray<Partial<Record<Header<T>, Cell>>>,
): TabTable<T> {
  const header: Cell[] = TAB_SPECS[code].columns.map((column) => column.header);
  const values = [
    header,
    ...rows.map((row) => header.map((h) => (row as Record<string, Cell>)[String(h)] ?? '')),
  ];
  const built = toSheetTable<Header<T>>(TAB_SPECS[code].name, values);
  for (const row of built.rows) Object.freeze(row);
  Object.freeze(built.rows);
  Object.freeze(built.header);
  return Object.freeze(built);
}

/** The default settings with `rows` of the Settings tab (Key, Value) applied. */
export function settingsWith(rows: Array<[string, Cell]> = []): {
  settings: Settings;
  given: ReadonlySet<keyof Settings>;
} {
  const { settings, given } = readSettings([['Key', 'Value'], ...rows]);
  return { settings: Object.freeze(settings), given };
}

/** The tables' cells as text (dates as ISO), to show after a call that nothing changed them. */
export function contentOf(...tables: ReadonlyArray<{ rows: Cell[][] }>): string {
  return JSON.stringify(tables.map((t) => t.rows));
}
