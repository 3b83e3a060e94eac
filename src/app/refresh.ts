// Refresh analytics: fits the models on Orders and writes Customers' computed columns and the Dashboard.

import type { AnalyticsInput } from '../core/analytics/analytics-input';
import {
  type CustomerAnalytics,
  computeCustomerAnalytics,
} from '../core/analytics/compute-customer-analytics';
import { validSettings } from '../core/model/valid-settings';
import { COLUMNS, type TabTable } from '../core/table/columns';
import { headerIndex } from '../core/table/header-index';
import { normalizeHeader } from '../core/table/normalize-header';
import { cellOf, columnOf } from '../core/table/sheet-table';
import { findOrphanOrders } from './find-orphan-orders';
import { fingerprintColumns } from './fingerprint-rows';
import { appendLog, type Rejection } from './log';
import type { Cell, Ports, Workbook } from './ports';
import { readTable } from './read-table';
import { type Snapshot, saveSnapshot } from './snapshot';
import { summarise } from './summarise';
import { CUSTOMER_COMPUTED_HEADERS, TAB } from './tab-layouts';
import { writeOwnedColumns } from './write-owned-columns';

/** What a refresh did. */
export interface RefreshReport {
  customers: number;
  ordersUsed: number;
  ordersLeftOut: Rejection[];
  /**
   * Of those, the Orders rows whose Customer ID no customer holds (their customer was deleted):
   * never given to anybody else, listed so the user can fix them.
   */
  orphanOrders: Rejection[];
  baseCurrency: string;
  young: boolean;
  /** Customer rows written by Customer ID. */
  written: number;
  /** Rows that appeared (or lost their ID) during the run: left for the next refresh, with a note. */
  unmatched: number;
  kpis: CustomerAnalytics['kpis'];
}

const LOCK_MS = 60_000;
const OWNED = [...CUSTOMER_COMPUTED_HEADERS];
/** What earlier versions wrote in Segments on every row; not a membership, so it is cleared. */
const LEGACY_SEGMENTS_TEXT = 'see the Segments sidebar';
const KEY = COLUMNS.customers.customerId;

/**
 * Refreshes analytics. Throws, before anything is written, when a setting has an invalid value
 * (validSettings: the numbers would be in a currency or at rates the user did not mean). Reads
 * Settings, Customers, Orders, Surveys, Interactions and Outbox once each (without the lock, so the
 * user is not blocked while the models are fitted), computes the numbers
 * ({@link computeCustomerAnalytics}), then under the document lock: saves the undo snapshot (the
 * owned columns as they were, by Customer ID, and the Dashboard), re-reads only the header row and
 * the Customer ID column, writes each run of owned columns once matching rows by Customer ID,
 * rewrites the Dashboard and appends a Log row listing the orders left out. Edits the user made
 * meanwhile to other columns or as new rows are therefore kept. Throws when Customers is missing.
 */
export function refreshAnalytics(ports: Ports): RefreshReport {
  const { workbook, clock } = ports;
  const input = readAnalyticsInput(ports);
  ports.progress?.(1, 3, 'refresh, tabs read');
  const analytics = computeCustomerAnalytics(input);
  keepSavedSegments(input.customers, analytics);
  const orphanOrders = findOrphanOrders(input.customers, input.orders);
  ports.progress?.(2, 3, 'refresh, models fitted');
  return ports.lock.withLock(LOCK_MS, () => {
    saveSnapshot(workbook, refreshSnapshot(workbook, input.customers, analytics, clock.now()));
    const result = writeOwnedColumns(workbook, TAB.customers, KEY, OWNED, analytics.values, unmatchedNote);
    writeDashboard(workbook, analytics);
    logRefresh(ports, analytics, result.unmatched, orphanOrders);
    ports.progress?.(3, 3, 'refresh, columns written');
    return {
      customers: analytics.values.size,
      ordersUsed: analytics.ordersUsed,
      ordersLeftOut: analytics.excluded,
      orphanOrders,
      baseCurrency: analytics.baseCurrency,
      young: analytics.young,
      written: result.written,
      unmatched: result.unmatched,
      kpis: analytics.kpis,
    };
  });
}

/** Every tab refresh reads, each read once, and the settings validated (an invalid value throws). */
function readAnalyticsInput(ports: Ports): AnalyticsInput {
  const { workbook, clock } = ports;
  const customers = readTable(workbook, TAB.customers);
  if (customers.header.length === 0) throw new Error('The Customers tab is missing; run Set up first.');
  const { settings, given } = validSettings(workbook.readTab(TAB.settings), 'refresh');
  return {
    customers,
    orders: readTable(workbook, TAB.orders),
    surveys: readTable(workbook, TAB.surveys),
    interactions: readTable(workbook, TAB.interactions),
    outbox: readTable(workbook, TAB.outbox),
    settings,
    given,
    timeZone: workbook.timeZone(),
    now: clock.now(),
  };
}

