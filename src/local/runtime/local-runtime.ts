// Runs the bundle (dist/Code.js) as Apps Script does: loaded fresh per execution into a vm context of emulated services.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { type AppsScriptGlobals, createAppsScriptGlobals } from '../emulator/apps-script-globals';
import type { EmulatorEnvironment } from '../emulator/emulator-environment';
import { type Execution, TIME_LIMIT_MESSAGE } from '../emulator/execution';
import type { ExecutionKind } from '../emulator/service-meter';
import { createScriptContext } from './script-context';
import { assertJsonLike, jsonCopyInto, toHostRealm, toScriptRealm } from './script-values';
import { ServiceMembrane } from './service-membrane';

export interface RunOptions {
  /** What starts the execution; 'editor' (the Run button) unless told. */
  kind?: ExecutionKind;
  /** Time limit in ms; Apps Script's for the kind unless told. */
  limitMs?: number;
  /** Called with the new execution before the script loads: inject faults here. */
  prepare?: (execution: Execution) => void;
}

/**
 * Arguments of a run: a list, or a function that builds it from the execution's globals (for event
 * objects whose `source` must be the execution's Spreadsheet; the calls it makes are counted).
 */
export type RunArguments = unknown[] | ((globals: AppsScriptGlobals) => unknown[]);

export interface RunResult {
  /** What the function returned, copied into Node's realm; undefined when it threw. */
  value: unknown;
  /** Call counts, virtual time and, when the script threw, `execution.error`. */
  execution: Execution;
  /** Same as execution.error. */
  error: Error | undefined;
}

/** Message Apps Script gives for a name that is not a callable global function. */
export function functionNotFound(name: string): string {
  return `Script function not found: ${name}`;
}

/** An Error of Node's realm with the thrown value's message (and name and stack when it had them). */
function hostError(thrown: unknown): Error {
  if (typeof thrown === 'object' && thrown !== null && 'message' in thrown) {
    const source = thrown as { message: unknown; name?: unknown; stack?: unknown };
    const error = new Error(String(source.message));
    if (typeof source.name === 'string') error.name = source.name;
    if (typeof source.stack === 'string') error.stack = source.stack;
    return error;
  }
  return new Error(String(thrown));
}

/**
 * The local Apps Script runtime for one script and one environment. The script's source is compiled
 * once; each run creates a fresh vm context whose globals are the emulated services of a new Execution,
 * runs the whole file in it (top-level code runs on every execution, as in Apps Script), then calls the
 * requested global function.
 *
 * Realms: arguments are copied into the context (arrays with its Array, Dates with its Date, plain
 * objects as its objects) so `instanceof` and `Array.isArray` hold inside the script; services build
 * the arrays and Dates they return there too, and what they throw is rethrown as an error of the
 * script's realm (service-membrane.ts). Return values are copied back into Node's realm.
 * Inside the context `new Date()` and `Date.now()` read the execution's virtual clock.
 */
export class LocalRuntime {
  private readonly script: vm.Script;

  constructor(
    source: string,
    readonly environment: EmulatorEnvironment,
    filename = 'Code.js',
  ) {
    this.script = new vm.Script(source, { filename });
  }

  /** A runtime over the file at `path` (normally dist/Code.js). */
  static fromFile(path: string, environment: EmulatorEnvironment): LocalRuntime {
    return new LocalRuntime(readFileSync(path, 'utf8'), environment, path);
  }

  /**
   * Runs global function `name` with `args` as one execution of `options.kind`. Never throws for an
   * error of the script: it is returned in `error` (and `execution.error`) with its message as Apps
   * Script shows it. A missing or non-function global fails with "Script function not found: NAME";
   * for 'sidebar' runs (google.script.run) so does a private name ending in "_", and arguments and the
   * return value must be JSON-like (no Date, function, class instance).
   */
  run(name: string, args: RunArguments = [], options: RunOptions = {}): RunResult {
    const kind = options.kind ?? 'editor';
    const environment = this.environment;
    const execution = environment.startExecution(kind, { limitMs: options.limitMs });
    let value: unknown;
    try {
      options.prepare?.(execution);
      const target = createScriptContext(() => execution.now().getTime());
      const membrane = new ServiceMembrane(target);
      const services = createAppsScriptGlobals(environment, execution, {
        realm: target.realm,
        scriptGlobals: target.global,
      });
      const globals = membrane.wrapGlobals(services);
      Object.assign(target.global, globals);
      this.script.runInContext(target.context);
      const fn = target.global[name];
      if (typeof fn !== 'function' || (kind === 'sidebar' && name.endsWith('_'))) {
        throw new Error(functionNotFound(name));
      }
      let given = typeof args === 'function' ? args(globals) : args;
      if (kind === 'simple-trigger' && given.length === 0) {
        // Apps Script hands a simple trigger its event: onOpen runs in AuthMode.LIMITED.
        given = [
          {
            authMode: services.ScriptApp.AuthMode.LIMITED,
            source: membrane.wrap(services.SpreadsheetApp.eventSource()),
          },
        ];
      }
      let scriptArgs: unknown[];
      if (kind === 'sidebar') {
        given.forEach((arg, i) => {
          assertJsonLike(arg, `argument ${i + 1}`);
        });
        scriptArgs = given.map((arg) => jsonCopyInto(arg, target));
      } else {
        scriptArgs = given.map((arg) => toScriptRealm(arg, target));
      }
      const result = (fn as (...a: unknown[]) => unknown).apply(undefined, scriptArgs);
      if (kind === 'sidebar') assertJsonLike(result, 'the return value');
      value = toHostRealm(result);
    } catch (thrown) {
      execution.error = hostError(thrown);
      value = undefined;
    } finally {
      // Apps Script stops the execution at the limit, whatever the script's catch blocks would have done.
      if (execution.timedOut && execution.error?.message !== TIME_LIMIT_MESSAGE) {
        execution.error = new Error(TIME_LIMIT_MESSAGE);
        value = undefined;
      }
      environment.finishExecution(execution);
    }
    return { value, execution, error: execution.error };
  }

  /**
   * Runs custom function `name` as Sheets does: a 'custom-function' execution (30 s, read-only
   * spreadsheet, no MailApp/ScriptApp/Ui). Ranges are passed as 2-D arrays, single cells as values.
   */
  runCustomFunction(name: string, ...args: unknown[]): RunResult {
    return this.run(name, args, { kind: 'custom-function' });
  }
}
