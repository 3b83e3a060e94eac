// `npm start`: creates the demo workbook if absent and serves the sandbox on it (--report: the terminal report).
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBundle } from '../cli/bundle-session';
import { openBrowser } from '../sandbox/open-browser';
import { DEFAULT_SANDBOX_PORT, startSandbox } from '../sandbox/start-sandbox';
import { lockWorkbook } from '../store/workbook-lock';
import { writeWorkbook } from '../store/write-workbook';
import { parseCdnow } from './demo-exports';
import { describeDemo } from './describe-demo';
import { runDemo } from './run-demo';

const SAMPLE = join(dirname(fileURLToPath(import.meta.url)), 'cdnow-sample.txt');

/** Where the demo workbook goes unless `--workbook PATH` says otherwise: outside the checkout. */
export const DEFAULT_DEMO_WORKBOOK = join(tmpdir(), 'solo-crm', 'demo.xlsx');

const HELP = `npm start [-- --workbook PATH] [--port N] [--open] [--report]

Creates the demo workbook when it does not exist (the CDNOW sample with made-up names, run through
dist/Code.js in the Apps Script emulator: menu, Set up, two imports, Refresh analytics; default
${DEFAULT_DEMO_WORKBOOK}), then serves the sandbox on http://127.0.0.1:PORT (default
${DEFAULT_SANDBOX_PORT}): the workbook, the Solo CRM menu, the sidebar, a trigger clock and the
outbox, each change saved to the file. The address it prints carries this run's token.
  --open     also open the address in your browser
  --report   make the demo workbook anew, print what each step did and exit (no server)`;

/** The options of `npm start`, or null when they are wrong. */
function parseStartArgs(
  argv: readonly string[],
): { workbook: string | null; port: number; open: boolean; report: boolean } | null {
  const options = { workbook: null as string | null, port: DEFAULT_SANDBOX_PORT, open: false, report: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--open') options.open = true;
    else if (arg === '--report') options.report = true;
    else if (arg === '--workbook' && argv[i + 1]) options.workbook = argv[++i];
    else if (arg === '--port' && /^\d+$/.test(argv[i + 1] ?? '') && Number(argv[i + 1]) <= 65535) {
      options.port = Number(argv[++i]);
    } else return null;
  }
  return options;
}

/** Runs the demo on an empty workbook and writes it to `path` (replacing it whole, under its lock). */
export async function writeDemoWorkbook(path: string, bundle: string): Promise<ReturnType<typeof runDemo>> {
  const run = runDemo(parseCdnow(readFileSync(SAMPLE, 'utf8')), bundle, new Date());
  await mkdir(dirname(path), { recursive: true });
  // A CLI command working on the same file finishes first; the demo then replaces the file whole.
  const lock = await lockWorkbook(path, {
    onWait: () => process.stderr.write(`Waiting for another command on ${path}…\n`),
  });
  try {
    await writeWorkbook(path, run.workbook, { properties: run.properties });
  } finally {
    await lock.release();
  }
  return run;
}

/** Runs `npm start` on `argv`; returns the exit status (the sandbox runs until the process is stopped). */
export async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const options = parseStartArgs(argv);
  if (!options) {
    process.stderr.write(`Unknown arguments: ${argv.join(' ')}\n\n${HELP}\n`);
    return 2;
  }
  const path = resolve(options.workbook ?? DEFAULT_DEMO_WORKBOOK);
  try {
    const bundle = ensureBundle((message) => process.stderr.write(`${message}\n`));
    if (options.report) {
      const run = await writeDemoWorkbook(path, bundle);
      process.stdout.write(`${describeDemo(run, path)}\n`);
      return 0;
    }
    if (!existsSync(path)) {
      process.stdout.write(`Creating the demo workbook ${path}…\n`);
      await writeDemoWorkbook(path, bundle);
    }
    const running = await startSandbox({ path, bundlePath: bundle, port: options.port });
    process.stdout.write(
      `Solo CRM sandbox on ${path}\n\n  Open ${running.url}\n\nEvery change is saved to the workbook. Stop with Ctrl+C.\n`,
    );
    if (options.open && !(await openBrowser(running.url))) {
      process.stderr.write('Could not open a browser; open the address above yourself.\n');
    }
    return 0;
  } catch (error) {
    process.stderr.write(`npm start failed: ${(error as Error).message}\n`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}
