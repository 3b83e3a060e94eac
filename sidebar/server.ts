// A typed client over google.script.run: each server call becomes a promise.
import type { ServerArgs, ServerFunction, ServerResult } from '../src/entry/server-api';

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/** Calls a sidebar API function on the server. */
export function callServer<K extends ServerFunction>(
  name: K,
  ...args: ServerArgs<K>
): Promise<ServerResult<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ServerResult<K>))
      .withFailureHandler(reject) as unknown as Record<string, (...a: unknown[]) => void>;
    runner[name](...args);
  });
}
