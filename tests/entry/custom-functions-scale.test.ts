// Every CRM_ formula on 10,000 rows: the range call must equal the row-by-row answers (no timing here).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rfmScores } from '../../src/core/metrics/rfm';
import { customFunctionEntryPoints as crm } from '../../src/entry/custom-functions';
import { stubSpreadsheetTimeZone } from './stub-spreadsheet-time-zone';

stubSpreadsheetTimeZone('Etc/UTC');

const N = 10_000;
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/cdnow');
const column = (values: unknown[]) => values.map((value) => [value]);
const rel = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);
const call = (name: keyof typeof crm, ...args: unknown[]) =>
  (crm[name].run as (...a: unknown[]) => unknown)(...args);

/** A deterministic sequence in [0, 1) (a Weyl sequence), so the test data never changes. */
const u = (i: number, k = 1) => (i * 0.6180339887498949 * k + 0.1 * k) % 1;

// Published CDNOW sample summary (ID, x, t_x, T, zbar), repeated to N rows.
const published = readFileSync(join(fixtures, 'cdnow_customers_summary_with_transactions.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(',').map(Number));
const tiled = Array.from({ length: N }, (_, i) => published[i % published.length]);
const X = column(tiled.map((r) => r[1]));
const TX = column(tiled.map((r) => r[2]));
const TT = column(tiled.map((r) => r[3]));
const ZBAR = column(tiled.map((r) => r[4]));
const BG = [[0.2426, 4.4136, 0.7929, 2.4259]];
const GG = [[6.25, 3.74, 15.44]];

/** Checks that a range call returns N rows, each equal to the same formula called on that row alone. */
function matchesRowByRow(out: unknown, single: (i: number) => unknown): void {
  const rows = out as unknown[][];
  expect(rows).toHaveLength(N);
  for (let i = 0; i < N; i++) {
    if (rows[i][0] !== single(i)) expect({ row: i, got: rows[i][0] }).toEqual({ row: i, got: single(i) });
  }
}

describe('10,000 rows', () => {
  it('CRM_SUMMARY: two copies of the CDNOW sample (13,838 transactions) give the published summary twice', () => {
    const lines = readFileSync(join(fixtures, 'CDNOW_sample.txt'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .map((line) => line.trim().split(/\s+/));
    const copy = (prefix: string) =>
      lines.map((r) => [
        `${prefix}${Number(r[1])}`,
        `${r[2].slice(0, 4)}-${r[2].slice(4, 6)}-${r[2].slice(6)}`,
        Number(r[4]),
      ]);
    const rows = [...copy('a'), ...copy('b')];
    const out = call(
      'CRM_SUMMARY',
      column(rows.map((r) => r[0])),
      column(rows.map((r) => r[1])),
      column(rows.map((r) => r[2])),
      '1997-09-30',
      'weeks',
    ) as unknown[][];
    expect(out).toHaveLength(2 * published.length + 1);
    published.forEach(([id, x, tx, T, zbar], i) => {
      for (const row of [out[1 + i], out[1 + published.length + i]]) {
        expect(String(row[0]).slice(1)).toBe(String(id));
        expect([
          row[1],
          Math.abs((row[2] as number) - tx) <= 0.005 + 1e-9,
          Math.abs((row[3] as number) - T) <= 0.005 + 1e-9,
          Math.abs((row[4] as number) - zbar) <= 0.005 + 1e-9,
        ]).toEqual([x, true, true, true]);
      }
    });
  });

  it('CRM_BGNBD_FIT: the sample repeated (same maximum) still gives Fader, Hardie & Lee (2005)', () => {
    // Repeating every customer k times multiplies the log-likelihood by k, so the maximum is unchanged.
    const copies = Math.floor(N / published.length);
    const rows = copies * published.length;
    const blank = Array.from({ length: N - rows }, () => ['']);
    const [, values] = call(
      'CRM_BGNBD_FIT',
      [...X.slice(0, rows), ...blank],
      [...TX.slice(0, rows), ...blank],
      [...TT.slice(0, rows), ...blank],
    ) as [string[], number[]];
    for (const [k, v] of [0.2426, 4.4136, 0.7929, 2.4259].entries())
      expect(rel(values[k], v)).toBeLessThan(1e-3);
    expect(values[4]).toBeCloseTo(copies * -9582.43, 0);
    expect(values[5]).toBe(rows);
  });

  it('CRM_GAMMAGAMMA_FIT: the sample repeated still gives p 6.25, q 3.74, gamma 15.44', () => {
    const copies = Math.floor(N / published.length);
    const rows = copies * published.length;
    const blank = Array.from({ length: N - rows }, () => ['']);
    const [, values] = call(
      'CRM_GAMMAGAMMA_FIT',
      [...X.slice(0, rows), ...blank],
      [...ZBAR.slice(0, rows), ...blank],
    ) as [string[], number[]];
    for (const [k, v] of [6.25, 3.74, 15.44].entries()) expect(rel(values[k], v)).toBeLessThan(5e-3);
    expect(values[4]).toBe(copies * published.filter((r) => r[1] > 0).length);
  });

  it('CRM_PALIVE, CRM_CHURN_RISK, CRM_EXPECTED_PURCHASES, CRM_EXPECTED_SPEND, CRM_CLV_PREDICT match row-by-row calls', () => {
    const r = (i: number) => tiled[i];
    matchesRowByRow(call('CRM_PALIVE', X, TX, TT, BG), (i) =>
      call('CRM_PALIVE', r(i)[1], r(i)[2], r(i)[3], BG),
    );
    matchesRowByRow(call('CRM_CHURN_RISK', X, TX, TT, BG), (i) =>
      call('CRM_CHURN_RISK', r(i)[1], r(i)[2], r(i)[3], BG),
    );
    matchesRowByRow(call('CRM_EXPECTED_PURCHASES', 39, X, TX, TT, BG), (i) =>
      call('CRM_EXPECTED_PURCHASES', 39, r(i)[1], r(i)[2], r(i)[3], BG),
    );
    matchesRowByRow(call('CRM_EXPECTED_SPEND', X, ZBAR, GG), (i) =>
      call('CRM_EXPECTED_SPEND', r(i)[1], r(i)[4], GG),
    );
    matchesRowByRow(call('CRM_CLV_PREDICT', X, TX, TT, ZBAR, BG, GG, 12, 0.01, 'weeks'), (i) =>
      call('CRM_CLV_PREDICT', r(i)[1], r(i)[2], r(i)[3], r(i)[4], BG, GG, 12, 0.01, 'weeks'),
    );
  });

  it('CRM_CLV: 10,000 customers × 12 periods match one-customer calls', () => {
    const revenue = Array.from({ length: N }, (_, i) =>
      Array.from({ length: 12 }, (_, t) => Math.round(100 * u(i, t + 1) * 100) / 100),
    );
    matchesRowByRow(
      call('CRM_CLV', revenue, 0.1, '', 0.8),
      (i) => (call('CRM_CLV', [revenue[i]], 0.1, '', 0.8) as number[][])[0][0],
    );
  });

  it('per-row metrics match row-by-row calls', () => {
    const start = Array.from({ length: N }, (_, i) => 100 + Math.floor(900 * u(i)));
    const lost = start.map((s, i) => Math.floor(s * u(i, 2)));
    const added = start.map((_, i) => Math.floor(100 * u(i, 3)));
    const end = start.map((s, i) => s - lost[i] + added[i]);
    const rate = start.map((_, i) => u(i, 5));
    matchesRowByRow(call('CRM_RETENTION_RATE', column(end), column(added), column(start)), (i) =>
      call('CRM_RETENTION_RATE', end[i], added[i], start[i]),
    );
    matchesRowByRow(call('CRM_CHURN_RATE', column(lost), column(start)), (i) =>
      call('CRM_CHURN_RATE', lost[i], start[i]),
    );
    matchesRowByRow(call('CRM_LOYALTY_INDEX', column(rate), column(rate)), (i) =>
      call('CRM_LOYALTY_INDEX', rate[i], rate[i]),
    );
    matchesRowByRow(call('CRM_ROI', column(end), column(start)), (i) => call('CRM_ROI', end[i], start[i]));
  });

  it('aggregate metrics over 10,000 answers equal their counts', () => {
    const scores = Array.from({ length: N }, (_, i) => i % 11);
    // i % 11 over 10,000 rows: 0…10 each 909 times, plus one more of 0 (10,000 = 11·909 + 1).
    // Promoters (9, 10) 1,818; detractors (0…6) 7·909 + 1 = 6,364: 100·(1,818 − 6,364)/10,000.
    expect(call('CRM_NPS', column(scores))).toBeCloseTo((100 * (1818 - 6364)) / N, 10);
    const csat = Array.from({ length: N }, (_, i) => 1 + (i % 5));
    expect(call('CRM_CSAT', column(csat))).toBe(0.4); // 4 and 5 are 2 of every 5 answers
    const counts = Array.from({ length: N }, (_, i) => i % 4); // 2 and 3 are half of them
    expect(call('CRM_REPEAT_RATE', column(counts))).toBe(0.5);
    const values = Array.from({ length: N }, (_, i) => 1 + (i % 3));
    const total = values.reduce((a, b) => a + b, 0);
    const shares = call('CRM_CLV_SHARE', column(values)) as number[][];
    expect(shares).toHaveLength(N);
    for (const [i, [share]] of shares.entries()) expect(share).toBe(values[i] / total);
  });

  it('CRM_RFM scores 10,000 customers as the core does', () => {
    const rows = Array.from({ length: N }, (_, i) => ({
      recencyDays: Math.floor(365 * u(i)),
      frequency: 1 + Math.floor(20 * u(i, 2)),
      monetary: Math.round(500 * u(i, 3)),
    }));
    const out = call(
      'CRM_RFM',
      column(rows.map((r) => r.recencyDays)),
      column(rows.map((r) => r.frequency)),
      column(rows.map((r) => r.monetary)),
    );
    expect(out).toEqual(rfmScores(rows).map((s) => [s.score, s.segment]));
  });

  it('CRM_CHURN_MODEL, CRM_CHURN_SCORE and CRM_CLASSIFICATION_REPORT on repeated published examples', () => {
    // Wikipedia's hours-studied example repeated 500 times: the same maximum, −4.0777 and 1.5046.
    const hours = [
      0.5, 0.75, 1, 1.25, 1.5, 1.75, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.25, 3.5, 4, 4.25, 4.5, 4.75, 5, 5.5,
    ];
    const passed = [0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1];
    const features = Array.from({ length: N }, (_, i) => [hours[i % 20]]);
    const labels = Array.from({ length: N }, (_, i) => [passed[i % 20]]);
    const model = call('CRM_CHURN_MODEL', features, labels) as unknown[][];
    expect(model[1][0]).toBeCloseTo(-4.0777, 3);
    expect(model[1][1]).toBeCloseTo(1.5046, 3);
    matchesRowByRow(call('CRM_CHURN_SCORE', features, model), (i) =>
      call('CRM_CHURN_SCORE', features[i][0], model),
    );
    // The 4-row example of CRM_CLASSIFICATION_REPORT's test repeated 2,500 times keeps its figures.
    const actual = Array.from({ length: N }, (_, i) => [[1, 0, 1, 0][i % 4]]);
    const probability = Array.from({ length: N }, (_, i) => [[0.9, 0.2, 0.4, 0.6][i % 4]]);
    const report = call('CRM_CLASSIFICATION_REPORT', actual, probability) as unknown[][];
    expect(report[1].slice(0, 5)).toEqual([0.5, 0.5, 0.5, 0.5, 0.75]);
  });

  it('CRM_RECOMMEND: 10,000 order lines and 10,000 customers', () => {
    // The tea/cup/sugar example of the models test, 1,666 copies with their own customers (9,996
    // lines, then 4 blank ones): the
    // co-purchase counts all grow by the same factor, so each kind of customer gets the same list.
    const lines = [
      ['a', 'tea'],
      ['a', 'cup'],
      ['b', 'tea'],
      ['c', 'tea'],
      ['c', 'sugar'],
      ['d', 'cup'],
    ];
    const orders: string[][] = [];
    for (let j = 0; orders.length + lines.length <= N; j++)
      for (const [c, p] of lines) orders.push([`${c}${j}`, p]);
    while (orders.length < N) orders.push(['', '']);
    const expected: Record<string, string[]> = {
      a: ['sugar', '', ''],
      b: ['cup', 'sugar', ''],
      c: ['cup', '', ''],
      d: ['tea', 'sugar', ''],
      z: ['tea', 'cup', 'sugar'],
    };
    const kinds = Object.keys(expected);
    const customers = Array.from({ length: N }, (_, i) => `${kinds[i % 5]}${i % 5 === 4 ? '' : i % 1000}`);
    const out = call(
      'CRM_RECOMMEND',
      column(orders.map((o) => o[0])),
      column(orders.map((o) => o[1])),
      column(customers),
    ) as string[][];
    expect(out).toHaveLength(N);
    for (const [i, row] of out.entries()) expect(row).toEqual(expected[kinds[i % 5]]);
  });
});
