// Draws order logs (day numbers) from a known Pareto/NBD or MBG/NBD model with a fixed seed, for the model-choice tests.
import { createRandom } from '../../../src/core/btyd/create-random';
import type { MbgNbdParams } from '../../../src/core/btyd/mbg-nbd-params';
import type { ParetoNbdParams } from '../../../src/core/btyd/pareto-nbd-params';
import { randomGamma } from '../../../src/core/btyd/random-gamma';
import type { Transaction } from '../../../src/core/btyd/summarize-transactions';

export type TrueModel =
  | { kind: 'paretonbd'; params: ParetoNbdParams }
  | { kind: 'mbgnbd'; params: MbgNbdParams };

/**
 * `customers` order logs up to day `lastDay`, parameters in days. Customer i makes a first order
 * on a day drawn evenly from 0…acquisitionDays − 1, then repeat orders at the times of a Poisson
 * process of rate λ ~ Gamma(r, α) while alive: Pareto/NBD lives for an exponential time of rate
 * μ ~ Gamma(s, β); MBG/NBD tosses a coin with P(leave) = p ~ Beta(a, b) at the first order and after
 * each repeat. Orders are dated on whole days (several on one day merge in the summary, as in life).
 */
export function simulateTransactions(
  model: TrueModel,
  customers: number,
  options: { acquisitionDays: number; lastDay: number; seed: number },
): Transaction[] {
  const random = createRandom(options.seed);
  const out: Transaction[] = [];
  for (let i = 0; i < customers; i++) {
    const customerId = `S${i + 1}`;
    const first = Math.floor(random() * options.acquisitionDays);
    out.push({ customerId, day: first, amount: 20 + Math.floor(random() * 30) });
    const lambda = randomGamma(random, model.params.r) / model.params.alpha;
    let end = options.lastDay + 1 - first;
    let leaves = (): boolean => false;
    if (model.kind === 'paretonbd') {
      const mu = randomGamma(random, model.params.s) / model.params.beta;
      end = Math.min(end, -Math.log(1 - random()) / mu);
    } else {
      const g = randomGamma(random, model.params.a);
      const p = g / (g + randomGamma(random, model.params.b));
      leaves = () => random() < p;
      if (leaves()) continue;
    }
    let time = 0;
    for (;;) {
      time -= Math.log(1 - random()) / lambda;
      if (!(time < end)) break;
      const day = first + Math.floor(time);
      if (day > options.lastDay) break;
      out.push({ customerId, day, amount: 20 + Math.floor(random() * 30) });
      if (leaves()) break;
    }
  }
  return out;
}
