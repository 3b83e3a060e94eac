// The shape every benchmark section shares: a titled table with notes, printed and written to BENCHMARKS.md.

/** One measured table. Cells are already formatted text. */
export interface SectionResult {
  title: string;
  /** What was measured and how, in a sentence or two (goes above the table). */
  intro: string;
  columns: string[];
  rows: string[][];
  /** Remarks below the table: targets met or missed, counts worth knowing. */
  notes: string[];
}

/** A benchmark section; `run` does the measuring (it may spawn a child process). */
export interface BenchSection {
  title: string;
  run(): Promise<SectionResult>;
}
