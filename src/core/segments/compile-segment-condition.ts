// Turns a parsed segment rule into one function of a customer, whatever holds the customer's cells.

import { dayNumber } from '../clean/day-number';
import type { Cell } from '../table/cell';
import { isValidDate } from '../table/is-valid-date';
import { calendarDay } from './calendar-day';
import type { SegmentOperator, SegmentRule, SegmentValue } from './segment-rule';

/** How dates are read: the spreadsheet's time zone (Settings or the file's own), and the instant TODAY means. */
export interface SegmentMatchOptions {
  timeZone: string;
  now: Date;
}

/** Reads one column's cell of a customer; undefined and null count as blank. */
export type CellReader<S> = (customer: S) => Cell | null | undefined;

const NUMBER_TEXT = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;
/** List columns (Tags, Segments, Channel) hold items separated by commas or semicolons. */
const LIST_SEPARATOR = /[,;]/;

function isBlank(cell: Cell | null | undefined): boolean {
  return (
    cell === '' || cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
  );
}

/** A cell as a number: numbers, and text that is exactly a number ("545" in RFM); NaN otherwise. */
function numberOf(cell: Cell | null | undefined): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (NUMBER_TEXT.test(text)) return Number(text);
  }
  return Number.NaN;
}

/** A cell as text for equality: trimmed, lower case, runs of spaces as one. Dates never equal text. */
function textOf(cell: Cell | null | undefined): string | undefined {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim().replace(/\s+/g, ' ').toLowerCase();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell).toLowerCase();
  return undefined;
}

function booleanOf(cell: Cell | null | undefined): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'string') {
    const text = cell.trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  return undefined;
}

/** A text literal as cells are compared: trimmed, lower case, runs of spaces as one. */
function textKey(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

function ordered(operator: SegmentOperator, left: number, right: number): boolean {
  switch (operator) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
    case '=':
      return left === right;
    case '!=':
      return left !== right;
  }
}

/**
 * Compiles `rule` into a predicate of a customer `S`, reading each column through `readerOf(header)`
 * (asked once per column mention, at compile time). Semantics, chosen so that a blank or odd cell
 * never matches by accident:
 * - `<`, `<=`, `>`, `>=`, `=` with a number compare numbers (text cells that are a number count);
 *   with a date they compare calendar days, a Date cell taken in `options.timeZone` (text cells
 *   "yyyy-mm-dd…" by their written day); TODAY is the day of `options.now` in that zone. A blank or non-numeric cell satisfies none of them.
 * - `=` with text compares case-insensitively, trimmed; `= ""` matches a blank cell. With TRUE or
 *   FALSE it matches checkbox cells (and the texts "true"/"false").
 * - `!=` is exactly NOT `=`, so a blank Channel is `!= shopify`.
 * - IN is `=` with any of the values; CONTAINS matches a whole item of a comma or semicolon list
 *   ("vip" is in "new, VIP" but not in "vipers"); IS BLANK matches an empty or all-space cell.
 * The compiled predicate parses nothing and builds no lists per customer beyond splitting a
 * CONTAINS cell. Throws RangeError when the time zone is unknown or `now` is not a valid Date.
 */
