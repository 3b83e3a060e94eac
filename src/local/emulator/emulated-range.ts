// Emulated Range: a rectangle of one sheet, read and written with Google Sheets' value semantics.
import { formatA1 } from './a1-notation';
import { EmulatedDataValidation } from './data-validation';
import { AUTOMATIC_NUMBER_FORMAT, DEFAULT_DATE_TIME_FORMAT, displayValue } from './display-value';
import { EmulatedFilter } from './emulated-filter';
import type { EmulatedSheet } from './emulated-sheet';
import {
  type CellBlock,
  clearCells,
  deleteKeysIn,
  fillCells,
  readCells,
  readFormulas,
  writeCells,
} from './sheet-grid';
import type { SpreadsheetContext } from './spreadsheet-context';
import { hostRealm } from './value-realm';
import { type CellValue, cellKey, type SheetData } from './workbook-data';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** Throws Apps Script's message when `data` is not `rows` x `columns`. */
function checkShape(
  data: unknown,
  rows: number,
  columns: number,
  method: string,
): asserts data is unknown[][] {
  if (!Array.isArray(data)) {
    throw new Error(
      `The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  if (data.length !== rows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`,
    );
  }
  for (const row of data) {
    if (!Array.isArray(row)) {
      throw new Error(
        `The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (row.length !== columns) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${columns}.`,
      );
    }
  }
}

/** How Apps Script names an argument's type in "The parameters (...) don't match" errors. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return '(class)';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  return 'Object';
}

/**
 * A range of cells (1-based row and column, at least 1 x 1, inside the grid: the sheet checks that
 * before making one). Reads return "" for empty cells and fresh Dates; writes store what they are given,
 * strings starting with "=" as formulas and other strings as Sheets reads them when typed.
 */
