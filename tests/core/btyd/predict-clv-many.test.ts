import { describe, expect, it } from 'vitest';
import { fitBgNbd } from '../../../src/core/btyd/fit-bg-nbd';
import { fitGammaGamma } from '../../../src/core/btyd/fit-gamma-gamma';
import { predictClv } from '../../../src/core/btyd/predict-clv';
import { predictClvMany } from '../../../src/core/btyd/predict-clv-many';
import { loadSummaryWithSpend } from './cdnow-fixture';

describe('predictClvMany', () => {
  it('equals predictClv row by row on the CDNOW sample', () => {
    const rows = loadSummaryWithSpend();
    const data = {
      frequency: Object.freeze(rows.map((r) => r.x)),
      recency: Object.freeze(rows.map((r) => r.tx)),
      T: Object.freeze(rows.map((r) => r.T)),
      monetary: Object.freeze(rows.map((r) => r.zbar)),
    };
    const bg = fitBgNbd(data);
    const gg = fitGammaGamma(data.frequency, data.monetary);
    const options = { unit: 'weeks' as const, months: 6, monthlyDiscount: 0.02 };
    const many = predictClvMany(bg, gg, data, options);
    expect(many).toHaveLength(2357);
    for (let i = 0; i < rows.length; i++) {
      const one = predictClv(
        bg,
        gg,
        data.frequency[i],
        data.recency[i],
        data.T[i],
        data.monetary[i],
        options,
      );
      expect(many[i]).toBeCloseTo(one, 10);
    }
  });

  it('names the first bad row', () => {
    const bg = { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 };
    const gg = { p: 6.25, q: 3.74, gamma: 15.44 };
    const data = { frequency: [1, 1], recency: [1, 5], T: [4, 4], monetary: [3, 3] };
    expect(() => predictClvMany(bg, gg, data, { unit: 'days' })).toThrow('row 2: recency is greater than T');
    const spend = { frequency: [1, 1], recency: [1, 1], T: [4, 4], monetary: [3, -3] };
    expect(() => predictClvMany(bg, gg, spend, { unit: 'days' })).toThrow(/^row 2: monetary value/);
    expect(() => predictClvMany(bg, gg, { ...spend, monetary: [3] }, { unit: 'days' })).toThrow(RangeError);
  });
});
