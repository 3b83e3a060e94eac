import { describe, expect, it } from 'vitest';
import { fitBgNbd } from '../../../src/core/btyd/fit-bg-nbd';
import { fitMbgNbd } from '../../../src/core/btyd/fit-mbg-nbd';
import { fitParetoNbd } from '../../../src/core/btyd/fit-pareto-nbd';
import { TINY_DATA, tinyData } from '../../../src/core/btyd/tiny-data';
import { withLogPenalty } from '../../../src/core/btyd/with-log-penalty';

type Rows = { frequency: number[]; recency: number[]; T: number[] };

// Days: one regular buyer; then a one-time buyer joins; then five mixed customers.
const ONE: Rows = { frequency: [3], recency: [20], T: [30] };
const TWO: Rows = { frequency: [3, 0], recency: [20, 0], T: [30, 10] };
const FIVE: Rows = { frequency: [3, 0, 1, 5, 0], recency: [20, 0, 4, 30, 0], T: [30, 10, 25, 35, 8] };
for (const rows of [ONE, TWO, FIVE]) for (const column of Object.values(rows)) Object.freeze(column);

/** Repeat purchases per day of the data as a whole: Σx / Σ(T) (first purchases are not repeats). */
const observedRate = (rows: Rows) =>
  rows.frequency.reduce((a, b) => a + b, 0) / rows.T.reduce((a, b) => a + b, 0);

const fits = {
  'BG/NBD': (rows: Rows, logPenalizer: number) => {
    const f = fitBgNbd(rows, { logPenalizer });
    return { ...f, shapes: [f.r, f.a, f.b], scales: [f.alpha] };
  },
  'MBG/NBD': (rows: Rows, logPenalizer: number) => {
    const f = fitMbgNbd(rows, { logPenalizer });
    return { ...f, shapes: [f.r, f.a, f.b], scales: [f.alpha] };
  },
  'Pareto/NBD': (rows: Rows, logPenalizer: number) => {
    const f = fitParetoNbd(rows, { logPenalizer });
    return { ...f, shapes: [f.r, f.s], scales: [f.alpha, f.beta] };
  },
};

describe('tinyData', () => {
  it('calls fewer than 30 customers or fewer than 10 repeat buyers tiny, and says so', () => {
    expect(tinyData(ONE.frequency)).toEqual({
      tiny: true,
      customers: 1,
      repeaters: 1,
      logPenalizer: TINY_DATA.logPenalizer,
      note: 'penalised: only 1 customer',
    });
    expect(tinyData(FIVE.frequency).note).toBe('penalised: only 5 customers');
    const manyOneTimers = [...Array(40).fill(0), 1, 2, 3];
    expect(tinyData(manyOneTimers).note).toBe('penalised: only 3 customers with repeat purchases');
    const enough = [...Array(20).fill(0), ...Array(10).fill(1)];
    expect(tinyData(enough)).toMatchObject({ tiny: false, logPenalizer: 0, note: '' });
  });
});

describe('tiny fits with the log-parameter penalty', () => {
  for (const [name, fitOf] of Object.entries(fits)) {
    it(`${name} on 1, 2 and 5 customers converges to parameters near the data`, () => {
      for (const rows of [ONE, TWO, FIVE]) {
        const free = fitOf(rows, 0);
        const penalised = fitOf(rows, TINY_DATA.logPenalizer);
        // Unpenalised, the shapes run off by many orders of magnitude (r in the millions, a or s
        // near 0): that is the absurd "convergence" the penalty exists to stop.
        expect(Math.max(...free.shapes.map((v) => Math.abs(Math.log10(v))))).toBeGreaterThan(3);
        expect(penalised.converged).toBe(true);
        // A shape of 1 is the prior's centre; with a handful of histories the data can move it
        // by a small factor, not by orders of magnitude: within 1/10…10.
        for (const shape of penalised.shapes) {
          expect(shape).toBeGreaterThan(0.1);
          expect(shape).toBeLessThan(10);
        }
        // α (and β) are time scales: within a tenth to ten times the longest history.
        const longest = Math.max(...rows.T);
        for (const scale of penalised.scales) {
          expect(scale).toBeGreaterThan(longest / 10);
          expect(scale).toBeLessThan(longest * 10);
        }
        // The mean purchase rate r/α is the data's own repeat rate within a factor of 3.
        const rate = penalised.r / penalised.alpha;
        expect(rate / observedRate(rows)).toBeGreaterThan(1 / 3);
        expect(rate / observedRate(rows)).toBeLessThan(3);
      }
    });
  }

  it('adds the penalty and its gradient to the objective', () => {
    const f = withLogPenalty((x, g) => {
      g[0] = 1;
      g[1] = 0;
      return x[0];
    }, 0.5);
    const gradient = new Float64Array(2);
    expect(f(Float64Array.of(2, -1), gradient)).toBe(2 + 0.5 * (4 + 1));
    expect([...gradient]).toEqual([1 + 2, -1]);
  });

  it('refuses a negative log penalizer', () => {
    expect(() => fitBgNbd(ONE, { logPenalizer: -1 })).toThrow(RangeError);
  });
});