export class EmulatedRange
  implements
    Pick<
      Range,
      | 'getValues'
      | 'getValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'getFormulas'
      | 'getFormula'
      | 'getNumberFormat'
      | 'getNumberFormats'
      | 'getA1Notation'
      | 'getRow'
      | 'getColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getLastRow'
      | 'getLastColumn'
    >
{
  constructor(
    private readonly ctx: SpreadsheetContext,
    private readonly owner: EmulatedSheet,
    private readonly data: SheetData,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
  ) {}

  private get block(): CellBlock {
    return { row: this.row - 1, column: this.column - 1, numRows: this.numRows, numColumns: this.numColumns };
  }

  private get cells(): number {
    return this.numRows * this.numColumns;
  }

  private call(method: string, cells?: number): void {
    this.ctx.meter.call('Range', method, cells);
  }

  getValues(): CellValue[][] {
    this.call('getValues', this.cells);
    return readCells(this.data, this.block, this.ctx.realm);
  }

  /** The top-left cell's value. */
  getValue(): CellValue {
    this.call('getValue', 1);
    return readCells(this.data, { ...this.block, numRows: 1, numColumns: 1 }, this.ctx.realm)[0][0];
  }

  /**
   * Writes `values`, which must be exactly getNumRows() x getNumColumns(); throws Apps Script's
   * "The number of rows in the data does not match …" / columns message otherwise. Strings are read
   * as if typed, as Sheets does, except in plain text ("@") cells (see writeCells and typedValue).
   */
  setValues(values: unknown[][]): this {
    this.call('setValues', this.cells);
    checkShape(values, this.numRows, this.numColumns, 'setValues');
    writeCells(this.data, this.row - 1, this.column - 1, values, this.ctx.workbook.timeZone);
    return this;
  }

  /** Writes `value` into every cell of the range; a string is read as if typed, as setValues does. */
  setValue(value: unknown): this {
    this.call('setValue', this.cells);
    fillCells(this.data, this.block, value, this.ctx.workbook.timeZone);
    return this;
  }

  getDisplayValues(): string[][] {
    this.call('getDisplayValues', this.cells);
    return this.display(this.numRows, this.numColumns);
  }

  getDisplayValue(): string {
    this.call('getDisplayValue', 1);
    return this.display(1, 1)[0][0];
  }

  private display(numRows: number, numColumns: number): string[][] {
    const block = { ...this.block, numRows, numColumns };
    const values = readCells(this.data, block, hostRealm);
    const zone = this.ctx.workbook.timeZone;
    const rows = values.map((row, i) =>
      row.map((v, j) =>
        displayValue(v, this.data.numberFormats.get(cellKey(block.row + i, block.column + j)), zone),
      ),
    );
    return this.ctx.realm.rows(rows);
  }

  getFormulas(): string[][] {
    this.call('getFormulas', this.cells);
    return readFormulas(this.data, this.block, this.ctx.realm);
  }

  /** The top-left cell's formula, "" when it holds none. */
  getFormula(): string {
    this.call('getFormula', 1);
    return this.data.formulas.get(cellKey(this.row - 1, this.column - 1)) ?? '';
  }

  setFormulas(formulas: string[][]): this {
    this.call('setFormulas', this.cells);
    checkShape(formulas, this.numRows, this.numColumns, 'setFormulas');
    writeCells(this.data, this.row - 1, this.column - 1, formulas);
    return this;
  }

  /** Sets the same formula in every cell (references are not shifted: formulas are not evaluated here). */
  setFormula(formula: string): this {
    this.call('setFormula', this.cells);
    fillCells(this.data, this.block, formula);
    return this;
  }

  /** Clears values and formulas; formats and validation stay. */
  clearContent(): this {
    this.call('clearContent', this.cells);
    clearCells(this.data, this.block);
    return this;
  }

  /** Clears values, formulas and number formats; data validation stays. */
  clear(): this {
    this.call('clear', this.cells);
    clearCells(this.data, this.block);
    deleteKeysIn(this.data.numberFormats, this.block);
    return this;
  }

  setNumberFormat(numberFormat: string): this {
    this.call('setNumberFormat', this.cells);
    this.forEachCell((key) => this.data.numberFormats.set(key, String(numberFormat)));
    return this;
  }

  setNumberFormats(numberFormats: string[][]): this {
    this.call('setNumberFormats', this.cells);
    checkShape(numberFormats, this.numRows, this.numColumns, 'setNumberFormats');
    this.forEachCell((key, i, j) => this.data.numberFormats.set(key, String(numberFormats[i][j])));
    return this;
  }

  /** The top-left cell's format: its own, else a Date's implied date-time format, else the automatic one. */
  getNumberFormat(): string {
    this.call('getNumberFormat', 1);
    return this.formatAt(this.row - 1, this.column - 1);
  }

  getNumberFormats(): string[][] {
    this.call('getNumberFormats', this.cells);
    const rows: string[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const row: string[] = [];
      for (let j = 0; j < this.numColumns; j++)
        row.push(this.formatAt(this.row - 1 + i, this.column - 1 + j));
      rows.push(row);
    }
    return this.ctx.realm.rows(rows);
  }

  private formatAt(r: number, c: number): string {
    const own = this.data.numberFormats.get(cellKey(r, c));
    if (own !== undefined) return own;
    const value = this.data.values[r]?.[c];
    return typeof value === 'object' ? DEFAULT_DATE_TIME_FORMAT : AUTOMATIC_NUMBER_FORMAT;
  }

  /** Sets `rule` on every cell of the range; null removes validation. */
  setDataValidation(rule: EmulatedDataValidation | null): this {
    this.call('setDataValidation', this.cells);
    if (rule === null) deleteKeysIn(this.data.validations, this.block);
    else this.forEachCell((key) => this.data.validations.set(key, { ...rule.rule }));
    return this;
  }

  /** The top-left cell's rule, null when it has none. */
  getDataValidation(): EmulatedDataValidation | null {
    this.call('getDataValidation', 1);
    const rule = this.data.validations.get(cellKey(this.row - 1, this.column - 1));
    return rule ? new EmulatedDataValidation({ ...rule }) : null;
  }

  private forEachCell(visit: (key: string, i: number, j: number) => void): void {
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) visit(cellKey(this.row - 1 + i, this.column - 1 + j), i, j);
    }
  }

  /**
   * Copies this range's number formats and font weight (PASTE_FORMAT) or its data validation
   * (PASTE_DATA_VALIDATION) onto `destination`, repeating the source down and across when the
   * destination is a whole multiple of it, as a paste in Sheets does; otherwise one copy at the
   * destination's top-left cell. Other paste types and transposing are not modelled: they throw.
   */
  copyTo(destination: EmulatedRange, copyPasteType?: string, transposed = false): void {
    if (!(destination instanceof EmulatedRange))
      throw new Error(
        "The parameters (Object) don't match the method signature for SpreadsheetApp.Range.copyTo.",
      );
    const kind = copyPasteType ?? 'PASTE_NORMAL';
    if (transposed || (kind !== 'PASTE_FORMAT' && kind !== 'PASTE_DATA_VALIDATION'))
      throw new Error(
        `Range.copyTo with ${kind}${transposed ? ', transposed,' : ''} is not modelled by the emulator.`,
      );
    const rows = destination.numRows % this.numRows === 0 ? destination.numRows : this.numRows;
    const columns = destination.numColumns % this.numColumns === 0 ? destination.numColumns : this.numColumns;
    this.call('copyTo', rows * columns);
    const from = this.data;
    const to = destination.data;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < columns; j++) {
        const source = cellKey(this.row - 1 + (i % this.numRows), this.column - 1 + (j % this.numColumns));
        const target = cellKey(destination.row - 1 + i, destination.column - 1 + j);
        if (kind === 'PASTE_DATA_VALIDATION') copyEntry(from.validations, to.validations, source, target);
        else {
          copyEntry(from.numberFormats, to.numberFormats, source, target);
          if (from.bold?.has(source)) {
            to.bold ??= new Set();
            to.bold.add(target);
          } else to.bold?.delete(target);
        }
      }
    }
  }

  /** Sets the font weight of every cell; null resets it to normal. */
  setFontWeight(fontWeight: 'normal' | 'bold' | null): this {
    this.call('setFontWeight', this.cells);
    this.data.bold ??= new Set();
    const bold = this.data.bold;
    this.forEachCell((key) => {
      if (fontWeight === 'bold') bold.add(key);
      else bold.delete(key);
    });
    return this;
  }

  /** The top-left cell's font weight. */
  getFontWeight(): 'normal' | 'bold' {
    this.call('getFontWeight', 1);
    return this.data.bold?.has(cellKey(this.row - 1, this.column - 1)) ? 'bold' : 'normal';
  }

  /** Sets the note of each cell; '' or null removes it. Throws when the shape does not match the range. */
  setNotes(notes: Array<Array<string | null>>): this {
    this.call('setNotes', this.cells);
    checkShape(notes, this.numRows, this.numColumns, 'setNotes');
    this.data.notes ??= new Map();
    const stored = this.data.notes;
    this.forEachCell((key, i, j) => {
      const note = notes[i][j];
      if (note === null || note === '') stored.delete(key);
      else stored.set(key, String(note));
    });
    return this;
  }

  /** Sets the same note on every cell; '' or null removes it. */
  setNote(note: string | null): this {
    this.call('setNote', this.cells);
    this.data.notes ??= new Map();
    const stored = this.data.notes;
    this.forEachCell((key) => {
      if (note === null || note === '') stored.delete(key);
      else stored.set(key, String(note));
    });
    return this;
  }

  /** The top-left cell's note, '' when it has none. */
  getNote(): string {
    this.call('getNote', 1);
    return this.data.notes?.get(cellKey(this.row - 1, this.column - 1)) ?? '';
  }

  /**
   * Puts a filter on the range, its first row holding the buttons. Throws as Sheets does when the tab
   * already has one.
   */
  createFilter(): EmulatedFilter {
    this.call('createFilter');
    if (this.data.filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
    this.data.filter = {
      row: this.row,
      column: this.column,
      numRows: this.numRows,
      numColumns: this.numColumns,
    };
    return new EmulatedFilter(this.ctx, this.owner, this.data);
  }

  getA1Notation(): string {
    this.call('getA1Notation');
    return formatA1(this.row, this.column, this.numRows, this.numColumns);
  }

  getRow(): number {
    this.call('getRow');
    return this.row;
  }

  getColumn(): number {
    this.call('getColumn');
    return this.column;
  }

  getNumRows(): number {
    this.call('getNumRows');
    return this.numRows;
  }

  getNumColumns(): number {
    this.call('getNumColumns');
    return this.numColumns;
  }

  /** The range's own last row (not the sheet's). */
  getLastRow(): number {
    this.call('getLastRow');
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    this.call('getLastColumn');
    return this.column + this.numColumns - 1;
  }

  getSheet(): EmulatedSheet {
    this.call('getSheet');
    return this.owner;
  }

  /** The cell at (row, column) of this range, 1-based relative to its top-left cell. */
  getCell(row: number, column: number): EmulatedRange {
    this.call('getCell');
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.owner.rangeAt(this.row + row - 1, this.column + column - 1, 1, 1);
  }

  /** A range moved by (`rowOffset`, `columnOffset`), of this size or of `numRows` x `numColumns`. */
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): EmulatedRange {
    this.call('offset');
    return this.owner.rangeAt(
      this.row + rowOffset,
      this.column + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numColumns,
    );
  }
}

/** Sets `target` of `to` to what `source` of `from` holds (a copy of a rule), or removes it. */
function copyEntry<T>(from: Map<string, T>, to: Map<string, T>, source: string, target: string): void {
  const value = from.get(source);
  if (value === undefined) to.delete(target);
  else to.set(target, typeof value === 'object' ? structuredClone(value) : value);
}
