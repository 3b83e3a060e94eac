// Test harness: the emulator's Apps Script services installed as globals for one execution, in Node's realm.
import { createAppsScriptGlobals } from '../../src/local/emulator/apps-script-globals';
import { EmulatorEnvironment } from '../../src/local/emulator/emulator-environment';
import type { Execution } from '../../src/local/emulator/execution';
import type { ExecutionKind } from '../../src/local/emulator/service-meter';
import { emptyWorkbook } from '../../src/local/emulator/workbook-data';

/** A new environment over an empty workbook. */
export function environment(): EmulatorEnvironment {
  return new EmulatorEnvironment({ workbook: emptyWorkbook('Test'), now: new Date('2024-06-01T12:00:00Z') });
}

/**
 * Runs `work` as one execution of `env`: the services (SpreadsheetApp, LockService, …) are
 * globals while it runs, as in Apps Script, and removed after. Returns the execution (call counts).
 */
export function inExecution(
  env: EmulatorEnvironment,
  work: (execution: Execution) => void,
  kind: ExecutionKind = 'editor',
  prepare?: (execution: Execution) => void,
): Execution {
  const execution = env.startExecution(kind);
  prepare?.(execution);
  const globals = createAppsScriptGlobals(env, execution) as unknown as Record<string, unknown>;
  const target = globalThis as unknown as Record<string, unknown>;
  const saved = new Map(Object.keys(globals).map((name) => [name, target[name]]));
  Object.assign(target, globals);
  try {
    work(execution);
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete target[name];
      else target[name] = value;
    }
    env.finishExecution(execution);
  }
  return execution;
}
