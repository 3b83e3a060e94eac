// Section (d): size of dist/Code.js and the time to compile and run it in a fresh context, as every execution does.
import { join } from 'node:path';
import { build } from 'esbuild';
import { MAX_CODE_BYTES } from '../check-bundle.mjs';
import { serverBundleOptions } from '../server-bundle.mjs';
import { runScript } from './child-process';
import type { LoadCostReport } from './load-cost-child';
import { formatMs } from './measure';
import type { BenchSection, SectionResult } from './section';

const TARGET_KB = MAX_CODE_BYTES / 1024;
const TARGET_MS = 20;
/** How many of the largest packages or source folders the notes name. */
const LARGEST = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Bytes of the bundle's output by npm package (or src/ folder), largest first, from esbuild's metafile. */
async function largestInputs(root: string): Promise<Array<[string, number]>> {
  const result = await build({ ...serverBundleOptions(root), metafile: true });
  const totals = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      // The phone metadata is bundled as a JSON string in place of its source module (scripts/server-bundle.mjs).
      const key = pkg
        ? pkg[1]
        : path.endsWith('src/core/clean/phone-metadata.ts')
          ? 'libphonenumber-js metadata'
          : path.split('/').slice(0, 3).join('/');
      totals.set(key, (totals.get(key) ?? 0) + input.bytesInOutput);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/**
 * The load-cost section: Apps Script evaluates the whole of Code.js at the start of every execution,
 * each custom-function recalculation included, so its size and load time are paid on every call.
 */
export function loadCostSection(root: string): BenchSection {
  return {
    title: '(d) Loading Code.js',
    async run(): Promise<SectionResult> {
      runScript(root, 'scripts/build.mjs');
      const report = JSON.parse(
        runScript(root, 'scripts/bench/load-cost-child.ts', [join(root, 'dist/Code.js')])
          .trim()
          .split('\n')
          .pop()!,
      ) as LoadCostReport;
      const total = median(report.totalMs);
      const largest = await largestInputs(root);
      const sizeOk = report.bytes < TARGET_KB * 1024;
      const timeOk = total < TARGET_MS;
      return {
        title: this.title,
        intro:
          'dist/Code.js as `npm run build` writes it (built afresh for this section), loaded the way each Apps Script ' +
          'execution starts: a new vm context and a new vm.Script, compiled and run, in a child process. ' +
          `Median and fastest of ${report.totalMs.length} loads after 3 warm-up loads; each load's text differs in a ` +
          'last comment line so that V8 cannot reuse an earlier compile.',
        columns: ['measure', 'median', 'fastest', 'target', 'verdict'],
        rows: [
          ['size of Code.js', kb(report.bytes), '', `< ${TARGET_KB} KB`, sizeOk ? 'meets' : 'MISSES'],
          [
            'load (compile + top-level run)',
            formatMs(total),
            formatMs(Math.min(...report.totalMs)),
            `< ${TARGET_MS} ms`,
            timeOk ? 'meets' : 'MISSES',
          ],
          [
            'of which compile',
            formatMs(median(report.compileMs)),
            formatMs(Math.min(...report.compileMs)),
            '',
            '',
          ],
          [
            'of which top-level run',
            formatMs(median(report.runMs)),
            formatMs(Math.min(...report.runMs)),
            '',
            '',
          ],
          ['CPU time of a load', formatMs(median(report.cpuMs)), formatMs(Math.min(...report.cpuMs)), '', ''],
        ],
        notes: [
          `${report.entryPoints} entry points registered by each load. Times are wall-clock, as the target is; the CPU ` +
            'time (user + system of the child process, V8 helper threads included) shows how much of a slow median ' +
            'is other work on the machine.',
          `Largest parts of the minified bundle (esbuild metafile): ${largest
            .slice(0, LARGEST)
            .map(([name, bytes]) => `${name} ${kb(bytes)}`)
            .join(', ')}.`,
        ],
      };
    },
  };
}
