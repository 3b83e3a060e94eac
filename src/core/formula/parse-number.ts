// Reads one cell as a number: a number, or text that is exactly a number.
import { FormulaError } from './formula-error';
import { isBlank } from './is-blank';
import { isDate } from './is-date';

const NUMERIC_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?%?$/i;

/**
 * The numeric value of a cell: a finite number as it is, or text that is entirely a decimal
 * number (spaces around it allowed, an optional exponent, and an optional trailing `%` that
 * divides by 100, because Sheets shows 10% but a pasted text keeps the sign).
 *
 * Throws FormulaError naming `name` when the cell is blank ("is missing"), a date, TRUE/FALSE,
 * text that is not wholly a number ("12abc", "1,200", "$5") or not finite.
 *
 * @example parseNumber(' 12.5 ', 'amount') // => 12.5
 * @example parseNumber('10%', 'rate') // => 0.1
 */
export function parseNumber(value: unknown, name: string): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw new FormulaError(`${name} is not a finite number`);
  }
  if (isBlank(value)) throw new FormulaError(`${name} is missing`);
  if (typeof value === 'string') {
    const text = value.trim();
    if (NUMERIC_TEXT.test(text)) {
      const percent = text.endsWith('%');
      const number = Number(percent ? text.slice(0, -1) : text);
      if (Number.isFinite(number)) return percent ? number / 100 : number;
    }
    throw new FormulaError(`${name} is not a number: "${shorten(text)}"`);
  }
  if (isDate(value)) throw new FormulaError(`${name} is a date, not a number`);
  if (typeof value === 'boolean')
    throw new FormulaError(`${name} is ${value ? 'TRUE' : 'FALSE'}, not a number`);
  throw new FormulaError(`${name} is not a number`);
}

/** Keeps an echoed cell short enough to read in a cell. */
function shorten(text: string): string {
  return text.length > 30 ? `${text.slice(0, 27)}...` : text;
}
