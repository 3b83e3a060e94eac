import { describe, expect, it } from 'vitest';
import {
  choosePurchaseModel,
  type ModelChoiceInput,
} from '../../../src/core/analytics/choose-purchase-model';
import { holdoutSplit } from '../../../src/core/analytics/holdout-split';
import { createRandom } from '../../../src/core/btyd/create-random';
import { summarizeTransactions, type Transaction } from '../../../src/core/btyd/summarize-transactions';
import { dayNumber, loadSampleTransactions } from '../btyd/cdnow-fixture';
import { simulateTransactions, type TrueModel } from './simulate-transactions';

const NO_PENALTY = { penalizer: 0, logPenalizer: 0 };

function input(
  transactions: readonly Transaction[],
  asOfDay: number,
  setting: ModelChoiceInput['setting'] = 'auto',
) {
  Object.freeze(transactions);
  return {
    setting,
    transactions,
    asOfDay,
    summaries: summarizeTransactions(transactions, { asOfDay, unit: 'weeks' }),
    penalties: NO_PENALTY,
  };
}

describe('holdoutSplit', () => {
  it('holds out the last third of the history in whole weeks, and needs 8 of them', () => {
    expect(holdoutSplit(0, 273)).toEqual({ ok: true, calibrationDay: 182, holdoutDay: 273, weeks: 13 });
    expect(holdoutSplit(0, 168)).toEqual({ ok: true, calibrationDay: 112, holdoutDay: 168, weeks: 8 });
    expect(holdoutSplit(0, 167)).toEqual({
      ok: false,
      reason: 'your orders span 23 weeks and checking on recent weeks needs 24',
    });
  });
});

describe('choosePurchaseModel', () => {
  it('picks the modified BG/NBD on the CDNOW sample, refreshed on 1998-06-30', () => {
    // 1997-01-01 to 1998-06-30 is 545 days: the holdout is its last 25 whole weeks. The MAEs were
    // found by running it (checkModel per model); the pick is pinned, and MBG/NBD and Pareto/NBD
    // are both clearly better than BG/NBD, which keeps every one-time buyer alive.
    const choice = choosePurchaseModel(input(loadSampleTransactions(), dayNumber('19980630')));
    expect(choice.basis).toBe('holdout');
    expect(choice.model).toBe('mbgnbd');
    expect(choice.maes.mbgnbd).toBeCloseTo(0.4938, 3);
    expect(choice.maes.paretonbd).toBeCloseTo(0.4943, 3);
    expect(choice.maes.bgnbd).toBeCloseTo(0.5059, 3);
    expect(choice.check?.holdoutWeeks).toBe(25);
    expect(choice.sentence).toBe(
      'Purchases are predicted with the modified BG/NBD model: on the last 25 weeks it was off by 0.4938 ' +
        'orders per customer, against 0.5059 for BG/NBD and 0.4943 for Pareto/NBD.',
    );
  });

  // CDNOW's published Pareto/NBD values (Fader, Hardie & Lee 2005) turned into days.
  const pareto: TrueModel = {
    kind: 'paretonbd',
    params: { r: 0.55, alpha: 10.58 * 7, s: 0.61, beta: 11.67 * 7 },
  };
  const mbg: TrueModel = { kind: 'mbgnbd', params: { r: 0.55, alpha: 10.58 * 7, a: 0.6, b: 2.5 } };
  const cohort = { acquisitionDays: 84, lastDay: 545 };

  it('picks Pareto/NBD on 3,000 customers simulated from it', () => {
    const choice = choosePurchaseModel(
      input(simulateTransactions(pareto, 3000, { ...cohort, seed: 1 }), 545),
    );
    expect(choice.model).toBe('paretonbd');
    const { bgnbd = 0, mbgnbd = 0, paretonbd = 0 } = choice.maes;
    // BG/NBD, which cannot lose a customer before a repeat order, is clearly worse (8 % here)...
    expect(bgnbd / paretonbd).toBeGreaterThan(1.05);
    // ...while MBG/NBD, which can, comes within 1 %: with 3,000 customers the two differ by less
    // than seeds do (seed 2 of this cohort ranks them the other way round, 0.4475 against 0.4511).
    expect(mbgnbd / paretonbd).toBeLessThan(1.01);
  });

  it('picks a model that lets customers leave before a repeat order on a cohort simulated from MBG/NBD', () => {
    // Found by running it on seeds 1–3: Pareto/NBD wins every time, by 0.3–2 % over MBG/NBD, and
    // BG/NBD is last. The two are one family here: both let a one-time buyer leave, the only
    // difference being whether drop-out happens at orders or between them, which 25 weeks of
    // holdout cannot tell apart. What must hold is that BG/NBD does not win.
    const choice = choosePurchaseModel(input(simulateTransactions(mbg, 3000, { ...cohort, seed: 1 }), 545));
    expect(choice.model).not.toBe('bgnbd');
    const { bgnbd = 0, mbgnbd = 0 } = choice.maes;
    expect(choice.maes[choice.model]).toBeLessThanOrEqual(mbgnbd);
    expect(mbgnbd / choice.maes[choice.model]!).toBeLessThan(1.03);
    expect(bgnbd).toBeGreaterThan(mbgnbd);
  });

  it('uses the model Settings names and still checks it', () => {
    const tx = simulateTransactions(pareto, 500, { ...cohort, seed: 4 });
    const choice = choosePurchaseModel(input(tx, 545, 'bgnbd'));
    expect(choice).toMatchObject({ model: 'bgnbd', basis: 'setting' });
    expect(choice.sentence).toBe(
      'Purchases are predicted with the BG/NBD model, as Settings asks (Model: bgnbd).',
    );
    expect(Object.keys(choice.maes)).toEqual(['bgnbd']);
    expect(choice.check?.byFrequency).toHaveLength(8);
  });

  it('falls back on the likelihood of all orders when the history is too short, and says why', () => {
    const tx = simulateTransactions(pareto, 500, { acquisitionDays: 28, lastDay: 100, seed: 5 });
    const choice = choosePurchaseModel(input(tx, 100));
    expect(choice.basis).toBe('likelihood');
    expect(choice.check).toBeNull();
    expect(choice.fit?.kind).toBe(choice.model);
    expect(choice.sentence).toMatch(
      /^Purchases are predicted with the (BG\/NBD|modified BG\/NBD|Pareto\/NBD) model, the one that fits all your orders best \(log-likelihood -\d+\.\d, against -\d+\.\d for .+ and -\d+\.\d for .+\); it was not tested on recent weeks because your orders span 14 weeks and checking on recent weeks needs 24\.$/,
    );
  });

  it('falls back on the likelihood when the older orders are tiny data', () => {
    const tx: Transaction[] = [
      { customerId: 'A', day: 0, amount: 10 },
      { customerId: 'A', day: 40, amount: 10 },
      { customerId: 'A', day: 150, amount: 10 },
      { customerId: 'B', day: 10, amount: 10 },
      { customerId: 'B', day: 190, amount: 10 },
    ];
    const choice = choosePurchaseModel({ ...input(tx, 200), penalties: { penalizer: 0, logPenalizer: 0.1 } });
    expect(choice.basis).toBe('likelihood');
    expect(choice.sentence).toMatch(
      /because the older orders are too few to test on \(only 2 customers\)\.$/,
    );
  });
});

