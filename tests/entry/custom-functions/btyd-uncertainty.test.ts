// The fits' standard errors and CRM_CLV_PREDICT's interval, called as Sheets calls the formulas.
import { describe, expect, it } from 'vitest';
import { deltaMethodVariance } from '../../../src/core/btyd/delta-method-variance';
import { purchaseModelClvIntervalMany } from '../../../src/core/btyd/purchase-model-clv-interval-many';
import { customFunctionEntryPoints as crm } from '../../../src/entry/custom-functions';
import { loadSummaryWithSpend } from '../../core/btyd/cdnow-fixture';

const rows = loadSummaryWithSpend();
const column = (pick: (row: (typeof rows)[number]) => number) => rows.map((row) => [pick(row)]);
const X = column((row) => row.x);
const TX = column((row) => row.tx);
const TT = column((row) => row.T);
const ZBAR = column((row) => row.zbar);
type Table = unknown[][];
const rel = (actual: unknown, expected: number) => Math.abs((actual as number) / expected - 1);

const bg = crm.CRM_BGNBD_FIT.run(X, TX, TT, '', true) as Table;
const mbg = crm.CRM_MBGNBD_FIT.run(X, TX, TT, '', true) as Table;
const pareto = crm.CRM_PARETO_NBD_FIT.run(X, TX, TT, '', true) as Table;
const gg = crm.CRM_GAMMAGAMMA_FIT.run(X, ZBAR, true) as Table;

describe('with_standard_errors on the fits', () => {
  it('adds the standard errors lifetimes prints for BG/NBD on CDNOW, and the correlations', () => {
    // Source: lifetimes docs/Quickstart.md (CamDavidsonPilon/lifetimes at 4f2833f), bgf.summary
    // se(coef): r 0.012557, alpha 0.378221, a 0.185719, b 0.705345.
    expect(bg).toHaveLength(7);
    expect(bg[2].slice(0, 4).map((se, i) => rel(se, [0.012557, 0.378221, 0.185719, 0.705345][i]))).toSatisfy(
      (errors: number[]) => errors.every((error) => error < 2e-4),
    );
    expect(bg[2].slice(4)).toEqual(['', '', '', 'standard error']);
    expect(bg.slice(3).map((row) => row[7])).toEqual([
      'correlation with r',
      'correlation with alpha',
      'correlation with a',
      'correlation with b',
    ]);
    for (let i = 0; i < 4; i++) {
      expect(bg[3 + i][i]).toBe(1);
      for (let j = 0; j < 4; j++) expect(bg[3 + i][j]).toBe(bg[3 + j][i]);
    }
    // r and α move together (the purchase rate's mean r/α is better known than either), as do a and b.
    expect(bg[3][1]).toBeGreaterThan(0.7);
    expect(bg[5][3]).toBeGreaterThan(0.9);
  });

  it('keeps the labels and values rows of the plain table, which stays the default', () => {
    const plain = crm.CRM_BGNBD_FIT.run(X, TX, TT) as Table;
    expect(plain).toHaveLength(2);
    expect(crm.CRM_BGNBD_FIT.run(X, TX, TT, '', false)).toEqual(plain);
    expect(bg[0]).toEqual([...plain[0], '']);
    expect(bg[1]).toEqual([...plain[1], 'estimate']);
    expect(crm.CRM_GAMMAGAMMA_FIT.run(X, ZBAR)).toEqual([gg[0].slice(0, -1), gg[1].slice(0, -1)]);
  });

  it('gives MBG/NBD the standard error of its drop-out share by the delta method', () => {
    const at = (table: Table, label: string) => table[0].indexOf(label);
    const share = at(mbg, 'drop-out at first purchase');
    const [a, b] = [mbg[1][2] as number, mbg[1][3] as number];
    const se = mbg[2] as number[];
    const corr = (i: number, j: number) => mbg[3 + i][j] as number;
    const covariance = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => corr(i, j) * se[i] * se[j]));
    const gradient = [0, 0, b / (a + b) ** 2, -a / (a + b) ** 2];
    expect(mbg[2][share]).toBeCloseTo(Math.sqrt(deltaMethodVariance(gradient, covariance)), 12);
    expect(mbg[2][share]).toBeGreaterThan(0.01);
    expect(mbg[2][share]).toBeLessThan(0.1);
  });

  it('labels Pareto/NBD and Gamma-Gamma standard errors under their own parameters', () => {
    expect(pareto[0].slice(0, 4)).toEqual(['r', 'alpha', 's', 'beta']);
    expect(pareto[2].slice(0, 4).every((se) => typeof se === 'number' && se > 0)).toBe(true);
    expect(gg[0].slice(0, 3)).toEqual(['p', 'q', 'gamma']);
    expect(gg[2].slice(0, 3).map((se) => Number((se as number).toPrecision(3)))).toEqual([1.19, 0.29, 4.16]);
    expect(gg).toHaveLength(6);
  });

  it('says why in words when two customers make the fit penalised, keeping the estimates', () => {
    // Two identical customers are tiny data: the estimates sit where the penalty pulled them, not
    // at a maximum of the likelihood (which has none here), so there is no sampling variance to give.
    const tiny = crm.CRM_BGNBD_FIT.run([[1], [1]], [[1], [1]], [[2], [2]], '', true) as Table;
    expect(tiny).toHaveLength(3);
    expect(tiny[0][7]).toBe('penalised');
    expect(tiny[1][7]).toBe('only 2 customers');
    expect(tiny[2].slice(0, 4)).toEqual(['n/a', 'n/a', 'n/a', 'n/a']);
    expect(tiny[2][8]).toBe('standard error: n/a (penalised: only 2 customers)');
    expect(crm.CRM_CLV_PREDICT.run(2, 1, 2, 20, tiny, gg, '', '', 'weeks', true) as string).toBe(
      'CRM_CLV_PREDICT: bgnbd_params has no standard errors: penalised: only 2 customers',
    );
  });
});

