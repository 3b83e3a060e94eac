// Import of parsed records: matches customers across channels, merges them, appends new orders and surveys.

import { neutralizeFormula } from '../core/clean/neutralize-formula';
import { normalizeEmail } from '../core/clean/normalize-email';
import type { IncomingOrder, IncomingSurvey } from '../core/import/incoming-records';
import { type OrderThere, reimportChange } from '../core/import/reimport-change';
import { TAB_SPECS } from '../core/model/tab-specs';
import { COLUMNS } from '../core/table/columns';
import { headerIndex } from '../core/table/header-index';
import { isValidDate } from '../core/table/is-valid-date';
import { cellOf, columnOf, keyText, padRow, rowKey, type SheetTable } from '../core/table/sheet-table';
import { CustomerBook, type MatchingOptions, MERGE_HEADERS, type MergeSuggestion } from './customer-book';
import { findOrphanOrders } from './find-orphan-orders';
import { fingerprintHeaders, fingerprintRow } from './fingerprint-rows';
import { readImportProgress, saveImportProgress } from './import-progress';
import { appendLog, type Rejection } from './log';
import type { Cell, Ports, Workbook } from './ports';
import { readTable } from './read-table';
import { loadSnapshot, type RowsSnapshot, type Snapshot, saveSnapshot } from './snapshot';
import { summarise } from './summarise';
import { TAB } from './tab-layouts';
import { operationText, type UndoOperation } from './undo-operation';
import { writeChangedCells } from './write-changed-cells';

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
/** Amounts beyond this are typos or overflowed cells ("huge numbers"), not orders. */
const MAX_AMOUNT = 1e9;

/** Imported text as Sheets must store it: a leading = + - @ cannot start a formula. */
function neutral(value: string): string {
  return String(neutralizeFormula(value));
}

const ORDER_KEY = TAB_SPECS.orders.key;
const SURVEY_KEY = [COLUMNS.surveys.date, COLUMNS.surveys.email] as const;
const CUSTOMER_KEY = TAB_SPECS.customers.key;

function text(value: unknown): string {
  return String(value ?? '').trim();
}

function setCell(table: SheetTable, row: Cell[], header: string, value: Cell): void {
  const column = columnOf(table, header);
  if (column >= 0) row[column] = value;
}

/** Why an order cannot be imported, or '' when it can. */
function orderProblem(order: IncomingOrder): string {
  const id = text(order.orderId);
  if (!id) return 'missing Order ID';
  if (/^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|ERROR!|NULL!)$/i.test(id))
    return `Order ID is an error value (${id})`;
  if (!isValidDate(order.date)) return 'date is missing or not a valid date';
  if (typeof order.amount !== 'number' || !Number.isFinite(order.amount)) return 'amount is not a number';
  if (Math.abs(order.amount) >= MAX_AMOUNT) return `amount ${order.amount} is too large to be an order`;
  if (!Number.isFinite(order.quantity) || order.quantity < 0) return 'quantity is negative or not a number';
  if (!text(order.email) && !text(order.phone) && !text(order.name) && !text(order.customerId))
    return 'no email, phone or name to find the customer';
  return '';
}

/** Builds an Orders row in the tab's own column order. */
function orderRow(orders: SheetTable, order: IncomingOrder, customerId: string, channel: string): Cell[] {
  const row = padRow([], orders.header.length);
  setCell(orders, row, 'Order ID', neutral(text(order.orderId)));
  setCell(orders, row, 'Customer ID', customerId);
  setCell(orders, row, 'Email', neutral(text(order.email)));
  setCell(orders, row, 'Date', order.date);
  setCell(orders, row, 'Amount', order.amount);
  setCell(orders, row, 'Currency', neutral(text(order.currency).toUpperCase()));
  setCell(orders, row, 'Product', neutral(text(order.product)));
  setCell(orders, row, 'Quantity', order.quantity);
  setCell(orders, row, 'Channel', channel);
  setCell(orders, row, 'Status', neutral(text(order.status)));
  return row;
}

function surveyRow(surveys: SheetTable, survey: IncomingSurvey): Cell[] {
  const row = padRow([], surveys.header.length);
  setCell(surveys, row, 'Date', survey.date);
  setCell(surveys, row, 'Email', neutral(text(survey.email)));
  setCell(surveys, row, 'NPS', survey.nps);
  setCell(surveys, row, 'CSAT', survey.csat);
  setCell(surveys, row, 'Comment', neutral(text(survey.comment)));
  return row;
}

