// Whether an execution may have changed what the workbook file keeps, judged by the services it called.
import type { Execution } from '../emulator/execution';

/** Services whose calls never change the workbook, its properties, triggers or mail. */
const READ_ONLY_SERVICES = new Set([
  'Ui',
  'Logger',
  'console',
  'Utilities',
  'Session',
  'CacheService',
  'Cache',
  'LockService',
  'Lock',
  'HtmlService',
  'HtmlOutput',
  'ContentService',
]);

/** Method names that only read. */
const READING = /^(get|is|has|can|find|openBy|next|toString)/;

/**
 * True unless every call `execution` made only read: a sidebar that opens and reads its lists then
 * costs no write of the file. When in doubt (a method this list does not know) it says true.
 */
export function changedAnything(execution: Execution): boolean {
  for (const name of execution.calls.keys()) {
    const dot = name.indexOf('.');
    const service = name.slice(0, dot);
    const method = name.slice(dot + 1);
    if (!READ_ONLY_SERVICES.has(service) && !READING.test(method)) return true;
  }
  return false;
}
