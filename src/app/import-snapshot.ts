// The undo snapshot of an import: the cells a merge or an update changes and the rows it appends.
import { ORDER_KEY } from '../core/import/orders-in-tab';
import { SURVEY_KEY } from '../core/import/surveys-in-tab';
import { TAB_SPECS } from '../core/model/tab-specs';
import type { Cell } from '../core/table/cell';
import { COLUMNS } from '../core/table/columns';
import { cellOf, columnOf, rowKey, type SheetTable } from '../core/table/sheet-table';
import { MERGE_HEADERS } from './customer-book';
import { fingerprintHeaders, fingerprintRow } from './fingerprint-rows';
import type { ImportChanges } from './import-changes';
import type { RowsSnapshot, Snapshot } from './snapshot';
import { TAB } from './tab-layouts';
import { operationText, type UndoOperation } from './undo-operation';

const CUSTOMER_KEY = TAB_SPECS.customers.key;

/** The fingerprints of appended rows as written, so Undo keeps one the user edits afterwards. */
function appendedPrints(
  table: SheetTable,
  rows: readonly Cell[][],
): { addedHeaders: string[]; addedPrints: string[] } {
  const addedHeaders = fingerprintHeaders(table);
  return { addedHeaders, addedPrints: rows.map((row) => fingerprintRow(table, row, addedHeaders)) };
}

/** Customers: only what a merge may change, before and after, and the customers added. */
function customersPart({ book }: ImportChanges): RowsSnapshot {
  const customers = book.table;
  const mergeHeaders = MERGE_HEADERS.filter((header) => columnOf(customers, header) >= 0);
  const added = customers.rows.slice(book.firstNew);
  return {
    kind: 'rows',
    tab: TAB.customers,
    keyHeaders: CUSTOMER_KEY,
    // Only what a merge may change, so Undo keeps what the user edits elsewhere in those rows later.
    headers: mergeHeaders,
    before: [...book.merged.values()].map((before) => [
      rowKey(customers, before, CUSTOMER_KEY),
      mergeHeaders.map((header) => cellOf(customers, before, header)),
    ]),
    // The same cells as the merge leaves them: Undo restores only those it changed and the user did not.
    after: [...book.merged].map(([at, before]) => [
      rowKey(customers, before, CUSTOMER_KEY),
      mergeHeaders.map((header) => cellOf(customers, customers.rows[at], header)),
    ]),
    added: added.map((row) => rowKey(customers, row, CUSTOMER_KEY)),
    ...appendedPrints(customers, added),
  };
}

/** Orders: Status and Amount of the orders updated, before and after, and the orders appended. */
function ordersPart({ orders, updates, newOrders, addedOrderKeys }: ImportChanges): RowsSnapshot {
  const updated = [...updates.values()];
  return {
    kind: 'rows',
    tab: TAB.orders,
    keyHeaders: ORDER_KEY,
    // Undo puts the old Status and Amount back where the cells still hold what the import wrote.
    headers: [COLUMNS.orders.status, COLUMNS.orders.amount],
    before: updated.map((update) => [update.sheetKey, [...update.before]]),
    after: updated.map((update) => [
      update.sheetKey,
      [update.status ?? update.before[0], update.amount ?? update.before[1]],
    ]),
    added: addedOrderKeys,
    ...appendedPrints(orders, newOrders),
  };
}

/** Surveys: the answers appended. */
function surveysPart(surveys: SheetTable, { newSurveys, addedSurveyKeys }: ImportChanges): RowsSnapshot {
  return {
    kind: 'rows',
    tab: TAB.surveys,
    keyHeaders: SURVEY_KEY,
    headers: [],
    before: [],
    added: addedSurveyKeys,
    ...appendedPrints(surveys, newSurveys),
  };
}

/** The snapshot of what this execution of an import changes, saved before it writes. */
export function importSnapshot(operation: UndoOperation, takenAt: string, changes: ImportChanges): Snapshot {
  const { surveys } = changes;
  return {
    operation,
    takenAt,
    parts: [customersPart(changes), ordersPart(changes), ...(surveys ? [surveysPart(surveys, changes)] : [])],
  };
}

/** Merges this execution's snapshot into the one of the same import's earlier executions. */
export function mergeImportSnapshots(previous: Snapshot | null, next: Snapshot): Snapshot {
  if (!previous || operationText(previous.operation) !== operationText(next.operation)) return next;
  const parts = previous.parts.map((part) => {
    const more = next.parts.find((p) => p.tab === part.tab) as RowsSnapshot | undefined;
    if (part.kind !== 'rows' || !more) return part;
    const known = new Set(part.before.map(([key]) => key));
    const added = new Set(part.added);
    // What this execution wrote is what the cells hold now: the latest "after" of a key wins.
    const after = new Map([...(part.after ?? []), ...(more.after ?? [])]);
    // A row an earlier execution added and this one changed no longer has its first fingerprint.
    const changedAgain = new Set(more.before.map(([key]) => key));
    const sameHeaders = JSON.stringify(part.addedHeaders ?? []) === JSON.stringify(more.addedHeaders ?? []);
    return {
      ...part,
      before: [...part.before, ...more.before.filter(([key]) => !known.has(key) && !added.has(key))],
      after: part.after || more.after ? [...after] : undefined,
      added: [...part.added, ...more.added],
      addedPrints: [
        ...part.added.map((key, i) =>
          sameHeaders && !changedAgain.has(key) ? (part.addedPrints?.[i] ?? '') : '',
        ),
        ...more.added.map((_key, i) => more.addedPrints?.[i] ?? ''),
      ],
      addedHeaders: more.addedHeaders,
    };
  });
  return { ...previous, parts };
}
