// The values the workbook's formulas compute: =CRM_… by the bundle's custom functions, others by fast-formula-parser.
/// <reference path="./fast-formula-parser.d.ts" />
import FormulaParser, { type FunctionArgument } from 'fast-formula-parser';
import { zoneOffsetMs } from '../emulator/java-time-zone';
import { type CellValue, cellKey, type SheetData, type WorkbookData } from '../emulator/workbook-data';

/** Runs one custom function as Sheets does; returns its value or throws the script's error. */
export type CustomFunctionCall = (name: string, args: unknown[]) => unknown;

/** Passes over the formulas before giving up on values that still change (chains of formula references). */
const MAX_PASSES = 8;
const DAY_MS = 86_400_000;
/** Serial number of 1970-01-01 in Sheets' date system (day 0 is 1899-12-30). */
const UNIX_EPOCH_SERIAL = 25_569;
/** Custom functions are the bundle's; every one Solo CRM ships starts so. */
const CUSTOM_PREFIX = 'CRM_';

/** A computed cell: its value, and the error's message when it shows one. */
interface Computed {
  value: CellValue;
  message?: string;
}

/** What a date is to the built-in functions: Sheets' serial number of its wall-clock time. */
function serial(date: Date, timeZone: string): number {
  return (date.getTime() + zoneOffsetMs(date, timeZone)) / DAY_MS + UNIX_EPOCH_SERIAL;
}

function isEmpty(sheet: SheetData, row: number, column: number): boolean {
  const value = sheet.values[row]?.[column];
  return (value === undefined || value === '') && !sheet.formulas.has(cellKey(row, column));
}

/** One scalar as a cell holds it: errors of the parser become their code (#DIV/0!), blanks "". */
function cellResult(value: unknown): Computed {
  if (value instanceof FormulaParser.FormulaError) return { value: value.error, message: value.message };
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return { value };
  if (value instanceof Date) return { value };
  return { value: String(value) };
}

/**
 * The computed values of every formula of a workbook, kept beside it: the stored workbook keeps only
 * the formulas (as the emulator does), these are what the sandbox shows and what formulas read. A
 * formula whose result is an array spills it right and down; when a cell it would cover is not empty
 * the formula shows #REF!, as Sheets does. Custom function results are remembered by their arguments
 * (Sheets caches them too) until `forget` is called.
 */
export class FormulaValues {
  private computed = new Map<string, Map<string, Computed>>();
  private readonly remembered = new Map<string, unknown>();

  constructor(private readonly callCustom: CustomFunctionCall) {}

  /** The value a cell shows: its computed value (a formula's, a spill's), else the stored one. */
  value(sheet: SheetData, row: number, column: number): CellValue {
    return (
      this.computed.get(sheet.name)?.get(cellKey(row, column))?.value ?? sheet.values[row]?.[column] ?? ''
    );
  }

  /** The message of the error a cell shows (a custom function's exception), or undefined. */
  message(sheet: SheetData, row: number, column: number): string | undefined {
    return this.computed.get(sheet.name)?.get(cellKey(row, column))?.message;
  }

  /** Drops remembered custom function results (after the clock moved: they may read the date). */
  forget(): void {
    this.remembered.clear();
  }

