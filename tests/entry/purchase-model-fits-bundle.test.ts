// The MBG/NBD and Pareto/NBD fit formulas in the shipped Code.js, called as Sheets calls them (a bare
// script context, ranges as 2-D arrays), and their tables passed on to the scores.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bundle } from './bundle-harness';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/cdnow');
// lifetimes' cdnow_customers_summary.csv: ID, frequency, recency, T (weeks), the CDNOW sample.
const summary = readFileSync(join(fixtures, 'cdnow_customers_summary.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(',').map(Number));

describe('the other purchase-model fits in the bundle', () => {
  const context = vm.createContext({});
  new vm.Script(readFileSync(bundle(), 'utf8'), { filename: 'Code.js' }).runInContext(context);
  context.__rows = JSON.stringify(summary);
  const run = (code: string) => JSON.parse(JSON.stringify(new vm.Script(code).runInContext(context)));
  run(
    'var R = JSON.parse(__rows); var X = R.map((r) => [r[1]]), TX = R.map((r) => [r[2]]), TT = R.map((r) => [r[3]]); 0',
  );

  it('CRM_MBGNBD_FIT gives the independently computed maximum and CRM_PALIVE reads its table', () => {
    // Source: scipy on the same likelihood (see tests/core/btyd/fit-mbg-nbd.test.ts): r 0.524838, α 6.182992.
    const table = run('var MBG = CRM_MBGNBD_FIT(X, TX, TT); MBG');
    expect(table[0][7]).toBe('drop-out at first purchase');
    expect(table[1][0]).toBeCloseTo(0.524838, 5);
    expect(table[1][1]).toBeCloseTo(6.182992, 4);
    // A one-time buyer observed 38.86 weeks: 1 under BG/NBD, about 0.39 under MBG/NBD (numerical integration).
    expect(run('CRM_PALIVE(0, 0, 38.86, MBG)')).toBeCloseTo(0.389716, 5);
  });

  it('CRM_PARETO_NBD_FIT gives Fader, Hardie & Lee (2005) and CRM_EXPECTED_PURCHASES reads its table', () => {
    // Source: FHL 2005, CDNOW sample: r 0.553, α 10.578, s 0.606, β 11.669.
    const table = run('var PNBD = CRM_PARETO_NBD_FIT(X, TX, TT); PNBD');
    [0.553, 10.578, 0.606, 11.669].forEach((want, i) => {
      expect(Math.abs(table[1][i] / want - 1)).toBeLessThan(1e-3);
    });
    expect(run('CRM_EXPECTED_PURCHASES(39, 2, 30.43, 38.86, PNBD)')).toBeCloseTo(1.455, 3);
  });
});
