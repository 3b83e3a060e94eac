// The BTYD formulas (summary, BG/NBD, Gamma-Gamma, CLV) on the CDNOW reference data, called as Sheets calls them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { mbgNbdPredictClvMany } from '../../../src/core/btyd/mbg-nbd-predict-clv-many';
import { paretoNbdPredictClvMany } from '../../../src/core/btyd/pareto-nbd-predict-clv-many';
import { customFunctionEntryPoints as crm } from '../../../src/entry/custom-functions';
import { HOST_TIME_ZONE, stubSpreadsheetTimeZone } from '../stub-spreadsheet-time-zone';

// The Date cells below are built with this process's local calendar, i.e. a sheet in its zone.
stubSpreadsheetTimeZone(HOST_TIME_ZONE);

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/cdnow');
const column = (values: unknown[]) => values.map((value) => [value]);
const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

// CDNOW_sample.txt: master id, sample id, YYYYMMDD, CDs, dollars (fixture README).
const sample = readFileSync(join(fixtures, 'CDNOW_sample.txt'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .map((line) => line.trim().split(/\s+/));
const isoOf = (yyyymmdd: string) => `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
// Published summary of the sample in weeks as of 1997-09-30 (lifetimes' dataset): ID, x, t_x, T, zbar.
const published = readFileSync(join(fixtures, 'cdnow_customers_summary_with_transactions.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(',').map(Number));
// The same customers' ID, frequency, recency, T (weeks) in lifetimes' cdnow_customers_summary.csv.
const publishedSummary = readFileSync(join(fixtures, 'cdnow_customers_summary.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(',').map(Number));
const X = column(published.map((r) => r[1]));
const TX = column(published.map((r) => r[2]));
const TT = column(published.map((r) => r[3]));
const ZBAR = column(published.map((r) => r[4]));

// Fader, Hardie & Lee (2005), "Counting your customers the easy way", CDNOW sample, weeks.
const FHL = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259, ll: -9582.43 };
// Fader, Hardie & Lee (2005), "RFM and CLV: using iso-value curves", and Hardie's note 025: the
// Gamma-Gamma fit on the same customers.
const GG = { p: 6.25, q: 3.74, gamma: 15.44 };
const PARAMS_ROW = [[FHL.r, FHL.alpha, FHL.a, FHL.b]];

/** P(alive) by Fader, Hardie & Lee (2005), eq. 11, written out for the expected values below. */
const pAliveByHand = (x: number, tx: number, T: number) =>
  x === 0 ? 1 : 1 / (1 + (FHL.a / (FHL.b + x - 1)) * ((FHL.alpha + T) / (FHL.alpha + tx)) ** (FHL.r + x));

describe('CRM_SUMMARY', () => {
  const ids = column(sample.map((r) => r[1]));
  const amounts = column(sample.map((r) => Number(r[4])));
  const check = (out: unknown) => {
    const table = out as unknown[][];
    expect(table[0]).toEqual(['Customer', 'Frequency', 'Recency', 'T', 'Monetary']);
    expect(table).toHaveLength(published.length + 1);
    published.forEach(([id, x, tx, T, zbar], i) => {
      const row = table[i + 1] as number[];
      // Customers come in order of first appearance, which in this file is the ID order.
      expect(Number(row[0])).toBe(id);
      expect(row[1]).toBe(x);
      // The published file rounds to 2 decimals.
      expect(Math.abs(row[2] - tx)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(row[3] - T)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(row[4] - zbar)).toBeLessThanOrEqual(0.005 + 1e-9);
    });
    expect(publishedSummary).toHaveLength(2357);
    publishedSummary.forEach(([id, frequency, recency, T], i) => {
      const row = table[i + 1] as number[];
      expect(Number(row[0])).toBe(id);
      expect(row[1]).toBe(frequency);
      expect(Math.abs(row[2] - recency)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(row[3] - T)).toBeLessThanOrEqual(0.005 + 1e-9);
    });
  };
  it('equals cdnow_customers_summary.csv (and its monetary column) for all 2,357 customers, from Date cells', () => {
    const dates = column(
      sample.map((r) => new Date(+r[2].slice(0, 4), +r[2].slice(4, 6) - 1, +r[2].slice(6, 8))),
    );
    check(crm.CRM_SUMMARY.run(ids, dates, amounts, new Date(1997, 8, 30), 'weeks'));
  });
  it('gives the same from ISO text dates and as_of, and from Dates of another realm', () => {
    check(crm.CRM_SUMMARY.run(ids, column(sample.map((r) => isoOf(r[2]))), amounts, '1997-09-30', 'Weeks'));
    const foreign = vm.runInNewContext(
      'rows.map(r => [new Date(+r.slice(0,4), +r.slice(4,6) - 1, +r.slice(6,8))])',
      {
        rows: sample.map((r) => r[2]),
      },
    );
    check(crm.CRM_SUMMARY.run(ids, foreign, amounts, vm.runInNewContext('new Date(1997, 8, 30)'), 'weeks'));
  });
  it('defaults to days and to the latest date in the data, keeping first-appearance order', () => {
    // By hand: B buys on Jan 1 and Jan 1 (one period) and Jan 11; A on Jan 3 and Jan 5.
    // Latest date Jan 11. B: frequency 1, recency 10, T 10, monetary 30. A: 1, 2, 8, 7.
    const out = crm.CRM_SUMMARY.run(
      column(['B', 'A', 'B', 'A', '', 'B']),
      column(['2024-01-01', '2024-01-03', '2024-01-01', '2024-01-05', '', '2024-01-11']),
      column([10, 5, 20, 7, '', 30]),
    );
    expect(out).toEqual([
      ['Customer', 'Frequency', 'Recency', 'T', 'Monetary'],
      ['B', 1, 10, 10, 30],
      ['A', 1, 2, 8, 7],
    ]);
  });
  it('lists unreadable transactions after the customers and keeps numeric IDs numeric', () => {
    const out = crm.CRM_SUMMARY.run(
      column([1001, 1001, 1002, 1003]),
      column(['2024-01-01', '2024-01-08', 'soon', '2024-01-02']),
      column([10, 12, 5, 'n/a']),
      '',
      '',
    );
    expect(out).toEqual([
      ['Customer', 'Frequency', 'Recency', 'T', 'Monetary'],
      [1001, 1, 7, 7, 12],
      ['row 3: date is not a date: "soon" (expected 2024-01-05)', '', '', '', ''],
      ['row 4: amount is not a number: "n/a"', '', '', '', ''],
    ]);
  });
  it('explains a call it cannot answer', () => {
    expect(crm.CRM_SUMMARY.run(column(['A']), column(['2024-01-01']), column([1]), '', 'months')).toBe(
      'CRM_SUMMARY: unit must be "days" or "weeks"',
    );
    expect(crm.CRM_SUMMARY.run(column(['A']), undefined, column([1]))).toBe('CRM_SUMMARY: dates is required');
    expect(crm.CRM_SUMMARY.run(column(['']), column(['']), column(['']))).toBe(
      'CRM_SUMMARY: there are no transactions to summarise',
    );
  });
});

describe('CRM_BGNBD_FIT', () => {
  it('reproduces Fader, Hardie & Lee (2005) on the CDNOW sample within 0.1 %', () => {
    const [labels, values] = crm.CRM_BGNBD_FIT.run(X, TX, TT) as [string[], number[]];
    expect(labels).toEqual(['r', 'alpha', 'a', 'b', 'log-likelihood', 'customers', 'invalid rows']);
    expect(rel(values[0], FHL.r)).toBeLessThan(1e-3);
    expect(rel(values[1], FHL.alpha)).toBeLessThan(1e-3);
    expect(rel(values[2], FHL.a)).toBeLessThan(1e-3);
    expect(rel(values[3], FHL.b)).toBeLessThan(1e-3);
    expect(values[4]).toBeCloseTo(FHL.ll, 1);
    expect(values.slice(5)).toEqual([2357, 0]);
  });
  it('fits around blank rows and counts bad rows', () => {
    const bad = [[2], [''], [1]];
    const out = crm.CRM_BGNBD_FIT.run(
      [...X, ...bad],
      [...TX, ...column([40, '', 'x'])],
      [...TT, ...column([38, '', 5])],
    );
    const [, values] = out as [string[], number[]];
    expect(rel(values[0], FHL.r)).toBeLessThan(1e-3);
    expect(values.slice(5)).toEqual([2357, 2]);
  });
  it('refuses a fit that does not converge and converges with a penalizer', () => {
    // 1,000 customers whose frequency (0 or 1–20) and recency are drawn uniformly, not from the
    // model: without spread in drop-out rates a and b grow without bound (found by running it).
    let state = 20260101;
    const random = () => {
      // mulberry32, a small deterministic generator
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const x: number[] = [];
    const tx: number[] = [];
    const T: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const age = Math.round((1 + random() * 51) * 100) / 100;
      const repeats = random() < 0.6 ? 0 : 1 + Math.floor(random() * 20);
      x.push(repeats);
      T.push(age);
      tx.push(repeats === 0 ? 0 : Math.round(random() * age * 100) / 100);
    }
    expect(crm.CRM_BGNBD_FIT.run(column(x), column(tx), column(T))).toMatch(
      /^CRM_BGNBD_FIT: the fit did not converge after \d+ iterations \(the parameters keep growing\); give a small penalizer such as 0\.001$/,
    );
    const [labels, values] = crm.CRM_BGNBD_FIT.run(column(x), column(tx), column(T), 0.001) as [
      string[],
      number[],
    ];
    expect(labels[0]).toBe('r');
    for (const value of values) expect(Number.isFinite(value)).toBe(true);
    expect(values[2]).toBeLessThan(100);
  });
  it('names the rows with repeat purchases at recency 0 when they make the fit run off', () => {
    // FHL (2005) eq. 6 with tx = 0 has the factor α^−x: one customer with x = 10,000 and tx = 0 among
    // the CDNOW sample drives α towards 0 (found by running it: α 5.6e-301, ln L +6.8e6). The row
    // named is the range's, counting the rows of the sample before it.
    const out = crm.CRM_BGNBD_FIT.run([...X, [10_000], [3]], [...TX, [0], [0]], [...TT, [10_000], [20]]);
    expect(out).toBe(
      'CRM_BGNBD_FIT: the fit did not converge: row 2358 (and 1 more) has repeat purchases but a recency of 0, ' +
        'which lets the likelihood grow without bound as alpha falls to 0 (recency is the time from the first to ' +
        'the last purchase)',
    );
    // A few such rows with a small x leave a maximum to find, so the fit goes ahead.
    const [, values] = crm.CRM_BGNBD_FIT.run([...X, [1]], [...TX, [0]], [...TT, [20]]) as [
      string[],
      number[],
    ];
    expect(rel(values[0], FHL.r)).toBeLessThan(0.05);
    expect(values.slice(5)).toEqual([2358, 0]);
  });
  it('returns a clear text when nobody has a repeat purchase, or an argument is missing', () => {
    expect(crm.CRM_BGNBD_FIT.run(column([0, 0]), column([0, 0]), column([5, 8]))).toBe(
      'CRM_BGNBD_FIT: no customer has a repeat purchase (every frequency is 0), so the model cannot be fitted',
    );
    // Every T 0: no time observed at all.
    expect(crm.CRM_BGNBD_FIT.run(column([1, 2]), column([0, 0]), column([0, 0]))).toBe(
      'CRM_BGNBD_FIT: cannot fit BG/NBD: every T is 0, so no time has been observed',
    );
    expect(crm.CRM_BGNBD_FIT.run(X, null, TT)).toBe('CRM_BGNBD_FIT: recency is required');
    expect(crm.CRM_BGNBD_FIT.run(X, TX, TT, -1)).toBe('CRM_BGNBD_FIT: penalizer must not be negative');
  });
});

describe('CRM_PALIVE and CRM_CHURN_RISK', () => {
  it('follow eq. 11 of Fader, Hardie & Lee (2005) for a single customer', () => {
    // Customer 1 of the sample: x 2, tx 30.43, T 38.86 → about 0.7266.
    const expected = pAliveByHand(2, 30.43, 38.86);
    expect(expected).toBeCloseTo(0.7266, 4);
    expect(crm.CRM_PALIVE.run(2, 30.43, 38.86, PARAMS_ROW)).toBeCloseTo(expected, 10);
    expect(crm.CRM_CHURN_RISK.run(2, 30.43, 38.86, PARAMS_ROW)).toBeCloseTo(1 - expected, 10);
    expect(crm.CRM_PALIVE.run(0, 0, 38.86, PARAMS_ROW)).toBe(1);
  });
  it('take the fit table as it spills, its values row, or a values column', () => {
    const table = crm.CRM_BGNBD_FIT.run(X, TX, TT) as unknown[][];
    const fromTable = crm.CRM_PALIVE.run(2, 30.43, 38.86, table) as number;
    expect(fromTable).toBeCloseTo(pAliveByHand(2, 30.43, 38.86), 3);
    expect(crm.CRM_PALIVE.run(2, 30.43, 38.86, [table[1]])).toBe(fromTable);
    expect(crm.CRM_PALIVE.run(2, 30.43, 38.86, column(PARAMS_ROW[0]))).toBe(
      crm.CRM_PALIVE.run(2, 30.43, 38.86, PARAMS_ROW),
    );
  });
  it('answer per row, blank rows blank, bad rows with their reason', () => {
    const out = crm.CRM_PALIVE.run(
      column([2, '', 2, 1, 0]),
      column([30.43, '', 40, 'abc', 0]),
      column([38.86, '', 38, 20, 5]),
      PARAMS_ROW,
    );
    expect(out).toEqual([
      [expect.closeTo(pAliveByHand(2, 30.43, 38.86), 10)],
      [''],
      ['row 3: recency is greater than T'],
      ['row 4: recency is not a number: "abc"'],
      [1],
    ]);
  });
  it('say what params must be when it is missing', () => {
    for (const omitted of ['', null, undefined])
      expect(crm.CRM_PALIVE.run(2, 30.43, 38.86, omitted)).toBe(
        'CRM_PALIVE: params is required (the output of CRM_BGNBD_FIT, CRM_MBGNBD_FIT or CRM_PARETO_NBD_FIT)',
      );
    expect(crm.CRM_CHURN_RISK.run(2, 30.43, 38.86, [[1, 2]])).toBe(
      'CRM_CHURN_RISK: params needs 4 values (r, alpha, a, b), the output of CRM_BGNBD_FIT, CRM_MBGNBD_FIT or CRM_PARETO_NBD_FIT; got 2',
    );
  });
});

describe('CRM_EXPECTED_PURCHASES', () => {
  it('expects 1.226 purchases in 39 weeks for x 2, tx 30.43, T 38.86 (Fader, Hardie & Lee 2005)', () => {
    expect(crm.CRM_EXPECTED_PURCHASES.run(39, 2, 30.43, 38.86, PARAMS_ROW)).toBeCloseTo(1.226, 3);
  });
  it('stays finite when a + b + x − 1 < 1: r 0.11, α 2.24, a 0.31, b 0.50, x 0, T 1, 30 units → 0.5646 (issue 3)', () => {
    expect(crm.CRM_EXPECTED_PURCHASES.run(30, 0, 0, 1, [[0.11, 2.24, 0.31, 0.5]])).toBeCloseTo(0.5646, 4);
  });
  it('repeats a single horizon over a range of customers', () => {
    const out = crm.CRM_EXPECTED_PURCHASES.run(
      39,
      column([2, 2]),
      column([30.43, 30.43]),
      column([38.86, 38.86]),
      PARAMS_ROW,
    ) as number[][];
    expect(out[0][0]).toBeCloseTo(1.226, 3);
    expect(out[1][0]).toBe(out[0][0]);
    expect(crm.CRM_EXPECTED_PURCHASES.run(-1, 2, 30.43, 38.86, PARAMS_ROW)).toBe(
      'horizon must not be negative',
    );
  });
});

describe('CRM_GAMMAGAMMA_FIT', () => {
  it('reproduces p 6.25, q 3.74, gamma 15.44 within 0.5 %', () => {
    const [labels, values] = crm.CRM_GAMMAGAMMA_FIT.run(X, ZBAR) as [string[], number[]];
    expect(labels).toEqual([
      'p',
      'q',
      'gamma',
      'log-likelihood',
      'customers used',
      'excluded monetary <= 0',
      'invalid rows',
    ]);
    expect(rel(values[0], GG.p)).toBeLessThan(5e-3);
    expect(rel(values[1], GG.q)).toBeLessThan(5e-3);
    expect(rel(values[2], GG.gamma)).toBeLessThan(5e-3);
    // 946 customers of the sample have repeat purchases (count of x > 0 in the published file).
    expect(values[4]).toBe(published.filter((r) => r[1] > 0).length);
    expect(values.slice(5)).toEqual([0, 0]);
  });
  it('excludes repeat buyers with a $0 monetary value and says how many', () => {
    const [, values] = crm.CRM_GAMMAGAMMA_FIT.run([...X, [3], [2]], [...ZBAR, [0], ['x']]) as [
      string[],
      number[],
    ];
    expect(rel(values[0], GG.p)).toBeLessThan(5e-3);
    expect(values.slice(5)).toEqual([1, 1]);
  });
  it('fits the CDNOW master summary, leaving out the one repeat buyer whose repeat spend is $0.00', () => {
    // CDNOW_master.txt: header, then id, YYYYMMDD, CDs, dollars. Summarised as of its latest date
    // (the default), 11,516 customers have repeat purchases; customer 10244's only repeat day is
    // $0.00 (counted from the raw rows in tests/core/btyd/cdnow-master-pipeline.test.ts), which
    // lifetimes would refuse the whole fit for.
    const master = readFileSync(join(fixtures, 'CDNOW_master.txt'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.trim().split(/\s+/));
    const summary = crm.CRM_SUMMARY.run(
      column(master.map((r) => r[0])),
      column(master.map((r) => isoOf(r[1]))),
      column(master.map((r) => Number(r[3]))),
      '',
      'weeks',
    ) as unknown[][];
    const rows = summary.slice(1);
    expect(rows).toHaveLength(23_570);
    const zero = rows.filter((row) => (row[1] as number) > 0 && row[4] === 0);
    expect(zero.map((row) => row.slice(0, 2))).toEqual([['10244', 1]]);
    const [labels, values] = crm.CRM_GAMMAGAMMA_FIT.run(
      rows.map((row) => [row[1]]),
      rows.map((row) => [row[4]]),
    ) as [string[], number[]];
    expect(labels.slice(4)).toEqual(['customers used', 'excluded monetary <= 0', 'invalid rows']);
    expect(values.slice(4)).toEqual([11_515, 1, 0]);
    for (const value of values.slice(0, 3)) expect(value).toBeGreaterThan(0);
  });
  it('returns a clear text when nobody has a repeat purchase', () => {
    expect(crm.CRM_GAMMAGAMMA_FIT.run(column([0, 0]), column([0, 0]))).toBe(
      'CRM_GAMMAGAMMA_FIT: no customer has a repeat purchase with a positive monetary value, so the model cannot be fitted',
    );
  });
  it('explains a fit that cannot settle: two repeat buyers with the same average spend', () => {
    // With no spread in the spends the likelihood rises without bound as p and q grow (found by
    // running it: p passes 1e14, q 1e13).
    expect(crm.CRM_GAMMAGAMMA_FIT.run(column([1, 1]), column([10, 10]))).toMatch(
      /^CRM_GAMMAGAMMA_FIT: the fit did not converge after \d+ iterations \(the parameters run off without settling\); it needs more repeat buyers whose average spends differ$/,
    );
  });
});

describe('CRM_EXPECTED_SPEND', () => {
  // E(M | x, mbar) = (γ + x·mbar)·p / (p·x + q − 1) (Fader, Hardie & Lee 2005, iso-value curves, eq. 5):
  // customer 1, x 2, mbar 22.35: (15.44 + 44.70)·6.25 / (12.5 + 2.74) = 375.875 / 15.24 = 24.664.
  it('gives the conditional expected average order value', () => {
    expect(crm.CRM_EXPECTED_SPEND.run(2, 22.35, [[GG.p, GG.q, GG.gamma]])).toBeCloseTo(24.664, 3);
    expect(
      crm.CRM_EXPECTED_SPEND.run(2, 22.35, [
        ['p', 'q', 'gamma'],
        [GG.p, GG.q, GG.gamma],
      ]),
    ).toBeCloseTo(24.664, 3);
    expect(crm.CRM_EXPECTED_SPEND.run(2, 22.35, '')).toBe(
      'CRM_EXPECTED_SPEND: gg_params is required (the output of CRM_GAMMAGAMMA_FIT)',
    );
  });
});

describe('CRM_CLV_PREDICT', () => {
  const ggRow = [[GG.p, GG.q, GG.gamma]];
  // lifetimes' monthly-increment method, assembled here from the other formulas: month i adds the
  // expected purchases between 4.345·(i − 1) and 4.345·i weeks, times the expected spend,
  // discounted by (1 + d)^i.
  const byMonths = (x: number, tx: number, T: number, m: number, months: number, d: number) => {
    const spend = crm.CRM_EXPECTED_SPEND.run(x, m, ggRow) as number;
    let clv = 0;
    for (let i = 1; i <= months; i++) {
      const upTo = (t: number) =>
        t === 0 ? 0 : (crm.CRM_EXPECTED_PURCHASES.run(t, x, tx, T, PARAMS_ROW) as number);
      clv += ((upTo(4.345 * i) - upTo(4.345 * (i - 1))) * spend) / (1 + d) ** i;
    }
    return clv;
  };
  it('sums discounted monthly increments of expected purchases times expected spend', () => {
    const expected = byMonths(2, 30.43, 38.86, 22.35, 12, 0.01);
    expect(expected).toBeGreaterThan(0);
    expect(crm.CRM_CLV_PREDICT.run(2, 30.43, 38.86, 22.35, PARAMS_ROW, ggRow, '', '', 'weeks')).toBeCloseTo(
      expected,
      6,
    );
    expect(crm.CRM_CLV_PREDICT.run(2, 30.43, 38.86, 22.35, PARAMS_ROW, ggRow, 6, 0.02, 'weeks')).toBeCloseTo(
      byMonths(2, 30.43, 38.86, 22.35, 6, 0.02),
      6,
    );
  });
  it('works per row and reports each missing fit by name', () => {
    const out = crm.CRM_CLV_PREDICT.run(
      column([2, '', 3]),
      column([30.43, '', 40]),
      column([38.86, '', 38]),
      column([22.35, '', 10]),
      PARAMS_ROW,
      ggRow,
      12,
      0.01,
      'weeks',
    ) as unknown[][];
    expect(out[0][0]).toBeCloseTo(byMonths(2, 30.43, 38.86, 22.35, 12, 0.01), 6);
    expect(out.slice(1)).toEqual([[''], ['row 3: recency is greater than T']]);
    expect(crm.CRM_CLV_PREDICT.run(2, 30.43, 38.86, 22.35, '', ggRow)).toBe(
      'CRM_CLV_PREDICT: bgnbd_params is required (the output of CRM_BGNBD_FIT, CRM_MBGNBD_FIT or CRM_PARETO_NBD_FIT)',
    );
    expect(crm.CRM_CLV_PREDICT.run(2, 30.43, 38.86, 22.35, PARAMS_ROW, undefined)).toBe(
      'CRM_CLV_PREDICT: gg_params is required (the output of CRM_GAMMAGAMMA_FIT)',
    );
  });
});

// The MBG/NBD maximum on the same data, computed independently with scipy (see fit-mbg-nbd.test.ts).
const MBG = { r: 0.524838, alpha: 6.182992, a: 0.891356, b: 1.613999, ll: -9582.1327 };
// Fader, Hardie & Lee (2005): the Pareto/NBD fit of the CDNOW sample, weeks.
const PARETO = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669, ll: -9595.0 };

describe('CRM_MBGNBD_FIT and CRM_PARETO_NBD_FIT', () => {
  it('fit the CDNOW sample as the references do, in the shape of CRM_BGNBD_FIT', () => {
    const mbg = crm.CRM_MBGNBD_FIT.run(X, TX, TT) as unknown[][];
    expect(mbg[0]).toEqual([
      'r',
      'alpha',
      'a',
      'b',
      'log-likelihood',
      'customers',
      'invalid rows',
      'drop-out at first purchase',
    ]);
    const [r, alpha, a, b, ll, customers, invalid, first] = mbg[1] as number[];
    for (const [got, want] of [
      [r, MBG.r],
      [alpha, MBG.alpha],
      [a, MBG.a],
      [b, MBG.b],
    ])
      expect(rel(got, want)).toBeLessThan(1e-5);
    expect(ll).toBeCloseTo(MBG.ll, 3);
    expect([customers, invalid]).toEqual([2357, 0]);
    expect(first).toBeCloseTo(a / (a + b), 12);

    const pareto = crm.CRM_PARETO_NBD_FIT.run(X, TX, TT) as unknown[][];
    expect(pareto[0]).toEqual(['r', 'alpha', 's', 'beta', 'log-likelihood', 'customers', 'invalid rows']);
    const values = pareto[1] as number[];
    [PARETO.r, PARETO.alpha, PARETO.s, PARETO.beta].forEach((want, i) => {
      expect(rel(values[i], want)).toBeLessThan(1e-3);
    });
    expect(Math.abs(values[4] - PARETO.ll)).toBeLessThan(0.05);
  });

  it('refuse data without a repeat purchase, in words', () => {
    expect(crm.CRM_MBGNBD_FIT.run(column([0, 0]), column([0, 0]), column([3, 4]))).toBe(
      'CRM_MBGNBD_FIT: no customer has a repeat purchase (every frequency is 0), so the model cannot be fitted',
    );
    expect(crm.CRM_PARETO_NBD_FIT.run(column([0, 0]), column([0, 0]), column([3, 4]))).toBe(
      'CRM_PARETO_NBD_FIT: no customer has a repeat purchase (every frequency is 0), so the model cannot be fitted',
    );
  });
});

describe('the scores given an MBG/NBD or Pareto/NBD fit', () => {
  const mbgTable = [
    ['r', 'alpha', 'a', 'b', 'drop-out at first purchase'],
    [MBG.r, MBG.alpha, MBG.a, MBG.b, MBG.a / (MBG.a + MBG.b)],
  ];
  const paretoTable = [
    ['r', 'alpha', 's', 'beta'],
    [PARETO.r, PARETO.alpha, PARETO.s, PARETO.beta],
  ];

  it('CRM_PALIVE and CRM_CHURN_RISK use the model the table names', () => {
    // Computed by hand: MBG/NBD P(alive) = 1 / (1 + a/(b+x) · ((α+T)/(α+tx))^(r+x)), below 1 at x = 0.
    const mbgByHand = (x: number, tx: number, T: number) =>
      1 / (1 + (MBG.a / (MBG.b + x)) * ((MBG.alpha + T) / (MBG.alpha + tx)) ** (MBG.r + x));
    const out = crm.CRM_PALIVE.run(
      column([0, 2]),
      column([0, 30.43]),
      column([38.86, 38.86]),
      mbgTable,
    ) as number[][];
    expect(out[0][0]).toBeCloseTo(mbgByHand(0, 0, 38.86), 10);
    expect(out[1][0]).toBeCloseTo(mbgByHand(2, 30.43, 38.86), 10);
    expect(out[0][0]).toBeLessThan(1);
    // Source: the @example of paretoNbdPAlive, 0.8692 for this customer under the FHL 2005 parameters.
    expect(crm.CRM_PALIVE.run(2, 30.43, 38.86, paretoTable)).toBeCloseTo(0.8692, 4);
    expect(crm.CRM_CHURN_RISK.run(2, 30.43, 38.86, paretoTable)).toBeCloseTo(1 - 0.8692, 4);
  });

  it('CRM_EXPECTED_PURCHASES and CRM_CLV_PREDICT use the model the table names', () => {
    // Source: numerical integration over λ and p (mbg-nbd-quadrature.ts) gives 1.26267 for this
    // customer in 39 weeks under MBG/NBD; the Pareto/NBD value is paretoNbdConditionalExpectedPurchases' example.
    expect(crm.CRM_EXPECTED_PURCHASES.run(39, 2, 30.43, 38.86, mbgTable)).toBeCloseTo(1.26267, 4);
    expect(crm.CRM_EXPECTED_PURCHASES.run(39, 2, 30.43, 38.86, paretoTable)).toBeCloseTo(1.4551, 4);
    const ggRow = [[GG.p, GG.q, GG.gamma]];
    const clv = (params: unknown) =>
      crm.CRM_CLV_PREDICT.run(2, 30.43, 38.86, 22.35, params, ggRow, 12, 0.01, 'weeks');
    const bg = clv(PARAMS_ROW) as number;
    const mbg = clv(mbgTable) as number;
    const pareto = clv(paretoTable) as number;
    const row = { frequency: [2], recency: [30.43], T: [38.86], monetary: [22.35] };
    const options = { unit: 'weeks' as const };
    expect(bg).toBeCloseTo(36.286, 3);
    expect(mbg).toBeCloseTo(mbgNbdPredictClvMany(MBG, GG, row, options)[0], 10);
    expect(pareto).toBeCloseTo(paretoNbdPredictClvMany(PARETO, GG, row, options)[0], 10);
    expect(new Set([bg, mbg, pareto]).size).toBe(3);
  });
});

describe('the purchase-model fits on tiny data', () => {
  // Two customers in days: one with 3 repeats over 20 of their 30 days, one who bought once.
  const x = column([3, 0]);
  const tx = column([20, 0]);
  const T = column([30, 10]);
  for (const name of ['CRM_BGNBD_FIT', 'CRM_MBGNBD_FIT', 'CRM_PARETO_NBD_FIT'] as const) {
    it(`${name} on two customers is penalised, says so and stays near the data`, () => {
      const [labels, values] = crm[name].run(x, tx, T) as [string[], Array<number | string>];
      expect(labels.at(-1) === 'drop-out at first purchase' ? labels.at(-2) : labels.at(-1)).toBe(
        'penalised',
      );
      expect(values[labels.indexOf('penalised')]).toBe('only 2 customers');
      // Unpenalised, r runs to about 10^9 (the absurd "convergence"); pulled towards r = 1 it stays
      // between 1/10 and 10, and α within a tenth to ten times the longest history (30 days).
      const r = values[0] as number;
      const alpha = values[1] as number;
      expect(r).toBeGreaterThan(0.1);
      expect(r).toBeLessThan(10);
      expect(alpha).toBeGreaterThan(3);
      expect(alpha).toBeLessThan(300);
      // The table still feeds the scoring formulas, which read it as the same model.
      const alive = crm.CRM_PALIVE.run(x, tx, T, [labels, values]) as number[][];
      expect(alive).toHaveLength(2);
      for (const [p] of alive) {
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
      }
    });
  }
});