export function compileSegmentCondition<S>(
  rule: SegmentRule,
  readerOf: (header: string) => CellReader<S>,
  options: SegmentMatchOptions,
): (customer: S) => boolean {
  const { timeZone } = options;
  if (!isValidDate(options.now)) throw new RangeError('a segment rule needs the instant it is evaluated at');
  const today = dayNumber(options.now, timeZone);

  function dayOf(cell: Cell | null | undefined): number {
    if (isValidDate(cell)) return dayNumber(cell, timeZone);
    if (typeof cell === 'string') {
      const date = DATE_TEXT.exec(cell.trim());
      if (date) return calendarDay(Number(date[1]), Number(date[2]), Number(date[3])) ?? Number.NaN;
    }
    return Number.NaN;
  }

  /** Equality of a cell with one literal, for = and !=. */
  function equals(value: SegmentValue): (cell: Cell | null | undefined) => boolean {
    if (value.kind === 'number') {
      const key = value.value;
      return (cell) => numberOf(cell) === key;
    }
    if (value.kind === 'date' || value.kind === 'today') {
      const key = dayKey(value);
      return (cell) => dayOf(cell) === key;
    }
    if (value.kind === 'boolean') {
      const key = value.value;
      return (cell) => booleanOf(cell) === key;
    }
    const key = textKey(value.value);
    return (cell) => textOf(cell) === key;
  }

  function dayKey(value: SegmentValue & { kind: 'date' | 'today' }): number {
    return value.kind === 'date' ? value.day : today + value.days;
  }

  /** Equality with any of the values, one set lookup per kind however long the list. */
  function oneOf(values: readonly SegmentValue[]): (cell: Cell | null | undefined) => boolean {
    const texts = new Set<string>();
    const numbers = new Set<number>();
    const days = new Set<number>();
    const booleans = new Set<boolean>();
    for (const value of values) {
      if (value.kind === 'text') texts.add(textKey(value.value));
      else if (value.kind === 'number') numbers.add(value.value);
      else if (value.kind === 'boolean') booleans.add(value.value);
      else days.add(dayKey(value));
    }
    return (cell) => {
      if (texts.size > 0) {
        const text = textOf(cell);
        if (text !== undefined && texts.has(text)) return true;
      }
      if (numbers.size > 0 && numbers.has(numberOf(cell))) return true;
      if (days.size > 0 && days.has(dayOf(cell))) return true;
      if (booleans.size > 0) {
        const flag = booleanOf(cell);
        if (flag !== undefined && booleans.has(flag)) return true;
      }
      return false;
    };
  }

  function compile(node: SegmentRule): (customer: S) => boolean {
    switch (node.kind) {
      case 'and': {
        const terms = node.terms.map(compile);
        return (customer) => {
          for (const term of terms) if (!term(customer)) return false;
          return true;
        };
      }
      case 'or': {
        const terms = node.terms.map(compile);
        return (customer) => {
          for (const term of terms) if (term(customer)) return true;
          return false;
        };
      }
      case 'not': {
        const term = compile(node.term);
        return (customer) => !term(customer);
      }
      case 'blank': {
        const read = readerOf(node.column.header);
        return node.negated ? (customer) => !isBlank(read(customer)) : (customer) => isBlank(read(customer));
      }
      case 'compare': {
        const read = readerOf(node.column.header);
        const { operator, value } = node;
        if (operator === '=' || operator === '!=') {
          const test = equals(value);
          return operator === '=' ? (customer) => test(read(customer)) : (customer) => !test(read(customer));
        }
        // The parser lets only numbers and dates reach an ordering.
        const days = value.kind === 'date' || value.kind === 'today';
        const right = days ? dayKey(value) : value.kind === 'number' ? value.value : Number.NaN;
        const convert = days ? dayOf : numberOf;
        return (customer) => ordered(operator, convert(read(customer)), right);
      }
      case 'in': {
        const read = readerOf(node.column.header);
        const any = oneOf(node.values);
        return node.negated ? (customer) => !any(read(customer)) : (customer) => any(read(customer));
      }
      case 'contains': {
        const read = readerOf(node.column.header);
        const key = node.value.kind === 'text' ? textKey(node.value.value) : node.value.text.toLowerCase();
        const has = (cell: Cell | null | undefined): boolean => {
          const text = textOf(cell);
          // A cell that does not hold the item's letters at all is answered without splitting.
          if (!text || !key || text.indexOf(key) < 0) return false;
          for (const item of text.split(LIST_SEPARATOR)) if (item.trim() === key) return true;
          return false;
        };
        return node.negated ? (customer) => !has(read(customer)) : (customer) => has(read(customer));
      }
    }
  }

  return compile(rule);
}
