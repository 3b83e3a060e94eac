// Reduces a fit table's label to the form labels are matched in.

const GREEK: Record<string, string> = { α: 'alpha', β: 'beta', γ: 'gamma' };

/**
 * The label in lower-case letters and digits, Greek letters spelled out, so "Alpha", "α" and
 * "alpha " match, as do "log-likelihood" and "Log likelihood".
 *
 * @example normaliseLabel('Drop-out at first purchase') // => 'dropoutatfirstpurchase'
 */
export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[αβγ]/g, (letter) => GREEK[letter])
    .replace(/[^a-z0-9]/g, '');
}
