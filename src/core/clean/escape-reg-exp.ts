// Makes any text usable inside a regular expression as itself, so a value can be searched for in free text.

/**
 * The text with every character that has a meaning in a regular expression escaped, so
 * `new RegExp(escapeRegExp(value))` matches `value` literally (a Customer ID, an email with its
 * dots and plus sign).
 * @example escapeRegExp('a.b+c@x.org') // => 'a\\.b\\+c@x\\.org'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
