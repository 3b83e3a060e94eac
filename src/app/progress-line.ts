// Progress as one line of the execution log: Apps Script's Executions panel shows it, and the CLI reads it back.
import type { Progress } from './ports';

const PREFIX = 'Solo CRM progress';
const LINE = /^Solo CRM progress (.+): (\d+) of (\d+)$/;

/**
 * The log line of one progress report.
 * @example progressLine(500, 26000, 'import') // => 'Solo CRM progress import: 500 of 26000'
 */
export function progressLine(done: number, total: number, stage: string): string {
  return `${PREFIX} ${stage}: ${done} of ${total}`;
}

/** The report a log line carries, or null for any other line. */
export function parseProgressLine(line: string): Parameters<Progress> | null {
  const match = LINE.exec(line);
  return match ? [Number(match[2]), Number(match[3]), match[1]] : null;
}
