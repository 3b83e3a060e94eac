// `npm start`: builds the demo workbook, runs Solo CRM on it through the shipped bundle and saves it as .xlsx.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBundle } from '../cli/bundle-session';
import { lockWorkbook } from '../store/workbook-lock';
import { writeWorkbook } from '../store/write-workbook';
import { parseCdnow } from './demo-exports';
import { describeDemo } from './describe-demo';
import { runDemo } from './run-demo';

const SAMPLE = join(dirname(fileURLToPath(import.meta.url)), 'cdnow-sample.txt');

/** Where the demo workbook goes unless `--workbook PATH` says otherwise: outside the checkout. */
export const DEFAULT_DEMO_WORKBOOK = join(tmpdir(), 'solo-crm', 'demo.xlsx');

const HELP = `npm start [-- --workbook PATH]

Builds a demo workbook (the CDNOW sample with made-up names), runs Solo CRM on it through
dist/Code.js in the Apps Script emulator (menu, Set up, two imports, Refresh analytics),
prints what it did and saves the workbook (default ${DEFAULT_DEMO_WORKBOOK}).`;

/** Runs the demo on `argv`; returns the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const given = argv.length === 2 && argv[0] === '--workbook' && argv[1] !== '';
  if (argv.length > 0 && !given) {
    process.stderr.write(`Unknown arguments: ${argv.join(' ')}\n\n${HELP}\n`);
    return 2;
  }
  const path = resolve(given ? argv[1] : DEFAULT_DEMO_WORKBOOK);
  try {
    const bundle = ensureBundle((message) => process.stderr.write(`${message}\n`));
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
    process.stdout.write(`${describeDemo(run, path)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`The demo failed: ${(error as Error).message}\n`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}
