import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BgNbdParams } from '../../../src/core/btyd/bg-nbd-params';
import { cohortHoldout } from '../../../src/core/btyd/cohort-holdout';
import { conditionalExpectedPurchases } from '../../../src/core/btyd/expected-purchases';
import { expectedPurchasesInPeriod } from '../../../src/core/btyd/expected-purchases-in-period';
import {
  checkModel,
  checkModelOnCohort,
  FREQUENCY_GROUPS,
  type ModelCheck,
} from '../../../src/core/btyd/model-check';
import { loadSampleTransactions } from './cdnow-fixture';

// FHL 2005's CDNOW setting: the sample cohort (first purchases in Q1 1997), 39 calibration weeks to
// 1997-09-30 and 39 holdout weeks to 1998-06-30.
const CALIBRATION_END = new Date('1997-09-30');
const HOLDOUT_END = new Date('1998-06-30');
const transactions = loadSampleTransactions();
const bgNbd = checkModel(transactions, CALIBRATION_END, HOLDOUT_END, 'bgnbd');
const mbgNbd = checkModel(transactions, CALIBRATION_END, HOLDOUT_END, 'mbgnbd');
const paretoNbd = checkModel(transactions, CALIBRATION_END, HOLDOUT_END, 'paretonbd');

/**
 * The holdout counted straight from CDNOW_sample.txt with date strings, independently of the code
 * under test: per sample customer the distinct purchase dates (several rows on one day are one
 * transaction, as FHL count them), calibration frequency = dates up to 1997-09-30 minus the first,
 * holdout purchases = dates after it up to 1998-06-30, and the repeat dates per week from 1997-01-01.
 */
function countFromFile() {
  const file = fileURLToPath(new URL('../../fixtures/cdnow/CDNOW_sample.txt', import.meta.url));
  const datesOf = new Map<string, Set<string>>();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 5) continue;
    const dates = datesOf.get(fields[1]) ?? new Set<string>();
    dates.add(fields[2]);
    datesOf.set(fields[1], dates);
  }
  const groups = FREQUENCY_GROUPS.map(() => ({ customers: 0, holdout: 0 }));
  const perWeek = new Array<number>(79).fill(0);
  for (const dates of datesOf.values()) {
    const sorted = [...dates].sort();
    const calibration = sorted.filter((d) => d <= '19970930').length;
    const holdout = sorted.filter((d) => d > '19970930' && d <= '19980630').length;
    const group = groups[Math.min(calibration - 1, 7)];
    group.customers++;
    group.holdout += holdout;
    for (const d of sorted.slice(1)) {
      const days =
        (Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8)) - Date.UTC(1997, 0, 1)) / 86_400_000;
      perWeek[Math.floor(days / 7) + 1]++;
    }
  }
  const cumulative: number[] = [];
  let sum = 0;
  for (let week = 1; week <= 78; week++) {
    sum += perWeek[week];
    cumulative.push(sum);
  }
  return { customers: datesOf.size, groups, cumulative };
}
const counted = countFromFile();

const total = (check: ModelCheck, field: 'predicted' | 'actual') =>
  check.byFrequency.reduce((sum, group) => sum + group[field], 0);

