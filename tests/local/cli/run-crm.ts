// Runs the crm command line for tests: in this process (fast), or as its own process, as a user would.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../../src/local/cli/bundle-session';
import { main } from '../../../src/local/cli/main';

export interface CrmRun {
  status: number | null;
  out: string;
  err: string;
}

const CLI = join(ROOT, 'src/local/cli/main.ts');

/** Calls the CLI's main in this process with its output captured (no terminal). */
export async function crmInProcess(...args: string[]): Promise<CrmRun> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t), tty: false });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

/** Runs `npm run crm -- …` as a user would (node with tsx on src/local/cli/main.ts) and waits for it. */
export function crmProcess(...args: string[]): CrmRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

/** Starts the CLI as its own process without waiting, so several can run at once. */
export function crmChildProcess(...args: string[]): Promise<CrmRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('close', (status) => resolve({ status, out, err }));
  });
}

/** The arguments of `crm import` of one file with a preset, then any other flags. */
export function importArgs(workbook: string, preset: string, file: string, ...flags: string[]): string[] {
  return ['import', '--workbook', workbook, '--preset', preset, '--file', file, ...flags];
}
