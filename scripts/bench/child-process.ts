// Runs a benchmark script in a fresh process, so its time and peak memory are its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

/**
 * Runs a script of this repository with the same Node flags as this process (--import tsx), and
 * `nodeFlags` (--cpu-prof…); returns its output.
 */
export function runScript(
  root: string,
  script: string,
  args: readonly string[] = [],
  nodeFlags: readonly string[] = [],
): string {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, ...nodeFlags, join(root, script), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (child.status !== 0) throw new Error(`${script} failed:\n${child.stderr}${child.stdout}`);
  return child.stdout;
}

/** The report a child prints as its last line of JSON. */
export function childReport<T>(root: string, script: string, args: readonly string[] = []): T {
  return JSON.parse(runScript(root, script, args).trim().split('\n').pop()!) as T;
}

/**
 * Bundles a script of this repository into one plain JavaScript file (esbuild, in a temporary
 * folder) and runs it with bare Node, without the TypeScript loader, whose own worker would add
 * tens of megabytes to the child's peak memory; returns the last line of JSON it prints.
 */
export function bundledChildReport<T>(root: string, script: string, args: readonly string[] = []): T {
  const folder = mkdtempSync(join(tmpdir(), 'solo-crm-bench-'));
  try {
    const outfile = join(folder, 'child.mjs');
    buildSync({
      entryPoints: [join(root, script)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'silent',
    });
    const child = spawnSync(process.execPath, [outfile, ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) throw new Error(`${script} failed:\n${child.stderr}${child.stdout}`);
    return JSON.parse(child.stdout.trim().split('\n').pop()!) as T;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
