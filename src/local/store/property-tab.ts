// The very hidden tab in which an .xlsx workbook carries the script's properties and the emulator's state between runs.
import type ExcelJS from 'exceljs';
import { escapeXlsxText } from './escape-xlsx-text';

/**
 * What a workbook file carries besides its tabs: in Google the document, script and user properties
 * (PropertiesService) live with the spreadsheet, its bound script and its user, and Google itself keeps
 * the time, the installed triggers and the mail quota used; an .xlsx has no place for them but a tab.
 */
export interface StoredProperties {
  document: Record<string, string>;
  script: Record<string, string>;
  /** The installing user's properties (trigger schedules, see script-app-triggers.ts). */
  user: Record<string, string>;
  /** The emulator's state between command-line runs, JSON values by key (see emulator-state.ts). */
  emulator: Record<string, string>;
}

/** The tab's name; a user's tab of that name would be taken for it, so the product never makes one. */
export const PROPERTY_TAB_NAME = 'Solo CRM data';

const STORES = ['document', 'script', 'user', 'emulator'] as const;
const NOTE =
  'Solo CRM keeps its document, script and user properties here (Customer ID counter, import progress, unsubscribe queue, link-signing secret, trigger schedules) and, for the command line, the emulated clock, the installed triggers, the mail quota and the recipients emailed on recent days. Do not edit or delete this tab.';
const HEADER = ['Store', 'Key', 'Value'];

/** No properties at all. */
export function noProperties(): StoredProperties {
  return { document: {}, script: {}, user: {}, emulator: {} };
}

/** Whether `worksheet` is the property tab (by name: Excel and LibreOffice keep names, not ids). */
export function isPropertyTab(worksheet: { name: string }): boolean {
  return worksheet.name === PROPERTY_TAB_NAME;
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  return String(value);
}

/**
 * The properties held by the tab: each row whose first cell names a store ("document", "script", "user"
 * or "emulator") is one property (key in the second cell, value in the third); the note and header
 * rows, and any other row, are not. A file written before a store existed has no rows of it: it is empty.
 */
export function readPropertyTab(worksheet: ExcelJS.Worksheet): StoredProperties {
  const properties = noProperties();
  worksheet.eachRow((row) => {
    const store = text(row.getCell(1).value) as (typeof STORES)[number];
    const key = text(row.getCell(2).value);
    if (STORES.includes(store) && key !== '') properties[store][key] = text(row.getCell(3).value);
  });
  return properties;
}

/** The tab's rows: the note, the header, then one row per property, store by store in STORES order. */
function propertyRows(properties: StoredProperties): string[][] {
  const rows = [[NOTE], HEADER];
  for (const store of STORES) {
    for (const [key, value] of Object.entries(properties[store])) {
      // Values are text: written as such (control characters escaped), never read as numbers or dates.
      rows.push([store, escapeXlsxText(key), escapeXlsxText(value)]);
    }
  }
  return rows;
}

/**
 * Adds the property tab holding `properties` as the last tab of `excel` (a loaded workbook, or the
 * streaming writer of a new file), very hidden: Excel and LibreOffice do not list it among the tabs.
 */
export function addPropertyTab(
  excel: ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter,
  properties: StoredProperties,
): void {
  const worksheet = excel.addWorksheet(PROPERTY_TAB_NAME, { state: 'veryHidden' });
  // Only the loaded workbook can remove tabs; the streaming writer's rows are committed as written.
  const streamed = !('removeWorksheet' in excel);
  propertyRows(properties).forEach((values, index) => {
    const row = worksheet.getRow(index + 1);
    values.forEach((value, c) => {
      row.getCell(c + 1).value = value;
    });
    if (streamed) row.commit();
  });
  if (streamed) worksheet.commit();
}
