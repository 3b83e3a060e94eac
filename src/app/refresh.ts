// Refresh analytics: fits the models on Orders and writes Customers' computed columns and the Dashboard.

import type { AnalyticsInput } from '../core/analytics/analytics-input';
import {
  type CustomerAnalytics,
  computeCustomerAnalytics,
} from '../core/analytics/compute-customer-analytics';
import { validSettings } from '../core/model/valid-settings';
import { COLUMNS } from '../core/table/columns';
import { headerIndex } from '../core/table/header-index';
import { normalizeHeader } from '../core/table/normalize-header';
import { cellOf } from '../core/table/sheet-table';
import { findOrphanOrders } from './find-orphan-orders';
import { fingerprintRow } from './fingerprint-rows';
import { appendLog, type Rejection } from './log';
import type { Cell, Ports } from './ports';
import { readTable } from './read-table';
import { saveSnapshot } from './snapshot';
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
const KEY = COLUMNS.customers.customerId;

/**
 * Refreshes analytics. Throws, before anything is written, when a setting has an invalid value
 * (validSettings: the numbers would be in a currency or at rates the user did not mean). Reads Settings, Customers, Orders, Surveys, Interactions and Outbox once
 * each (without the lock, so the user is not blocked while the models are fitted), computes the
 * numbers ({@link computeCustomerAnalytics}), then under the document lock: saves the undo snapshot
 * (the owned columns as they were, by Customer ID, and the Dashboard), re-reads only the header
 * row and the Customer ID column, writes each run of owned columns once matching rows by Customer
 * ID, rewrites the Dashboard and appends a Log row listing the orders left out. Edits the user made
 * meanwhile to other columns or as new rows are therefore kept. Throws when Customers is missing.
 */
export function refreshAnalytics(ports: Ports): RefreshReport {
  const { workbook, clock } = ports;
  const customers = readTable(workbook, TAB.customers);
  if (customers.header.length === 0) throw new Error('The Customers tab is missing; run Set up first.');
  // An invalid value stops the refresh before anything is computed or written (validSettings).
  const { settings, given } = validSettings(workbook.readTab(TAB.settings), 'refresh');
  const input: AnalyticsInput = {
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
  ports.progress?.(1, 3, 'refresh, tabs read');
  const analytics = computeCustomerAnalytics(input);
  const orphanOrders = findOrphanOrders(customers, input.orders);
  ports.progress?.(2, 3, 'refresh, models fitted');
  const dashboard: Cell[][] = [
    [COLUMNS.dashboard.kpi, COLUMNS.dashboard.value, COLUMNS.dashboard.note],
    ...analytics.kpis.map((k) => [k.kpi, k.value, k.note]),
  ];

  return ports.lock.withLock(LOCK_MS, () => {
    const before = new Map<string, Cell[]>();
    for (const row of customers.rows) {
      const id = String(cellOf(customers, row, KEY)).trim();
      if (id && !before.has(id))
        before.set(
          id,
          OWNED.map((header) => cellOf(customers, row, header)),
        );
    }
    const unmatchedNote = (key: string) =>
      key ? 'added during the last refresh: refresh again' : 'no Customer ID';
    // What the write below leaves in each customer's owned cells, as a fingerprint (the cells
    // themselves would double the snapshot): Undo restores a row only while it still holds this.
    const owned = { index: headerIndex(OWNED) };
    const afterPrints = [...before.keys()].map((id): [string, string] => {
      const values = new Map([...(analytics.values.get(id) ?? [])].map(([h, v]) => [normalizeHeader(h), v]));
      const written = OWNED.map((header, i) =>
        values.has(normalizeHeader(header))
          ? (values.get(normalizeHeader(header)) as Cell)
          : i === OWNED.length - 1
            ? unmatchedNote(id)
            : '',
      );
      return [id, fingerprintRow(owned, written, OWNED)];
    });
    saveSnapshot(workbook, {
      operation: { kind: 'refresh' },
      takenAt: clock.now().toISOString(),
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
    });
    const result = writeOwnedColumns(workbook, TAB.customers, KEY, OWNED, analytics.values, unmatchedNote);
    if (!workbook.tabNames().includes(TAB.dashboard)) workbook.createTab(TAB.dashboard);
    workbook.clearRows(TAB.dashboard, 1);
    workbook.writeBlock(TAB.dashboard, 1, 1, dashboard);
    appendLog(workbook, clock, {
      action: 'refresh',
      result: 'ok',
      counts: {
        customers: analytics.values.size,
        'orders used': analytics.ordersUsed,
        'orders left out': analytics.excluded.length,
        'rows left for next refresh': result.unmatched,
      },
      rejected: analytics.excluded,
      details: [
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
