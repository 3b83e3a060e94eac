// Lays out a model check as the table CRM_MODEL_CHECK spills: summary, per-frequency block, weekly block.
import type { ModelCheck } from '../btyd/model-check';
import type { PurchaseModelName } from '../btyd/purchase-model-name';

/** The published names of the models, as the table shows them. */
const MODEL_LABELS: Record<PurchaseModelName, string> = {
  bgnbd: 'BG/NBD',
  mbgnbd: 'MBG/NBD',
  paretonbd: 'Pareto/NBD',
};

/** Every row has this many cells: Sheets spills a rectangle. */
const WIDTH = 6;

/** Transactions the formula could not read: how many, and the first one's reason. */
export interface LeftOut {
  count: number;
  first: string;
}

/**
 * Rows of WIDTH cells, each block under its own header row and a blank row between blocks, in an
 * order that does not move with the data, so a chart's range stays put:
 * - rows 1–2: Model, Calibration end, Holdout end, Holdout weeks, Customers, Parameters;
 * - rows 3–5: MAE, Bias ("n/a" without holdout purchases) and transactions left out, each with
 *   what it means;
 * - rows 7–16: the calibration frequencies 0…6, 7+ and a Total, with predicted and actual holdout
 *   purchases, summed and per customer (FHL 2005 Figure 4);
 * - from row 18: each week, its last day, predicted and actual cumulative repeat purchases and
 *   whether it is in the calibration period or the holdout (FHL 2005 Figure 3).
 */
export function modelCheckTable(
  check: ModelCheck,
  ends: { calibration: string; holdout: string },
  leftOut: LeftOut,
): unknown[][] {
  const row = (...cells: unknown[]) => [...cells, ...new Array(WIDTH - cells.length).fill('')];
  const params = Object.entries(check.params)
    .map(([name, value]) => `${name} ${Number(value.toPrecision(4))}`)
    .join(', ');
  const table: unknown[][] = [
    row('Model', 'Calibration end', 'Holdout end', 'Holdout weeks', 'Customers', 'Parameters'),
    row(
      MODEL_LABELS[check.model],
      ends.calibration,
      ends.holdout,
      check.holdoutWeeks,
      check.calibrationCustomers,
      params,
    ),
    row('MAE', check.mae, 'mean absolute error per customer of the repeat purchases in the holdout'),
    row(
      'Bias',
      Number.isNaN(check.bias) ? 'n/a' : check.bias,
      '(predicted − actual) / actual repeat purchases in the holdout; below 0: the model expects too few',
    ),
    row('Transactions left out', leftOut.count, leftOut.first),
    row(),
    row(
      'Calibration frequency',
      'Customers',
      'Predicted holdout purchases',
      'Actual holdout purchases',
      'Predicted per customer',
      'Actual per customer',
    ),
  ];
  const perCustomer = (value: number, customers: number) => (customers > 0 ? value / customers : 0);
  let customers = 0;
  let predicted = 0;
  let actual = 0;
  for (const group of check.byFrequency) {
    table.push(
      row(
        group.frequency,
        group.customers,
        group.predicted,
        group.actual,
        perCustomer(group.predicted, group.customers),
        perCustomer(group.actual, group.customers),
      ),
    );
    customers += group.customers;
    predicted += group.predicted;
    actual += group.actual;
  }
  table.push(
    row(
      'Total',
      customers,
      predicted,
      actual,
      perCustomer(predicted, customers),
      perCustomer(actual, customers),
    ),
  );
  table.push(row(), row('Week', 'Week ending', 'Predicted cumulative', 'Actual cumulative', 'Period'));
  for (const week of check.weekly) {
    const period = week.date <= ends.calibration ? 'calibration' : 'holdout';
    table.push(row(week.week, week.date, week.predictedCumulative, week.actualCumulative, period));
  }
  return table;
}
