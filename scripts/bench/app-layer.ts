// >>> APP-LAYER BENCHMARKS: add refresh (and other app use case) sections here. <<<
//
// Each entry is a BenchSection (see ./section.ts): a title and an async `run` that returns a
// table. scripts/bench.ts runs them after the formula sections, prints them and writes them to
// BENCHMARKS.md in this order. Keep each section within a few seconds; run anything that
// allocates a lot in a child process (see ./million-customers.ts) so its memory figures are
// its own.
import type { BenchSection } from './section';

export const appLayerSections: BenchSection[] = [];
