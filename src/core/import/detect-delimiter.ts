// Guesses the field separator of a CSV file from its first line: comma, semicolon or tab.

const CANDIDATES = [',', ';', '\t'] as const;

/**
 * The candidate (',', ';' or tab) that occurs most often outside quotes on the first line of
 * `sample`; ',' on a tie or when none occurs. European spreadsheet exports use ';' because ',' is
 * their decimal mark; re-saved Etsy files use tabs.
 * @example detectDelimiter('Name;Amount\nAna;1,50') // => ';'
 */
export function detectDelimiter(sample: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (let k = 0; k < sample.length; k++) {
    const c = sample[k];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const c of CANDIDATES) if ((counts.get(c) ?? 0) > (counts.get(best) ?? 0)) best = c;
  return best;
}
