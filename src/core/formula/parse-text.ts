// Reads one cell as a key such as a customer ID or a product name.
import { FormulaError } from './formula-error';
import { isBlank } from './is-blank';
import { isDate } from './is-date';

/**
 * The cell as trimmed text: text as it is, a number in its shortest decimal form (Sheets
 * passes an ID typed as 1001 as the number 1001), TRUE/FALSE as those words. Throws
 * FormulaError naming `name` for a blank cell or a date.
 *
 * @example parseText(1001, 'customer_id') // => '1001'
 */
export function parseText(value: unknown, name: string): string {
  if (isBlank(value)) throw new FormulaError(`${name} is missing`);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) throw new FormulaError(`${name} is a date, not text`);
  throw new FormulaError(`${name} is not text`);
}
