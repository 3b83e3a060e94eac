// The parts of fast-formula-parser (MIT, no types of its own) the sandbox uses.
declare module 'fast-formula-parser' {
  export interface CellRef {
    sheet: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  /** A function's argument: a range arrives as a 2-D array in `value`. */
  export interface FunctionArgument {
    value: unknown;
    isArray: boolean;
    isRangeRef?: boolean;
    isCellRef?: boolean;
    omitted?: boolean;
  }
  export class FormulaError extends Error {
    constructor(error: string, message?: string);
    readonly error: string;
  }
  export default class FormulaParser {
    constructor(config: {
      functions?: Record<string, (...args: FunctionArgument[]) => unknown>;
      onCell?: (ref: CellRef) => unknown;
      onRange?: (ref: RangeRef) => unknown[][];
      onVariable?: (name: string, sheet: string) => CellRef | RangeRef | null;
    });
    static readonly FormulaError: typeof FormulaError;
    static readonly MAX_ROW: number;
    static readonly MAX_COLUMN: number;
    parse(formula: string, position: CellRef, allowReturnArray?: boolean): unknown;
    supportedFunctions(): string[];
  }
}