describe('the scoring formulas given a table with standard errors', () => {
  it('score as with the plain table, whether given all rows or the first three', () => {
    for (const [fit, plain] of [
      [bg, crm.CRM_BGNBD_FIT.run(X, TX, TT)],
      [mbg, crm.CRM_MBGNBD_FIT.run(X, TX, TT)],
      [pareto, crm.CRM_PARETO_NBD_FIT.run(X, TX, TT)],
    ] as [Table, Table][]) {
      for (const table of [fit, fit.slice(0, 3)]) {
        expect(crm.CRM_PALIVE.run(X, TX, TT, table)).toEqual(crm.CRM_PALIVE.run(X, TX, TT, plain));
        expect(crm.CRM_EXPECTED_PURCHASES.run(10, X, TX, TT, table)).toEqual(
          crm.CRM_EXPECTED_PURCHASES.run(10, X, TX, TT, plain),
        );
        expect(crm.CRM_CLV_PREDICT.run(X, TX, TT, ZBAR, table, gg, '', '', 'weeks')).toEqual(
          crm.CRM_CLV_PREDICT.run(
            X,
            TX,
            TT,
            ZBAR,
            plain,
            crm.CRM_GAMMAGAMMA_FIT.run(X, ZBAR),
            '',
            '',
            'weeks',
          ),
        );
      }
    }
  });
});

