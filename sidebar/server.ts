// A typed client over google.script.run: each server call becomes a promise, at most 10 at a time.
import type { ServerArgs, ServerFunction, ServerResult } from '../src/entry/server-api';

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/**
 * Google runs at most 10 google.script.run calls of a page at once and holds back the rest
 * [developers.google.com/apps-script/guides/html/reference/run]; queuing them here keeps that
 * order ours (first asked, first sent) and lets a search-as-you-type never starve a save.
 */
export const MAX_IN_FLIGHT = 10;

let inFlight = 0;
const waiting: Array<() => void> = [];

function release(): void {
  inFlight--;
  const next = waiting.shift();
  if (next) next();
}

/** Calls a sidebar API function on the server; its error is the script's, with its message. */
export function callServer<K extends ServerFunction>(
  name: K,
  ...args: ServerArgs<K>
): Promise<ServerResult<K>> {
  return new Promise((resolve, reject) => {
    const start = () => {
      inFlight++;
      const runner = google.script.run
        .withSuccessHandler((value) => {
          release();
          resolve(value as ServerResult<K>);
        })
        .withFailureHandler((error) => {
          release();
          reject(error);
        }) as unknown as Record<string, (...a: unknown[]) => void>;
      runner[name](...args);
    };
    if (inFlight < MAX_IN_FLIGHT) start();
    else waiting.push(start);
  });
}

/** Calls being run and waiting, for tests and progress displays. */
export function callsPending(): { inFlight: number; waiting: number } {
  return { inFlight, waiting: waiting.length };
}