/**
 * Saving a segment writes Segments, not refresh: each customer keeps the memberships read, written
 * back in the same block as the computed columns so the columns stay one write.
 */
function keepSavedSegments(customers: TabTable<'customers'>, analytics: CustomerAnalytics): void {
  for (const row of customers.rows) {
    const id = String(cellOf(customers, row, KEY)).trim();
    const values = analytics.values.get(id);
    if (!values || values.has(COLUMNS.customers.segments)) continue;
    const saved = cellOf(customers, row, COLUMNS.customers.segments);
    values.set(COLUMNS.customers.segments, saved === LEGACY_SEGMENTS_TEXT ? '' : saved);
  }
}

/** What the last owned cell of a row refresh could not match says. */
function unmatchedNote(key: string): string {
  return key ? 'added during the last refresh: refresh again' : 'no Customer ID';
}

/**
 * The undo snapshot of a refresh: each customer's owned cells as read, with a fingerprint of what
 * the write leaves there (the cells themselves would double the snapshot), so Undo restores a row
 * only while it still holds what refresh wrote; and the Dashboard as it was.
 */
function refreshSnapshot(
  workbook: Workbook,
  customers: TabTable<'customers'>,
  analytics: CustomerAnalytics,
  now: Date,
): Snapshot {
  // Columns and header keys found once: there may be fifty thousand customers.
  const keyColumn = columnOf(customers, KEY);
  const ownedColumns = OWNED.map((header) => columnOf(customers, header));
  const before = new Map<string, Cell[]>();
  for (const row of customers.rows) {
    const id = String(keyColumn < 0 ? '' : (row[keyColumn] ?? '')).trim();
    if (id && !before.has(id))
      before.set(
        id,
        ownedColumns.map((column) => (column < 0 ? '' : (row[column] ?? ''))),
      );
  }
  const owned = { index: headerIndex(OWNED) };
  const printColumns = OWNED.map((header) => columnOf(owned, header));
  // Each owned header's positions among OWNED by key; a computed value goes wherever its key is.
  const positions = new Map<string, number[]>();
  OWNED.forEach((header, i) => {
    const key = normalizeHeader(header);
    positions.set(key, [...(positions.get(key) ?? []), i]);
  });
  const afterPrints = [...before.keys()].map((id): [string, string] => {
    const written: Cell[] = OWNED.map((_, i) => (i === OWNED.length - 1 ? unmatchedNote(id) : ''));
    for (const [header, value] of analytics.values.get(id) ?? []) {
      for (const i of positions.get(normalizeHeader(header)) ?? []) written[i] = value as Cell;
    }
    return [id, fingerprintColumns(written, printColumns)];
  });
  return {
    operation: { kind: 'refresh' },
    takenAt: now.toISOString(),
    parts: [
      {
        kind: 'rows',
        tab: TAB.customers,
        keyHeaders: [KEY],
        headers: OWNED,
        before: [...before],
        afterPrints,
        added: [],
      },
      { kind: 'tab', tab: TAB.dashboard, values: workbook.readTab(TAB.dashboard) },
    ],
  };
}

/**
 * Rewrites the Dashboard (creating the tab when it is missing): its cells in one write, their
 * formats in one, the column widths, and its charts replaced.
 */
function writeDashboard(workbook: Workbook, analytics: CustomerAnalytics): void {
  const { cells, formats, widths, charts } = analytics.dashboard;
  if (!workbook.tabNames().includes(TAB.dashboard)) workbook.createTab(TAB.dashboard);
  workbook.clearRows(TAB.dashboard, 1);
  const width = cells.reduce((max, row) => Math.max(max, row.length), 0);
  workbook.writeBlock(
    TAB.dashboard,
    1,
    1,
    cells.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? '')),
  );
  workbook.formatBlock(
    TAB.dashboard,
    1,
    1,
    formats.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? '@')),
  );
  workbook.setColumnWidths(TAB.dashboard, 1, widths);
  workbook.replaceCharts(TAB.dashboard, charts);
}

/** The Log row of a refresh: its counts, the orders left out, and what the owner should know. */
function logRefresh(
  ports: Ports,
  analytics: CustomerAnalytics,
  unmatched: number,
  orphanOrders: Rejection[],
): void {
  appendLog(ports.workbook, ports.clock, {
    action: 'refresh',
    result: 'ok',
    counts: {
      customers: analytics.values.size,
      'orders used': analytics.ordersUsed,
      'orders left out': analytics.excluded.length,
      'rows left for next refresh': unmatched,
    },
    rejected: analytics.excluded,
    details: [
      analytics.model.sentence,
      analytics.young ? 'young business: regularised fit, estimates are rough' : '',
      orphanOrders.length
        ? `${orphanOrders.length} orders name a Customer ID that is not in Customers (${summarise(
            orphanOrders.map((o) => `row ${o.row}: ${o.reason.replace(' is not in Customers', '')}`),
          )})`
        : '',
    ]
      .filter(Boolean)
      .join('; '),
  });
}
