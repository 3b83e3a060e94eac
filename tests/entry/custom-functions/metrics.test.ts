// The simple-metric formulas called as Sheets calls them: single values, ranges, blanks, bad rows.
import { describe, expect, it } from 'vitest';
import { customFunctionEntryPoints as crm } from '../../../src/entry/custom-functions';

const column = (values: unknown[]) => values.map((value) => [value]);
const repeat = (value: unknown, times: number) => Array.from({ length: times }, () => [value]);

describe('CRM_CLV', () => {
  // Worked values of product.md section 3, recomputed by hand:
  // 1000/1.1 + 1000/1.1² + 1000/1.1³ = 909.091 + 826.446 + 751.315 = 2486.85
  it('CRM_CLV(1000, 0.1, 3) = 2486.85', () => {
    expect(crm.CRM_CLV.run(1000, 0.1, 3)).toBeCloseTo(2486.85, 2);
  });
  // … + 1000/1.1⁴ + 1000/1.1⁵ = 2486.852 + 683.013 + 620.921 = 3790.79
  it('CRM_CLV(1000, 0.1, 5) = 3790.79', () => {
    expect(crm.CRM_CLV.run(1000, 0.1, 5)).toBeCloseTo(3790.79, 2);
  });
  // 1000/1.1 + 1200/1.21 + 1500/1.331 + 1800/1.4641 + 2000/1.61051
  //   = 909.0909 + 991.7355 + 1126.9722 + 1229.4242 + 1241.8426 = 5499.0654 (product.md writes 5499.06)
  it('CRM_CLV({1000,1200,1500,1800,2000}, 0.1) = 5499.06', () => {
    const value = crm.CRM_CLV.run([[1000, 1200, 1500, 1800, 2000]], 0.1) as number[][];
    expect(value).toHaveLength(1);
    expect(Math.abs(value[0][0] - 5499.06)).toBeLessThan(0.01);
  });
  // 1000·0.9/1.1 + 1500·0.9/1.21 = 818.182 + 1115.702 = 1933.88; the empty periods argument
  // arrives as "", null or undefined depending on the caller.
  it('CRM_CLV({1000,1500}, 0.1, , {0.9,0.9}) = 1933.88 whichever way periods is omitted', () => {
    for (const omitted of ['', null, undefined]) {
      const value = crm.CRM_CLV.run([[1000, 1500]], 0.1, omitted, [[0.9, 0.9]]) as number[][];
      expect(value[0][0]).toBeCloseTo(1933.88, 2);
    }
  });
  // 100·(0.8/1.1 + 0.64/1.21 + 0.512/1.331) = 72.727 + 52.893 + 38.467 = 164.09
  it('CRM_CLV(100, 0.1, 3, 0.8) = 164.09', () => {
    expect(crm.CRM_CLV.run(100, 0.1, 3, 0.8)).toBeCloseTo(164.09, 2);
  });
  it('computes one value per customer row, keeping blank rows blank and bad rows in place', () => {
    const revenue = [
      [1000, 1000, 1000],
      ['', '', ''],
      [1000, 'abc', 1000],
      [100, 100, 100],
      [1000, '', ''],
    ];
    const out = crm.CRM_CLV.run(revenue, 0.1) as unknown[][];
    expect(out).toHaveLength(5);
    expect(out[0][0]).toBeCloseTo(2486.85, 2);
    expect(out[1]).toEqual(['']);
    expect(out[2]).toEqual(['row 3: revenue in period 2 is not a number: "abc"']);
    expect(out[3][0]).toBeCloseTo(248.685, 3); // a tenth of row 1
    expect(out[4][0]).toBeCloseTo(909.09, 2); // blank periods earn nothing: 1000/1.1
  });
  it('repeats a column of revenue for `periods` periods, per customer', () => {
    const out = crm.CRM_CLV.run(column([1000, 100]), 0.1, 3) as number[][];
    expect(out[0][0]).toBeCloseTo(2486.85, 2);
    expect(out[1][0]).toBeCloseTo(248.685, 3);
  });
  it('accepts numeric text and a 1×1 range for the rate', () => {
    expect(crm.CRM_CLV.run('1000', [[0.1]], '3')).toBeCloseTo(2486.85, 2);
  });
  it('explains whole-call problems in the cell', () => {
    expect(crm.CRM_CLV.run(1000, '', 3)).toBe('CRM_CLV: discount_rate is required');
    expect(crm.CRM_CLV.run('', 0.1, 3)).toBe('CRM_CLV: revenue is required');
    expect(crm.CRM_CLV.run([[1, 2, 3]], 0.1, 5)).toBe(
      'CRM_CLV: periods (5) repeats a single column of revenue, but revenue has 3 columns',
    );
    expect(crm.CRM_CLV.run([[1, 2]], 0.1, '', [[0.9], [0.9]])).toBe(
      'CRM_CLV: retention must be one rate or one row of survival values (one per period)',
    );
    expect(crm.CRM_CLV.run([[1, 2]], 0.1, '', [[0.9, 0.9, 0.9]])).toBe(
      'CRM_CLV: retention has 3 values but there are 2 periods',
    );
    expect(crm.CRM_CLV.run(1000, 0.1, 2.5)).toBe('CRM_CLV: periods must be a whole number, 1 or more');
  });
});

