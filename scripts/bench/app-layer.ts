// >>> APP-LAYER BENCHMARKS: add refresh (and other app use case) sections here. <<<
//
// Each entry is a BenchSection (see ./section.ts): a title and an async `run` that returns a
// table. scripts/bench.ts runs them after the formula sections, prints them and writes them to
// BENCHMARKS.md in this order. Keep each section within a few seconds; run anything that
// allocates a lot in a child process (see ./million-customers.ts) so its memory figures are
// its own.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { followUpsSection } from './follow-ups';
import { refreshSection } from './refresh';
import type { BenchSection } from './section';
import { segmentsSection } from './segments';

/** The repository root (this file is scripts/bench/app-layer.ts). */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const appLayerSections: BenchSection[] = [
  // Refresh on 5,000/50,000 and 50,000/500,000 customers/orders, each size in its own child process.
  refreshSection(ROOT),
  // Follow-ups: planning 50,000 customers × 10 rules, and 1,500 emails sent across executions.
  followUpsSection(ROOT),
  // The sidebar's Segments tab on 50,000 customers in Chromium, and Sidebar.html's gzipped size.
  segmentsSection(ROOT),
];
