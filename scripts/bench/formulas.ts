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

/**
 * The one spreadsheet call a formula makes (CRM_SUMMARY reads the sheet's zone), answered with this
 * process's zone, in which the Date cells of formula-inputs.ts are built.
 */
function provideSpreadsheetTimeZone(): void {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  Object.assign(globalThis, {
    SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => zone }) },
  });
}

export function formulasSection(): BenchSection {
  return {
    title: '(c) Custom functions on 10,000 rows',
    async run(): Promise<SectionResult> {
      provideSpreadsheetTimeZone();
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
      // Parameters at the model's boundary (a, b → ∞: no spread in drop-out rates), where the BG/NBD
      // optimiser stops without converging for 1,000 customers whose frequency and recency are
      // drawn uniformly rather than from the model. CRM_BGNBD_FIT refuses that fit and asks for a
      // penalizer, but such parameters can still be typed in. The hypergeometric series are slow
      // there, so these rows are timed once, without warm-up, to keep the bench short.
      const boundary = [[0.0872, 0.0651, 2.52e6, 3.43e7]];
      const [X, TX, TT] = calls.CRM_PALIVE.args as unknown[][][];
      const M = calls.CRM_EXPECTED_SPEND.args[1] as unknown[][];
      const gg = calls.CRM_EXPECTED_SPEND.args[2];
      const stress: Array<[FormulaName, unknown[]]> = [
        ['CRM_EXPECTED_PURCHASES', [39, X, TX, TT, boundary]],
        ['CRM_CLV_PREDICT', [X, TX, TT, M, boundary, gg, 12, 0.01, 'weeks']],
      ];
      const outside: string[] = [];
      for (const [name, args] of stress) {
        const run = customFunctionEntryPoints[name].run as (...a: unknown[]) => unknown;
        const perRows = time(() => run(...args), 1, 0).median;
        const estimate = perRows * SLOWDOWN;
        if (estimate >= LIMIT_MS) outside.push(name);
        rows.push([
          `${name} (boundary params)`,
          `${calls[name].input}, timed once`,
          formatMs(perRows),
          formatMs(estimate),
          estimate >= LIMIT_MS
            ? `none (${(estimate / LIMIT_MS).toFixed(0)}× over)`
            : `${Math.floor(LIMIT_MS / estimate)}×`,
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
          `Slowest estimate on the simulated CDNOW-like data: ${formatMs(worst)}, ${worst < LIMIT_MS ? 'inside' : 'OUTSIDE'} the 30 s limit. ` +
            'Reading and writing the cells is Sheets\u2019 own work and is not included.',
          'The "(boundary params)" rows use r 0.087, alpha 0.065, a 2.5e6, b 3.4e7: where the BG/NBD optimiser ' +
            'stops, unconverged, when customers show no spread in drop-out rates (1,000 customers with uniformly ' +
            'drawn frequency and recency; CRM_BGNBD_FIT refuses that fit and asks for a penalizer, but such ' +
            `parameters can be typed in). ${outside.length ? `${outside.join(' and ')} would then exceed the 30 s limit on 10,000 rows: the hypergeometric series of the expected purchases converge slowly there.` : 'They stay inside the limit.'}`,
        ],
      };
    },
  };
}
