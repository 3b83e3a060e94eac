import { describe, expect, it } from 'vitest';
import { pAlive } from '../../../src/core/btyd/p-alive';
import { pAliveMany } from '../../../src/core/btyd/p-alive-many';
import { loadSummaryColumns } from './cdnow-fixture';

const params = { r: 0.242594, alpha: 4.413602, a: 0.79292, b: 2.425888 };

describe('pAliveMany', () => {
  it('equals pAlive row by row on the CDNOW sample', () => {
    const data = loadSummaryColumns();
    const many = pAliveMany(params, data);
    for (let i = 0; i < data.frequency.length; i++) {
      expect(many[i]).toBe(pAlive(params, data.frequency[i], data.recency[i], data.T[i]));
    }
  });

  it('names the first invalid row', () => {
    expect(() => pAliveMany(params, { frequency: [0, 1], recency: [0, 9], T: [5, 5] })).toThrow(
      'row 2: recency is greater than T',
    );
  });
});
