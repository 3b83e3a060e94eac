// Rejected rows grouped by the kind of reason, so a file with 300 bad dates reads as one line with a count.

/** A rejected row and why. */
export interface RowReason {
  row: number;
  reason: string;
}

/** Rows sharing a reason, with the reason as a pattern: quoted values replaced by "…". */
export interface ReasonGroup {
  reason: string;
  count: number;
  rows: number[];
}

/**
 * Groups rows whose reasons differ only in the quoted values they name ('Date: "31/02" is not a
 * date' and 'Date: "32/01" is not a date' are one group, 'Date: "…" is not a date'), largest group
 * first, then by first row. Each row keeps its full reason in the list it came from.
 * @example groupRejections([{ row: 2, reason: 'Amount: "x" is not a number' }, { row: 5, reason: 'Amount: "y" is not a number' }]) // => [{ reason: 'Amount: "…" is not a number', count: 2, rows: [2, 5] }]
 */
export function groupRejections(rows: readonly RowReason[]): ReasonGroup[] {
  const groups = new Map<string, ReasonGroup>();
  for (const { row, reason } of rows) {
    const pattern = reason
      .replace(/"[^"]*"/g, '"…"')
      .replace(/\b\d+(\.\d+)?\b/g, (n) => (n.length > 3 ? 'N' : n));
    const group = groups.get(pattern) ?? { reason: pattern, count: 0, rows: [] };
    group.count++;
    group.rows.push(row);
    groups.set(pattern, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.rows[0] - b.rows[0]);
}
