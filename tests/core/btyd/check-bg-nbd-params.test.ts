import { describe, expect, it } from 'vitest';
import { checkBgNbdParams } from '../../../src/core/btyd/check-bg-nbd-params';

describe('checkBgNbdParams', () => {
  it('accepts positive finite parameters', () => {
    expect(() => checkBgNbdParams({ r: 0.24, alpha: 4.41, a: 0.79, b: 2.43 })).not.toThrow();
  });

  it('names the first parameter that is not a positive number', () => {
    expect(() => checkBgNbdParams({ r: 0.24, alpha: 0, a: 0.79, b: 2.43 })).toThrow(/alpha/);
    expect(() => checkBgNbdParams({ r: 0.24, alpha: 1, a: Number.NaN, b: 2.43 })).toThrow(/parameter a /);
    expect(() => checkBgNbdParams({ r: 0.24, alpha: 1, a: 1, b: Number.POSITIVE_INFINITY })).toThrow(
      /parameter b /,
    );
  });
});
