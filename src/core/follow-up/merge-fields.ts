// The {{Column}} and {{Column|fallback}} fields of a follow-up template, checked once against the Customers headers.
import { splitName } from '../clean/split-name';
import type { Cell } from '../table/cell';
import { isValidDate } from '../table/is-valid-date';
import { normalizeHeader } from '../table/normalize-header';

/** One field as written: its column name, its fallback (undefined when it has none) and where it stands. */
export interface MergeField {
  /** The whole `{{…}}` text. */
  text: string;
  column: string;
  fallback: string | undefined;
}

/** Fields the Customers tab has no column for but a template may use: derived from Name. */
const DERIVED: Readonly<Record<string, (name: Cell) => string>> = {
  firstname: (name) => splitName(name).first,
  lastname: (name) => splitName(name).last,
};

const FIELD = /\{\{([^{}|]*)(?:\|([^{}]*))?\}\}/g;

/**
 * Every field of `text` in order. A fallback may be empty (`{{Company|}}`: blank allowed).
 * @example mergeFields('Hi {{First name|there}}') // => [{ text: '{{First name|there}}', column: 'First name', fallback: 'there' }]
 */
export function mergeFields(text: string): MergeField[] {
  const fields: MergeField[] = [];
  for (const match of text.matchAll(FIELD)) {
    fields.push({ text: match[0], column: match[1].trim(), fallback: match[2]?.trim() });
  }
  return fields;
}

/** How a customer's cell reads in an email: dates as YYYY-MM-DD in the sheet's zone, numbers as written. */
export type CellFormatter = (cell: Cell) => string;

/** A template checked against the headers: fields with no column, and a renderer of customer rows. */
export interface CompiledTemplate {
  /** Field names that are no column of Customers (nor First name / Last name). */
  unknown: string[];
  /** Names of the fields without fallback that are blank for this customer row. */
  blank(row: readonly Cell[]): string[];
  /**
   * The text with each field replaced by `encode(value)`, or by its fallback as written in `text`
   * when the value is blank (a fallback is the author's text, already in the form of `text`).
   */
  fill(text: string, row: readonly Cell[], encode: (value: string) => string): string;
}

/**
 * Compiles the fields of `texts` (subject and body) against the Customers header row: each field's
 * column is found once (case, spaces and punctuation ignored, as everywhere), so filling 50,000
 * emails looks up no header.
 */
export function compileTemplate(
  texts: readonly string[],
  header: readonly Cell[],
  format: CellFormatter,
): CompiledTemplate {
  const index = new Map<string, number>();
  header.forEach((cell, column) => {
    const key = normalizeHeader(cell);
    if (key && !index.has(key)) index.set(key, column);
  });
  const nameColumn = index.get('name');
  const readers = new Map<string, (row: readonly Cell[]) => string>();
  const unknown: string[] = [];
  const fields = texts.flatMap(mergeFields);
  for (const field of fields) {
    const key = normalizeHeader(field.column);
    if (readers.has(key)) continue;
    const column = index.get(key);
    const derived = DERIVED[key];
    if (column !== undefined) readers.set(key, (row) => format(row[column] ?? '').trim());
    else if (derived && nameColumn !== undefined)
      readers.set(key, (row) => derived(row[nameColumn] ?? '').trim());
    else if (!unknown.includes(field.column)) unknown.push(field.column);
  }
  const fieldValue = (field: MergeField, row: readonly Cell[]): string =>
    readers.get(normalizeHeader(field.column))?.(row) ?? '';
  return {
    unknown,
    blank(row) {
      const names: string[] = [];
      for (const field of fields) {
        if (field.fallback === undefined && fieldValue(field, row) === '' && !names.includes(field.column))
          names.push(field.column);
      }
      return names;
    },
    fill(text, row, encode) {
      return text.replace(FIELD, (whole, column: string, fallback: string | undefined) => {
        const value = fieldValue({ text: whole, column: column.trim(), fallback }, row);
        return value === '' ? (fallback?.trim() ?? '') : encode(value);
      });
    },
  };
}

/** A cell as merge text: a date as its local calendar day, a whole number without decimals. */
export function mergeText(cell: Cell, localDay: (date: Date) => string): string {
  if (isValidDate(cell)) return localDay(cell);
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : cell.toFixed(2);
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  return String(cell ?? '');
}