describe('checkModel on the CDNOW sample (Fader, Hardie & Lee 2005)', () => {
  it('fits BG/NBD on the calibration period to the published parameters', () => {
    expect(bgNbd.model).toBe('bgnbd');
    // FHL 2005: r 0.243, α 4.414, a 0.793, b 2.426 (tests/fixtures/cdnow/README.md).
    expect(bgNbd.params).toEqual({
      r: expect.closeTo(0.243, 3),
      alpha: expect.closeTo(4.414, 3),
      a: expect.closeTo(0.793, 3),
      b: expect.closeTo(2.426, 3),
    });
    expect(bgNbd.calibrationCustomers).toBe(2357);
    expect(bgNbd.holdoutWeeks).toBe(39);
  });

  it('counts the holdout as a plain count of the file does', () => {
    expect(counted.customers).toBe(2357);
    for (const check of [bgNbd, mbgNbd, paretoNbd]) {
      expect(check.byFrequency.map((g) => g.frequency)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
      expect(check.byFrequency.map((g) => g.customers)).toEqual(counted.groups.map((g) => g.customers));
      expect(check.byFrequency.map((g) => g.actual)).toEqual(counted.groups.map((g) => g.holdout));
      expect(check.weekly.map((w) => w.actualCumulative)).toEqual(counted.cumulative);
    }
    // The fixture README's own count: 1,882 distinct customer-days in the holdout.
    expect(total(bgNbd, 'actual')).toBe(1882);
    expect(bgNbd.byFrequency[0].customers).toBe(1411);
  });

  it('gives the conditional expectations of each customer, summed per calibration frequency', () => {
    // Recomputed with the scalar formula (FHL 2005 eq. 10) on the published rounded summary file.
    const summary = readFileSync(
      fileURLToPath(new URL('../../fixtures/cdnow/cdnow_customers_summary.csv', import.meta.url)),
      'utf8',
    )
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(',').map(Number));
    const sums = FREQUENCY_GROUPS.map(() => 0);
    for (const [, x, tx, T] of summary)
      sums[Math.min(x, 7)] += conditionalExpectedPurchases(bgNbd.params as BgNbdParams, 39, x, tx, T);
    bgNbd.byFrequency.forEach((group, i) => {
      expect(Math.abs(group.predicted / sums[i] - 1)).toBeLessThan(1e-3);
    });
  });

  it('reproduces the published pattern of FHL 2005 Figure 4: predicted close to actual per frequency', () => {
    const mean = (g: { customers: number; predicted: number; actual: number }) => ({
      predicted: g.predicted / g.customers,
      actual: g.actual / g.customers,
    });
    const means = bgNbd.byFrequency.map(mean);
    // Both rise with the calibration frequency, from about 0.2 to about 6 purchases.
    for (let i = 1; i < means.length; i++) {
      expect(means[i].predicted).toBeGreaterThan(means[i - 1].predicted);
      expect(means[i].actual).toBeGreaterThan(means[i - 1].actual);
    }
    expect(means[0].actual).toBeCloseTo(0.237, 3);
    expect(means[7].actual).toBeCloseTo(6.359, 3);
    // Close everywhere, closest for x = 0, 3 and 7+, short by a third of a purchase at x = 1, 2.
    means.forEach(({ predicted, actual }) => {
      expect(Math.abs(predicted - actual)).toBeLessThan(0.4);
    });
    expect(Math.abs(means[0].predicted - means[0].actual)).toBeLessThan(0.02);
    expect(Math.abs(means[7].predicted - means[7].actual)).toBeLessThan(0.25);
  });

  it('tracks the cumulative repeat purchases week by week as FHL 2005 Figure 3', () => {
    expect(bgNbd.weekly).toHaveLength(78);
    expect(bgNbd.weekly[0]).toMatchObject({ week: 1, date: '1997-01-07' });
    expect(bgNbd.weekly[38]).toMatchObject({ week: 39, date: '1997-09-30', actualCumulative: 2457 });
    expect(bgNbd.weekly[77]).toMatchObject({ week: 78, date: '1998-06-30', actualCumulative: 4339 });
    // Predicted: Σ over customers acquired by the week's end of E[X(age)], checked at week 78.
    const firstDay = new Map<string, number>();
    for (const t of transactions)
      firstDay.set(t.customerId, Math.min(t.day, firstDay.get(t.customerId) ?? t.day));
    const end = Date.UTC(1998, 5, 30) / 86_400_000;
    let expected = 0;
    for (const day of firstDay.values())
      expected += expectedPurchasesInPeriod(bgNbd.params as BgNbdParams, (end - day) / 7);
    expect(bgNbd.weekly[77].predictedCumulative).toBeCloseTo(expected, 6);
    // Close to the actual curve from week 20 on, within 4.5 %.
    for (const w of bgNbd.weekly.slice(19))
      expect(Math.abs(w.predictedCumulative / w.actualCumulative - 1)).toBeLessThan(0.045);
    for (let i = 1; i < bgNbd.weekly.length; i++)
      expect(bgNbd.weekly[i].predictedCumulative).toBeGreaterThan(bgNbd.weekly[i - 1].predictedCumulative);
  });

  it('pins the BG/NBD holdout figures, MAE and bias', () => {
    expect(bgNbd.byFrequency.map((g) => Math.round(g.predicted * 100) / 100)).toEqual([
      317.6, 229.65, 223.44, 152.03, 134.16, 100.85, 101.62, 394.06,
    ]);
    expect(total(bgNbd, 'predicted')).toBeCloseTo(1653.41, 2);
    expect(bgNbd.weekly[38].predictedCumulative).toBeCloseTo(2493.96, 2);
    expect(bgNbd.weekly[77].predictedCumulative).toBeCloseTo(4160.61, 2);
    expect(bgNbd.mae).toBeCloseTo(0.78545, 5);
    expect(bgNbd.bias).toBeCloseTo((1653.41 - 1882) / 1882, 5);
    expect(bgNbd.bias).toBeCloseTo(-0.12146, 5);
  });

  it('gives the same check on a cohort summarised once for several models', () => {
    const cohort = cohortHoldout(
      transactions,
      Date.UTC(1997, 8, 30) / 86_400_000,
      Date.UTC(1998, 5, 30) / 86_400_000,
    );
    expect(checkModelOnCohort(cohort, 'bgnbd')).toEqual(bgNbd);
    expect(checkModelOnCohort(cohort, 'paretonbd')).toEqual(paretoNbd);
  });

  it.each([
    {
      // The parameters lifetimes' ModifiedBetaGeoFitter gives on the same summary.
      check: mbgNbd,
      params: { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 },
      predicted: [261.26, 242.05, 224.48, 149.29, 130.47, 97.42, 97.46, 374.3],
      total: 1576.73,
      week78: 4049.95,
      mae: 0.76478,
      bias: -0.16221,
    },
    {
      // FHL 2005: r 0.553, α 10.578, s 0.606, β 11.669.
      check: paretoNbd,
      params: { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 },
      predicted: [195.35, 263.17, 255.91, 171.38, 148.7, 110.47, 110.74, 409.8],
      total: 1665.51,
      week78: 4270.04,
      mae: 0.75452,
      bias: -0.11503,
    },
  ])('pins the $check.model figures', ({ check, params, predicted, total: sum, week78, mae, bias }) => {
    expect(check.params).toEqual(
      Object.fromEntries(Object.entries(params).map(([name, value]) => [name, expect.closeTo(value, 3)])),
    );
    expect(check.byFrequency.map((g) => Math.round(g.predicted * 100) / 100)).toEqual(predicted);
    expect(total(check, 'predicted')).toBeCloseTo(sum, 2);
    expect(check.weekly[77].predictedCumulative).toBeCloseTo(week78, 2);
    expect(check.mae).toBeCloseTo(mae, 5);
    expect(check.bias).toBeCloseTo(bias, 5);
  });
});

