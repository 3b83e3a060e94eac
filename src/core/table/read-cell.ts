// Converts one cell, as getValues returns it, to the value its column kind calls for.
import { cellError } from '../clean/cell-error';
import type { DateOrder } from '../clean/parse-instant';
import { parseInstant } from '../clean/parse-instant';
import { parseMoney } from '../clean/parse-money';
import { fail, ok, type Parsed } from '../clean/parsed';
import type { ColumnKind } from '../model/tab-spec';

export interface CellOptions {
  /** Spreadsheet time zone, for dates typed as text or numbers. */
  timeZone: string;
  dateOrder?: DateOrder;
  decimal?: '.' | ',';
  /** Magnitudes above this are problems ("huge numbers"); default 1e12. */
  maxMagnitude?: number;
}

const TEXT_KINDS: ReadonlySet<ColumnKind> = new Set(['text', 'id', 'email', 'phone']);

function isBlank(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * The cell as its kind: text kinds give trimmed strings ('' when blank; numbers such as an Order
 * ID 1041 become "1041"); numeric kinds give numbers or null when blank ("45%" is 0.45 in a
 * percent column); date kinds give Dates or null; boolean gives true/false/null from checkboxes
 * or yes/no, true/false, 1/0, x. Error values (#N/A), text in a numeric column, impossible dates,
 * non-integers in an integer column and huge numbers are problems.
 */
export function readCell(value: unknown, kind: ColumnKind, options: CellOptions): Parsed<unknown> {
  if (isBlank(value)) return ok(TEXT_KINDS.has(kind) ? '' : null);
  const error = cellError(value);
  if (error) return fail(`error value ${error}`);
  switch (kind) {
    case 'text':
    case 'email':
    case 'phone':
    case 'id':
      if (value instanceof Date)
        return kind === 'text' ? ok(value.toISOString()) : fail('a date is not an ID');
      return ok(String(value).trim());
    case 'number':
    case 'money':
    case 'percent':
    case 'integer': {
      if (typeof value === 'boolean' || value instanceof Date) return fail(`not a number (${String(value)})`);
      let input = value;
      let scale = 1;
      if (typeof input === 'string' && /%\s*$/.test(input)) {
        input = input.replace(/%\s*$/, '');
        scale = kind === 'percent' ? 0.01 : NaN;
      }
      const parsed = parseMoney(input, { decimal: options.decimal, maxMagnitude: options.maxMagnitude });
      if (!parsed.ok) return fail(parsed.reason.replace('not an amount', 'not a number'));
      if (Number.isNaN(scale)) return fail(`a percentage is not a number here (${String(value)})`);
      const number = parsed.value * scale;
      if (kind === 'integer' && !Number.isInteger(number))
        return fail(`not a whole number (${String(value)})`);
      return ok(number);
    }
    case 'date':
    case 'datetime':
      if (typeof value === 'boolean') return fail(`not a date (${value})`);
      return parseInstant(value, { timeZone: options.timeZone, dateOrder: options.dateOrder });
    case 'boolean': {
      if (typeof value === 'boolean') return ok(value);
      const text = String(value).trim().toLowerCase();
      if (/^(true|yes|y|1|x|✓|✔)$/.test(text)) return ok(true);
      if (/^(false|no|n|0)$/.test(text)) return ok(false);
      return fail(`not yes/no (${String(value)})`);
    }
  }
}
