// Rows written into an emulated workbook by header name, as a person types them: for demos, benchmarks and tests.
import type { CellValue, WorkbookData } from './workbook-data';

function sheetOf(workbook: WorkbookData, tab: string) {
  const sheet = workbook.sheets.find((s) => s.name === tab);
  if (!sheet) throw new Error(`The workbook has no tab "${tab}".`);
  return sheet;
}

/**
 * Appends rows given as header → value objects under a tab's header row (other cells blank).
 * @throws {Error} when the tab is missing or a row names a header the tab does not have.
 */
export function appendRecords(
  workbook: WorkbookData,
  tab: string,
  rows: ReadonlyArray<Record<string, CellValue>>,
): void {
  const sheet = sheetOf(workbook, tab);
  const header = (sheet.values[0] ?? []).map(String);
  for (const row of rows) {
    for (const name of Object.keys(row))
      if (!header.includes(name)) throw new Error(`${tab} has no column "${name}".`);
    sheet.values.push(header.map((name) => row[name] ?? ''));
  }
  sheet.maxRows = Math.max(sheet.maxRows, sheet.values.length);
}

/** Sets the Value of a Settings key, adding the row when the key is not there. */
export function setSettingValue(workbook: WorkbookData, key: string, value: CellValue): void {
  const sheet = sheetOf(workbook, 'Settings');
  const row = sheet.values.find((r) => r[0] === key);
  if (row) row[1] = value;
  else sheet.values.push([key, value]);
}
