// Guesses the field separator of a CSV file from its first rows: comma, semicolon or tab.

const CANDIDATES = [',', ';', '\t'] as const;
/** Rows looked at besides the header: enough to see a pattern, few enough to stay instant. */
const SAMPLE_ROWS = 20;

/** How often each candidate occurs outside quotes on each of the first rows (blank lines left out). */
function countsPerRow(sample: string): Array<Map<string, number>> {
  const rows: Array<Map<string, number>> = [];
  let counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  let empty = true;
  for (let k = 0; k < sample.length && rows.length <= SAMPLE_ROWS; k++) {
    const c = sample[k];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (!empty) rows.push(counts);
      counts = new Map<string, number>(CANDIDATES.map((d) => [d, 0]));
      empty = true;
      continue;
    } else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
    empty = false;
  }
  // The last row counts only when the sample ends with the text, not in the middle of a row.
  if (!empty && rows.length <= SAMPLE_ROWS && sample.length < 65_536) rows.push(counts);
  return rows;
}

/**
 * The candidate (',', ';' or tab) that splits the header and the rows after it into the same
 * number of fields, the one giving the most fields when several do; when none is consistent (rows
 * with missing trailing fields), the one most frequent outside quotes on the header; ',' on a tie
 * or when none occurs. European spreadsheet exports use ';' because ',' is their decimal mark,
 * and a header such as "Name;Notes (a, b)" has as many commas as semicolons: the rows settle it.
 * Re-saved Etsy files and Excel's "Unicode text" use tabs.
 * @example detectDelimiter('Name;Amount\nAna;1,50') // => ';'
 */
export function detectDelimiter(sample: string): string {
  const rows = countsPerRow(sample);
  const header = rows[0];
  if (!header) return ',';
  const count = (c: string) => header.get(c) ?? 0;
  const consistent = CANDIDATES.filter(
    (c) => count(c) > 0 && rows.length > 1 && rows.slice(1).every((row) => row.get(c) === count(c)),
  );
  const pool = consistent.length > 0 ? consistent : CANDIDATES;
  let best: string | undefined;
  for (const c of pool) if (best === undefined ? count(c) > 0 : count(c) > count(best)) best = c;
  return best ?? ',';
}
