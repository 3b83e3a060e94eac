// The Log row of one execution of an import: its counts, the rows it rejected or listed, and notes.
import type { ImportReport, ParsedImport } from './import-records';
import type { LogEntry, Rejection } from './log';
import { summarise } from './summarise';

/** Orders the file shows changed since they were imported, by what changed. */
export interface UpdateTally {
  refundedOrCancelled: number;
  paidSince: number;
  refundSince: number;
}

/** Where the execution started and stopped, and what it found while writing. */
export interface ImportExecution {
  /** The first record of this execution: the preset's rejections, skips and notes are logged by the first only. */
  start: number;
  next: number;
  changedSomething: boolean;
  /** Merged customers deleted from Customers during the import. */
  gone: number;
  tally: UpdateTally;
}

/** How many distinct rows a list names: a row with two problems counts once. */
function rowCount(rows: readonly Rejection[]): number {
  return new Set(rows.map((r) => r.row)).size;
}

function counts(report: ImportReport, parsed: ParsedImport, { start, tally }: ImportExecution) {
  const counts: Record<string, number> = {
    'customers added': report.customersAdded,
    'customers merged': report.customersMerged,
    'orders added': report.ordersAdded,
    'orders already there': report.ordersAlreadyThere,
  };
  if (tally.refundedOrCancelled) counts['orders refunded or cancelled since'] = tally.refundedOrCancelled;
  if (tally.paidSince) counts['orders paid since'] = tally.paidSince;
  if (tally.refundSince) counts['orders partly refunded since'] = tally.refundSince;
  if (report.conflicts.length) counts.conflicts = report.conflicts.length;
  if (parsed.surveys.length) {
    counts['surveys added'] = report.surveysAdded;
    counts['surveys already there'] = report.surveysAlreadyThere;
  }
  counts.rejected = rowCount(report.rejected);
  const warnings = start === 0 ? (parsed.warnings ?? []) : [];
  if (warnings.length) counts['rows with a value left out'] = rowCount(warnings);
  return counts;
}

function details(report: ImportReport, parsed: ParsedImport, { start, next, gone }: ImportExecution): string {
  return [
    start === 0 && parsed.reading?.length ? `file read: ${parsed.reading.join('; ')}` : '',
    start === 0 && parsed.skipped?.length ? `${rowCount(parsed.skipped)} rows left out on purpose` : '',
    report.complete ? '' : `stopped at record ${next} of ${report.total}; run the import again to continue`,
    gone
      ? `${gone} merged customers were deleted from Customers during the import; their merged values were not written`
      : '',
    report.orphanOrders.length
      ? `${rowCount(report.orphanOrders)} orders name a Customer ID that is not in Customers and stay unattached`
      : '',
    report.suggestions.length
      ? `possible duplicates to check: ${summarise(report.suggestions.map((s) => `${s.customerId} ~ ${s.similarTo}`))}`
      : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** The Log entry of one execution of an import (the merges have Log rows of their own). */
export function importLogEntry(
  report: ImportReport,
  parsed: ParsedImport,
  execution: ImportExecution,
): LogEntry {
  const first = execution.start === 0;
  return {
    action: `import ${parsed.channel}`,
    file: parsed.fileName,
    result: report.complete ? (execution.changedSomething ? 'ok' : 'nothing to do') : 'partial',
    counts: counts(report, parsed, execution),
    rejected: report.rejected,
    listed: [
      { title: 'conflicts, not imported', rows: report.conflicts, problem: true },
      { title: 'left out on purpose', rows: first ? (parsed.skipped ?? []) : [] },
      { title: 'value left out', rows: first ? (parsed.warnings ?? []) : [], problem: true },
      { title: 'updated', rows: report.updated },
      {
        title: 'orders whose Customer ID is not in Customers, left unattached',
        rows: report.orphanOrders,
        problem: true,
      },
    ].filter((group) => group.rows.length > 0),
    details: details(report, parsed, execution),
  };
}