function surveyProblem(survey: IncomingSurvey): string {
  if (!isValidDate(survey.date)) return 'timestamp is missing or not a valid date';
  if (!normalizeEmail(survey.email)) return 'no valid email address';
  if (survey.nps !== '' && !(Number.isInteger(survey.nps) && survey.nps >= 0 && survey.nps <= 10)) {
    return 'NPS is not a whole number from 0 to 10';
  }
  if (survey.csat !== '' && !(Number.isInteger(survey.csat) && survey.csat >= 1 && survey.csat <= 5)) {
    return 'CSAT is not a whole number from 1 to 5';
  }
  return '';
}

/**
 * Writes changed and new customers. The user may sort, insert, delete or edit Customers rows while
 * the import runs (their edits take no lock), so merged rows are found again by Customer ID in a
 * fresh read of that column, and only the cells the merge changed are put on the row as it is now:
 * the user's other edits stay. One re-read of the key column and of the span of merged rows, one
 * write per changed column run, one append. Returns how many merged customers were no longer there
 * (deleted meanwhile), whose changes are left out.
 */
function writeCustomers(workbook: Workbook, work: CustomerBook): number {
  const table = work.table;
  const width = table.header.length;
  let gone = 0;
  if (work.merged.size > 0) {
    const idColumn = columnOf(table, 'Customer ID');
    const at = new Map<string, number>();
    workbook.readColumn(TAB.customers, idColumn + 1, 2).forEach((cell, i) => {
      const id = keyText(cell);
      if (id && !at.has(id)) at.set(id, i);
    });
    const targets: Array<{ at: number; before: Cell[]; after: Cell[] }> = [];
    for (const [i, before] of work.merged) {
      const now = at.get(keyText(before[idColumn] ?? ''));
      if (now === undefined) gone++;
      else targets.push({ at: now, before, after: padRow(table.rows[i], width) });
    }
    if (targets.length) {
      const first = Math.min(...targets.map((t) => t.at));
      const last = Math.max(...targets.map((t) => t.at));
      const fresh = workbook.readBlock(TAB.customers, first + 2, 1, last - first + 1, width);
      const next = fresh.map((row) => row.slice());
      for (const target of targets) {
        const row = next[target.at - first];
        target.after.forEach((cell, c) => {
          if (keyText(cell) !== keyText(target.before[c] ?? '')) row[c] = cell;
        });
      }
      // Only the merged columns are written, so formulas in the user's other columns stay.
      writeChangedCells(workbook, TAB.customers, first + 2, fresh, next);
    }
  }
  const added = table.rows.slice(work.firstNew);
  if (added.length) workbook.appendRows(TAB.customers, added);
  return gone;
}

/** A change to an order already in Orders: the new Status and Amount (null: kept), and the cells before. */
interface OrderChange {
  status: string | null;
  amount: number | null;
  before: [Cell, Cell];
}

/**
 * Writes the new Status and Amount of orders found again by (Channel, Order ID) in the tab as it
 * is now (the user may have sorted or added rows since it was read): the two key columns and each
 * changed column read once, and one block per changed column, from the first to the last changed
 * row, the rows between keeping what they hold.
 */
function writeOrderChanges(workbook: Workbook, changes: ReadonlyMap<string, OrderChange>): void {
  const index = headerIndex(workbook.readHeader(TAB.orders));
  const channelColumn = index.get('channel');
  const idColumn = index.get('orderid');
  if (channelColumn === undefined || idColumn === undefined) return;
  const channels = workbook.readColumn(TAB.orders, channelColumn + 1, 2);
  const ids = workbook.readColumn(TAB.orders, idColumn + 1, 2);
  const keys = ids.map((id, i) => `${keyText(channels[i] ?? '')}\u241f${keyText(id ?? '')}`);
  for (const [field, header] of [
    ['status', 'status'],
    ['amount', 'amount'],
  ] as const) {
    const column = index.get(header);
    if (column === undefined || ![...changes.values()].some((change) => change[field] !== null)) continue;
    const cells = workbook.readColumn(TAB.orders, column + 1, 2);
    let top = Number.POSITIVE_INFINITY;
    let bottom = -1;
    const next = cells.map((cell, i) => {
      const after = changes.get(keys[i])?.[field] ?? null;
      if (after === null) return cell;
      top = Math.min(top, i);
      bottom = Math.max(bottom, i);
      return after;
    });
    if (bottom < 0) continue;
    workbook.writeBlock(
      TAB.orders,
      2 + top,
      column + 1,
      next.slice(top, bottom + 1).map((cell) => [cell]),
    );
  }
}