describe('CRM_CLV_PREDICT with_interval', () => {
  const first = (n: number, table: Table) => table.slice(0, n);
  const N = 200;

  it('adds CLV 5 % and CLV 95 % around the same CLV, for each of the three purchase models', () => {
    for (const fit of [bg, mbg, pareto]) {
      const plain = crm.CRM_CLV_PREDICT.run(
        first(N, X),
        first(N, TX),
        first(N, TT),
        first(N, ZBAR),
        fit,
        gg,
        '',
        '',
        'weeks',
      ) as Table;
      const out = crm.CRM_CLV_PREDICT.run(
        first(N, X),
        first(N, TX),
        first(N, TT),
        first(N, ZBAR),
        fit,
        gg,
        '',
        '',
        'weeks',
        true,
      ) as number[][];
      expect(out).toHaveLength(N);
      out.forEach(([clv, low, high], i) => {
        expect(clv).toBe(plain[i][0]);
        expect(low).toBeLessThan(clv);
        expect(high).toBeGreaterThan(clv);
      });
    }
  });

  it('is the delta-method interval of the core on the covariance the tables carry', () => {
    // Customer 1 of the CDNOW sample: x 2, tx 30.43, T 38.86, m̄ 22.35.
    const [[clv, low, high]] = crm.CRM_CLV_PREDICT.run(
      2,
      30.43,
      38.86,
      22.35,
      bg,
      gg,
      '',
      '',
      'weeks',
      true,
    ) as number[][];
    const covarianceOf = (table: Table, p: number) =>
      Array.from({ length: p }, (_, i) =>
        Array.from(
          { length: p },
          (_, j) => (table[3 + i][j] as number) * (table[2][i] as number) * (table[2][j] as number),
        ),
      );
    const params = (table: Table) => table[1] as number[];
    const expected = purchaseModelClvIntervalMany(
      {
        kind: 'bgnbd',
        params: { r: params(bg)[0], alpha: params(bg)[1], a: params(bg)[2], b: params(bg)[3] },
      },
      covarianceOf(bg, 4),
      { p: params(gg)[0], q: params(gg)[1], gamma: params(gg)[2] },
      covarianceOf(gg, 3),
      { frequency: [2], recency: [30.43], T: [38.86], monetary: [22.35] },
      { months: 12, monthlyDiscount: 0.01, unit: 'weeks' },
    );
    expect(clv).toBe(expected.clv[0]);
    expect(low).toBeCloseTo(expected.lower[0], 10);
    expect(high).toBeCloseTo(expected.upper[0], 10);
    // About ±8 % for this customer (CLV 36.28, interval 33.6 to 39.1).
    expect(low).toBeGreaterThan(33);
    expect(high).toBeLessThan(40);
  });

  it('reads a table cut to its standard-error row as uncorrelated estimates, and a sideways one as it is', () => {
    const full = crm.CRM_CLV_PREDICT.run(2, 30.43, 38.86, 22.35, bg, gg, '', '', 'weeks', true) as number[][];
    const cut = crm.CRM_CLV_PREDICT.run(
      2,
      30.43,
      38.86,
      22.35,
      first(3, bg),
      first(3, gg),
      '',
      '',
      'weeks',
      true,
    ) as number[][];
    // Without the positive r–α correlation the rate r/α looks less certain than it is.
    expect(cut[0][2] - cut[0][1]).toBeGreaterThan(full[0][2] - full[0][1]);
    const sideways = (table: Table) => table[0].map((_, j) => table.map((row) => row[j]));
    expect(
      crm.CRM_CLV_PREDICT.run(2, 30.43, 38.86, 22.35, sideways(bg), sideways(gg), '', '', 'weeks', true),
    ).toEqual(full);
  });

  it('keeps blank and bad rows in place, three cells wide', () => {
    const out = crm.CRM_CLV_PREDICT.run(
      [[2], [''], [-1]],
      [[30.43], [''], [0]],
      [[38.86], [''], [10]],
      [[22.35], [''], [5]],
      bg,
      gg,
      '',
      '',
      'weeks',
      true,
    ) as unknown[][];
    expect(out).toHaveLength(3);
    expect(out[1]).toEqual(['', '', '']);
    expect(out[2][0]).toMatch(/^row 3: /);
    expect(out[2].slice(1)).toEqual(['', '']);
  });

  it('says which fit lacks standard errors', () => {
    const plainBg = crm.CRM_BGNBD_FIT.run(X, TX, TT);
    const plainGg = crm.CRM_GAMMAGAMMA_FIT.run(X, ZBAR);
    expect(crm.CRM_CLV_PREDICT.run(2, 30.43, 38.86, 22.35, plainBg, gg, '', '', 'weeks', true)).toBe(
      'CRM_CLV_PREDICT: bgnbd_params has no standard errors, which the interval needs: give the table of CRM_BGNBD_FIT with with_standard_errors TRUE',
    );
    expect(crm.CRM_CLV_PREDICT.run(2, 30.43, 38.86, 22.35, pareto, plainGg, '', '', 'weeks', true)).toBe(
      'CRM_CLV_PREDICT: gg_params has no standard errors, which the interval needs: give the table of CRM_GAMMAGAMMA_FIT with with_standard_errors TRUE',
    );
  });
});