describe('checkModel on a small log', () => {
  const day = (iso: string) => Date.parse(iso) / 86_400_000;
  const log = [
    { customerId: 'A', day: day('2024-01-01'), amount: 10 },
    { customerId: 'A', day: day('2024-01-10'), amount: 10 },
    { customerId: 'A', day: day('2024-01-10'), amount: 5 }, // same day: one purchase
    { customerId: 'A', day: day('2024-02-20'), amount: 10 }, // holdout
    { customerId: 'A', day: day('2024-02-20'), amount: 10 }, // same holdout day
    { customerId: 'A', day: day('2024-04-01'), amount: 10 }, // after the holdout: ignored
    { customerId: 'B', day: day('2024-01-05'), amount: 10 },
    { customerId: 'B', day: day('2024-01-25'), amount: 10 },
    { customerId: 'B', day: day('2024-02-01'), amount: 10 },
    { customerId: 'B', day: day('2024-03-01'), amount: 10 }, // holdout
    { customerId: 'B', day: day('2024-03-02'), amount: 10 }, // holdout
    { customerId: 'C', day: day('2024-01-20'), amount: 10 },
    { customerId: 'D', day: day('2024-02-10'), amount: 10 }, // first purchase in the holdout: not in the cohort
    { customerId: 'D', day: day('2024-02-15'), amount: 10 },
  ];
  const check = checkModel(log, new Date('2024-02-05'), new Date('2024-03-02'), 'bgnbd', { penalizer: 0.01 });

  it('counts the cohort and its holdout purchases, same days merged', () => {
    expect(check.calibrationCustomers).toBe(3);
    expect(check.holdoutWeeks).toBeCloseTo(26 / 7, 12);
    expect(check.byFrequency.map((g) => [g.customers, g.actual])).toEqual([
      [1, 0],
      [1, 1],
      [1, 2],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    const predicted = check.byFrequency.reduce((sum, g) => sum + g.predicted, 0);
    expect(check.bias).toBeCloseTo((predicted - 3) / 3, 12);
  });

  it('ends a week on the calibration end, and the last on the holdout end', () => {
    // 2024-01-01 is in the week ending 2024-01-01 (5 weeks before 2024-02-05); 2024-03-02 closes a part week.
    expect(check.weekly.map((w) => w.date)).toEqual([
      '2024-01-01',
      '2024-01-08',
      '2024-01-15',
      '2024-01-22',
      '2024-01-29',
      '2024-02-05',
      '2024-02-12',
      '2024-02-19',
      '2024-02-26',
      '2024-03-02',
    ]);
    expect(check.weekly.map((w) => w.week)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(check.weekly.map((w) => w.actualCumulative)).toEqual([0, 0, 1, 1, 2, 3, 3, 3, 4, 6]);
    expect(check.weekly[0].predictedCumulative).toBe(0);
  });

  it('reads the two ends as days in the given time zone', () => {
    // 23:30 UTC on 4 February is 5 February in Berlin.
    const zoned = checkModel(
      log,
      new Date('2024-02-04T23:30:00Z'),
      new Date('2024-03-02T12:00:00Z'),
      'bgnbd',
      {
        penalizer: 0.01,
        timeZone: 'Europe/Berlin',
      },
    );
    expect(zoned.weekly.map((w) => w.date)).toEqual(check.weekly.map((w) => w.date));
    expect(zoned.mae).toBeCloseTo(check.mae, 12);
  });

  it('rejects dates that are invalid or out of order, and a calibration period without customers', () => {
    expect(() => checkModel(log, new Date('x'), new Date('2024-03-02'), 'bgnbd')).toThrow(
      'calibrationEnd is not a valid date',
    );
    expect(() => checkModel(log, new Date('2024-02-05'), new Date('x'), 'bgnbd')).toThrow(
      'holdoutEnd is not a valid date',
    );
    expect(() => checkModel(log, new Date('2024-02-05'), new Date('2024-02-05'), 'bgnbd')).toThrow(
      'holdoutEnd (2024-02-05) must be after calibrationEnd (2024-02-05)',
    );
    expect(() => checkModel(log, new Date('2023-12-01'), new Date('2024-02-05'), 'bgnbd')).toThrow(
      'no customer made a first purchase by 2023-12-01',
    );
    expect(() => checkModel(log, new Date('2024-01-05'), new Date('2024-02-05'), 'paretonbd')).toThrow(
      'no customer has a repeat purchase',
    );
  });

  it('gives a NaN bias when the holdout has no purchase', () => {
    const quiet = checkModel(
      log.slice(0, 3).concat(log.slice(6, 9)),
      new Date('2024-02-05'),
      new Date('2024-02-12'),
      'bgnbd',
      {
        penalizer: 0.01,
      },
    );
    expect(quiet.byFrequency.every((g) => g.actual === 0)).toBe(true);
    expect(quiet.bias).toBeNaN();
    expect(quiet.mae).toBeGreaterThan(0);
  });
});
