// Emulated Spreadsheet: the workbook's tabs, name, id, time zone, toasts and Ui.

import { EmulatedSheet } from './emulated-sheet';
import type { EmulatedUi } from './emulated-ui';
import type { SpreadsheetContext } from './spreadsheet-context';
import { emptySheet, type SheetData } from './workbook-data';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The bound spreadsheet. Sheet objects are cached per tab so the same tab gives the same object. */
export class EmulatedSpreadsheet
  implements Pick<Spreadsheet, 'getId' | 'getName' | 'getSpreadsheetTimeZone'>
{
  private readonly sheetObjects = new Map<SheetData, EmulatedSheet>();

  constructor(private readonly ctx: SpreadsheetContext) {}

  private call(method: string): void {
    this.ctx.meter.call('Spreadsheet', method);
  }

  private wrap(data: SheetData): EmulatedSheet {
    let sheet = this.sheetObjects.get(data);
    if (!sheet) {
      sheet = new EmulatedSheet(this.ctx, this, data);
      this.sheetObjects.set(data, sheet);
    }
    return sheet;
  }

  getId(): string {
    this.call('getId');
    return this.ctx.workbook.id;
  }

  getName(): string {
    this.call('getName');
    return this.ctx.workbook.name;
  }

  getSpreadsheetTimeZone(): string {
    this.call('getSpreadsheetTimeZone');
    return this.ctx.workbook.timeZone;
  }

  /** The tab named `name` (compared case-insensitively, as Sheets does), or null. */
  getSheetByName(name: string): EmulatedSheet | null {
    this.call('getSheetByName');
    const wanted = String(name).toLowerCase();
    const data = this.ctx.workbook.sheets.find((s) => s.name.toLowerCase() === wanted);
    return data ? this.wrap(data) : null;
  }

  getSheets(): EmulatedSheet[] {
    this.call('getSheets');
    const sheets = this.ctx.workbook.sheets.map((s) => this.wrap(s));
    return this.ctx.realm.slice(sheets, 0, sheets.length);
  }

  /** The tab made active by setActiveSheet or activate, else the first visible tab. */
  getActiveSheet(): EmulatedSheet {
    this.call('getActiveSheet');
    const { sheets, activeSheetId } = this.ctx.workbook;
    const data =
      sheets.find((s) => s.sheetId === activeSheetId && !s.hidden) ??
      sheets.find((s) => !s.hidden) ??
      sheets[0];
    return this.wrap(data);
  }

  /** Makes `sheet` the tab the spreadsheet shows. */
  setActiveSheet(sheet: EmulatedSheet, _restoreSelection?: boolean): EmulatedSheet {
    this.call('setActiveSheet');
    if (!this.ctx.workbook.sheets.includes(sheet.data)) throw new Error('Sheet not found');
    this.ctx.workbook.activeSheetId = sheet.data.sheetId;
    return sheet;
  }

  /**
   * insertSheet(), insertSheet(index), insertSheet(name) or insertSheet(name, index) with a 0-based
   * index (end of the list by default). Throws 'A sheet with the name "NAME" already exists. Please
   * enter another name.' when the name is taken.
   */
  insertSheet(): EmulatedSheet;
  insertSheet(sheetIndex: number): EmulatedSheet;
  insertSheet(sheetName: string): EmulatedSheet;
  insertSheet(sheetName: string, sheetIndex: number): EmulatedSheet;
  insertSheet(a?: string | number, b?: number): EmulatedSheet {
    this.call('insertSheet');
    const sheets = this.ctx.workbook.sheets;
    const name = typeof a === 'string' ? a : this.defaultName();
    const index = typeof a === 'number' ? a : (b ?? sheets.length);
    this.checkNewName(name, null);
    const data = emptySheet(name, this.nextSheetId());
    sheets.splice(Math.max(0, Math.min(sheets.length, Math.trunc(index))), 0, data);
    return this.wrap(data);
  }

  /** Deletes the tab; throws "You can't remove all the visible sheets in a document." for the last visible one. */
  deleteSheet(sheet: EmulatedSheet): void {
    this.call('deleteSheet');
    const sheets = this.ctx.workbook.sheets;
    const at = sheets.indexOf(sheet.data);
    if (at < 0) throw new Error('Sheet not found');
    if (!sheet.data.hidden && sheets.filter((s) => !s.hidden).length === 1) {
      throw new Error("You can't remove all the visible sheets in a document.");
    }
    sheets.splice(at, 1);
    this.sheetObjects.delete(sheet.data);
    if (this.ctx.workbook.activeSheetId === sheet.data.sheetId) this.ctx.workbook.activeSheetId = undefined;
  }

  /** Records a toast in the Ui log; the timeout defaults to 5 s, null or negative keeps it until closed (Apps Script). */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.call('toast');
    this.ctx.ui.log.record({
      kind: 'toast',
      message: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined ? 5 : timeoutSeconds,
    });
  }

  getUi(): EmulatedUi {
    this.call('getUi');
    return this.ctx.ui;
  }

  /** Throws when a tab other than `self` is already called `name` (case-insensitively). */
  checkNewName(name: string, self: SheetData | null): void {
    const lower = name.toLowerCase();
    if (this.ctx.workbook.sheets.some((s) => s !== self && s.name.toLowerCase() === lower)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  /** Appends a deep copy of `source` named "Copy of NAME" (Sheet.copyTo). */
  addCopyOf(source: SheetData): EmulatedSheet {
    let name = `Copy of ${source.name}`;
    for (let n = 2; this.ctx.workbook.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()); n++) {
      name = `Copy ${n} of ${source.name}`;
    }
    const copy: SheetData = {
      ...source,
      name,
      sheetId: this.nextSheetId(),
      values: source.values.map((row) => row.map((v) => (typeof v === 'object' ? new Date(v.getTime()) : v))),
      formulas: new Map(source.formulas),
      numberFormats: new Map(source.numberFormats),
      validations: new Map([...source.validations].map(([k, v]) => [k, structuredClone(v)])),
      bold: source.bold ? new Set(source.bold) : undefined,
      notes: source.notes ? new Map(source.notes) : undefined,
      columnWidths: source.columnWidths ? new Map(source.columnWidths) : undefined,
      filter: null,
      charts: [],
      hidden: false,
    };
    this.ctx.workbook.sheets.push(copy);
    return this.wrap(copy);
  }

  private defaultName(): string {
    let n = this.ctx.workbook.sheets.length + 1;
    while (this.ctx.workbook.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
    return `Sheet${n}`;
  }

  private nextSheetId(): number {
    return this.ctx.workbook.sheets.reduce((max, s) => Math.max(max, s.sheetId), 0) + 1;
  }
}
