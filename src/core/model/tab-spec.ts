// The shape of a tab of the workbook: its columns in order, which are required, owned, formatted and validated.

/** How a column's cells are read: decides the conversion and the problems reported. */
export type ColumnKind =
  | 'text'
  | 'id'
  | 'email'
  | 'phone'
  | 'number'
  | 'integer'
  | 'money'
  | 'percent'
  | 'date'
  | 'datetime'
  | 'boolean';

/** A data validation rule Set up puts on a column below its header. */
export type ColumnValidation =
  | { kind: 'list'; values: readonly string[] }
  | { kind: 'number-between'; min: number; max: number }
  | { kind: 'date' }
  | { kind: 'checkbox' };

/** One column of a tab. */
export interface ColumnSpec {
  /** Header as Set up writes it; found again by `normalizeHeader`, so users may restyle it. */
  header: string;
  /** Property name of the column in records (camelCase). */
  field: string;
  kind: ColumnKind;
  /** Bold in product.md section 2: a tab without it cannot be read. */
  required?: boolean;
  /** Written by the add-on only (computed columns, add-on tabs); missing ones are added on the right. */
  owned?: boolean;
  /** Sheets number format of the data cells. */
  numberFormat?: string;
  validation?: ColumnValidation;
  /** What a computed column means, in plain words: Set up puts it as the header's note. */
  note?: string;
}

/** One tab of the workbook. */
export interface TabSpec {
  name: string;
  columns: readonly ColumnSpec[];
  /** Groups of headers of which at least one must be present ("Customer ID" or "Email"). */
  requiredAnyOf?: readonly (readonly string[])[];
  /** Headers whose values together identify a row; a repeated key is a problem. */
  key?: readonly string[];
  /** The add-on writes the whole tab (Outbox, Segments, Dashboard, Log). */
  ownedWholly?: boolean;
}

/**
 * A tab's columns, each typed as a ColumnSpec while keeping its literal header and field, so the
 * column names derived from them (core/table/columns.ts) are checked by the compiler.
 */
export function defineColumns<const C extends readonly ColumnSpec[]>(
  columns: C,
): readonly (C[number] & ColumnSpec)[] {
  return columns;
}
