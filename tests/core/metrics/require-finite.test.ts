// Tests for the shared finite-number check.

import { describe, expect, it } from 'vitest';
import { requireFinite } from '../../../src/core/metrics/require-finite';

describe('requireFinite', () => {
  it('returns a finite number unchanged', () => {
    expect(requireFinite(0, 'x')).toBe(0);
    expect(requireFinite(-2.5, 'x')).toBe(-2.5);
  });

  it('names the value and shows what it got', () => {
    expect(() => requireFinite(Number.NaN, 'discount rate')).toThrow(
      'discount rate must be a finite number (got NaN)',
    );
    expect(() => requireFinite(Number.NEGATIVE_INFINITY, 'cost')).toThrow(
      'cost must be a finite number (got -Infinity)',
    );
    expect(() => requireFinite('12' as unknown as number, 'cost')).toThrow(
      'cost must be a finite number (got "12")',
    );
    expect(() => requireFinite(undefined as unknown as number, 'cost')).toThrow('(got undefined)');
  });
});
