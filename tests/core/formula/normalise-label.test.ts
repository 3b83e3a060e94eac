import { describe, expect, it } from 'vitest';
import { normaliseLabel } from '../../../src/core/formula/normalise-label';

describe('normaliseLabel', () => {
  it('keeps lower-case letters and digits and spells Greek letters out', () => {
    expect(normaliseLabel('Drop-out at first purchase')).toBe('dropoutatfirstpurchase');
    expect(normaliseLabel(' α ')).toBe('alpha');
    expect(normaliseLabel('Β')).toBe('beta');
    expect(normaliseLabel('Log likelihood')).toBe(normaliseLabel('log-likelihood'));
  });
});
