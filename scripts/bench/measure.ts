// Wall-clock timing helpers: warm up, then take the median of several runs.
import { performance } from 'node:perf_hooks';

/** Timings of repeated runs of one piece of work, in milliseconds. */
export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/**
 * Runs `work` `warmup` times unmeasured (so V8 has optimised it), then `runs` times measured,
 * and returns the median, the fastest and the slowest. The result of each call is kept in a
 * variable the optimiser cannot drop.
 */
export function time(work: () => unknown, runs: number, warmup = 1): Timing {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = work();
    samples.push(performance.now() - start);
  }
  keep(sink);
  samples.sort((a, b) => a - b);
  const middle = samples.length >> 1;
  const median = samples.length % 2 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
  return { median, min: samples[0], max: samples[samples.length - 1], runs };
}

/** Milliseconds of one run of `work`, with its result. */
export function timeOnce<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

let kept: unknown;
/** Stores a value where dead-code elimination cannot see it is unused. */
function keep(value: unknown): void {
  kept = value;
  if (kept === Symbol.for('never')) console.log(kept);
}

/** A duration for a table: 3 significant figures, in ms or s. */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  return `${ms.toPrecision(3)} ms`;
}
