// Runs the shipped bundle (dist/Code.js) on a workbook through the local runtime, one execution per call.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Progress } from '../../app/ports';
import { parseProgressLine } from '../../app/progress-line';
import type { menuEntryPoints } from '../../entry/menu';
import type { ServerArgs, ServerFunction, ServerResult } from '../../entry/server-api';
import { clockTriggerEvent } from '../emulator/clock-trigger-event';
import { EmulatorEnvironment } from '../emulator/emulator-environment';
import type { Execution } from '../emulator/execution';
import { PropertyStores } from '../emulator/properties-service';
import { type TriggerRecord, TriggerRegistry } from '../emulator/script-app';
import type { WorkbookData } from '../emulator/workbook-data';
import { LocalRuntime, type RunResult } from '../runtime/local-runtime';
import type { StoredProperties } from '../store/property-tab';
import { emulatorStore, readEmulatorState } from './emulator-state';

/** The repository root (this file is src/local/cli/bundle-session.ts). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const BUNDLE = join(ROOT, 'dist', 'Code.js');

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/Code.js exists and is at least as new as every bundled source (src/entry, app, gas, core). */
function bundleIsFresh(): boolean {
  const sources = Math.max(
    ...['entry', 'app', 'gas', 'core'].map((dir) => newestMtime(join(ROOT, 'src', dir))),
  );
  return existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= sources;
}

/** A lock held longer than this is taken to be left over from a crashed process. */
const STALE_LOCK_MS = 120_000;

/**
 * Runs `work` holding a lock shared by every process working on this checkout (a directory in the
 * system's temporary folder: creating one is atomic), so two CLI runs or test files never build at
 * once, one deleting dist/ while the other reads it.
 */
function withBuildLock<T>(work: () => T): T {
  const lock = join(
    tmpdir(),
    `solo-crm-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}`,
  );
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const since = statSync(lock, { throwIfNoEntry: false });
      if (since && Date.now() - since.mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 100);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds dist/Code.js when it is missing or older than the bundled sources, so the CLI always runs
 * the code `npm run deploy` would push. Throws with the build's own message when the build fails.
 */
export function ensureBundle(onBuild: (message: string) => void): string {
  if (bundleIsFresh()) return BUNDLE;
  return withBuildLock(() => {
    // Another process may have built it while this one waited for the lock.
    if (bundleIsFresh()) return BUNDLE;
    onBuild('Building dist/Code.js…');
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`The build failed:\n${build.stderr || build.stdout}`);
    return BUNDLE;
  });
}

/**
 * The script's time zone: the `timeZone` of the manifest shipped beside the bundle (dist/appsscript.json),
 * else the repository's appsscript.json. In Google the script's zone is the manifest's whatever the
 * spreadsheet's zone is, so the emulator must not borrow the workbook's.
 */
function manifestTimeZone(bundlePath: string): string {
  const beside = join(dirname(bundlePath), 'appsscript.json');
  const manifest = existsSync(beside) ? beside : join(ROOT, 'appsscript.json');
  const timeZone = (JSON.parse(readFileSync(manifest, 'utf8')) as { timeZone?: unknown }).timeZone;
  if (typeof timeZone !== 'string' || timeZone === '') throw new Error(`${manifest} has no timeZone`);
  return timeZone;
}

/** What one call did: its value and its execution (call counts, virtual time). */
export interface CallResult<T> {
  value: T;
  execution: Execution;
}

/**
 * The bundle loaded on one workbook. Each `call` is one Apps Script execution of a sidebar API
 * function (JSON in, JSON out) on the emulated spreadsheet; the environment (properties, locks,
 * triggers, mail quota, virtual clock) carries over from one call to the next, as in Apps Script, and
 * from one command-line run to the next through the workbook's property tab (see `properties`).
 */
export class BundleSession {
  readonly environment: EmulatorEnvironment;
  /** The runtime over the bundle, for executions of other kinds (menu items, custom functions). */
  readonly runtime: LocalRuntime;
  /** Whether the workbook plays an emulated clock (a tick set it) rather than following the wall clock. */
  private clockKept: boolean;

