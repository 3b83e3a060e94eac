// Section (c): every CRM_ formula on 10,000 rows, called the way Sheets calls it.
import { customFunctionEntryPoints } from '../../src/entry/custom-functions';
import { type FormulaName, formulaCalls } from './formula-inputs';
import { formatMs, time } from './measure';
import type { BenchSection, SectionResult } from './section';

const ROWS = 10_000;
const RUNS = 5;
const LIMIT_MS = 30_000;
// Apps Script's V8 runs on shared servers; assume it is 10 times slower than Node here.
const SLOWDOWN = 10;

export function formulasSection(): BenchSection {
  return {
    title: '(c) Custom functions on 10,000 rows',
    async run(): Promise<SectionResult> {
      const calls = formulaCalls(ROWS);
      const rows: string[][] = [];
      let worst = 0;
      for (const name of Object.keys(customFunctionEntryPoints) as FormulaName[]) {
        const { args, input } = calls[name];
        const run = customFunctionEntryPoints[name].run as (...a: unknown[]) => unknown;
        const out = run(...args);
        // A formula that answers with its own error text has not done the work being timed.
        if (typeof out === 'string' && out.startsWith(`${name}:`)) throw new Error(out);
        const t = time(() => run(...args), RUNS, 1);
        const estimate = t.median * SLOWDOWN;
        worst = Math.max(worst, estimate);
        rows.push([
          name,
          input,
          formatMs(t.median),
          formatMs(estimate),
          `${Math.floor(LIMIT_MS / estimate).toLocaleString('en-US')}×`,
        ]);
      }
      return {
        title: this.title,
        intro:
          `Each formula's registered implementation called with Sheets-shaped arguments (2-D ranges, Date cells, ` +
          `fitted parameters as the 2-row tables the fit formulas return) built by scripts/bench/formula-inputs.ts. ` +
          `Median of ${RUNS} calls after one warm-up. "×10 est." assumes Apps Script's V8 is ${SLOWDOWN} times ` +
          'slower than Node here; head-room is how many times that estimate fits in the 30 s limit of a custom function.',
        columns: ['function', 'input', 'Node', '×10 est.', 'head-room vs 30 s'],
        rows,
        notes: [
          `Slowest estimate: ${formatMs(worst)}, ${worst < LIMIT_MS ? 'inside' : 'OUTSIDE'} the 30 s limit. ` +
            'Reading and writing the cells is Sheets\u2019 own work and is not included.',
        ],
      };
    },
  };
}
