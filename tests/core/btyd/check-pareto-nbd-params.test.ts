import { describe, expect, it } from 'vitest';
import { checkParetoNbdParams } from '../../../src/core/btyd/check-pareto-nbd-params';

describe('checkParetoNbdParams', () => {
  it('accepts positive parameters and names the first one that is not', () => {
    expect(() => checkParetoNbdParams({ r: 0.55, alpha: 10.6, s: 0.61, beta: 11.7 })).not.toThrow();
    expect(() => checkParetoNbdParams({ r: 0.55, alpha: -1, s: 0.61, beta: 11.7 })).toThrow(/alpha/);
  });
});
