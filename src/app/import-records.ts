// Import of parsed records: matches customers across channels, merges them, appends new orders and surveys.

import type { IncomingOrder, IncomingSurvey } from '../core/import/incoming-records';
import { ORDER_KEY, OrdersInTab } from '../core/import/orders-in-tab';
import { ordersRow } from '../core/import/orders-row';
import {
  type OrderPlacementContext,
  type OrderUpdate,
  placeIncomingOrder,
} from '../core/import/place-incoming-order';
import { SurveysInTab } from '../core/import/surveys-in-tab';
import { TAB_SPECS } from '../core/model/tab-specs';
import { duplicateOrderIds } from '../core/orders/duplicate-order-ids';
import { COLUMNS, type TabTable } from '../core/table/columns';
import { columnOf, keyText, rowKey, type SheetTable } from '../core/table/sheet-table';
import { CustomerBook, type MatchingOptions, type MergeSuggestion } from './customer-book';
import { findOrphanOrders } from './find-orphan-orders';
import { changesSomething, type ImportChanges } from './import-changes';
import { importLogEntry, type UpdateTally } from './import-log-entry';
import { importResumesAt, saveImportProgress } from './import-progress';
import { importSnapshot, mergeImportSnapshots } from './import-snapshot';
import { appendLog, type Rejection } from './log';
import type { Ports, Workbook } from './ports';
import { readTable } from './read-table';
import { loadSnapshot, saveSnapshot } from './snapshot';
import { TAB } from './tab-layouts';
import type { UndoOperation } from './undo-operation';
import { writeImportedCustomers } from './write-imported-customers';
import { writeOrderUpdates } from './write-order-updates';

export type { IncomingOrder, IncomingSurvey, MergeSuggestion };

/** What a preset made of a file. */
export interface ParsedImport {
  /** Channel written on customers and orders (shopify, stripe, woocommerce, forms, or the generic mapping's). */
  channel: string;
  orders: IncomingOrder[];
  surveys: IncomingSurvey[];
  /** Rows the preset could not read. */
  rejected: Rejection[];
  /** Identifies the file, so an interrupted import resumes only the same one. */
  fileKey: string;
  /** The file's name as the user chose it, for the Problems tab. */
  fileName?: string;
  /** Rows the preset left out on purpose (failed payments, a Totals line): noted in the Log, not errors. */
  skipped?: Rejection[];
  /** How the file was read, when it was not plainly (encoding, separator, decimal comma, date order): noted in the Log. */
  reading?: string[];
  /** Rows imported with a value dropped (an email that is not one): each listed in the Log. */
  warnings?: Rejection[];
}

export interface ImportOptions extends MatchingOptions {
  /** Time this execution may spend before it stops and saves where it got to (default 4.5 minutes). */
  budgetMs?: number;
  /** When the execution started (default: now). */
  startedAt?: Date;
}

/** What one execution of an import did. */
export interface ImportReport {
  channel: string;
  /** False when the time budget ran out: run the same import again to continue. */
  complete: boolean;
  processed: number;
  total: number;
  customersAdded: number;
  customersMerged: number;
  ordersAdded: number;
  ordersAlreadyThere: number;
  /**
   * Orders already there that the file shows changed since (refunded or cancelled, paid after
   * pending, partly refunded): their Status or Amount was updated. Each is listed in `updated`.
   */
  ordersUpdated: number;
  /** Per updated order, its file row and what changed ("#1002: Amount 28 → 18 (refunded since)"). */
  updated: Rejection[];
  /**
   * Orders whose key is already in Orders for another order (other customer, amount or date: a
   * second store numbering its orders the same): not imported, each with its file row and reason.
   */
  conflicts: Rejection[];
  surveysAdded: number;
  surveysAlreadyThere: number;
  rejected: Rejection[];
  suggestions: MergeSuggestion[];
  /** Orders rows whose Customer ID no customer holds (their customer was deleted): left unattached. */
  orphanOrders: Rejection[];
}

