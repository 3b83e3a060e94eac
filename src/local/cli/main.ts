// The Solo CRM command line: `npm run crm -- <command> --workbook W.xlsx …`, run on the shipped bundle.
//
// How it runs: the workbook is read with the .xlsx store, loaded into the Apps Script emulator, and
// each command calls the bundle's sidebar API (dist/Code.js, rebuilt when older than its sources)
// through the local runtime, exactly as google.script.run would in Google Sheets: the CLI exercises
// the code that ships. The file is written back (atomically) only when the command succeeded.
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { addImportReports } from '../../app/add-import-reports';
import type { CustomerExport } from '../../app/export-customer';
import type { ForgetReport } from '../../app/forget-customer';
import type { CsvImportReport, ImportRequest } from '../../app/import';
import type { Progress } from '../../app/ports';
import type { RefreshReport } from '../../app/refresh';
import type { SetupReport } from '../../app/setup';
import type { UndoReport } from '../../app/undo';
import { normalizeHeader } from '../../core/table/normalize-header';
import { emptyWorkbook } from '../emulator/workbook-data';
import { withWorkbookFile } from '../store/with-workbook-file';
import { BundleSession, ensureBundle } from './bundle-session';
import { checkOutputPath } from './check-output-path';
import { COMMANDS, type CommandSpec, commandHelp, generalHelp, PRESETS, VALUED_OPTIONS } from './commands';
import {
  describeForget,
  describeImport,
  describeRefresh,
  describeSetup,
  describeUndo,
} from './describe-result';
import { type ParsedArgs, parseArgs, UsageError } from './parse-args';

/** Where the CLI writes; replaced in tests. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal: progress is shown there. */
  tty: boolean;
}

const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  tty: Boolean(process.stderr.isTTY),
};

/** What the usual reasons a file cannot be read mean, in words. */
const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Node's heap limit in GB, one decimal. */
function heapLimitGb(): string {
  return (getHeapStatistics().heap_size_limit / 2 ** 30).toFixed(1);
}

/** Most executions one import may take before the CLI gives up (a file that never finishes). */
const MAX_IMPORT_EXECUTIONS = 1000;

function required(args: ParsedArgs, name: string): string {
  const value = args.options.get(name);
  if (value === undefined || value.trim() === '') throw new UsageError(`--${name} is required.`);
  return value;
}

/**
 * "Order ID=Invoice,Email=E-mail" → { 'Order ID': 'Invoice', Email: 'E-mail' }. A field given twice
 * is refused: one of the two columns would be ignored without a word.
 */
function parseMapping(text: string): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq < 1 || eq === pair.length - 1) throw new UsageError(`--map: "${pair}" is not FIELD=HEADER.`);
    const field = pair.slice(0, eq).trim();
    const earlier = Object.keys(mapping).find((known) => normalizeHeader(known) === normalizeHeader(field));
    if (earlier !== undefined) {
      throw new UsageError(
        `--map names the field ${earlier} twice (${earlier}=${mapping[earlier]} and ${pair.trim()}): give each field one column.`,
      );
    }
    mapping[field] = pair.slice(eq + 1).trim();
  }
  return mapping;
}

/** What --delimiter accepts, by the character it stands for. */
const DELIMITERS: Record<string, string> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\\t': '\t',
  '|': '|',
};

/** The workbook `setup` starts from when the file does not exist: named after the file. */
function newWorkbook(path: string) {
  return emptyWorkbook(basename(path).replace(/\.xlsx$/i, '') || 'Solo CRM');
}

/**
 * Shows the bundle's progress reports on stderr: every step of short counts (refresh's 3 stages),
 * at most one a second of long ones (an import reports every 500 records), and always the last.
 */
function progressPrinter(io: Io): Progress {
  let last = 0;
  return (done, total, stage) => {
    const now = Date.now();
    if (total > 10 && done < total && now - last < 1000) return;
    last = now;
    io.err(`  ${stage}: ${done} of ${total}`);
  };
}