describe('choosePurchaseModel on cohorts that set the models apart poorly', () => {
  it('names the models whose calibration fit failed', () => {
    // 500 customers who buy a geometric number of times (mean 10) at gaps of 1 + Exp(45) days and
    // never leave otherwise: how many orders they make, not drop-out, ends their history, which
    // runs BG/NBD's and MBG/NBD's drop-out parameters off without converging (found by running it).
    const random = createRandom(7);
    const tx: Transaction[] = [];
    for (let c = 0; c < 500; c++) {
      const orders = 1 + Math.floor(-Math.log(1 - random()) * 9);
      let day = Math.floor(random() * 584);
      for (let k = 0; k < orders && day <= 729; k++) {
        tx.push({ customerId: `G${c}`, day, amount: 20 });
        day += 1 + Math.floor(-Math.log(1 - random()) * 45);
      }
    }
    const choice = choosePurchaseModel(input(tx, 730));
    expect(choice).toMatchObject({ model: 'paretonbd', basis: 'holdout' });
    expect(Object.keys(choice.maes)).toEqual(['paretonbd']);
    expect(choice.sentence).toMatch(
      /^Purchases are predicted with the Pareto\/NBD model: on the last 34 weeks it was off by \d\.\d\d orders per customer; BG\/NBD and modified BG\/NBD could not be fitted on the older orders\.$/,
    );
  });

  it('keeps the simpler model when two predict the holdout equally well', () => {
    // 300 customers buying at gaps of 1 + Exp(45) days from a day in the first 400 until day 500,
    // nobody leaving: MBG/NBD and BG/NBD both put drop-out near 0 and their errors differ by 1e-7.
    const random = createRandom(7);
    const tx: Transaction[] = [];
    for (let c = 0; c < 300; c++)
      for (
        let day = Math.floor(random() * 400);
        day <= 500;
        day += 1 + Math.floor(-Math.log(1 - random()) * 45)
      )
        tx.push({ customerId: `K${c}`, day, amount: 20 });
    const choice = choosePurchaseModel(input(tx, 500));
    expect(choice.model).toBe('bgnbd');
    expect(Math.abs(choice.maes.mbgnbd! / choice.maes.bgnbd! - 1)).toBeLessThan(1e-3);
    expect(choice.sentence).toMatch(
      /^Purchases are predicted with the BG\/NBD model: on the last 23 weeks it was off by 1\.54 orders per customer, as was the modified BG\/NBD \(the simpler model is kept\), against 1\.56 for Pareto\/NBD\.$/,
    );
  });
});

describe('choosePurchaseModel without repeat orders', () => {
  it('fits nothing and says what is missing', () => {
    const tx: Transaction[] = [
      { customerId: 'A', day: 0, amount: 10 },
      { customerId: 'B', day: 300, amount: 10 },
    ];
    expect(choosePurchaseModel(input(tx, 400))).toEqual({
      model: 'bgnbd',
      basis: 'none',
      sentence: 'No purchase model is fitted yet: it needs customers with a repeat order.',
      check: null,
      maes: {},
      fit: null,
    });
    expect(choosePurchaseModel(input([], 400, 'paretonbd'))).toMatchObject({
      model: 'paretonbd',
      basis: 'none',
    });
  });
});