const LOCK_MS = 30_000;
const DEFAULT_BUDGET_MS = 270_000;
/** Records handled between two looks at the clock. */
const CHUNK = 500;
const CUSTOMER_KEY = TAB_SPECS.customers.key;

/** One record of the file: an order or a survey answer. */
type ImportRecord =
  | { order: IncomingOrder; survey?: undefined }
  | { order?: undefined; survey: IncomingSurvey };

/** One execution of an import: the file, the tabs as read, where each record went, and the report. */
interface ImportRun {
  parsed: ParsedImport;
  records: ImportRecord[];
  report: ImportReport;
  customers: TabTable<'customers'>;
  placing: OrderPlacementContext;
  surveysInTab: SurveysInTab | null;
  changes: ImportChanges;
  tally: UpdateTally;
}

/** A new report: rows the preset rejected are reported by the first execution only. */
function newReport(parsed: ParsedImport, total: number, start: number): ImportReport {
  return {
    channel: parsed.channel,
    complete: true,
    processed: 0,
    total,
    customersAdded: 0,
    customersMerged: 0,
    ordersAdded: 0,
    ordersAlreadyThere: 0,
    ordersUpdated: 0,
    updated: [],
    conflicts: [],
    surveysAdded: 0,
    surveysAlreadyThere: 0,
    rejected: start === 0 ? [...parsed.rejected] : [],
    suggestions: [],
    orphanOrders: [],
  };
}

/**
 * Reads Customers, Orders and (for a file of answers) Surveys once each. Throws when a tab is
 * missing, or a key column without which the import could not tell rows apart (customers without
 * IDs, orders of two channels with the same number taken for one); Set up adds them.
 */
function readImportTabs(workbook: Workbook, withSurveys: boolean) {
  const customers = readTable(workbook, TAB.customers);
  const orders = readTable(workbook, TAB.orders);
  const surveys = withSurveys ? readTable(workbook, TAB.surveys) : null;
  for (const table of [customers, orders, ...(surveys ? [surveys] : [])]) {
    if (table.header.length === 0) throw new Error(`The ${table.tab} tab is missing; run Set up first.`);
  }
  requireColumns(customers, CUSTOMER_KEY);
  requireColumns(orders, ORDER_KEY);
  return { customers, orders, surveys };
}

/** Throws when a tab lacks one of these columns: Set up adds a missing column on the right. */
function requireColumns<H extends string>(table: SheetTable<H>, headers: readonly NoInfer<H>[]): void {
  const missing = headers.filter((header) => columnOf(table, header) < 0);
  if (missing.length) {
    throw new Error(`The ${table.tab} tab has no ${missing.join(' or ')} column; run Set up to add it.`);
  }
}

/**
 * The Customers tab as the import matches people against it. Customer IDs are never issued twice:
 * the highest one ever issued is kept in the store, and the Customer IDs Orders rows name (of
 * customers deleted since) and the undo snapshot's are avoided too.
 */
function openCustomerBook(
  ports: Ports,
  customers: TabTable<'customers'>,
  orders: TabTable<'orders'>,
  options: MatchingOptions,
): CustomerBook {
  const orderCustomerColumn = columnOf(orders, COLUMNS.orders.customerId);
  return new CustomerBook(
    customers,
    { gmailDots: options.gmailDots, defaultCountry: options.defaultCountry },
    {
      store: ports.store,
      seen: [orderCustomerColumn < 0 ? [] : orders.rows.map((row) => row[orderCustomerColumn])],
      // The undo snapshot may hold a forgotten customer's ID; a damaged one names none to avoid.
      unmarked: () => {
        try {
          return loadSnapshot(ports.workbook);
        } catch {
          return null;
        }
      },
    },
  );
}

