import { describe, expect, it } from 'vitest';
import { toScalar } from '../../../src/core/formula/to-scalar';

describe('toScalar', () => {
  it('returns a value or the only cell of a 1×1 range', () => {
    expect(toScalar(0.1, 'd')).toBe(0.1);
    expect(toScalar([[0.1]], 'd')).toBe(0.1);
    expect(toScalar(undefined, 'd')).toBe(undefined);
  });
  it('refuses a range of several cells', () => {
    expect(() => toScalar([[0.1, 0.2]], 'discount_rate')).toThrow('discount_rate must be a single value');
  });
});
