import { describe, expect, it } from 'vitest';
import { readSurvival } from '../../../src/core/formula/read-survival';

describe('readSurvival', () => {
  it('is undefined when omitted, r^t for one rate, the row as given otherwise', () => {
    expect(readSurvival('', 'retention', 3)).toBeUndefined();
    const constant = readSurvival(0.8, 'retention', 3)!;
    // 0.8, 0.8² = 0.64, 0.8³ = 0.512
    expect(constant.map((s) => Number(s.toFixed(6)))).toEqual([0.8, 0.64, 0.512]);
    expect(readSurvival([[0.9, '0.7']], 'retention', 2)).toEqual([0.9, 0.7]);
  });
  it('names the argument for a wrong shape, length or value', () => {
    expect(() => readSurvival([[0.9], [0.8]], 'retention', 2)).toThrow(
      'retention must be one rate or one row of survival values (one per period)',
    );
    expect(() => readSurvival([[0.9, 0.8]], 'retention', 3)).toThrow(
      'retention has 2 values but there are 3 periods',
    );
    expect(() => readSurvival([[0.9, 'x']], 'retention', 2)).toThrow('retention in period 2 is not a number');
  });
});