/** The number people know an order by, for the Log: "#1001", else its Order ID. */
function orderName(order: IncomingOrder): string {
  return text(order.orderNumber) || text(order.orderId);
}

/** How many distinct rows a list names: a row with two problems counts once. */
function rowCount(rows: readonly Rejection[]): number {
  return new Set(rows.map((r) => r.row)).size;
}

/** The fingerprints of appended rows as written, so Undo keeps one the user edits afterwards. */
function appendedPrints(
  table: SheetTable,
  rows: readonly Cell[][],
): { addedHeaders: string[]; addedPrints: string[] } {
  const addedHeaders = fingerprintHeaders(table);
  return { addedHeaders, addedPrints: rows.map((row) => fingerprintRow(table, row, addedHeaders)) };
}

/** Merges this execution's snapshot into the one of the same import's earlier executions. */
function importSnapshot(previous: Snapshot | null, operation: UndoOperation, next: Snapshot): Snapshot {
  if (!previous || operationText(previous.operation) !== operationText(operation)) return next;
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

/**
 * Imports parsed records under the document lock. An order naming a Customer ID (generic mapping)
 * goes to that customer, unchanged; one naming an ID no customer has is rejected. Other customers
 * are matched by normalised email, then
 * E.164 phone; a match is merged (values kept, conflicts written to Notes with their source, one
 * Log row per merge); a new customer gets the next Customer ID "C000123". Orders are keyed by
 * (Channel, Order ID), the Order ID being the export's unique identifier; an order imported
 * before under its order number (Shopify's "#1001", the key of earlier versions) is found by
 * that too. An order found again is the same one when customer, amount and date agree
 * (reimportChange): it is not added again, so importing a file twice adds nothing, and a refund,
 * cancellation or payment since updates its Status or Amount (counted, listed in the Log, undone
 * by Undo); when they disagree it is another order under the same key, reported as a conflict
 * with its row and not imported. Surveys with the same (Date, Email) are skipped. Bad rows are
 * skipped and reported with their row number. Text that would start a formula is neutralised. A snapshot is saved first, so Undo reverts it.
 * When the time budget runs out the progress is saved in document properties and the next run of
 * the same file continues where this one stopped.
 */
export function importRecords(ports: Ports, parsed: ParsedImport, options: ImportOptions = {}): ImportReport {
  const startedAt = options.startedAt ?? ports.clock.now();
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  return ports.lock.withLock(LOCK_MS, () => {
    const { workbook, store } = ports;
    const progress = readImportProgress(store);
    const start = progress && progress.fileKey === parsed.fileKey ? progress.next : 0;
    const channel = parsed.channel;
    const records: Array<{ order?: IncomingOrder; survey?: IncomingSurvey }> = [
      ...parsed.orders.map((order) => ({ order })),
      ...parsed.surveys.map((survey) => ({ survey })),
    ];
    const report: ImportReport = {
      channel: parsed.channel,
      complete: true,
      processed: 0,
      total: records.length,
      customersAdded: 0,
      customersMerged: 0,
      ordersAdded: 0,
      ordersAlreadyThere: 0,
      ordersUpdated: 0,
      updated: [],
      conflicts: [],
      surveysAdded: 0,
      surveysAlreadyThere: 0,
      // Rows the preset rejected are reported by the first execution only.
      rejected: start === 0 ? [...parsed.rejected] : [],
      suggestions: [],
      orphanOrders: [],
    };

    const customers = readTable(workbook, TAB.customers);
    const orders = readTable(workbook, TAB.orders);
    const surveys = parsed.surveys.length ? readTable(workbook, TAB.surveys) : null;
    for (const table of [customers, orders, ...(surveys ? [surveys] : [])]) {
      if (table.header.length === 0) throw new Error(`The ${table.tab} tab is missing; run Set up first.`);
    }
    // Without these the import could not tell rows apart: customers without IDs, orders of two channels
    // with the same number taken for one. Set up adds a missing column on the right.
    for (const [table, headers] of [
      [customers, CUSTOMER_KEY],
      [orders, ORDER_KEY],
    ] as const) {
      const missing = headers.filter((header) => columnOf(table, header) < 0);
      if (missing.length) {
        throw new Error(`The ${table.tab} tab has no ${missing.join(' or ')} column; run Set up to add it.`);
      }
    }
    const orderCustomerColumn = columnOf(orders, 'Customer ID');
    const work = new CustomerBook(
      customers,
      { gmailDots: options.gmailDots, defaultCountry: options.defaultCountry },
      {
        store,
        seen: [orderCustomerColumn < 0 ? [] : orders.rows.map((row) => row[orderCustomerColumn])],
        // The undo snapshot may hold a forgotten customer's ID; a damaged one names none to avoid.
        unmarked: () => {
          try {
            return loadSnapshot(workbook);
          } catch {
            return null;
          }
        },
      },
    );
    // Orders already in the tab by key (the first row of a key), to compare what the file says of them.
    const sheetOrders = new Map<string, { row: Cell[]; at: number }>();
    orders.rows.forEach((row, i) => {
      const key = rowKey(orders, row, ORDER_KEY);
      if (!sheetOrders.has(key)) sheetOrders.set(key, { row, at: i + 2 });
    });
    // Customers by ID: an order found again names its customer by ID, the file by email, phone or
    // name; an order naming a Customer ID (generic mapping) lands on that customer.
    const customerById = new Map<string, Cell[]>();
    for (const row of customers.rows) {
      const id = keyText(cellOf(customers, row, 'Customer ID'));
      if (id && !customerById.has(id)) customerById.set(id, row);
    }
    const thereOf = (row: Cell[]): OrderThere => {
      const customer = customerById.get(keyText(cellOf(orders, row, 'Customer ID')));
      const email = text(cellOf(orders, row, 'Email'));
      return {
        status: cellOf(orders, row, 'Status'),
        amount: cellOf(orders, row, 'Amount'),
        date: cellOf(orders, row, 'Date'),
        email: email || (customer ? text(cellOf(customers, customer, 'Email')) : ''),
        phone: customer ? text(cellOf(customers, customer, 'Phone')) : '',
        name: customer ? text(cellOf(customers, customer, 'Name')) : '',
      };
    };
    const keyOf = (orderId: string): string => {
      const probe = padRow([], orders.header.length);
      setCell(orders, probe, 'Channel', channel);
      setCell(orders, probe, 'Order ID', neutral(text(orderId)));
      return rowKey(orders, probe, ORDER_KEY);
    };
    const orderChanges = new Map<string, OrderChange>();
    let refundedOrCancelled = 0;
    let paidSince = 0;
    let refundSince = 0;
    const surveyKeys = new Set<string>();
    if (surveys)
      for (const row of surveys.rows) surveyKeys.add(rowKey(surveys, row, SURVEY_KEY).toLowerCase());
    const newOrders: Cell[][] = [];
    const newSurveys: Cell[][] = [];
    const addedOrderKeys: string[] = [];
    const addedSurveyKeys: string[] = [];
    const fileRow = new Map<string, number>();

    let next = start;
    while (next < records.length) {
      const end = Math.min(records.length, next + CHUNK);
      // New orders of this chunk: their customers are matched together, then the rows are built.
      const fresh: Array<{ order: IncomingOrder; key: string }> = [];
      for (; next < end; next++) {
        const { order, survey } = records[next];
        if (order) {
          const problem = orderProblem(order);
          if (problem) {
            report.rejected.push({ row: order.row, reason: problem });
            continue;
          }
          const named = keyText(order.customerId ?? '');
          if (named && !customerById.has(named)) {
            report.rejected.push({
              row: order.row,
              reason: `unknown Customer ID "${neutral(named)}": no customer in Customers has it, and an import never creates one from an ID`,
            });
            continue;
          }
          const key = keyOf(order.orderId);
          const firstSeen = fileRow.get(key);
          if (firstSeen !== undefined) {
            report.rejected.push({
              row: order.row,
              reason: `duplicate Order ID ${order.orderId} (first at row ${firstSeen})`,
            });
            continue;
          }
          fileRow.set(key, order.row);
          // Under its own key, else (rows of earlier versions) under its order number.
          const legacy = text(order.orderNumber) ? keyOf(order.orderNumber ?? '') : '';
          const thereKey = sheetOrders.has(key) ? key : legacy && sheetOrders.has(legacy) ? legacy : '';
          const there = thereKey ? sheetOrders.get(thereKey) : undefined;
          if (there) {
            const change = reimportChange(thereOf(there.row), { ...order, status: text(order.status) });
            if ('conflict' in change) {
              report.conflicts.push({
                row: order.row,
                reason: `order ${orderName(order)} conflicts with Orders row ${there.at} (${change.conflict}): not imported`,
              });
              continue;
            }
            if ((change.status === null && change.amount === null) || orderChanges.has(thereKey)) {
              report.ordersAlreadyThere++;
              continue;
            }
            const before: [Cell, Cell] = [
              cellOf(orders, there.row, 'Status'),
              cellOf(orders, there.row, 'Amount'),
            ];
            orderChanges.set(thereKey, { ...change, before });
            report.ordersUpdated++;
            const what: string[] = [];
            if (change.status !== null) {
              what.push(`Status ${text(before[0]) || '(blank)'} → ${change.status}`);
              if (change.status === 'paid') paidSince++;
              else refundedOrCancelled++;
            }
            if (change.amount !== null) {
              what.push(`Amount ${text(before[1])} → ${change.amount} (refunded since)`);
              refundSince++;
            }
            report.updated.push({ row: order.row, reason: `${orderName(order)}: ${what.join(', ')}` });
            continue;
          }
          fresh.push({ order, key });
        } else if (survey && surveys) {
          const problem = surveyProblem(survey);
          if (problem) {
            report.rejected.push({ row: survey.row, reason: problem });
            continue;
          }
          const row = surveyRow(surveys, survey);
          const key = rowKey(surveys, row, SURVEY_KEY).toLowerCase();
          if (surveyKeys.has(key)) {
            report.surveysAlreadyThere++;
            continue;
          }
          surveyKeys.add(key);
          newSurveys.push(row);
          addedSurveyKeys.push(rowKey(surveys, row, SURVEY_KEY));
          report.surveysAdded++;
        }
      }
      // Orders naming a Customer ID go to that customer as it is; the others are matched.
      const ids = work.resolve(
        fresh
          .filter(({ order }) => !keyText(order.customerId ?? ''))
          .map(({ order }) => ({
            who: order,
            channel,
            date: order.date,
            source: `${channel} order ${text(order.orderId)}`,
          })),
      );
      let matched = 0;
      for (const { order, key } of fresh) {
        const id = keyText(order.customerId ?? '') || ids[matched++];
        newOrders.push(orderRow(orders, order, id, channel));
        addedOrderKeys.push(key);
      }
      report.ordersAdded += fresh.length;
      ports.progress?.(next, records.length, 'import');
      if (next < records.length && ports.clock.now().getTime() - startedAt.getTime() > budget) {
        report.complete = false;
        break;
      }
    }
    report.processed = next - start;
    report.customersMerged = work.merged.size;
    report.customersAdded = work.added;
    report.suggestions = work.suggestions;
    report.orphanOrders = findOrphanOrders(customers, orders);

    const operation: UndoOperation = { kind: 'import', channel, fileKey: parsed.fileKey };
    let gone = 0;
    const changedSomething =
      newOrders.length + newSurveys.length + work.merged.size + report.customersAdded + orderChanges.size > 0;
    if (changedSomething) {
      const mergeHeaders = MERGE_HEADERS.filter((header) => columnOf(customers, header) >= 0);
      const snapshot: Snapshot = {
        operation,
        takenAt: ports.clock.now().toISOString(),
        parts: [
          {
            kind: 'rows',
            tab: TAB.customers,
            keyHeaders: CUSTOMER_KEY,
            // Only what a merge may change, so Undo keeps what the user edits elsewhere in those rows later.
            headers: mergeHeaders,
            before: [...work.merged.values()].map((before) => [
              rowKey(customers, before, CUSTOMER_KEY),
              mergeHeaders.map((header) => cellOf(customers, before, header)),
            ]),
            // The same cells as the merge leaves them: Undo restores only those it changed and the user did not.
            after: [...work.merged].map(([at, before]) => [
              rowKey(customers, before, CUSTOMER_KEY),
              mergeHeaders.map((header) => cellOf(customers, customers.rows[at], header)),
            ]),
            added: customers.rows.slice(work.firstNew).map((row) => rowKey(customers, row, CUSTOMER_KEY)),
            ...appendedPrints(customers, customers.rows.slice(work.firstNew)),
          },
          {
            kind: 'rows',
            tab: TAB.orders,
            keyHeaders: ORDER_KEY,
            // Status and Amount of orders the file reports changed since; Undo puts the old ones back
            // where the cells still hold what the import wrote.
            headers: ['Status', 'Amount'],
            before: [...orderChanges].map(([key, change]) => [key, [...change.before]]),
            after: [...orderChanges].map(([key, change]) => [
              key,
              [change.status ?? change.before[0], change.amount ?? change.before[1]],
            ]),
            added: addedOrderKeys,
            ...appendedPrints(orders, newOrders),
          },
          ...(surveys
            ? [
                {
                  kind: 'rows' as const,
                  tab: TAB.surveys,
                  keyHeaders: SURVEY_KEY,
                  headers: [],
                  before: [],
                  added: addedSurveyKeys,
                  ...appendedPrints(surveys, newSurveys),
                },
              ]
            : []),
        ],
      };
      const previous = start > 0 ? loadSnapshot(workbook) : null;
      saveSnapshot(workbook, importSnapshot(previous, operation, snapshot));
      gone = writeCustomers(workbook, work);
      if (newOrders.length) workbook.appendRows(TAB.orders, newOrders);
      if (orderChanges.size) writeOrderChanges(workbook, orderChanges);
      if (newSurveys.length && surveys) workbook.appendRows(TAB.surveys, newSurveys);
    }
    saveImportProgress(store, report.complete ? null : { fileKey: parsed.fileKey, next });

    const counts: Record<string, number> = {
      'customers added': report.customersAdded,
      'customers merged': report.customersMerged,
      'orders added': report.ordersAdded,
      'orders already there': report.ordersAlreadyThere,
    };
    if (refundedOrCancelled) counts['orders refunded or cancelled since'] = refundedOrCancelled;
    if (paidSince) counts['orders paid since'] = paidSince;
    if (refundSince) counts['orders partly refunded since'] = refundSince;
    if (report.conflicts.length) counts.conflicts = report.conflicts.length;
    if (parsed.surveys.length) {
      counts['surveys added'] = report.surveysAdded;
      counts['surveys already there'] = report.surveysAlreadyThere;
    }
    counts.rejected = rowCount(report.rejected);
    const warnings = start === 0 ? (parsed.warnings ?? []) : [];
    if (warnings.length) counts['rows with a value left out'] = rowCount(warnings);
    appendLog(workbook, ports.clock, ...work.mergeLog, {
      action: `import ${channel}`,
      result: report.complete ? (changedSomething ? 'ok' : 'nothing to do') : 'partial',
      counts,
      rejected: report.rejected,
      listed: [
        { title: 'conflicts, not imported', rows: report.conflicts },
        { title: 'left out on purpose', rows: start === 0 ? (parsed.skipped ?? []) : [] },
        { title: 'value left out', rows: warnings },
        { title: 'updated', rows: report.updated },
        { title: 'orders whose Customer ID is not in Customers, left unattached', rows: report.orphanOrders },
      ].filter((group) => group.rows.length > 0),
      details: [
        start === 0 && parsed.reading?.length ? `file read: ${parsed.reading.join('; ')}` : '',
        start === 0 && parsed.skipped?.length ? `${rowCount(parsed.skipped)} rows left out on purpose` : '',
        report.complete
          ? ''
          : `stopped at record ${next} of ${records.length}; run the import again to continue`,
        gone
          ? `${gone} merged customers were deleted from Customers during the import; their merged values were not written`
          : '',
        report.orphanOrders.length
          ? `${rowCount(report.orphanOrders)} orders name a Customer ID that is not in Customers and stay unattached`
          : '',
        report.suggestions.length
          ? `possible duplicates to check: ${summarise(
              report.suggestions.map((s) => `${s.customerId} ~ ${s.similarTo}`),
            )}`
          : '',
      ]
        .filter(Boolean)
        .join('; '),
    });
    return report;
  });
}
