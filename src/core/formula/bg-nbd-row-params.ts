// Declares the per-row arguments frequency, recency and T of the BG/NBD formulas, checked together.
import { validateBgNbdRow } from '../btyd/validate-bg-nbd-row';
import { FormulaError } from './formula-error';
import { rowParam } from './formula-param';
import { parseNumber } from './parse-number';

/** What each formula tells Sheets about the three arguments. */
export interface BgNbdRowDocs {
  frequency: string;
  recency: string;
  T: string;
}

/**
 * The arguments frequency, recency and T, read as numbers in that order; once T is read the row
 * is checked as the BG/NBD model requires (validateBgNbdRow: "recency is greater than T"), so
 * a row the model cannot describe keeps that reason before any later argument is read.
 */
export function bgNbdRowParams(docs: BgNbdRowDocs) {
  return [
    rowParam('frequency', docs.frequency, parseNumber),
    rowParam('recency', docs.recency, parseNumber),
    rowParam('T', docs.T, parseNumber, (values) => {
      const problem = validateBgNbdRow(
        values.frequency as number,
        values.recency as number,
        values.T as number,
      );
      if (problem !== null) throw new FormulaError(problem);
    }),
  ] as const;
}
