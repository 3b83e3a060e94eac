// The registry of CRM_ formulas: the names and arguments of product.md section 3, documented, never throwing.
import { describe, expect, it } from 'vitest';
import { customFunctionEntryPoints as crm } from '../../../src/entry/custom-functions';

// Signatures of product.md section 3, in its order ([…] marks optional arguments there).
const SPEC: Record<string, string[]> = {
  CRM_SUMMARY: ['customer_ids', 'dates', 'amounts', 'as_of', 'unit'],
  CRM_BGNBD_FIT: ['frequency', 'recency', 'T', 'penalizer', 'with_standard_errors'],
  // Issue 11 adds the MBG/NBD and Pareto/NBD fits beside BG/NBD, with the same arguments.
  CRM_MBGNBD_FIT: ['frequency', 'recency', 'T', 'penalizer', 'with_standard_errors'],
  CRM_PARETO_NBD_FIT: ['frequency', 'recency', 'T', 'penalizer', 'with_standard_errors'],
  CRM_PALIVE: ['frequency', 'recency', 'T', 'params'],
  CRM_CHURN_RISK: ['frequency', 'recency', 'T', 'params'],
  CRM_EXPECTED_PURCHASES: ['horizon', 'frequency', 'recency', 'T', 'params'],
  CRM_GAMMAGAMMA_FIT: ['frequency', 'monetary', 'with_standard_errors'],
  CRM_EXPECTED_SPEND: ['frequency', 'monetary', 'gg_params'],
  CRM_CLV_PREDICT: [
    'frequency',
    'recency',
    'T',
    'monetary',
    'bgnbd_params',
    'gg_params',
    'months',
    'monthly_discount',
    'unit',
    'with_interval',
  ],
  CRM_CLV: ['revenue', 'discount_rate', 'periods', 'retention'],
  CRM_RFM: ['recency_days', 'frequency', 'monetary', 'bins'],
  CRM_NPS: ['scores'],
  CRM_CSAT: ['scores', 'satisfied_min'],
  CRM_RETENTION_RATE: ['customers_end', 'new_customers', 'customers_start'],
  CRM_CHURN_RATE: ['lost_customers', 'customers_start'],
  CRM_REPEAT_RATE: ['order_counts'],
  CRM_LOYALTY_INDEX: ['repeat_rate', 'retention_rate'],
  CRM_ROI: ['revenue', 'cost'],
  CRM_CLV_SHARE: ['clv_values'],
  CRM_CHURN_MODEL: ['features', 'churned'],
  CRM_CHURN_SCORE: ['features', 'model'],
  CRM_CLASSIFICATION_REPORT: ['actual', 'predicted_probability', 'threshold'],
  CRM_RECOMMEND: ['order_customer_ids', 'order_products', 'customer_ids', 'n'],
  // Issue 11: the model check on a calibration period and its holdout.
  CRM_MODEL_CHECK: ['customer_ids', 'dates', 'amounts', 'calibration_end', 'holdout_end', 'model'],
};
const entries = Object.entries(crm) as Array<[string, (typeof crm)[keyof typeof crm]]>;
const call = (name: string, ...args: unknown[]) =>
  (crm[name as keyof typeof crm].run as (...a: unknown[]) => unknown)(...args);

describe('customFunctionEntryPoints', () => {
  it('holds exactly the 22 formulas of product.md section 3 and the two fits and the model check of issue 11', () => {
    expect(Object.keys(crm).sort()).toEqual(Object.keys(SPEC).sort());
  });

  it.each(entries)(
    '%s is documented: one-line description, every argument described, a return',
    (name, entry) => {
      expect(entry.kind).toBe('custom-function');
      expect(entry.description).toMatch(/^\S.*\S$/);
      expect(entry.description).not.toMatch(/\n/);
      expect(entry.params.map((p) => p.name)).toEqual(SPEC[name]);
      for (const param of entry.params) expect(param.description.length).toBeGreaterThan(5);
      expect(entry.returns.length).toBeGreaterThan(5);
      expect(entry.run.length).toBeLessThanOrEqual(entry.params.length);
    },
  );

  it.each(entries)(
    '%s answers a call without arguments with text naming itself, never by throwing',
    (name) => {
      const out = call(name);
      expect(typeof out).toBe('string');
      expect(out).toMatch(new RegExp(`^${name}: .*(required|no transactions)`));
    },
  );

  it.each(entries)('%s answers arguments of the wrong kind with text, never by throwing', (name) => {
    const junk = [{ a: 1 }, [[1, 2], [3]], Symbol.for('x'), () => 1];
    for (const value of junk) {
      const args = SPEC[name].map(() => value);
      expect(() => call(name, ...args)).not.toThrow();
    }
  });
});

describe('omitted arguments', () => {
  it('treat "", null and undefined alike, as Sheets passes any of them for an empty argument', () => {
    const scores = [[5], [4], [2]];
    const results = ['', null, undefined].map((omitted) => call('CRM_CSAT', scores, omitted));
    expect(results).toEqual([2 / 3, 2 / 3, 2 / 3]);
    const clv = ['', null, undefined].map((omitted) => call('CRM_CLV', 1000, 0.1, 3, omitted));
    expect(new Set(clv).size).toBe(1);
  });
});
