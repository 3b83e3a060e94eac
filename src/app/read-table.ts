// Reads a whole tab once into a SheetTable, typed by the tab's headers when TAB_SPECS defines it.
import type { HeaderOfTab, TabName } from '../core/table/columns';
import { type SheetTable, toSheetTable } from '../core/table/sheet-table';
import type { Workbook } from './ports';

/** Reads a whole tab with one getValues. A missing tab gives an empty table. */
export function readTable<N extends TabName>(workbook: Workbook, tab: N): SheetTable<HeaderOfTab<N>>;
export function readTable(workbook: Workbook, tab: string): SheetTable;
export function readTable(workbook: Workbook, tab: string): SheetTable {
  return toSheetTable(tab, workbook.readTab(tab));
}