  /** Computes every formula of `workbook` again, passing over them until their values settle. */
  recalculate(workbook: WorkbookData): void {
    const bySheet = new Map(workbook.sheets.map((s) => [s.name, s]));
    let previous = new Map<string, Map<string, Computed>>();
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      this.computed = previous;
      const next = new Map<string, Map<string, Computed>>();
      for (const sheet of workbook.sheets) {
        for (const [key, formula] of sheet.formulas) {
          const [row, column] = key.split(':').map(Number);
          this.evaluate(workbook, bySheet, sheet, row, column, formula, next);
        }
      }
      const settled = sameComputed(previous, next);
      previous = next;
      if (settled) break;
    }
    this.computed = previous;
  }

  private evaluate(
    workbook: WorkbookData,
    bySheet: Map<string, SheetData>,
    sheet: SheetData,
    row: number,
    column: number,
    formula: string,
    into: Map<string, Map<string, Computed>>,
  ): void {
    // A custom function is handed dates as Dates, as Sheets does; built-ins get serial numbers.
    const custom = formula.toUpperCase().includes(CUSTOM_PREFIX);
    const read = (target: SheetData | undefined, r: number, c: number): unknown => {
      if (!target) return '';
      const value = this.value(target, r, c);
      return value instanceof Date && !custom ? serial(value, workbook.timeZone) : value;
    };
    const parser = new FormulaParser({
      functions: {
        ...this.customFunctions(formula),
        // No network from a sandbox formula.
        WEBSERVICE: () =>
          new FormulaParser.FormulaError('#N/A', 'WEBSERVICE is not available in the sandbox'),
      },
      onCell: (ref) => read(bySheet.get(ref.sheet), ref.row - 1, ref.col - 1),
      onRange: (ref) => {
        const target = bySheet.get(ref.sheet);
        if (!target) return [['']];
        // Whole columns (A:A) end at the sheet's last stored row, not at row 1,048,576.
        const lastRow = Math.min(ref.to.row, Math.max(target.values.length, ref.from.row));
        const lastColumn = Math.min(ref.to.col, Math.max(target.maxColumns, ref.from.col));
        const rows: unknown[][] = [];
        for (let r = ref.from.row; r <= lastRow; r++) {
          const cells: unknown[] = [];
          for (let c = ref.from.col; c <= lastColumn; c++) cells.push(read(target, r - 1, c - 1));
          rows.push(cells);
        }
        return rows;
      },
    });
    let result: unknown;
    try {
      result = parser.parse(formula.slice(1), { sheet: sheet.name, row: row + 1, col: column + 1 }, true);
    } catch (error) {
      result =
        error instanceof FormulaParser.FormulaError
          ? error
          : new FormulaParser.FormulaError('#ERROR!', (error as Error).message);
    }
    let cells = into.get(sheet.name);
    if (!cells) {
      cells = new Map();
      into.set(sheet.name, cells);
    }
    const grid = Array.isArray(result)
      ? (result as unknown[]).map((r) => (Array.isArray(r) ? r : [r]))
      : [[result]];
    const blocked = grid.some((values, i) =>
      values.some(
        (_, j) =>
          (i > 0 || j > 0) &&
          (!isEmpty(sheet, row + i, column + j) || cells.has(cellKey(row + i, column + j))),
      ),
    );
    if (blocked) {
      cells.set(cellKey(row, column), {
        value: '#REF!',
        message: 'Array result was not expanded because it would overwrite data.',
      });
      return;
    }
    grid.forEach((values, i) => {
      values.forEach((value, j) => {
        cells.set(cellKey(row + i, column + j), cellResult(value));
      });
    });
  }

  /** The custom functions `formula` names, each run by the bundle (results remembered by arguments). */
  private customFunctions(formula: string): Record<string, (...args: FunctionArgument[]) => unknown> {
    const functions: Record<string, (...args: FunctionArgument[]) => unknown> = {};
    for (const match of formula.toUpperCase().matchAll(/\b(CRM_[A-Z0-9_]+)\s*\(/g)) {
      const name = match[1];
      functions[name] = (...args) => {
        // A skipped argument reaches a custom function as "" (see src/core/formula/is-blank.ts).
        const values = args.map((a) => (a.omitted ? '' : a.value));
        const key = `${name}(${JSON.stringify(values, dateTagged)})`;
        if (!this.remembered.has(key)) {
          try {
            this.remembered.set(key, this.callCustom(name, values));
          } catch (error) {
            this.remembered.set(key, new FormulaParser.FormulaError('#ERROR!', (error as Error).message));
          }
        }
        const value = this.remembered.get(key);
        return value === '' ? '' : value;
      };
    }
    return functions;
  }
}

/** JSON replacer that keeps a Date apart from the same text. */
function dateTagged(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? { date: raw.getTime() } : value;
}

function sameComputed(a: Map<string, Map<string, Computed>>, b: Map<string, Map<string, Computed>>): boolean {
  if (a.size !== b.size) return false;
  for (const [sheet, cells] of b) {
    const other = a.get(sheet);
    if (!other || other.size !== cells.size) return false;
    for (const [key, computed] of cells) {
      const before = other.get(key)?.value;
      const now = computed.value;
      const same =
        before instanceof Date && now instanceof Date ? before.getTime() === now.getTime() : before === now;
      if (!same) return false;
    }
  }
  return true;
}
