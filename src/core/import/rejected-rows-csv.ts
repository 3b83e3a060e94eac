// The rows an import rejected, as a CSV the user can fix and import again.
import { neutralizeFormula } from '../clean/neutralize-formula';
import { parseCsv } from './parse-csv';

/** One CSV field: quoted when it holds the separator, a quote or a line break (RFC 4180). */
function field(value: string, delimiter: string): string {
  const safe = String(neutralizeFormula(value));
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The header and the rejected rows of the file `text`, each with a last "Rejected because" column,
 * in file order, in the file's own separator. Rows are the numbers the reasons give (as a
 * spreadsheet opening the file numbers them). A value that would be read as a formula when the CSV
 * is opened gets an apostrophe, as every value the CRM writes does.
 */
export function rejectedRowsCsv(
  text: string,
  reasons: ReadonlyArray<{ row: number; reason: string }>,
  options: { delimiter?: string } = {},
): string {
  const parsed = parseCsv(text, options.delimiter ? { delimiter: options.delimiter } : {});
  const why = new Map<number, string[]>();
  for (const { row, reason } of reasons) why.set(row, [...(why.get(row) ?? []), reason]);
  const d = parsed.delimiter;
  const lines = [[...(parsed.rows[0] ?? []), 'Rejected because'].map((v) => field(v, d)).join(d)];
  parsed.rows.forEach((row, i) => {
    const reason = why.get(parsed.lines[i]);
    if (i > 0 && reason) lines.push([...row, reason.join('; ')].map((v) => field(v, d)).join(d));
  });
  return `${lines.join('\r\n')}\r\n`;
}
