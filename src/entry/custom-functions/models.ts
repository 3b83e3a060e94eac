// The model formulas: the churn model and its scores, the classification report and recommendations.
import { alignColumns } from '../../core/formula/align-columns';
import { fitTable } from '../../core/formula/fit-table';
import { FormulaError } from '../../core/formula/formula-error';
import { callParam, rowParam } from '../../core/formula/formula-param';
import { goodRows } from '../../core/formula/good-rows';
import { isBlank } from '../../core/formula/is-blank';
import { mapRowValues } from '../../core/formula/map-row-values';
import { optionalValue } from '../../core/formula/optional-value';
import { parseChurnCoefficients, ROWS_USED } from '../../core/formula/parse-churn-coefficients';
import { parseFlag } from '../../core/formula/parse-flag';
import { parseNumber } from '../../core/formula/parse-number';
import { parseProbability } from '../../core/formula/parse-probability';
import { parseText } from '../../core/formula/parse-text';
import { type ChurnRow, readChurnRows } from '../../core/formula/read-churn-rows';
import { readFeatureTable } from '../../core/formula/read-feature-table';
import { readOrderLines } from '../../core/formula/read-order-lines';
import { readRows } from '../../core/formula/read-rows';
import { type RowBatch, rowFormula } from '../../core/formula/row-formula';
import { runFormula } from '../../core/formula/run-formula';
import { wholeNumber } from '../../core/formula/whole-number';
import { writeRows } from '../../core/formula/write-rows';
import { classificationReport } from '../../core/models/classification-report';
import { fitLogisticRegression } from '../../core/models/logistic-regression';
import { predictChurnProbability } from '../../core/models/predict-churn-probability';
import { recommendProducts } from '../../core/models/recommend-products';
import { customFunction } from '../entry-point';

/** CRM_CHURN_MODEL's table: the coefficients named by feature, then the row counts. */
function churnModelTable(names: readonly string[], rows: readonly ChurnRow[], invalid: number) {
  if (rows.length === 0) throw new FormulaError('there are no customers to fit');
  const model = fitLogisticRegression(
    rows.map((row) => row.x),
    rows.map((row) => row.y),
  );
  if (!model.converged)
    throw new FormulaError(`the model did not converge in ${model.iterations} iterations`);
  return fitTable([
    ['intercept', model.coefficients[0]],
    ...names.map((name, j) => [name, model.coefficients[j + 1]] as const),
    [ROWS_USED, rows.length],
    ['invalid rows', invalid],
  ]);
}

/** CRM_CLASSIFICATION_REPORT's table over the rows read. */
function classificationTable(
  { rows, columns, invalid }: RowBatch<{ actual: 0 | 1; predicted_probability: number }>,
  threshold: number,
) {
  if (rows.length === 0) throw new FormulaError('there are no rows to compare');
  const report = classificationReport(columns.actual, columns.predicted_probability, threshold);
  // A ratio with a zero denominator (nobody predicted positive, say) does not exist: "n/a".
  const figure = (value: number | null) => (value === null ? 'n/a' : value);
  return fitTable([
    ['accuracy', report.accuracy],
    ['precision', figure(report.precision)],
    ['recall', figure(report.recall)],
    ['F1', figure(report.f1)],
    ['ROC AUC', figure(report.rocAuc)],
    ['true positives', report.truePositives],
    ['false positives', report.falsePositives],
    ['true negatives', report.trueNegatives],
    ['false negatives', report.falseNegatives],
    ['rows used', rows.length],
    ['invalid rows', invalid],
  ]);
}

export const modelEntryPoints = {
  CRM_CHURN_MODEL: customFunction({
    description: 'Fits a logistic-regression churn model (IRLS, features standardised internally).',
    params: [
      {
        name: 'features',
        description:
          'One row per customer, one column per feature; a header row, if included, names the coefficients.',
      },
      { name: 'churned', description: 'Whether each customer churned: 1/0 or TRUE/FALSE.' },
    ],
    returns:
      'Two rows: labels (intercept, one per feature, rows used, invalid rows) and the coefficients on the original scale with the counts.',
    run: (features: unknown, churned: unknown) =>
      runFormula('CRM_CHURN_MODEL', () => {
        const { table, reads } = readChurnRows(features, churned);
        const { values: rows, invalid } = goodRows(reads);
        return churnModelTable(table.names, rows, invalid);
      }),
  }),

  CRM_CHURN_SCORE: customFunction({
    description: 'Churn probability of each customer under a model fitted by CRM_CHURN_MODEL.',
    params: [
      {
        name: 'features',
        description: 'One row per customer, the same feature columns as the model, in order.',
      },
      { name: 'model', description: 'The output of CRM_CHURN_MODEL (its table or its values row).' },
    ],
    returns: 'The churn probability of each customer, from 0 to 1.',
    run: (features: unknown, model: unknown) =>
      runFormula('CRM_CHURN_SCORE', () => {
        const table = readFeatureTable(features);
        const coefficients = parseChurnCoefficients(model, table.width);
        const reads = readRows(
          table.rows.length,
          (row) => table.rows[row].every(isBlank),
          (row): unknown[] =>
            row === 0 && table.header
              ? ['churn probability']
              : [predictChurnProbability({ coefficients }, table.readRow(table.rows[row]))],
        );
        return writeRows(reads, 1, !Array.isArray(features));
      }),
  }),

  CRM_CLASSIFICATION_REPORT: customFunction({
    description:
      'How well predicted probabilities match outcomes: accuracy, precision, recall, F1 and ROC AUC.',
    returns:
      'Two rows: labels (accuracy, precision, recall, F1, ROC AUC, rows used, invalid rows) and their values.',
    ...rowFormula(
      'CRM_CLASSIFICATION_REPORT',
      [
        rowParam('actual', 'The outcome of each row: 1/0 or TRUE/FALSE.', parseFlag),
        rowParam(
          'predicted_probability',
          'The predicted probability of each row (0 to 1).',
          parseProbability,
        ),
        callParam(
          'threshold',
          'Optional: probability from which a row counts as predicted 1 (default 0.5).',
          optionalValue(parseNumber, 0.5),
        ),
      ],
      { fit: (batch, { threshold }) => classificationTable(batch, threshold) },
    ),
  }),

  CRM_RECOMMEND: customFunction({
    description: 'Top products each customer has not bought, ranked by co-purchase with what they bought.',
    params: [
      { name: 'order_customer_ids', description: 'Customer of each order line.' },
      { name: 'order_products', description: 'Product of each order line.' },
      { name: 'customer_ids', description: 'Customers to recommend to, one per row.' },
      { name: 'n', description: 'Optional: how many products per customer (default 3).' },
    ],
    returns:
      'One row per customer with n columns of products, best first; popular products fill in when co-purchases run out.',
    run: (order_customer_ids: unknown, order_products: unknown, customer_ids: unknown, n?: unknown) =>
      runFormula('CRM_RECOMMEND', () => {
        const count = optionalValue(wholeNumber(1), 3)(n, 'n');
        const orders = readOrderLines({ order_customer_ids, order_products });
        const customers = alignColumns([{ name: 'customer_ids', value: customer_ids, required: true }]);
        const reads = readRows(customers.rows, customers.isBlankRow, (row) =>
          parseText(customers.cell('customer_ids', row), 'customer_id'),
        );
        const recommended = mapRowValues(reads, (ids) => recommendProducts(orders, ids, count));
        return writeRows(recommended, count, false);
      }),
  }),
};
