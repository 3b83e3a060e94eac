// Draws MBG/NBD customer summaries from known parameters with a fixed seed, for the fit's recovery test.
import { createRandom } from '../../../src/core/btyd/create-random';
import type { MbgNbdParams } from '../../../src/core/btyd/mbg-nbd-params';
import { randomGamma } from '../../../src/core/btyd/random-gamma';

/**
 * `customers` histories of the MBG/NBD model (Batislam, Denizel & Filiztekin 2007): λ ~ Gamma(r, α),
 * p ~ Beta(a, b); the drop-out coin is tossed at the first purchase (time 0) and after every repeat
 * purchase; repeat purchases come at the times of a Poisson process of rate λ until T = ageOf(i).
 */
export function simulateMbgNbd(
  params: MbgNbdParams,
  customers: number,
  ageOf: (i: number) => number,
  seed: number,
) {
  const random = createRandom(seed);
  const frequency: number[] = [];
  const recency: number[] = [];
  const T: number[] = [];
  for (let i = 0; i < customers; i++) {
    const age = ageOf(i);
    const lambda = randomGamma(random, params.r) / params.alpha;
    const g = randomGamma(random, params.a);
    const p = g / (g + randomGamma(random, params.b));
    let x = 0;
    let last = 0;
    let time = 0;
    if (!(random() < p)) {
      for (;;) {
        time -= Math.log(1 - random()) / lambda;
        if (!(time <= age)) break;
        x++;
        last = time;
        if (random() < p) break;
      }
    }
    frequency.push(x);
    recency.push(last);
    T.push(age);
  }
  return { frequency, recency, T };
}
