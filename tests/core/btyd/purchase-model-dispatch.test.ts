import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchases } from '../../../src/core/btyd/expected-purchases';
import { mbgNbdConditionalExpectedPurchases } from '../../../src/core/btyd/mbg-nbd-expected-purchases';
import { mbgNbdPAlive } from '../../../src/core/btyd/mbg-nbd-p-alive';
import { mbgNbdPredictClvMany } from '../../../src/core/btyd/mbg-nbd-predict-clv-many';
import { pAlive } from '../../../src/core/btyd/p-alive';
import { paretoNbdConditionalExpectedPurchases } from '../../../src/core/btyd/pareto-nbd-expected-purchases';
import { paretoNbdPAlive } from '../../../src/core/btyd/pareto-nbd-p-alive';
import { paretoNbdPredictClvMany } from '../../../src/core/btyd/pareto-nbd-predict-clv-many';
import { predictClvMany } from '../../../src/core/btyd/predict-clv-many';
import type { PurchaseModel } from '../../../src/core/btyd/purchase-model';
import { purchaseModelExpectedPurchasesByHorizon } from '../../../src/core/btyd/purchase-model-expected-purchases-by-horizon';
import { purchaseModelPAlive } from '../../../src/core/btyd/purchase-model-p-alive';
import { purchaseModelPredictClvMany } from '../../../src/core/btyd/purchase-model-predict-clv-many';

const BG = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 };
const MBG = { r: 0.524838, alpha: 6.182992, a: 0.891356, b: 1.613999 };
const PARETO = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
const GG = { p: 6.25, q: 3.74, gamma: 15.44 };
const DATA = {
  frequency: [2, 0, 5],
  recency: [30.43, 0, 10],
  T: [38.86, 38.86, 30],
  monetary: [22.35, 0, 30],
};

describe('the purchase-model functions', () => {
  it('use the function of the model they are given', () => {
    const models: Array<[PurchaseModel, typeof pAlive, typeof conditionalExpectedPurchases]> = [
      [{ kind: 'bgnbd', params: BG }, pAlive, conditionalExpectedPurchases],
      [{ kind: 'mbgnbd', params: MBG }, mbgNbdPAlive, mbgNbdConditionalExpectedPurchases],
      [
        { kind: 'paretonbd', params: PARETO },
        (_, x, tx, T) => paretoNbdPAlive(PARETO, x, tx, T),
        (_, t, x, tx, T) => paretoNbdConditionalExpectedPurchases(PARETO, t, x, tx, T),
      ],
    ];
    for (const [model, alive, expected] of models) {
      const params = model.params as typeof BG;
      expect(purchaseModelPAlive(model, 0, 0, 38.86)).toBe(alive(params, 0, 0, 38.86));
      const out = purchaseModelExpectedPurchasesByHorizon(model, { ...DATA, horizon: [39, 10, 39] });
      const horizons = [39, 10, 39];
      for (let i = 0; i < 3; i++)
        expect(out[i]).toBeCloseTo(
          expected(params, horizons[i], DATA.frequency[i], DATA.recency[i], DATA.T[i]),
          12,
        );
    }
  });

  it('give a one-time buyer P(alive) 1 only under BG/NBD', () => {
    expect(purchaseModelPAlive({ kind: 'bgnbd', params: BG }, 0, 0, 38.86)).toBe(1);
    expect(purchaseModelPAlive({ kind: 'mbgnbd', params: MBG }, 0, 0, 38.86)).toBeLessThan(0.5);
    expect(purchaseModelPAlive({ kind: 'paretonbd', params: PARETO }, 0, 0, 38.86)).toBeLessThan(0.5);
  });

  it('predict CLV with the model’s own batch function', () => {
    const options = { unit: 'weeks' as const };
    expect(purchaseModelPredictClvMany({ kind: 'bgnbd', params: BG }, GG, DATA, options)).toEqual(
      predictClvMany(BG, GG, DATA, options),
    );
    expect(purchaseModelPredictClvMany({ kind: 'mbgnbd', params: MBG }, GG, DATA, options)).toEqual(
      mbgNbdPredictClvMany(MBG, GG, DATA, options),
    );
    expect(purchaseModelPredictClvMany({ kind: 'paretonbd', params: PARETO }, GG, DATA, options)).toEqual(
      paretoNbdPredictClvMany(PARETO, GG, DATA, options),
    );
  });
});
