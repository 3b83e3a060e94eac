import { describe, expect, it } from 'vitest';
import { hyp2f1 } from '../../../src/core/btyd/hyp2f1';
import { paretoNbdLogF } from '../../../src/core/btyd/pareto-nbd-log-f';

describe('paretoNbdLogF', () => {
  it('is −(r+s+x) ln(m+u) when α = β, where the series is 1', () => {
    // Computed by hand: z = |α−β|/(m+u) = 0.
    expect(paretoNbdLogF({ r: 0.5, alpha: 3, s: 0.7, beta: 3 }, 2, 4)).toBeCloseTo(-3.2 * Math.log(7), 13);
  });

  it('equals the printed form ₂F₁(r+s+x, t′; r+s+x+1; z) / (m+u)^(r+s+x) on both sides of α = β', () => {
    // Source: Fader & Hardie (2005) note, eqs. 19–20, evaluated directly with hyp2f1.
    for (const params of [
      { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 },
      { r: 0.553, alpha: 11.669, s: 0.606, beta: 10.578 },
    ]) {
      const { r, alpha, s, beta } = params;
      const [x, u] = [3, 20];
      const m = Math.max(alpha, beta);
      const shape = alpha < beta ? r + x : s + 1;
      const printed =
        hyp2f1(r + s + x, shape, r + s + x + 1, Math.abs(alpha - beta) / (m + u)) / (m + u) ** (r + s + x);
      expect(paretoNbdLogF(params, x, u)).toBeCloseTo(Math.log(printed), 12);
    }
  });
});
