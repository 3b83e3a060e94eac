// Set up: creates every missing tab and owned column of the workbook without touching existing data.
import { headerIndex, headerKey } from './header-key';
import { appendLog } from './log';
import type { Ports, Workbook } from './ports';
import { type ColumnLayout, TAB, TAB_LAYOUTS, type TabLayout } from './tab-layouts';

const LOCK_MS = 30_000;

/** What Set up changed; an empty report means the workbook was already complete. */
export interface SetupReport {
  createdTabs: string[];
  /** Columns added on the right of tabs that existed, per tab. */
  addedColumns: Array<{ tab: string; headers: string[] }>;
}

/** Formats and validates columns `first…` of a tab from their layouts (new columns only). */
function dressColumns(workbook: Workbook, tab: string, first: number, columns: ColumnLayout[]): void {
  columns.forEach((column, i) => {
    if (column.numberFormat) workbook.formatColumn(tab, first + i, column.numberFormat);
    if (column.validation) workbook.validateColumn(tab, first + i, column.validation);
  });
}

/** Lays out one tab: a whole new one, or the missing columns of an existing one. */
function setUpTab(workbook: Workbook, layout: TabLayout, existing: Set<string>, report: SetupReport): void {
  if (!existing.has(layout.name)) {
    workbook.createTab(layout.name);
    report.createdTabs.push(layout.name);
  }
  const header = workbook.readHeader(layout.name);
  const present = headerIndex(header);
  const missing = layout.columns.filter((column) => !present.has(headerKey(column.header)));
  if (missing.length === 0) return;
  const first = header.length + 1;
  workbook.writeBlock(layout.name, 1, first, [missing.map((column) => column.header)]);
  dressColumns(workbook, layout.name, first, missing);
  if (header.length === 0) {
    workbook.freezeRows(layout.name, 1);
    if (layout.hidden) workbook.hideTab(layout.name);
  }
  if (existing.has(layout.name)) {
    report.addedColumns.push({ tab: layout.name, headers: missing.map((column) => column.header) });
  }
}

/**
 * Creates every tab of product.md section 2 that is missing (headers, frozen header row, number
 * and date formats, data validation) and adds the missing columns of existing tabs on their right.
 * Idempotent: it never rewrites a header, a value, a format or a rule that is already there, and a
 * second run changes nothing. Headers are matched ignoring case, spaces and punctuation. Runs
 * under the document lock and writes a Log row when it changed something.
 */
export function setup(
  ports: Pick<Ports, 'workbook' | 'lock' | 'clock'>,
  layouts: TabLayout[] = TAB_LAYOUTS,
): SetupReport {
  return ports.lock.withLock(LOCK_MS, () => {
    const { workbook } = ports;
    const report: SetupReport = { createdTabs: [], addedColumns: [] };
    const existing = new Set(workbook.tabNames());
    for (const layout of layouts) setUpTab(workbook, layout, existing, report);
    const added = report.addedColumns.reduce((sum, tab) => sum + tab.headers.length, 0);
    if (report.createdTabs.length + added > 0 && layouts.some((layout) => layout.name === TAB.log)) {
      appendLog(workbook, ports.clock, {
        action: 'setup',
        result: 'ok',
        counts: { 'tabs created': report.createdTabs.length, 'columns added': added },
        details: [
          report.createdTabs.length ? `created ${report.createdTabs.join(', ')}` : '',
          ...report.addedColumns.map((tab) => `added to ${tab.tab}: ${tab.headers.join(', ')}`),
        ]
          .filter(Boolean)
          .join('; '),
      });
    }
    return report;
  });
}
