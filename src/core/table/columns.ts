// The header of every column of every tab, by tab and field code, so a misspelt column fails to compile.
import type { ColumnSpec } from '../model/tab-spec';
import { TAB_SPECS, type TabCode } from '../model/tab-specs';
import type { SheetTable } from './sheet-table';

type SpecColumns<T extends TabCode> = (typeof TAB_SPECS)[T]['columns'][number];

/** The header text of each column of tab `T`, by field (`'orderId'` → `'Order ID'`). */
export type TabColumns<T extends TabCode> = { readonly [C in SpecColumns<T> as C['field']]: C['header'] };

/** A header of tab `T`; with no argument, a header of any tab. */
export type Header<T extends TabCode = TabCode> = SpecColumns<T>['header'];

/** The title of a tab of product.md section 2 (`'Customers'`, `'Follow-ups'`, …). */
export type TabName = (typeof TAB_SPECS)[TabCode]['name'];

/** The headers of the tab titled `N`. */
export type HeaderOfTab<N extends string> = {
  [T in TabCode]: (typeof TAB_SPECS)[T]['name'] extends N ? Header<T> : never;
}[TabCode];

function columnsOf(columns: readonly ColumnSpec[]): Record<string, string> {
  return Object.fromEntries(columns.map((column) => [column.field, column.header]));
}

/**
 * Every header by tab and field, derived from TAB_SPECS: `COLUMNS.orders.orderId` is `'Order ID'`.
 * Code reads cells through these names instead of typing header text, which a typo would turn into
 * a silent read of ''.
 */
export const COLUMNS = Object.fromEntries(
  (Object.keys(TAB_SPECS) as TabCode[]).map((code) => [code, columnsOf(TAB_SPECS[code].columns)]),
) as unknown as { readonly [T in TabCode]: TabColumns<T> };

/** A table of tab `T` of TAB_SPECS: cells may be asked for by that tab's headers only. */
export type TabTable<T extends TabCode> = SheetTable<Header<T>>;

const HEADER_SETS = new Map<TabCode, ReadonlySet<string>>();

/** True when `text` is exactly a header of tab `code`, so keys built at run time can be typed. */
export function isHeaderOf<T extends TabCode>(code: T, text: string): text is Header<T> {
  let headers = HEADER_SETS.get(code);
  if (!headers) {
    headers = new Set(TAB_SPECS[code].columns.map((column) => column.header));
    HEADER_SETS.set(code, headers);
  }
  return headers.has(text);
}
