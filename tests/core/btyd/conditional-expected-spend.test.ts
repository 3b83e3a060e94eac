import { describe, expect, it } from 'vitest';
import { conditionalExpectedSpend } from '../../../src/core/btyd/conditional-expected-spend';

const params = { p: 6.25, q: 3.74, gamma: 15.44 };

describe('conditionalExpectedSpend', () => {
  it('is the population mean p·γ/(q − 1) without repeat purchases', () => {
    // Computed by hand: 6.25 · 15.44 / 2.74 = 96.5 / 2.74 = 35.21898…
    expect(conditionalExpectedSpend(params, 0, 0)).toBeCloseTo(96.5 / 2.74, 12);
  });

  it('shrinks a customer’s own mean towards the population mean', () => {
    // Computed by hand for x = 2, m̄ = 22.35: 6.25 · (15.44 + 44.7) / (12.5 + 2.74) = 375.875 / 15.24 = 24.6637…
    const value = conditionalExpectedSpend(params, 2, 22.35);
    expect(value).toBeCloseTo(375.875 / 15.24, 12);
    expect(value).toBeGreaterThan(22.35);
    expect(value).toBeLessThan(96.5 / 2.74);
  });

  it('rejects an infinite expectation and invalid input', () => {
    expect(() => conditionalExpectedSpend({ p: 1, q: 0.8, gamma: 2 }, 0, 0)).toThrow(/infinite/);
    expect(conditionalExpectedSpend({ p: 1, q: 0.8, gamma: 2 }, 1, 5)).toBeCloseTo((1 * (2 + 5)) / 0.8, 12);
    expect(() => conditionalExpectedSpend(params, -1, 3)).toThrow(RangeError);
    expect(() => conditionalExpectedSpend(params, 1, -3)).toThrow(RangeError);
    expect(() => conditionalExpectedSpend({ ...params, gamma: 0 }, 1, 3)).toThrow(/gamma/);
  });
});
