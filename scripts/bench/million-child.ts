// Child process of section (b): simulate 1,000,000 BG/NBD customers, fit, score, and report as JSON.
// Run on its own so that its peak memory (maxRSS) is not raised by the other sections.
import { conditionalExpectedPurchases } from '../../src/core/btyd/expected-purchases';
import { fitBgNbd } from '../../src/core/btyd/fit-bg-nbd';
import { pAlive } from '../../src/core/btyd/p-alive';
import { simulateBgNbd } from '../../src/core/btyd/simulate-bg-nbd';
import { timeOnce } from './measure';

/** What the child reports to the section. */
export interface MillionReport {
  customers: number;
  trueParams: Record<'r' | 'alpha' | 'a' | 'b', number>;
  fitted: Record<'r' | 'alpha' | 'a' | 'b', number>;
  simulateMs: number;
  fitMs: number[];
  scoreMs: number[];
  iterations: number;
  maxRssMb: number;
  checksum: number;
}

// Fader, Hardie & Lee (2005) CDNOW estimates, in weeks; every customer observed for 39 weeks.
const TRUE_PARAMS = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 };
const CUSTOMERS = 1_000_000;
const T = 39;
const HORIZON = 52;
const REPEATS = 3;

function main(): void {
  const simulated = timeOnce(() => simulateBgNbd(TRUE_PARAMS, CUSTOMERS, { T, seed: 42 }));
  const { frequency, recency } = simulated.value;
  const ages = simulated.value.T;
  const fitMs: number[] = [];
  const scoreMs: number[] = [];
  // One untimed fit first, so the timed runs measure optimised code, as section (a) does.
  let fit = fitBgNbd({ frequency, recency, T: ages });
  let checksum = 0;
  for (let k = 0; k < REPEATS; k++) {
    const run = timeOnce(() => fitBgNbd({ frequency, recency, T: ages }));
    fit = run.value;
    fitMs.push(run.ms);
    const scored = timeOnce(() => {
      let sum = 0;
      for (let i = 0; i < frequency.length; i++) {
        sum += pAlive(fit, frequency[i], recency[i], ages[i]);
        sum += conditionalExpectedPurchases(fit, HORIZON, frequency[i], recency[i], ages[i]);
      }
      return sum;
    });
    scoreMs.push(scored.ms);
    checksum = scored.value;
  }
  const report: MillionReport = {
    customers: CUSTOMERS,
    trueParams: TRUE_PARAMS,
    fitted: { r: fit.r, alpha: fit.alpha, a: fit.a, b: fit.b },
    simulateMs: simulated.ms,
    fitMs,
    scoreMs,
    iterations: fit.iterations,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    checksum,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main();
