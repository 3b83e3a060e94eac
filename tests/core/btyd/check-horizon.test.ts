import { describe, expect, it } from 'vitest';
import { checkHorizon } from '../../../src/core/btyd/check-horizon';

describe('checkHorizon', () => {
  it('accepts finite horizons from 0 and names a bad one', () => {
    expect(() => checkHorizon(0)).not.toThrow();
    expect(() => checkHorizon(39)).not.toThrow();
    expect(() => checkHorizon(-1)).toThrow('the horizon t must be a number ≥ 0, got -1');
    expect(() => checkHorizon(Number.NaN)).toThrow('got NaN');
    expect(() => checkHorizon(Number.POSITIVE_INFINITY)).toThrow('got Infinity');
  });
});
