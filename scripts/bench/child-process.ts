// Runs a benchmark script in a fresh process, so its time and peak memory are its own.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Runs a script of this repository with the same Node flags as this process (--import tsx); returns its output. */
export function runScript(root: string, script: string, args: readonly string[] = []): string {
  const child = spawnSync(process.execPath, [...process.execArgv, join(root, script), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`${script} failed:\n${child.stderr}${child.stdout}`);
  return child.stdout;
}

/** The report a child prints as its last line of JSON. */
export function childReport<T>(root: string, script: string, args: readonly string[] = []): T {
  return JSON.parse(runScript(root, script, args).trim().split('\n').pop()!) as T;
}
