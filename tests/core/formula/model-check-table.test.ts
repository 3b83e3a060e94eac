import { describe, expect, it } from 'vitest';
import type { ModelCheck } from '../../../src/core/btyd/model-check';
import { modelCheckTable } from '../../../src/core/formula/model-check-table';

const check: ModelCheck = {
  model: 'mbgnbd',
  params: { r: 0.524843, alpha: 6.183086, a: 0.891359, b: 1.614002 },
  byFrequency: ['0', '1', '2', '3', '4', '5', '6', '7+'].map((frequency, i) => ({
    frequency,
    customers: i < 2 ? 2 : 0,
    predicted: i < 2 ? 1 : 0,
    actual: 0,
  })),
  weekly: [
    { week: 1, date: '2024-01-07', predictedCumulative: 0.5, actualCumulative: 1 },
    { week: 2, date: '2024-01-14', predictedCumulative: 1.5, actualCumulative: 2 },
  ],
  mae: 0.5,
  bias: Number.NaN,
  calibrationCustomers: 4,
  holdoutWeeks: 1,
};

describe('modelCheckTable', () => {
  const table = modelCheckTable(
    check,
    { calibration: '2024-01-07', holdout: '2024-01-14' },
    { count: 2, first: 'row 3: amount is not a number' },
  );

  it('pads every row to six cells and keeps the blocks at fixed rows', () => {
    expect(table.every((row) => row.length === 6)).toBe(true);
    expect(table).toHaveLength(18 + 2);
    expect(table[1]).toEqual([
      'MBG/NBD',
      '2024-01-07',
      '2024-01-14',
      1,
      4,
      'r 0.5248, alpha 6.183, a 0.8914, b 1.614',
    ]);
    expect(table[4].slice(0, 3)).toEqual(['Transactions left out', 2, 'row 3: amount is not a number']);
    expect(table[6][0]).toBe('Calibration frequency');
    expect(table[17][0]).toBe('Week');
  });

  it('writes n/a for a bias without holdout purchases and 0 per customer for an empty group', () => {
    expect(table[3].slice(0, 2)).toEqual(['Bias', 'n/a']);
    expect(table[7]).toEqual(['0', 2, 1, 0, 0.5, 0]);
    expect(table[9]).toEqual(['2', 0, 0, 0, 0, 0]);
    expect(table[15]).toEqual(['Total', 4, 2, 0, 0.5, 0]);
  });

  it('marks the weeks up to the calibration end as calibration, the rest as holdout', () => {
    expect(table[18]).toEqual([1, '2024-01-07', 0.5, 1, 'calibration', '']);
    expect(table[19]).toEqual([2, '2024-01-14', 1.5, 2, 'holdout', '']);
  });
});
