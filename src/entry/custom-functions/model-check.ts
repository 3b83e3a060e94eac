// The model-check formula: how well a purchase model fitted on past orders predicted the orders that followed.
import { isoDay } from '../../core/btyd/iso-day';
import { checkModel } from '../../core/btyd/model-check';
import { FormulaError } from '../../core/formula/formula-error';
import { goodRows } from '../../core/formula/good-rows';
import { modelCheckTable } from '../../core/formula/model-check-table';
import { parseDay } from '../../core/formula/parse-day';
import { parseModelName } from '../../core/formula/parse-model-name';
import { readTransactions } from '../../core/formula/read-transactions';
import { runFormula } from '../../core/formula/run-formula';
import { toScalar } from '../../core/formula/to-scalar';
import { spreadsheetTimeZone } from '../../gas/spreadsheet-time-zone';
import { customFunction } from '../entry-point';
import { TRANSACTION_PARAMS } from './transaction-params';

const DAY_MS = 86_400_000;

export const modelCheckEntryPoints = {
  CRM_MODEL_CHECK: customFunction({
    description:
      'Tests a purchase model on your own orders: fits it on the orders up to calibration_end, predicts the orders up to holdout_end, and sets the prediction beside what customers really bought (Fader, Hardie & Lee 2005).',
    params: [
      ...TRANSACTION_PARAMS,
      {
        name: 'calibration_end',
        description:
          'Last day of the period the model learns from; its customers are those who bought by then.',
      },
      {
        name: 'holdout_end',
        description:
          'Last day of the period the model predicts (after calibration_end), to compare with the orders.',
      },
      { name: 'model', description: 'Optional: "bgnbd" (default), "mbgnbd" or "paretonbd".' },
    ],
    returns:
      'A table: the model, its parameters, MAE and bias; predicted and actual holdout purchases by calibration frequency 0 to 7+; predicted and actual cumulative repeat purchases week by week.',
    run: (
      customer_ids: unknown,
      dates: unknown,
      amounts: unknown,
      calibration_end?: unknown,
      holdout_end?: unknown,
      model?: unknown,
    ) =>
      runFormula('CRM_MODEL_CHECK', () => {
        const { reads, timeZone } = readTransactions({ customer_ids, dates, amounts }, spreadsheetTimeZone);
        const name = parseModelName(model, 'model', 'bgnbd');
        const calibrationDay = parseDay(
          toScalar(calibration_end, 'calibration_end'),
          'calibration_end',
          timeZone,
        );
        const holdoutDay = parseDay(toScalar(holdout_end, 'holdout_end'), 'holdout_end', timeZone);
        const ends = { calibration: isoDay(calibrationDay), holdout: isoDay(holdoutDay) };
        if (holdoutDay <= calibrationDay)
          throw new FormulaError(
            `holdout_end (${ends.holdout}) must be after calibration_end (${ends.calibration})`,
          );
        const { values: transactions, invalid } = goodRows(reads);
        if (transactions.length === 0)
          throw new FormulaError('there are no transactions to check the model on');
        if (!transactions.some((t) => t.day <= calibrationDay))
          throw new FormulaError(`calibration_end (${ends.calibration}) is before every transaction`);
        const firstBad = reads.find((read) => read.kind === 'error');
        const leftOut = {
          count: invalid,
          first: firstBad?.kind === 'error' ? `row ${firstBad.row + 1}: ${firstBad.message}` : '',
        };
        // The days are already in the spreadsheet's zone: the ends go in as UTC midnights of theirs.
        let check: ReturnType<typeof checkModel>;
        try {
          check = checkModel(
            transactions,
            new Date(calibrationDay * DAY_MS),
            new Date(holdoutDay * DAY_MS),
            name,
          );
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new FormulaError(`on the orders up to calibration_end (${ends.calibration}): ${reason}`);
        }
        return modelCheckTable(check, ends, leftOut);
      }),
  }),
};