/** Reads the tabs and sets up an execution that starts at record `start`. */
function startRun(ports: Ports, parsed: ParsedImport, options: ImportOptions, start: number): ImportRun {
  const records: ImportRecord[] = [
    ...parsed.orders.map((order) => ({ order })),
    ...parsed.surveys.map((survey) => ({ survey })),
  ];
  const { customers, orders, surveys } = readImportTabs(ports.workbook, parsed.surveys.length > 0);
  const tab = new OrdersInTab(orders, customers);
  const updates = new Map<string, OrderUpdate>();
  return {
    parsed,
    records,
    report: newReport(parsed, records.length, start),
    customers,
    placing: {
      channel: parsed.channel,
      tab,
      fileIds: duplicateOrderIds({ quoted: false }),
      updated: updates,
    },
    surveysInTab: surveys ? new SurveysInTab(surveys) : null,
    changes: {
      book: openCustomerBook(ports, customers, orders, options),
      orders,
      surveys,
      updates,
      newOrders: [],
      addedOrderKeys: [],
      newSurveys: [],
      addedSurveyKeys: [],
    },
    tally: { refundedOrCancelled: 0, paidSince: 0, refundSince: 0 },
  };
}

/** Counts and lists an order the file shows changed since it was imported. */
function recordUpdate(run: ImportRun, row: number, update: OrderUpdate): void {
  run.changes.updates.set(update.key, update);
  run.report.ordersUpdated++;
  if (update.status === 'paid') run.tally.paidSince++;
  else if (update.status !== null) run.tally.refundedOrCancelled++;
  if (update.amount !== null) run.tally.refundSince++;
  run.report.updated.push({ row, reason: update.reason });
}

/** Places one record: counted, listed or kept in `fresh`, the new orders of the chunk. */
function placeRecord(run: ImportRun, record: ImportRecord, fresh: Array<{ order: IncomingOrder }>): void {
  const { report } = run;
  if (record.order) {
    const order = record.order;
    const placed = placeIncomingOrder(order, run.placing);
    if ('rejected' in placed) report.rejected.push({ row: order.row, reason: placed.rejected });
    else if ('conflict' in placed) report.conflicts.push({ row: order.row, reason: placed.conflict });
    else if ('alreadyThere' in placed) report.ordersAlreadyThere++;
    else if ('update' in placed) recordUpdate(run, order.row, placed.update);
    else fresh.push({ order });
  } else if (run.surveysInTab) {
    const placed = run.surveysInTab.place(record.survey);
    if ('rejected' in placed) report.rejected.push({ row: record.survey.row, reason: placed.rejected });
    else if ('alreadyThere' in placed) report.surveysAlreadyThere++;
    else {
      run.changes.newSurveys.push(placed.add);
      run.changes.addedSurveyKeys.push(placed.key);
      report.surveysAdded++;
    }
  }
}

/**
 * The new orders of a chunk: their customers are matched together (an order naming a Customer ID
 * goes to that customer as it is), then their Orders rows are built.
 */
function addNewOrders(run: ImportRun, fresh: ReadonlyArray<{ order: IncomingOrder }>): void {
  const { channel } = run.parsed;
  const { book, orders, newOrders, addedOrderKeys } = run.changes;
  const ids = book.resolve(
    fresh
      .filter(({ order }) => !keyText(order.customerId ?? ''))
      .map(({ order }) => ({
        who: order,
        channel,
        date: order.date,
        source: `${channel} order ${String(order.orderId ?? '').trim()}`,
      })),
  );
  let matched = 0;
  for (const { order } of fresh) {
    const row = ordersRow(orders, order, keyText(order.customerId ?? '') || ids[matched++], channel);
    newOrders.push(row);
    addedOrderKeys.push(rowKey(orders, row, ORDER_KEY));
  }
  run.report.ordersAdded += fresh.length;
}

/**
 * Places the records from `start`, CHUNK at a time, until all are placed or `outOfTime` after a
 * chunk (the report then says incomplete). Returns the record the next execution starts from.
 */
function placeRecords(ports: Ports, run: ImportRun, start: number, outOfTime: () => boolean): number {
  const { records } = run;
  let next = start;
  while (next < records.length) {
    const end = Math.min(records.length, next + CHUNK);
    const fresh: Array<{ order: IncomingOrder }> = [];
    for (; next < end; next++) placeRecord(run, records[next], fresh);
    addNewOrders(run, fresh);
    ports.progress?.(next, records.length, 'import');
    if (next < records.length && outOfTime()) {
      run.report.complete = false;
      break;
    }
  }
  return next;
}

