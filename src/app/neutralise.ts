// Formula neutralisation of imported text (CSV injection): a leading = + - @ must not start a formula.

/**
 * Prefixes text that Sheets would read as a formula (first character =, +, -, @, or a tab or
 * carriage return before one) with an apostrophe, which Sheets shows as plain text (the OWASP
 * "CSV injection" advice). Other values are returned unchanged.
 * @example neutralise('=HYPERLINK("http://x")') // => "'=HYPERLINK(\"http://x\")"
 */
export function neutralise(value: string): string {
  return /^[\t\r]*[=+\-@]/.test(value) ? `'${value}` : value;
}
