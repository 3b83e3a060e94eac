// Test harness: the built bundle (dist/Code.js) run by the local runtime on an emulated workbook.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureBundle } from '../../src/local/cli/bundle-session';
import { EmulatorEnvironment } from '../../src/local/emulator/emulator-environment';
import { emptyWorkbook, type WorkbookData } from '../../src/local/emulator/workbook-data';
import { LocalRuntime, type RunOptions, type RunResult } from '../../src/local/runtime/local-runtime';

/** The bundle's path, built first when it is missing or older than the sources. */
export function bundle(): string {
  return ensureBundle(() => {});
}

/** A fresh environment (empty workbook unless given) with the bundle loaded. */
export function harness(workbook: WorkbookData = emptyWorkbook('Test')) {
  const code = bundle();
  const environment = new EmulatorEnvironment({
    workbook,
    now: new Date('2024-06-01T12:00:00Z'),
    files: { Sidebar: readFileSync(join(dirname(code), 'Sidebar.html'), 'utf8') },
  });
  const runtime = LocalRuntime.fromFile(code, environment);
  /** Runs a global; fails the test with the script's error when it threw. */
  const run = (name: string, args: unknown[] = [], options: RunOptions = {}): RunResult => {
    const result = runtime.run(name, args, options);
    if (result.error) throw result.error;
    return result;
  };
  /** Runs a sidebar API function (JSON in and out), as google.script.run does. */
  const call = <T>(name: string, ...args: unknown[]): T => run(name, args, { kind: 'sidebar' }).value as T;
  /** A tab's values as objects keyed by header. */
  const records = (tab: string): Array<Record<string, unknown>> => {
    const sheet = environment.workbook.sheets.find((s) => s.name === tab);
    if (!sheet) throw new Error(`no tab ${tab}`);
    const [header = [], ...rows] = sheet.values;
    return rows
      .filter((row) => row.some((cell) => cell !== ''))
      .map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i] ?? ''])));
  };
  return { environment, runtime, run, call, records };
}
