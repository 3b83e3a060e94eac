// One report for an import that took several executions: the counts added up, the lists joined.
import type { CsvImportReport } from './import';

/**
 * Adds the report of the next execution of an import to the total so far (`null` before the
 * first). Counts and the rejected rows and suggestions of each part add up; completeness and the
 * file's total come from the latest part; the preset's skipped rows and warnings, which describe
 * the whole file, come from the first. Neither argument is changed.
 */
export function addImportReports(total: CsvImportReport | null, part: CsvImportReport): CsvImportReport {
  if (!total) return part;
  return {
    ...part,
    processed: total.processed + part.processed,
    customersAdded: total.customersAdded + part.customersAdded,
    customersMerged: total.customersMerged + part.customersMerged,
    ordersAdded: total.ordersAdded + part.ordersAdded,
    ordersAlreadyThere: total.ordersAlreadyThere + part.ordersAlreadyThere,
    ordersUpdated: total.ordersUpdated + part.ordersUpdated,
    updated: [...total.updated, ...part.updated],
    conflicts: [...total.conflicts, ...part.conflicts],
    surveysAdded: total.surveysAdded + part.surveysAdded,
    surveysAlreadyThere: total.surveysAlreadyThere + part.surveysAlreadyThere,
    rejected: [...total.rejected, ...part.rejected],
    suggestions: [...total.suggestions, ...part.suggestions],
    skipped: total.skipped,
    warnings: total.warnings,
  };
}
