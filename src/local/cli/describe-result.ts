// Human-readable text of each command's result (the --json output is the result itself).
import type { ForgetReport } from '../../app/forget-customer';
import type { CsvImportReport } from '../../app/import';
import type { RefreshReport } from '../../app/refresh';
import type { SetupReport } from '../../app/setup';
import type { UndoReport } from '../../app/undo';

/** How many entries of a long list the text output shows; the Log and --json have them all. */
const SHOWN = 20;

/** A titled list of rows with their reasons, cut after `limit`. */
function lines(list: Array<{ row: number; reason: string }>, title: string, limit = SHOWN): string[] {
  if (list.length === 0) return [];
  const shown = list.slice(0, limit).map((r) => `  row ${r.row}: ${r.reason}`);
  if (list.length > limit) shown.push(`  … and ${list.length - limit} more (see the Log tab)`);
  return [`${title} (${list.length}):`, ...shown];
}

/** What Set up created. */
export function describeSetup(report: SetupReport): string {
  if (report.createdTabs.length === 0 && report.addedColumns.length === 0 && !report.addedSettings.length) {
    return 'Every tab and column is already there; nothing changed.';
  }
  return [
    report.createdTabs.length ? `Created tabs: ${report.createdTabs.join(', ')}.` : '',
    ...report.addedColumns.map((tab) => `Added to ${tab.tab}: ${tab.headers.join(', ')}.`),
    report.addedSettings.length ? `Added settings: ${report.addedSettings.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Counts of an import, its rejected and skipped rows and the merges it only suggests. */
export function describeImport(report: CsvImportReport, executions: number): string {
  return [
    `Imported ${report.preset} (${report.total} records in ${executions} execution${executions === 1 ? '' : 's'}):`,
    `  customers added ${report.customersAdded}, merged ${report.customersMerged}`,
    `  orders added ${report.ordersAdded}, already there ${report.ordersAlreadyThere}`,
    ...(report.ordersUpdated
      ? [`  orders changed since, Status or Amount updated: ${report.ordersUpdated}`]
      : []),
    ...(report.surveysAdded + report.surveysAlreadyThere > 0
      ? [`  surveys added ${report.surveysAdded}, already there ${report.surveysAlreadyThere}`]
      : []),
    ...(report.reading?.notes.length
      ? ['File read:', ...report.reading.notes.map((note) => `  ${note}`)]
      : []),
    ...lines(report.conflicts, 'Conflicts: another order under the same Order ID, not imported'),
    ...lines(report.rejected, 'Rejected rows'),
    ...lines(report.skipped, 'Left out on purpose'),
    ...lines(report.warnings, 'Imported with a value left out'),
    ...lines(report.updated, 'Updated'),
    ...lines(report.orphanOrders, 'Orders whose Customer ID is not in Customers, left unattached'),
    ...(report.suggestions.length
      ? [
          `Possible duplicates to check, not merged (${report.suggestions.length}):`,
          ...report.suggestions.slice(0, SHOWN).map((s) => `  ${s.customerId} ~ ${s.similarTo}: ${s.reason}`),
          ...(report.suggestions.length > SHOWN
            ? [`  … and ${report.suggestions.length - SHOWN} more (--json lists them all)`]
            : []),
        ]
      : []),
  ].join('\n');
}

/** Counts of a refresh, the orders left out and the Dashboard KPIs. */
export function describeRefresh(report: RefreshReport): string {
  return [
    `Refreshed ${report.written} customers from ${report.ordersUsed} orders (${report.baseCurrency || 'no currency'}).`,
    ...(report.young ? ['Little data yet: the fit is regularised and the estimates are rough.'] : []),
    ...(report.unmatched
      ? [`${report.unmatched} rows without computed values (see their "Updated at").`]
      : []),
    ...lines(report.ordersLeftOut, 'Orders left out'),
    ...lines(report.orphanOrders, 'Of these, orders whose Customer ID is not in Customers'),
    'Dashboard:',
    ...report.kpis.map(
      (k) => `  ${k.kpi}: ${k.value === '' ? '—' : k.value}${k.note ? `  (${k.note})` : ''}`,
    ),
  ].join('\n');
}

/** What an undo restored, per tab. */
export function describeUndo(report: UndoReport): string {
  return [
    `Undid ${report.description}:`,
    ...report.tabs.map(
      (t) =>
        `  ${t.tab}: ${t.restored} rows restored, ${t.removed} removed, ${t.putBack} put back` +
        (t.notFound ? `, ${t.notFound} not found (changed since, left as they are)` : '') +
        (t.leftAlone ? `, ${t.leftAlone} cells left as you edited them since` : '') +
        (t.kept ? `, ${t.kept} added rows kept because you edited them since` : ''),
    ),
  ].join('\n');
}

/** What a forget anonymised, per tab (no personal data). */
export function describeForget(report: ForgetReport): string {
  return [
    `Forgotten: their rows now refer to ${report.anonymousId}.`,
    ...Object.entries(report.tabs).map(([tab, rows]) => `  ${tab}: ${rows} rows anonymised`),
    report.undoable ? 'Undo can restore them until the next bulk operation.' : 'No copy was kept.',
  ].join('\n');
}
