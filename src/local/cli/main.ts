// The Solo CRM command line: `npm run crm -- <command> --workbook W.xlsx …`, run on the shipped bundle.
//
// How it runs: the workbook is read with the .xlsx store, loaded into the Apps Script emulator, and
// each command calls the bundle's sidebar API (dist/Code.js, rebuilt when older than its sources)
// through the local runtime, exactly as google.script.run would in Google Sheets: the CLI exercises
// the code that ships. The file is written back (atomically) only when the command succeeded.
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import type { Progress } from '../../app/ports';
import { emptyWorkbook } from '../emulator/workbook-data';
import {
  type OpenWorkbookFile,
  type WorkbookFileOptions,
  withWorkbookFile,
} from '../store/with-workbook-file';
import { BundleSession, ensureBundle } from './bundle-session';
import { checkOutputPath } from './check-output-path';
import { COMMAND_ACTIONS, type CommandOutcome } from './command-actions';
import { COMMANDS, type CommandSpec, commandHelp, generalHelp, VALUED_OPTIONS } from './commands';
import { type ParsedArgs, parseArgs, UsageError } from './parse-args';
import { requiredOption } from './required-option';

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

/** Node's heap limit in GB, one decimal. */
function heapLimitGb(): string {
  return (getHeapStatistics().heap_size_limit / 2 ** 30).toFixed(1);
}

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

/** --workbook: an .xlsx file in a folder that exists. */
function workbookPath(args: ParsedArgs): string {
  const path = requiredOption(args, 'workbook');
  // The store writes .xlsx whatever the name says: "shop.txt" would be a workbook nothing opens as one.
  if (!/\.xlsx$/i.test(path)) throw new UsageError(`--workbook must name an .xlsx file (got "${path}").`);
  if (!existsSync(dirname(resolve(path)))) {
    throw new UsageError(`--workbook: the folder ${dirname(resolve(path))} does not exist.`);
  }
  return path;
}

/** Refuses any word, option or flag the command does not take (--json goes with every command). */
function checkKnownOptions(command: CommandSpec, args: ParsedArgs): void {
  const [word, ...extra] = args.positionals;
  const positional = command.positional;
  if (!positional && word !== undefined) throw new UsageError(`Unexpected argument "${word}".`);
  if (positional) {
    const values = positional.values.join(', ');
    if (word === undefined) throw new UsageError(`${command.name} needs one of ${values}.`);
    if (!positional.values.includes(word)) {
      throw new UsageError(`${command.name} takes one of ${values} (got "${word}").`);
    }
    if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
  }
  for (const flag of args.flags) {
    if (flag !== 'json' && !command.options.some((o) => o.name === flag && !o.value)) {
      throw new UsageError(`Unknown option --${flag} for ${command.name}.`);
    }
  }
  for (const name of args.options.keys()) {
    if (!command.options.some((o) => o.name === name))
      throw new UsageError(`Unknown option --${name} for ${command.name}.`);
  }
}

/** The bundle loaded on the open workbook file, its progress shown on a terminal. */
function openSession(file: OpenWorkbookFile, io: Io): BundleSession {
  const bundle = ensureBundle((message) => io.tty && io.err(message));
  return new BundleSession(
    file.workbook,
    bundle,
    new Date(),
    io.tty ? progressPrinter(io) : undefined,
    file.properties,
  );
}

/** Writes the workbook back with its properties (Customer ID counter, import progress, unsubscribe queue, secret). */
async function saveWorkbook(
  file: OpenWorkbookFile,
  session: BundleSession,
  path: string,
  io: Io,
): Promise<void> {
  const { writtenAnew } = await file.save(session.environment.workbook, session.properties());
  if (writtenAnew !== undefined) {
    io.err(
      `Note: ${path} has ${writtenAnew} cells, too many to load again in this Node's memory (${heapLimitGb()} GB heap); it was written anew with its values, formulas, formats and validations, without the file's own fills, fonts, notes, merges, widths and names. npm run crm gives Node a bigger heap (--max-old-space-size).`,
    );
  }
}

/** How the command opens its workbook: written back or not, created by setup, and what waiting for its lock says. */
function workbookFileOptions(command: CommandSpec, path: string, io: Io): WorkbookFileOptions {
  return {
    writes: command.writes,
    create: command.name === 'setup' ? () => newWorkbook(path) : undefined,
    onWait: (lock: string) =>
      io.tty && io.err(`${command.name}: waiting for another command on ${path} (lock ${lock})…`),
  };
}

/** The outcome as printed: JSON with --json (export-customer prints JSON anyway), else text. */
function printOutcome(command: CommandSpec, args: ParsedArgs, outcome: CommandOutcome, io: Io): void {
  const json = args.flags.has('json') && command.name !== 'export-customer';
  io.out(json ? JSON.stringify(outcome.result, null, 2) : outcome.text);
}

/**
 * Runs one command; returns the exit status. Every argument is checked before the workbook is
 * opened; it is then locked from its read to its write, so a second command on it waits.
 */
async function run(command: CommandSpec, args: ParsedArgs, io: Io): Promise<number> {
  const path = workbookPath(args);
  checkKnownOptions(command, args);
  const action = COMMAND_ACTIONS[command.name];
  if (!action) throw new UsageError(`Unknown command "${command.name}".`);
  const work = action(args);
  const out = command.name === 'export-customer' ? args.options.get('out') : undefined;
  if (out !== undefined) checkOutputPath(out, path);
  return withWorkbookFile(path, workbookFileOptions(command, path, io), async (file) => {
    const session = openSession(file, io);
    if (io.tty) io.err(`${command.name}: working on ${path}…`);
    const outcome = await work(session, (text) => io.tty && io.err(text));
    if (command.writes) await saveWorkbook(file, session, path, io);
    printOutcome(command, args, outcome, io);
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
