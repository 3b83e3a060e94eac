// Reads one cell as a yes/no outcome (1 or 0), e.g. whether a customer churned.
import { FormulaError } from './formula-error';
import { isBlank } from './is-blank';

const YES = new Set(['1', 'true', 'yes', 'y']);
const NO = new Set(['0', 'false', 'no', 'n']);

/**
 * 1 or 0 from TRUE/FALSE, the numbers 1 and 0, or the text 1/0, true/false, yes/no
 * (any case). Throws FormulaError naming `name` for a blank cell or any other value.
 *
 * @example parseFlag(true, 'churned') // => 1
 */
export function parseFlag(value: unknown, name: string): 0 | 1 {
  if (value === true || value === 1) return 1;
  if (value === false || value === 0) return 0;
  if (isBlank(value)) throw new FormulaError(`${name} is missing`);
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (YES.has(text)) return 1;
    if (NO.has(text)) return 0;
  }
  throw new FormulaError(`${name} must be 1 or 0 (or TRUE/FALSE): "${String(value).slice(0, 30)}"`);
}
