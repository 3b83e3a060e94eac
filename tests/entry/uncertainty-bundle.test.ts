// The fits' standard errors and CRM_CLV_PREDICT's interval in the shipped Code.js, called as Sheets calls them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { bundle } from './bundle-harness';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/cdnow');
// lifetimes' cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T (weeks), zbar.
const summary = readFileSync(join(fixtures, 'cdnow_customers_summary_with_transactions.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(',').map(Number));

describe('with_standard_errors and with_interval in the bundle', () => {
  const context = vm.createContext({});
  new vm.Script(readFileSync(bundle(), 'utf8'), { filename: 'Code.js' }).runInContext(context);
  context.__rows = JSON.stringify(summary);
  const run = (code: string) => JSON.parse(JSON.stringify(new vm.Script(code).runInContext(context)));
  run(
    'var R = JSON.parse(__rows); var X = R.map((r) => [r[1]]), TX = R.map((r) => [r[2]]), TT = R.map((r) => [r[3]]), Z = R.map((r) => [r[4]]); 0',
  );

  it('CRM_BGNBD_FIT(…, TRUE) prints the standard errors of lifetimes docs', () => {
    // Source: lifetimes docs/Quickstart.md (CamDavidsonPilon/lifetimes at 4f2833f), bgf.summary se(coef).
    const table = run('var BG = CRM_BGNBD_FIT(X, TX, TT, "", true); BG');
    expect(table[2][7]).toBe('standard error');
    [0.012557, 0.378221, 0.185719, 0.705345].forEach((want, i) => {
      expect(Math.abs(table[2][i] / want - 1)).toBeLessThan(2e-4);
    });
  });

  it('CRM_CLV_PREDICT(…, TRUE) spills CLV, CLV 5 % and CLV 95 % per customer', () => {
    run('var GG = CRM_GAMMAGAMMA_FIT(X, Z, true); 0');
    const out = run(
      'CRM_CLV_PREDICT(X.slice(0, 3), TX.slice(0, 3), TT.slice(0, 3), Z.slice(0, 3), BG, GG, "", "", "weeks", true)',
    );
    expect(out).toHaveLength(3);
    for (const [clv, low, high] of out) {
      expect(low).toBeLessThan(clv);
      expect(high).toBeGreaterThan(clv);
    }
    // Customer 1 (x 2, tx 30.43, T 38.86, m̄ 22.35): CLV 36.28 over 12 months, interval about ±8 %.
    expect(out[0][1]).toBeGreaterThan(33);
    expect(out[0][2]).toBeLessThan(40);
  });
});
