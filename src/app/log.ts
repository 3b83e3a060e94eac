// The Log tab: one row per bulk operation with its counts and the rows it rejected.
import type { Cell, Clock, Workbook } from './ports';
import { TAB, TAB_LAYOUTS } from './tab-layouts';

/** A row of an input that was skipped, and why (row numbers as the user sees them in the file or tab). */
export interface Rejection {
  row: number;
  reason: string;
  /** The column or field at fault, when one is. */
  field?: string;
  /** The value at fault, as the file or tab had it. */
  value?: string;
}

/** What one operation did. */
export interface LogEntry {
  action: string;
  /** The file an import read, for the Problems tab. */
  file?: string;
  result: 'ok' | 'partial' | 'failed' | 'nothing to do';
  counts: Record<string, number>;
  rejected?: Rejection[];
  /**
   * Other rows to list each with its reason, after the rejected ones: rows left out on purpose,
   * values dropped, conflicts, updates ("left out: row 5: Failed payment is not an order").
   */
  listed?: Array<{ title: string; rows: Rejection[]; problem?: boolean }>;
  /** Free text added after the rejected rows (never personal data). */
  details?: string;
}

/**
 * Sheets holds at most 50,000 characters in a cell and an .xlsx file 32,767; the Details cell stays
 * below both, so a Log written by the CLI can be saved.
 */
const MAX_DETAILS = 32_000;

/** "added 3, merged 1, rejected 2": the counts in their insertion order. */
export function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
}

/**
 * The Details text: every rejected row as "row N: reason", then each listed group as "title: row
 * N: reason; row M: reason", then the free text. When it would not fit in one cell, the lists are
 * cut and end with how many rows were left out, and free text too long for a cell on its own is cut.
 */
export function formatDetails(
  rejected: Rejection[] = [],
  details = '',
  listed: ReadonlyArray<{ title: string; rows: Rejection[] }> = [],
  /** Most rows shown per group (the others are in the Problems tab). */
  perGroup = Number.POSITIVE_INFINITY,
): string {
  const parts: string[] = [];
  // Free text is short by design; should it ever be too long, half the cell is kept for the rows
  // (what the user must see) and the text is cut rather than fail the write.
  const text = details.length > MAX_DETAILS - 40 ? `${details.slice(0, MAX_DETAILS / 2)} …` : details;
  let length = text.length;
  const groups = [
    { title: '', rows: rejected, what: 'rejected rows' },
    ...listed.map((g) => ({ ...g, what: `rows (${g.title})` })),
  ];
  for (const group of groups) {
    let shown = 0;
    for (const rejection of group.rows) {
      const prefix = shown === 0 && group.title ? `${group.title}: ` : '';
      const line = `${prefix}row ${rejection.row}: ${rejection.reason}`;
      if (shown >= perGroup || length + line.length + 2 > MAX_DETAILS - 80) break;
      parts.push(line);
      length += line.length + 2;
      shown++;
    }
    if (shown < group.rows.length) {
      const more = `… and ${group.rows.length - shown} more ${group.what}`;
      parts.push(more);
      length += more.length + 2;
    }
  }
  if (text) parts.push(text);
  return parts.join('; ');
}

/** Rows of each group the Log's Details show when every problem is also a row of Problems. */
const SHOWN_WITH_PROBLEMS = 5;

/** The problems of an entry, one per row: its rejected rows and the listed groups that are problems. */
function problemsOf(entry: LogEntry): Rejection[] {
  return [
    ...(entry.rejected ?? []),
    ...(entry.listed ?? [])
      .filter((group) => group.problem)
      .flatMap((group) => group.rows.map((row) => ({ ...row, reason: `${group.title}: ${row.reason}` }))),
  ];
}

/** The cells of the Log row of an entry; `inProblems` rows of it are in the Problems tab. */
export function logRow(entry: LogEntry, time: Date, inProblems = 0): Cell[] {
  const pointer = inProblems
    ? `${inProblems} problems listed in the Problems tab (operation "${entry.action}")`
    : '';
  const details = formatDetails(
    entry.rejected,
    entry.details,
    entry.listed,
    inProblems ? SHOWN_WITH_PROBLEMS : Number.POSITIVE_INFINITY,
  );
  return [
    time,
    entry.action,
    entry.result,
    formatCounts(entry.counts),
    [pointer, details].filter(Boolean).join('; '),
  ];
}

/** The Problems rows of entries: time, operation, file, row, field, value, reason. */
function problemRows(entries: readonly LogEntry[], time: Date): Cell[][] {
  return entries.flatMap((entry) =>
    problemsOf(entry).map((p) => [
      time,
      entry.action,
      entry.file ?? '',
      p.row,
      p.field ?? '',
      p.value ?? '',
      p.reason,
    ]),
  );
}

/** Appends rows to Problems, creating the tab with its header when it is missing. */
function appendProblems(workbook: Workbook, rows: Cell[][]): void {
  if (workbook.readHeader(TAB.problems).length === 0) {
    if (!workbook.tabNames().includes(TAB.problems)) workbook.createTab(TAB.problems);
    const layout = TAB_LAYOUTS.find((tab) => tab.name === TAB.problems)!;
    workbook.writeBlock(TAB.problems, 1, 1, [layout.columns.map((column) => column.header)]);
    workbook.freezeRows(TAB.problems, 1);
  }
  workbook.appendRows(TAB.problems, rows);
}

/**
 * Appends one row per entry to the Log tab (creating the tab with its header when it is missing),
 * and one row per problem of the entries to the Problems tab, which the Log row names. Costs one
 * read of the header and one write per tab, however many entries and problems.
 */
export function appendLog(workbook: Workbook, clock: Clock, ...entries: LogEntry[]): void {
  if (entries.length === 0) return;
  if (workbook.readHeader(TAB.log).length === 0) {
    if (!workbook.tabNames().includes(TAB.log)) workbook.createTab(TAB.log);
    const layout = TAB_LAYOUTS.find((tab) => tab.name === TAB.log)!;
    workbook.writeBlock(TAB.log, 1, 1, [layout.columns.map((column) => column.header)]);
    workbook.freezeRows(TAB.log, 1);
  }
  const time = clock.now();
  // Each problem is a row of Problems, so the Log's one cell per operation never has to be cut.
  const problems = problemRows(entries, time);
  if (problems.length > 0) appendProblems(workbook, problems);
  workbook.appendRows(
    TAB.log,
    entries.map((entry) => logRow(entry, time, problemsOf(entry).length)),
  );
}
