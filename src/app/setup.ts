// Set up: creates every missing tab and owned column of the workbook without touching existing data.

import { SETTING_CHOICES } from '../core/model/setting-choices';
import { settingDescription } from '../core/model/setting-descriptions';
import { SETTING_KEYS, type Settings, settingsFrom } from '../core/model/settings';
import { headerIndex } from '../core/table/header-index';
import { normalizeHeader } from '../core/table/normalize-header';
import { appendLog } from './log';
import type { Cell, Ports, Workbook } from './ports';
import { type ColumnLayout, TAB, TAB_LAYOUTS, type TabLayout } from './tab-layouts';

const LOCK_MS = 30_000;

/** What Set up changed; an empty report means the workbook was already complete. */
export interface SetupReport {
  createdTabs: string[];
  /** Columns added on the right of tabs that existed, per tab. */
  addedColumns: Array<{ tab: string; headers: string[] }>;
  /** Empty tabs removed: the "Sheet1" a new spreadsheet comes with. */
  removedTabs: string[];
}

/** The tab a new Google spreadsheet comes with; removed when it holds nothing. */
const DEFAULT_TAB = 'Sheet1';

/** Width of a column whose layout gives none. */
const DEFAULT_WIDTH = 120;

/**
 * Formats and validates columns `first…` of a tab from their layouts (new columns only), makes their
 * headers bold, the columns wide enough for their values, and notes what each computed one means.
 */
function dressColumns(
  workbook: Workbook,
  tab: string,
  first: number,
  columns: readonly ColumnLayout[],
): void {
  columns.forEach((column, i) => {
    if (column.numberFormat) workbook.formatColumn(tab, first + i, column.numberFormat);
    if (column.validation) workbook.validateColumn(tab, first + i, column.validation);
  });
  workbook.boldHeader(tab, first, columns.length);
  workbook.setColumnWidths(
    tab,
    first,
    columns.map((column) => column.width ?? DEFAULT_WIDTH),
  );
  const notes = columns.map((column) => column.note ?? '');
  if (notes.some(Boolean)) workbook.setHeaderNotes(tab, first, notes);
}

/** A default setting as the Settings tab shows it (and read-settings reads it back). */
function settingCell(field: keyof Settings, value: unknown): Cell {
  // Left blank on purpose: refresh then uses the orders' most frequent currency instead of USD.
  if (field === 'baseCurrency') return '';
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  if (field === 'sendHours') {
    const hours = value as { from: number; to: number };
    return `${hours.from}-${hours.to}`;
  }
  return Object.entries(value as Record<string, number>)
    .map(([currency, rate]) => `${currency}=${rate}`)
    .join('; ');
}

/** The rows of a new Settings tab: every key with its default value and what it does. */
function defaultSettingRows(): Cell[][] {
  const defaults = settingsFrom({});
  return (Object.keys(SETTING_KEYS) as Array<keyof Settings>).map((field) => [
    SETTING_KEYS[field],
    settingCell(field, defaults[field]),
    settingDescription(field),
  ]);
}

/** Puts a dropdown on the Value of each setting with a closed list, in the rows defaultSettingRows writes. */
function dropdownSettings(workbook: Workbook): void {
  (Object.keys(SETTING_KEYS) as Array<keyof Settings>).forEach((field, i) => {
    const values = SETTING_CHOICES[field];
    if (values) workbook.validateCell(TAB.settings, 2 + i, 2, { kind: 'list', values });
  });
}

/** Fills a Description column just added to an existing Settings tab, for the keys it knows. */
function describeExistingSettings(workbook: Workbook, column: number): void {
  const fieldByKey = new Map(
    (Object.keys(SETTING_KEYS) as Array<keyof Settings>).map((field) => [
      normalizeHeader(SETTING_KEYS[field]),
      field,
    ]),
  );
  const keyColumn = (headerIndex(workbook.readHeader(TAB.settings)).get(normalizeHeader('Key')) ?? 0) + 1;
  const keys = workbook.readColumn(TAB.settings, keyColumn, 2);
  if (keys.length === 0) return;
  workbook.writeBlock(
    TAB.settings,
    2,
    column,
    keys.map((key) => {
      const field = fieldByKey.get(normalizeHeader(key));
      return [field ? settingDescription(field) : ''];
    }),
  );
}

/** Lays out one tab: a whole new one, or the missing columns of an existing one. */
function setUpTab(workbook: Workbook, layout: TabLayout, existing: Set<string>, report: SetupReport): void {
  if (!existing.has(layout.name)) {
    workbook.createTab(layout.name);
    report.createdTabs.push(layout.name);
  }
  const header = workbook.readHeader(layout.name);
  const present = headerIndex(header);
  const missing = layout.columns.filter((column) => !present.has(normalizeHeader(column.header)));
  if (missing.length === 0) return;
  const first = header.length + 1;
  workbook.writeBlock(layout.name, 1, first, [missing.map((column) => column.header)]);
  dressColumns(workbook, layout.name, first, missing);
  if (header.length === 0) {
    workbook.freezeRows(layout.name, 1);
    if (layout.filter) workbook.addFilter(layout.name, missing.length);
    // A new Settings tab lists every setting with its default, so the owner sees what can be set.
    if (layout.name === TAB.settings && !existing.has(layout.name)) {
      workbook.writeBlock(layout.name, 2, 1, defaultSettingRows());
      dropdownSettings(workbook);
    }
  }
  if (existing.has(layout.name)) {
    if (layout.name === TAB.settings) {
      const description = missing.findIndex((column) => normalizeHeader(column.header) === 'description');
      if (description >= 0) describeExistingSettings(workbook, first + description);
    }
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
  layouts: readonly TabLayout[] = TAB_LAYOUTS,
): SetupReport {
  return ports.lock.withLock(LOCK_MS, () => {
    const { workbook } = ports;
    const report: SetupReport = { createdTabs: [], addedColumns: [], removedTabs: [] };
    const existing = new Set(workbook.tabNames());
    for (const layout of layouts) setUpTab(workbook, layout, existing, report);
    // Removed only once Solo CRM's tabs exist (a spreadsheet keeps at least one tab), and only empty.
    if (
      existing.has(DEFAULT_TAB) &&
      !layouts.some((layout) => layout.name === DEFAULT_TAB) &&
      workbook.readTab(DEFAULT_TAB).length === 0
    ) {
      workbook.deleteTab(DEFAULT_TAB);
      report.removedTabs.push(DEFAULT_TAB);
    }
    if (layouts.some((layout) => layout.name === TAB.dashboard)) workbook.activateTab(TAB.dashboard);
    const added = report.addedColumns.reduce((sum, tab) => sum + tab.headers.length, 0);
    if (report.createdTabs.length + added > 0 && layouts.some((layout) => layout.name === TAB.log)) {
      appendLog(workbook, ports.clock, {
        action: 'setup',
        result: 'ok',
        counts: { 'tabs created': report.createdTabs.length, 'columns added': added },
        details: [
          report.createdTabs.length ? `created ${report.createdTabs.join(', ')}` : '',
          report.removedTabs.length ? `removed the empty ${report.removedTabs.join(', ')}` : '',
          ...report.addedColumns.map((tab) => `added to ${tab.tab}: ${tab.headers.join(', ')}`),
        ]
          .filter(Boolean)
          .join('; '),
      });
    }
    return report;
  });
}