/** Runs the import, one execution after another until the file is done, with progress on a TTY. */
function runImport(
  session: BundleSession,
  request: ImportRequest,
  io: Io,
): { report: CsvImportReport; executions: number } {
  let executions = 0;
  let total: CsvImportReport | null = null;
  for (;;) {
    executions++;
    const { value } = session.call<CsvImportReport>('runImport', request);
    total = addImportReports(total, value);
    if (io.tty) io.err(`  import: ${total.processed} of ${total.total} records (execution ${executions})`);
    if (value.complete) return { report: total, executions };
    if (value.processed === 0 || executions >= MAX_IMPORT_EXECUTIONS) {
      throw new Error('The import makes no progress from one execution to the next; nothing was saved.');
    }
  }
}

/** Runs one command; returns the exit status. */
async function run(command: CommandSpec, args: ParsedArgs, io: Io): Promise<number> {
  const path = required(args, 'workbook');
  // The store writes .xlsx whatever the name says: "shop.txt" would be a workbook nothing opens as one.
  if (!/\.xlsx$/i.test(path)) throw new UsageError(`--workbook must name an .xlsx file (got "${path}").`);
  if (!existsSync(dirname(resolve(path)))) {
    throw new UsageError(`--workbook: the folder ${dirname(resolve(path))} does not exist.`);
  }
  const json = args.flags.has('json');
  for (const flag of args.flags) {
    if (flag !== 'json' && !command.options.some((o) => o.name === flag && !o.value)) {
      throw new UsageError(`Unknown option --${flag} for ${command.name}.`);
    }
  }
  for (const name of args.options.keys()) {
    if (!command.options.some((o) => o.name === name))
      throw new UsageError(`Unknown option --${name} for ${command.name}.`);
  }
  let request: ImportRequest | null = null;
  if (command.name === 'import') {
    const preset = required(args, 'preset');
    if (!(PRESETS as readonly string[]).includes(preset)) {
      throw new UsageError(`--preset must be one of ${PRESETS.join(', ')} (got "${preset}").`);
    }
    const file = required(args, 'file');
    // The bytes go to the bundle as they are: decoding (UTF-8, UTF-16, Windows-1252) is the same as the sidebar's.
    let base64: string;
    try {
      base64 = readFileSync(file).toString('base64');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      throw new Error(`Cannot read the file ${file}: ${READ_ERRORS[code] ?? (error as Error).message}.`);
    }
    const map = args.options.get('map');
    if (preset === 'generic' && !map) throw new UsageError('The generic preset needs --map FIELD=HEADER,….');
    for (const name of ['map', 'channel']) {
      // The other presets know their columns and channel: a mapping given to them would be ignored.
      if (preset !== 'generic' && args.options.has(name))
        throw new UsageError(`--${name} is for the generic preset only (got --preset ${preset}).`);
    }
    const dateOrder = args.options.get('date-order');
    if (dateOrder !== undefined && !['mdy', 'dmy', 'ymd'].includes(dateOrder)) {
      throw new UsageError(`--date-order must be mdy, dmy or ymd (got "${dateOrder}").`);
    }
    const delimiterName = args.options.get('delimiter');
    const delimiter = delimiterName === undefined ? undefined : DELIMITERS[delimiterName.toLowerCase()];
    if (delimiterName !== undefined && delimiter === undefined) {
      throw new UsageError(`--delimiter must be comma, semicolon, tab or | (got "${delimiterName}").`);
    }
    if (args.flags.has('decimal-comma') && args.flags.has('decimal-point')) {
      throw new UsageError('--decimal-comma and --decimal-point cannot both be given.');
    }
    const decimal = args.flags.has('decimal-comma') ? ',' : args.flags.has('decimal-point') ? '.' : undefined;
    const channel = args.options.get('channel');
    request = {
      preset,
      base64,
      ...(delimiter ? { delimiter } : {}),
      ...(map ? { mapping: parseMapping(map) } : {}),
      ...(channel ? { channel } : {}),
      ...(dateOrder ? { dateOrder: dateOrder as 'mdy' | 'dmy' | 'ymd' } : {}),
      ...(decimal ? { decimal: decimal as '.' | ',' } : {}),
    };
  }
  const customer = command.options.some((o) => o.name === 'customer') ? required(args, 'customer') : '';

  const out = command.name === 'export-customer' ? args.options.get('out') : undefined;
  if (out !== undefined) checkOutputPath(out, path);

  const options = {
    writes: command.writes,
    create: command.name === 'setup' ? () => newWorkbook(path) : undefined,
    onWait: (lock: string) =>
      io.tty && io.err(`${command.name}: waiting for another command on ${path} (lock ${lock})…`),
  };
  // Locked from the read to the write: a second command on the same workbook waits for this one.
  return withWorkbookFile(path, options, async (file) => {
    const bundle = ensureBundle((message) => io.tty && io.err(message));
    const session = new BundleSession(
      file.workbook,
      bundle,
      new Date(),
      io.tty ? progressPrinter(io) : undefined,
      file.properties,
    );
    if (io.tty) io.err(`${command.name}: working on ${path}…`);

    let result: unknown;
    let text: string;
    switch (command.name) {
      case 'setup': {
        const report = session.call<SetupReport>('setUpWorkbook').value;
        result = report;
        text = describeSetup(report);
        break;
      }
      case 'import': {
        const { report, executions } = runImport(session, request!, io);
        result = report;
        text = describeImport(report, executions);
        break;
      }
      case 'refresh': {
        const report = session.call<RefreshReport>('refreshNow').value;
        result = report;
        text = describeRefresh(report);
        break;
      }
      case 'export-customer': {
        const data = session.call<CustomerExport>('getCustomerData', customer).value;
        result = data;
        text = JSON.stringify(data, null, 2);
        if (out) {
          await writeFile(out, `${text}\n`);
          text = `Wrote ${out}.`;
          result = { written: out };
        }
        break;
      }
      case 'forget-customer': {
        const report = session.call<ForgetReport>(
          'forgetCustomerData',
          customer,
          !args.flags.has('no-undo'),
        ).value;
        result = report;
        text = describeForget(report);
        break;
      }
      case 'undo': {
        const report = session.call<UndoReport>('undoLast').value;
        result = report;
        text = describeUndo(report);
        break;
      }
      default:
        throw new UsageError(`Unknown command "${command.name}".`);
    }
    if (command.writes) {
      // The properties (Customer ID counter, import progress, unsubscribe queue, signing secret) go with the file.
      const { writtenAnew } = await file.save(session.environment.workbook, session.properties());
      if (writtenAnew !== undefined) {
        io.err(
          `Note: ${path} has ${writtenAnew} cells, too many to load again in this Node's memory (${heapLimitGb()} GB heap); it was written anew with its values, formulas, formats and validations, without the file's own fills, fonts, notes, merges, widths and names. npm run crm gives Node a bigger heap (--max-old-space-size).`,
        );
      }
    }
    io.out(json && command.name !== 'export-customer' ? JSON.stringify(result, null, 2) : text);
    return 0;
  });
}

/**
 * Runs the CLI on `argv` (the words after the script). Returns the exit status: 0 done, 1 the
 * command failed (the workbook file is untouched), 2 bad arguments. Messages go to `io.err`.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv, VALUED_OPTIONS);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${generalHelp()}`);
    return 2;
  }
  if (!args.command) {
    if (args.flags.has('help')) {
      io.out(generalHelp());
      return 0;
    }
    io.err(generalHelp());
    return 2;
  }
  const command = COMMANDS.find((c) => c.name === args.command);
  if (!command) {
    io.err(`Unknown command "${args.command}".\n\n${generalHelp()}`);
    return 2;
  }
  if (args.flags.has('help')) {
    io.out(commandHelp(command));
    return 0;
  }
  try {
    return await run(command, args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${commandHelp(command)}`);
      return 2;
    }
    io.err(`Error: ${(error as Error).message}\nThe workbook was not changed.`);
    return 1;
  }
}

// Run when executed as the CLI (npm run crm), not when imported by tests.
if (process.argv[1] && /main\.ts$/.test(process.argv[1]) && import.meta.url.endsWith('/cli/main.ts')) {
  main(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}