describe('CRM_NPS', () => {
  // product.md: 30 promoters, 50 passives, 20 detractors → 100·(30 − 20)/100 = 10.
  it('NPS of 30 promoters, 50 passives, 20 detractors = 10', () => {
    const scores = [...repeat(10, 15), ...repeat(9, 15), ...repeat(8, 50), ...repeat(3, 20)];
    expect(crm.CRM_NPS.run(scores)).toBe(10);
  });
  // product.md: 20 % promoters, 50 % detractors → 20 − 50 = −30 (here 2, 3 passives, 5 of 10).
  it('NPS of 20 % promoters and 50 % detractors = −30', () => {
    expect(crm.CRM_NPS.run(column([9, 10, 7, 8, 7, 0, 6, 5, 1, 2]))).toBe(-30);
  });
  it('reads any shape, skips blank cells and takes a single value', () => {
    expect(
      crm.CRM_NPS.run([
        [10, ''],
        [0, 9],
      ]),
    ).toBeCloseTo((100 * (2 - 1)) / 3, 12);
    expect(crm.CRM_NPS.run(10)).toBe(100);
  });
  it('names the bad cell', () => {
    expect(crm.CRM_NPS.run(column([10, 9, 11]))).toBe(
      'CRM_NPS: row 3: score 11 is not a whole number from 0 to 10',
    );
    expect(crm.CRM_NPS.run([[10, 'x']])).toBe('CRM_NPS: row 1, column 2: score is not a number: "x"');
    expect(crm.CRM_NPS.run('')).toBe('CRM_NPS: scores is required');
  });
});

describe('CRM_CSAT', () => {
  // product.md: 800 of 1000 answers satisfied → 0.8.
  it('CSAT of 800 satisfied answers in 1000 = 0.8', () => {
    expect(crm.CRM_CSAT.run([...repeat(5, 500), ...repeat(4, 300), ...repeat(2, 200)])).toBe(0.8);
  });
  it('uses satisfied_min when given and 4 when omitted', () => {
    const scores = column([5, 4, 3, 2]);
    expect(crm.CRM_CSAT.run(scores)).toBe(0.5);
    expect(crm.CRM_CSAT.run(scores, null)).toBe(0.5);
    expect(crm.CRM_CSAT.run(scores, 3)).toBe(0.75);
  });
});

describe('CRM_RETENTION_RATE', () => {
  // product.md: S = 850, E = 1000, N = 200 → (1000 − 200)/850 = 0.941.
  it('(E − N) / S with S = 850, E = 1000, N = 200 is 0.941', () => {
    expect(crm.CRM_RETENTION_RATE.run(1000, 200, 850)).toBeCloseTo(0.941, 3);
  });
  it('works row by row, with a blank row and a bad row', () => {
    const out = crm.CRM_RETENTION_RATE.run(
      column([1000, '', 100]),
      column([200, '', 200]),
      column([850, '', 50]),
    );
    expect(out).toEqual([
      [800 / 850],
      [''],
      ['row 3: new customers (200) cannot exceed customers at the end (100)'],
    ]);
  });
  it('reports a missing argument', () => {
    expect(crm.CRM_RETENTION_RATE.run(1000, undefined, 850)).toBe(
      'CRM_RETENTION_RATE: new_customers is required',
    );
  });
});

describe('CRM_CHURN_RATE', () => {
  it('is L / S (computed by hand: 50 / 1000 = 0.05)', () => {
    expect(crm.CRM_CHURN_RATE.run(50, 1000)).toBe(0.05);
    expect(crm.CRM_CHURN_RATE.run(column([50, 10]), 100)).toEqual([[0.5], [0.1]]);
  });
});

describe('CRM_REPEAT_RATE', () => {
  it('is the share of customers with 2 or more orders (by hand: 2 of 4 = 0.5)', () => {
    expect(crm.CRM_REPEAT_RATE.run(column([1, 2, '', 5, 1]))).toBe(0.5);
    expect(crm.CRM_REPEAT_RATE.run(column([1, 2.5]))).toBe(
      'CRM_REPEAT_RATE: row 2: order count 2.5 is not a whole number of orders',
    );
  });
});

