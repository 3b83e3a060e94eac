// What each CLI command asks of the bundle, and how its answer is printed.
import { writeFile } from 'node:fs/promises';
import { addImportReports } from '../../app/add-import-reports';
import type { CsvImportReport, ImportRequest } from '../../app/import';
import type { BundleSession } from './bundle-session';
import {
  describeForget,
  describeImport,
  describeRefresh,
  describeSetup,
  describeUndo,
} from './describe-result';
import { followUpsAction } from './follow-ups-command';
import { importRequest } from './import-request';
import type { ParsedArgs } from './parse-args';
import { requiredOption } from './required-option';
import { tickAction } from './tick-command';
import { triggersAction } from './triggers-command';

/** What a command printed: its result as JSON (--json) and as text. */
export interface CommandOutcome {
  result: unknown;
  text: string;
}

/** A command's work against the bundle, once its arguments are checked; `note` is for the terminal. */
export type CommandRun = (
  session: BundleSession,
  note: (text: string) => void,
) => Promise<CommandOutcome> | CommandOutcome;

/**
 * One command: checks its arguments (throwing UsageError, or Error for a file it cannot read)
 * before the workbook is opened, and returns its work.
 */
export type CommandAction = (args: ParsedArgs) => CommandRun;

/** Most executions one import may take before the CLI gives up (a file that never finishes). */
const MAX_IMPORT_EXECUTIONS = 1000;

/** Runs the import, one execution after another until the file is done. */
function importAll(
  session: BundleSession,
  request: ImportRequest,
  note: (text: string) => void,
): { report: CsvImportReport; executions: number } {
  let executions = 0;
  let total: CsvImportReport | null = null;
  for (;;) {
    executions++;
    const { value } = session.call('runImport', request);
    total = addImportReports(total, value);
    note(`  import: ${total.processed} of ${total.total} records (execution ${executions})`);
    if (value.complete) return { report: total, executions };
    if (value.processed === 0 || executions >= MAX_IMPORT_EXECUTIONS) {
      throw new Error('The import makes no progress from one execution to the next; nothing was saved.');
    }
  }
}

/** `export-customer`: the JSON printed, or written to --out. */
function exportCustomer(customer: string, out: string | undefined): CommandRun {
  return async (session) => {
    const data = session.call('getCustomerData', customer).value;
    const text = JSON.stringify(data, null, 2);
    if (!out) return { result: data, text };
    await writeFile(out, `${text}\n`);
    return { result: { written: out }, text: `Wrote ${out}.` };
  };
}

/**
 * The action of every command of COMMANDS, by name: what it checks in its arguments and what it
 * asks of the bundle, worded.
 */
export const COMMAND_ACTIONS: Readonly<Record<string, CommandAction>> = {
  setup: () => (session) => {
    const report = session.call('setUpWorkbook').value;
    return { result: report, text: describeSetup(report) };
  },
  import: (args) => {
    const request = importRequest(args);
    return (session, note) => {
      const { report, executions } = importAll(session, request, note);
      return { result: report, text: describeImport(report, executions) };
    };
  },
  refresh: () => (session) => {
    const report = session.call('refreshNow').value;
    return { result: report, text: describeRefresh(report) };
  },
  'export-customer': (args) => exportCustomer(requiredOption(args, 'customer'), args.options.get('out')),
  'forget-customer': (args) => {
    const customer = requiredOption(args, 'customer');
    const keepUndo = !args.flags.has('no-undo');
    return (session) => {
      const report = session.call('forgetCustomerData', customer, keepUndo).value;
      return { result: report, text: describeForget(report) };
    };
  },
  undo: () => (session) => {
    const report = session.call('undoLast').value;
    return { result: report, text: describeUndo(report) };
  },
  followups: followUpsAction,
  triggers: triggersAction,
  tick: tickAction,
};