/** Completes the report with what matching did to Customers and the orders left without a customer. */
function countCustomers(run: ImportRun, processed: number): void {
  const { book, orders } = run.changes;
  run.report.processed = processed;
  run.report.customersMerged = book.merged.size;
  run.report.customersAdded = book.added;
  run.report.suggestions = book.suggestions;
  run.report.orphanOrders = findOrphanOrders(run.customers, orders);
}

/**
 * Saves the undo snapshot (merged into the earlier executions' of the same file), then writes the
 * customers, the new orders, the updated orders and the new answers. Returns how many merged
 * customers were deleted meanwhile (their merge is not written).
 */
function saveAndWrite(ports: Ports, run: ImportRun, start: number): number {
  const { workbook } = ports;
  const { changes } = run;
  const operation: UndoOperation = {
    kind: 'import',
    channel: run.parsed.channel,
    fileKey: run.parsed.fileKey,
  };
  const snapshot = importSnapshot(operation, ports.clock.now().toISOString(), changes);
  saveSnapshot(workbook, mergeImportSnapshots(start > 0 ? loadSnapshot(workbook) : null, snapshot));
  const gone = writeImportedCustomers(workbook, changes.book);
  if (changes.newOrders.length) workbook.appendRows(TAB.orders, changes.newOrders);
  if (changes.updates.size) writeOrderUpdates(workbook, changes.updates);
  if (changes.newSurveys.length) workbook.appendRows(TAB.surveys, changes.newSurveys);
  return gone;
}

/**
 * Imports parsed records under the document lock. An order naming a Customer ID (generic mapping)
 * goes to that customer, unchanged; one naming an ID no customer has is rejected. Other customers
 * are matched by normalised email, then
 * E.164 phone; a match is merged (values kept, conflicts written to Notes with their source, one
 * Log row per merge); a new customer gets the next Customer ID "C000123". Orders are keyed by
 * (Channel, Order ID) as orderKey compares them (a Channel typed by hand as "Shopify" is the
 * import's "shopify"), the Order ID being the export's unique identifier; an order imported
 * before under its order number (Shopify's "#1001", the key of earlier versions) is found by
 * that too. An order found again is the same one when customer, amount and date agree
 * (reimportChange): it is not added again, so importing a file twice adds nothing, and a refund,
 * cancellation or payment since updates its Status or Amount (counted, listed in the Log, undone
 * by Undo); when they disagree it is another order under the same key, reported as a conflict
 * with its row and not imported. Surveys with the same (Date, Email) are skipped. Bad rows are
 * skipped and reported with their row number (placeIncomingOrder, SurveysInTab). Text that would
 * start a formula is neutralised. A snapshot is saved first, so Undo reverts it.
 * When the time budget runs out the progress is saved in document properties and the next run of
 * the same file continues where this one stopped.
 */
export function importRecords(ports: Ports, parsed: ParsedImport, options: ImportOptions = {}): ImportReport {
  const startedAt = options.startedAt ?? ports.clock.now();
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const outOfTime = () => ports.clock.now().getTime() - startedAt.getTime() > budget;
  return ports.lock.withLock(LOCK_MS, () => {
    const start = importResumesAt(ports.store, parsed.fileKey);
    const run = startRun(ports, parsed, options, start);
    const next = placeRecords(ports, run, start, outOfTime);
    const { report, changes } = run;
    countCustomers(run, next - start);
    const changedSomething = changesSomething(changes);
    const gone = changedSomething ? saveAndWrite(ports, run, start) : 0;
    saveImportProgress(ports.store, report.complete ? null : { fileKey: parsed.fileKey, next });
    const execution = { start, next, changedSomething, gone, tally: run.tally };
    appendLog(
      ports.workbook,
      ports.clock,
      ...changes.book.mergeLog,
      importLogEntry(report, parsed, execution),
    );
    return report;
  });
}
