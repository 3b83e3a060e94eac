// Recognises a label cell: text that is not a number, such as a header or a fit table's label.
import { isBlank } from './is-blank';

const NUMERIC_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?%?$/i;

/**
 * True for non-blank text that does not read as a number (see parseNumber): "Frequency",
 * "alpha", "n/a". Used to tell a header row or a labels row from values.
 *
 * @example isLabel('alpha') // => true
 * @example isLabel('0.25') // => false
 */
export function isLabel(cell: unknown): boolean {
  return typeof cell === 'string' && !isBlank(cell) && !NUMERIC_TEXT.test(cell.trim());
}
