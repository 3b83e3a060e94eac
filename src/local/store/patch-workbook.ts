// Write the emulated workbook's cells into the .xlsx it was read from, keeping all that Solo CRM does not hold.
import type ExcelJS from 'exceljs';
import type { CellValue, SheetData, ValidationRule, WorkbookData } from '../emulator/workbook-data';
import { a1Address } from './a1-address';
import { escapeXlsxText } from './escape-xlsx-text';
import { frozenPanes } from './frozen-panes';
import { keywordsWithSettings } from './keyword-settings';
import { addPropertyTab, isPropertyTab, readPropertyTab, type StoredProperties } from './property-tab';
import { readCell } from './read-cell';
import { readValidations, type WithValidationTable } from './read-validations';
import { sparseExtents } from './sparse-extents';
import { xlsxCell } from './xlsx-cell';
import { activeTabIndex, dressXlsxCell, xlsxAutoFilter, xlsxColumnWidth } from './xlsx-presentation';
import { toXlsxValidation } from './xlsx-validation';

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  return a === b;
}

function withEquals(formula: string | undefined): string | undefined {
  return formula === undefined || formula.startsWith('=') ? formula : `=${formula}`;
}

function sameRule(a: ValidationRule | undefined, b: ValidationRule | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The format exceljs gives a cell; 'General' and none are the same. */
function formatOf(cell: ExcelJS.Cell): string | undefined {
  const format = cell.numFmt;
  return format && format !== 'General' ? format : undefined;
}

/**
 * Sets each cell whose value, formula or number format differs from what was read; a cell that
 * is the same is not touched, so its rich text, hyperlink, shared formula, note and style stay.
 * Cells emptied by the workbook lose their value and product format, not their fill or font.
 */
function patchCells(worksheet: ExcelJS.Worksheet, sheet: SheetData, timeZone: string): void {
  const extents = sparseExtents(sheet);
  let lastRow = Math.max(sheet.values.length, worksheet.rowCount) - 1;
  for (const row of extents.keys()) lastRow = Math.max(lastRow, row);
  for (let r = 0; r <= lastRow; r++) {
    let xlsxRow = worksheet.findRow(r + 1);
    const values = sheet.values[r] ?? [];
    const lastColumn = Math.max(values.length - 1, extents.get(r) ?? -1, (xlsxRow?.cellCount ?? 0) - 1);
    for (let c = 0; c <= lastColumn; c++) {
      const wanted = xlsxCell(sheet, r, c, timeZone);
      let cell = xlsxRow?.findCell(c + 1);
      if (!cell) {
        if (!wanted) continue;
        xlsxRow ??= worksheet.getRow(r + 1);
        cell = xlsxRow.getCell(c + 1);
      }
      // A merged range keeps its value in its top-left cell; the others show nothing and take none.
      if (cell.isMerged && cell.master !== cell) continue;
      const read = readCell(cell, timeZone);
      const value = values[c] ?? '';
      const formula = withEquals(sheet.formulas.get(`${r}:${c}`));
      const unchanged =
        read.formula === formula &&
        sameValue(read.value, value) &&
        // exceljs would drop the control characters of text it read; rewritten, they are escaped.
        !(typeof value === 'string' && formula === undefined && escapeXlsxText(value) !== value);
      if (!unchanged) cell.value = wanted?.value ?? null;
      dressXlsxCell(cell, sheet, r, c);
      const format = wanted?.numFmt;
      if (format !== formatOf(cell)) {
        // Styles are shared between the cells exceljs read with the same style: change this cell's copy.
        const style: Partial<ExcelJS.Style> = { ...cell.style };
        if (format === undefined) delete style.numFmt;
        else style.numFmt = format;
        cell.style = style;
      }
    }
  }
}

/** Sets, replaces or removes the validations whose rule differs from the one read (`read`). */
function patchValidations(
  worksheet: ExcelJS.Worksheet,
  sheet: SheetData,
  read: Map<string, ValidationRule>,
): void {
  const table = (worksheet as unknown as WithValidationTable).dataValidations.model;
  for (const key of new Set([...read.keys(), ...sheet.validations.keys()])) {
    const before = read.get(key);
    const after = sheet.validations.get(key);
    if (sameRule(before, after)) continue;
    const [row, column] = key.split(':').map(Number);
    const address = a1Address(row, column);
    if (after === undefined) delete table[address];
    else {
      try {
        table[address] = toXlsxValidation(after);
      } catch (error) {
        throw new Error(`${sheet.name}!${address}: ${(error as Error).message}`);
      }
    }
  }
}

function patchView(worksheet: ExcelJS.Worksheet, sheet: SheetData): void {
  const frozen = frozenPanes(worksheet);
  if (frozen.rows !== sheet.frozenRows || frozen.columns !== sheet.frozenColumns) {
    const view = worksheet.views?.[0];
    const {
      state: _state,
      xSplit: _x,
      ySplit: _y,
      topLeftCell: _top,
      ...others
    } = (view ?? {}) as Partial<ExcelJS.WorksheetViewFrozen>;
    worksheet.views = [
      sheet.frozenRows > 0 || sheet.frozenColumns > 0
        ? { ...others, state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }
        : { ...others, state: 'normal' },
    ] as ExcelJS.WorksheetView[];
  }
  const hidden = worksheet.state !== 'visible';
  if (hidden !== sheet.hidden) worksheet.state = sheet.hidden ? 'hidden' : 'visible';
  // Widths and the filter a script set; the file's own stay where the workbook sets none.
  for (const [column, pixels] of sheet.columnWidths ?? [])
    worksheet.getColumn(column + 1).width = xlsxColumnWidth(pixels);
  const filter = xlsxAutoFilter(sheet);
  if (filter) worksheet.autoFilter = filter;
}

/**
 * Brings `excel`, the workbook as read from its file, to the state of `workbook`: tabs are matched by
 * sheet id (renamed, reordered, hidden, frozen, added and removed as in `workbook`), and only the values,
 * formulas, number formats and validations that differ from what was read are changed. Everything else
 * the file holds stays as it was: fills, fonts, borders, notes, column widths, row heights, merged cells,
 * defined names, conditional formatting, validations of kinds Solo CRM does not model, other tags in the
 * keywords. Dates are compared and written as the wall clock in `workbook.timeZone`. Given `properties`,
 * the property tab is written anew with them (see addPropertyTab); without, with those it held.
 * Throws Error naming the cell when a value cannot be held by .xlsx.
 */
export function patchWorkbook(
  excel: ExcelJS.Workbook,
  workbook: WorkbookData,
  properties?: StoredProperties,
): void {
  const timeZone = workbook.timeZone;
  excel.title = workbook.name;
  excel.keywords = keywordsWithSettings(excel.keywords, timeZone, workbook.id);
  excel.lastModifiedBy = 'Solo CRM';
  excel.modified = new Date();
  const propertyTab = excel.worksheets.find(isPropertyTab);
  // The workbook never sees the property tab, so one of its new tabs may have the property tab's id.
  const byId = new Map(
    excel.worksheets
      .filter((worksheet) => worksheet !== propertyTab)
      .map((worksheet) => [worksheet.id - 1, worksheet]),
  );
  // Every rule as read, before any cell changes: a list validation may read its items from cells.
  const readRules = new Map(
    excel.worksheets.map((worksheet) => [worksheet.id, readValidations(excel, worksheet, timeZone)]),
  );
  const kept = new Set<ExcelJS.Worksheet>();
  workbook.sheets.forEach((sheet, index) => {
    let worksheet = byId.get(sheet.sheetId);
    if (worksheet && worksheet.name !== sheet.name) worksheet.name = sheet.name;
    worksheet ??= excel.addWorksheet(sheet.name);
    kept.add(worksheet);
    (worksheet as unknown as { orderNo: number }).orderNo = index;
    patchView(worksheet, sheet);
    patchCells(worksheet, sheet, timeZone);
    patchValidations(worksheet, sheet, readRules.get(worksheet.id) ?? new Map());
  });
  for (const worksheet of excel.worksheets) {
    if (!kept.has(worksheet) && worksheet !== propertyTab) excel.removeWorksheet(worksheet.id);
  }
  // Written anew even when unchanged: exceljs would write the control characters it read unescaped.
  const carried = properties ?? (propertyTab ? readPropertyTab(propertyTab) : undefined);
  if (propertyTab) excel.removeWorksheet(propertyTab.id);
  if (carried) addPropertyTab(excel, carried);
  // Excel opens on the active tab even when it is hidden: keep it on a visible one.
  const tabs = workbook.sheets;
  if (workbook.activeSheetId !== undefined) {
    const chosen = activeTabIndex(workbook);
    excel.views = [
      { ...(excel.views?.[0] ?? {}), firstSheet: 0, activeTab: chosen },
    ] as ExcelJS.WorkbookView[];
  }
  const active = excel.views?.[0]?.activeTab ?? 0;
  if (active >= tabs.length || tabs[active].hidden) {
    const firstVisible = tabs.findIndex((sheet) => !sheet.hidden);
    excel.views = [
      { ...(excel.views?.[0] ?? {}), firstSheet: firstVisible, activeTab: firstVisible },
    ] as ExcelJS.WorkbookView[];
  }
}
