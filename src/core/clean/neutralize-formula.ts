// Keeps imported text from becoming a formula when written to a sheet (CSV injection).

const FORMULA_START = /^[\s]*[=+\-@]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Text that Sheets would read as a formula (first non-blank character =, +, - or @, the OWASP
 * "CSV injection" list) gets a leading apostrophe, which Sheets shows as plain text, as typing
 * it does. In a numeric column a genuine signed number ("-12.5", "+3") becomes that number
 * instead; "-2+3" stays text. Non-strings are returned unchanged.
 * @example neutralizeFormula('=HYPERLINK("http://x.example")') // => "'=HYPERLINK(\"http://x.example\")"
 * @example neutralizeFormula('-12.5', { numeric: true }) // => -12.5
 */
export function neutralizeFormula<T>(value: T, options: { numeric?: boolean } = {}): T | string | number {
  if (typeof value !== 'string' || !FORMULA_START.test(value)) return value;
  const trimmed = value.trim();
  if (options.numeric && PLAIN_NUMBER.test(trimmed)) return Number(trimmed);
  return `'${value}`;
}
