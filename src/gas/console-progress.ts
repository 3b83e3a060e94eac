// The Progress port over the execution log (console.info): one line per report, no spreadsheet call.
/// <reference types="google-apps-script" />
import type { Progress } from '../app/ports';
import { progressLine } from '../app/progress-line';

/**
 * Writes each report to the execution's log, where the owner sees how far a long import got in
 * the Executions panel and the local CLI shows it on a terminal while the execution runs.
 */
export const consoleProgress: Progress = (done, total, stage) => {
  console.info(progressLine(done, total, stage));
};