  /**
   * `now` is where the virtual clock starts when the workbook carries no emulated clock; one that
   * does (a `tick` ran on it) starts at its own. `onProgress` hears the progress lines the bundle logs
   * (console.info, see progress-line.ts) while an execution runs, so the CLI can show them before the
   * call returns. `properties` are what the workbook file carries: the document, script and user
   * properties as the script finds them in Google, and the emulator's state (emulator-state.ts).
   * Throws when the emulator's state in them cannot be read.
   */
  constructor(
    workbook: WorkbookData,
    bundlePath: string,
    now = new Date(),
    onProgress?: Progress,
    properties?: StoredProperties,
  ) {
    const state = readEmulatorState(properties?.emulator ?? {});
    const scriptTimeZone = manifestTimeZone(bundlePath);
    this.clockKept = state.clock !== null;
    this.environment = new EmulatorEnvironment({
      workbook,
      now: state.clock ?? now,
      properties: new PropertyStores(properties),
      triggers: new TriggerRegistry({ timeZone: scriptTimeZone, triggers: state.triggers }),
      mailRecipientsByDay: state.mailRecipientsByDay,
      config: { scriptTimeZone, mailDailyQuota: state.mailDailyQuota },
    });
    if (onProgress) {
      const book = this.environment.logBook;
      const add = book.add.bind(book);
      book.add = (source, level, message, at) => {
        add(source, level, message, at);
        const report = source === 'console' ? parseProgressLine(message) : null;
        if (report) onProgress(...report);
      };
    }
    this.runtime = LocalRuntime.fromFile(bundlePath, this.environment);
  }

  /**
   * What the workbook file is to carry: the document, script and user properties as the calls left
   * them, and the emulator's state (triggers, mail quota and use, and the clock where the last
   * execution left it once the workbook plays an emulated clock).
   */
  properties(): StoredProperties {
    const { document, script, user } = this.environment.properties.snapshot();
    const environment = this.environment;
    const emulator = emulatorStore({
      clock: this.clockKept ? new Date(environment.now.getTime()) : null,
      triggers: environment.triggers.snapshot(),
      mailDailyQuota: environment.mailbox.dailyQuota,
      mailRecipientsByDay: environment.mailbox.recipientsByDay(),
    });
    return { document, script, user, emulator };
  }

  /** Sets the emulated clock to `at`: the next execution starts there, and the workbook keeps it. */
  setClock(at: Date): void {
    this.environment.now = new Date(at.getTime());
    this.clockKept = true;
  }

  /**
   * Runs `trigger`'s function as Apps Script does when the trigger fires at `at`: one 'trigger'
   * execution starting at `at`, given the time-driven event. A one-off trigger (at, after) is deleted
   * once it has run, as Apps Script disables it. Returns the run; its error is the script's, not thrown.
   */
  fireTrigger(trigger: TriggerRecord, at: Date): RunResult {
    this.environment.now = new Date(at.getTime());
    const result = this.runtime.run(trigger.handler, [clockTriggerEvent(trigger.id, at)], {
      kind: 'trigger',
    });
    if (trigger.schedule?.at !== undefined || trigger.schedule?.afterMs !== undefined) {
      this.environment.triggers.remove(trigger.id);
    }
    return result;
  }

  /**
   * Calls a sidebar API function of the bundle as google.script.run would (the sidebar's client,
   * sidebar/server.ts, is typed by the same ServerApi); throws the script's error.
   */
  call<K extends ServerFunction>(name: K, ...args: ServerArgs<K>): CallResult<ServerResult<K>> {
    const result = this.runtime.run(name, args, { kind: 'sidebar' });
    if (result.error) throw result.error;
    return { value: result.value as ServerResult<K>, execution: result.execution };
  }

  /** Runs the bundle's `onOpen` as Sheets does when the spreadsheet is opened (a simple trigger). */
  open(): Execution {
    const name: keyof typeof menuEntryPoints = 'onOpen';
    const result = this.runtime.run(name, [], { kind: 'simple-trigger' });
    if (result.error) throw result.error;
    return result.execution;
  }
}