describe('CRM_LOYALTY_INDEX', () => {
  it('is the mean of the two rates (by hand: (0.4 + 0.9)/2 = 0.65)', () => {
    expect(crm.CRM_LOYALTY_INDEX.run(0.4, 0.9)).toBeCloseTo(0.65, 15);
    expect(crm.CRM_LOYALTY_INDEX.run(column([0.4, 2]), 0.9)).toEqual([
      [expect.closeTo(0.65, 15)],
      ['row 2: repeat rate must be a share between 0 and 1 (got 2)'],
    ]);
  });
});

describe('CRM_ROI', () => {
  // product.md: ROI(200000, 100000) = (200000 − 100000)/100000 = 1.
  it('ROI(200000, 100000) = 1', () => {
    expect(crm.CRM_ROI.run(200000, 100000)).toBe(1);
  });
  it('works per row and states a bad row', () => {
    expect(crm.CRM_ROI.run(column([200, 50, '']), column([100, 0, '']))).toEqual([
      [1],
      ['row 2: cost must be greater than 0 (got 0): ROI is undefined without an investment'],
      [''],
    ]);
  });
});

describe('CRM_CLV_SHARE', () => {
  it("gives each value's share of the total of the good rows (by hand: 1/4 and 3/4)", () => {
    expect(crm.CRM_CLV_SHARE.run(column([1, '', 3, -2]))).toEqual([
      [0.25],
      [''],
      [0.75],
      ['row 4: clv_values must not be negative'],
    ]);
    expect(crm.CRM_CLV_SHARE.run(42)).toBe(1);
  });
});

describe('CRM_RFM', () => {
  // Five customers, each strictly better than the next on all three measures: with 5 bins the
  // score is 1 + ⌊5 · (customers strictly worse + 1/2) / 5⌋ = 1 + (customers strictly worse), so
  // 555, 444, 333, 222, 111 (by hand), and the
  // segments follow Putler's grid as src/core/metrics/rfm-segment.ts cites it: R 5 with F/M 5 is
  // Champions, 4/4 Loyal, 3/3 Need attention, 2/2 Hibernating, 1/1 Lost.
  const recency = [2, 30, 90, 180, 400];
  const frequency = [8, 5, 3, 2, 1];
  const monetary = [500, 300, 200, 60, 20];
  it('scores each customer and names the segment, in two columns', () => {
    expect(crm.CRM_RFM.run(column(recency), column(frequency), column(monetary))).toEqual([
      ['555', 'Champions'],
      ['444', 'Loyal'],
      ['333', 'Need attention'],
      ['222', 'Hibernating'],
      ['111', 'Lost'],
    ]);
  });
  it('leaves blank rows blank and bad rows out of the quantiles', () => {
    const out = crm.CRM_RFM.run(
      column([2, '', 30, 90, 'soon', 180, 400]),
      column([8, '', 5, 3, 1, 2, 1]),
      column([500, '', 300, 200, 10, 60, 20]),
    );
    expect(out).toEqual([
      ['555', 'Champions'],
      ['', ''],
      ['444', 'Loyal'],
      ['333', 'Need attention'],
      ['row 5: recency_days is not a number: "soon"', ''],
      ['222', 'Hibernating'],
      ['111', 'Lost'],
    ]);
  });
  it('uses bins when given', () => {
    // With 2 bins: 1 + ⌊2·(below + 1/2)/5⌋ = 1 + ⌊9/5⌋, ⌊7/5⌋, ⌊5/5⌋, ⌊3/5⌋, ⌊1/5⌋ = 2, 2, 2, 1, 1 (by
    // hand): the middle customer's percentile, exactly 1/2, is the start of the upper bin.
    const out = crm.CRM_RFM.run(column(recency), column(frequency), column(monetary), 2) as string[][];
    expect(out.map((row) => row[0])).toEqual(['222', '222', '222', '111', '111']);
    expect(crm.CRM_RFM.run(column(recency), column(frequency), column(monetary), 12)).toBe(
      'CRM_RFM: bins must be a whole number from 2 to 9 (got 12)',
    );
  });
  it('scores a lone customer, or customers who all tie, in the middle rather than as Lost', () => {
    // by hand: 0 below and every customer tied: 1 + ⌊5 · (0 + n/2) / n⌋ = 3 on each measure.
    expect(crm.CRM_RFM.run(5, 2, 100)).toEqual([['333', 'Need attention']]);
    expect(crm.CRM_RFM.run(column([5, 5, 5]), column([2, 2, 2]), column([100, 100, 100]))).toEqual([
      ['333', 'Need attention'],
      ['333', 'Need attention'],
      ['333', 'Need attention'],
    ]);
  });
});
