// Child process of section (b): simulate 1,000,000 BG/NBD customers, fit, score, and report as JSON.
// Run on its own so that its peak memory (maxRSS) is not raised by the other sections.

import { aggregateBgNbdPatterns } from '../../src/core/btyd/bg-nbd-patterns';
import { fitBgNbd } from '../../src/core/btyd/fit-bg-nbd';
import { scoreBgNbdMany } from '../../src/core/btyd/score-bg-nbd-many';
import { simulateBgNbd } from '../../src/core/btyd/simulate-bg-nbd';
import { timeOnce } from './measure';

/** One recency resolution's measurements. */
export interface MillionRun {
  /** Recency is rounded to this many weeks (1: whole weeks; 0.01: as the CDNOW summary writes it). */
  timeStep: number;
  /** Distinct (x, tx, T) rows: what lifetimes is given with weights=. */
  patterns: number;
  simulateMs: number;
  fitMs: number[];
  scoreMs: number[];
  iterations: number;
  fitted: Record<'r' | 'alpha' | 'a' | 'b', number>;
  checksum: number;
}

/** What the child reports to the section. */
export interface MillionReport {
  customers: number;
  trueParams: Record<'r' | 'alpha' | 'a' | 'b', number>;
  runs: MillionRun[];
  maxRssMb: number;
}

// Fader, Hardie & Lee (2005) CDNOW estimates, in weeks; every customer observed for 39 weeks.
const TRUE_PARAMS = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 };
const CUSTOMERS = 1_000_000;
const T = 39;
const HORIZON = 52;
const REPEATS = 7;

function measure(timeStep: number): MillionRun {
  const simulated = timeOnce(() => simulateBgNbd(TRUE_PARAMS, CUSTOMERS, { T, seed: 42, timeStep }));
  const data = simulated.value;
  const fitMs: number[] = [];
  const scoreMs: number[] = [];
  // One untimed fit and scoring first, so the timed runs measure optimised code, as section (a) does.
  let fit = fitBgNbd(data);
  scoreBgNbdMany(fit, HORIZON, data);
  let checksum = 0;
  for (let k = 0; k < REPEATS; k++) {
    const run = timeOnce(() => fitBgNbd(data));
    fit = run.value;
    fitMs.push(run.ms);
    // P(alive) and expected purchases over 52 weeks for every customer, as lifetimes' two calls give them.
    const scored = timeOnce(() => scoreBgNbdMany(fit, HORIZON, data));
    scoreMs.push(scored.ms);
    checksum = 0;
    for (let i = 0; i < CUSTOMERS; i++)
      checksum += scored.value.pAlive[i] + scored.value.expectedPurchases[i];
  }
  return {
    timeStep,
    patterns: aggregateBgNbdPatterns(data.frequency, data.recency, data.T).count,
    simulateMs: simulated.ms,
    fitMs,
    scoreMs,
    iterations: fit.iterations,
    fitted: { r: fit.r, alpha: fit.alpha, a: fit.a, b: fit.b },
    checksum,
  };
}

function main(): void {
  const runs = [measure(1), measure(0.01)];
  const report: MillionReport = {
    customers: CUSTOMERS,
    trueParams: TRUE_PARAMS,
    runs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main();
