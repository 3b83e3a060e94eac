// Spreadsheet error values (#N/A, #REF!, …) that getValues hands over as plain strings.

const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|ERROR!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/**
 * The error text when a value is a Sheets/Excel error value ("#N/A", "#REF!", "#DIV/0!", …), else ''.
 * getValues returns such cells as strings, so they would otherwise pass as text.
 * @example cellError('#N/A') // => '#N/A'
 */
export function cellError(value: unknown): string {
  if (typeof value !== 'string') return '';
  const text = value.trim();
  // Every error value starts with "#": other text needs no regular expression.
  if (text.charCodeAt(0) !== 35) return '';
  return ERROR_VALUE.test(text) ? text.toUpperCase() : '';
}
