// A typed client over google.script.run: each server call becomes a promise.
import type { sidebarEntryPoints } from '../src/entry/sidebar-api';

type Api = typeof sidebarEntryPoints;
type Result<K extends keyof Api> = Awaited<ReturnType<Api[K]['run']>>;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/** Calls a sidebar API function on the server. */
export function callServer<K extends keyof Api>(
  name: K,
  ...args: Parameters<Api[K]['run']>
): Promise<Result<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Result<K>))
      .withFailureHandler(reject) as unknown as Record<string, (...a: unknown[]) => void>;
    runner[name](...args);
  });
}
