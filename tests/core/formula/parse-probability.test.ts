import { describe, expect, it } from 'vitest';
import { parseProbability } from '../../../src/core/formula/parse-probability';

describe('parseProbability', () => {
  it('reads numbers from 0 to 1, both included', () => {
    expect([0, '0.25', 1, '50%'].map((v) => parseProbability(v, 'predicted_probability'))).toEqual([
      0, 0.25, 1, 0.5,
    ]);
  });
  it('names the argument outside [0, 1]', () => {
    expect(() => parseProbability(1.2, 'predicted_probability')).toThrow(
      'predicted_probability must be between 0 and 1',
    );
    expect(() => parseProbability(-0.1, 'p')).toThrow('p must be between 0 and 1');
  });
});
