import { describe, expect, it } from 'vitest';
import { TAB_SPECS } from '../../../src/core/model/tab-specs';
import { normalizeHeader } from '../../../src/core/table/normalize-header';

const headers = (code: keyof typeof TAB_SPECS) => TAB_SPECS[code].columns.map((c) => c.header);
const required = (code: keyof typeof TAB_SPECS) =>
  TAB_SPECS[code].columns.filter((c) => c.required).map((c) => c.header);

describe('TAB_SPECS (product.md section 2)', () => {
  it('lists the Customers columns in order, the computed ones owned', () => {
    expect(headers('customers')).toEqual([
      'Customer ID',
      'Name',
      'Email',
      'Phone',
      'Company',
      'Channel',
      'Tags',
      'Consent',
      'Unsubscribed at',
      'Created at',
      'Notes',
      'Orders',
      'First order',
      'Last order',
      'Revenue',
      'Frequency',
      'Recency',
      'T',
      'Avg order value',
      'P(alive)',
      'Churn risk',
      'Expected orders 90d',
      'Predicted CLV 12m',
      'RFM',
      'RFM segment',
      'Cluster',
      'Lead score',
      'Last NPS',
      'Recommended',
      'Last contacted',
      'Segments',
      'Updated at',
      'Why blank',
    ]);
    const owned = TAB_SPECS.customers.columns.filter((c) => c.owned).map((c) => c.header);
    expect(owned[0]).toBe('Orders');
    // The 21 computed columns of product.md, and Why blank beside them.
    expect(owned).toHaveLength(22);
    expect(required('customers')).toEqual(['Customer ID', 'Email']);
  });

  it('marks the bold headers of every tab as required', () => {
    expect(required('orders')).toEqual(['Order ID', 'Date', 'Amount']);
    expect(TAB_SPECS.orders.requiredAnyOf).toEqual([['Customer ID', 'Email']]);
    expect(required('interactions')).toEqual(['Date', 'Channel']);
    expect(required('surveys')).toEqual(['Date', 'Email']);
    expect(required('followUps')).toEqual(['Rule', 'Active', 'Audience', 'Trigger', 'Subject', 'Body']);
    // Product.md's columns, then sequence steps, stop conditions, holdout and the results of each row.
    expect(headers('followUps')).toEqual([
      'Rule',
      'Active',
      'Audience',
      'Trigger',
      'Value',
      'Subject',
      'Body',
      'Send hours',
      'Min days between',
      'Max per run',
      'Step',
      'Stop when',
      'Holdout %',
      'Sent',
      'Ordered 30d',
      'Revenue 30d',
      'Held out',
      'Holdout ordered 30d',
      'Holdout revenue 30d',
      'Results at',
    ]);
    expect(TAB_SPECS.followUps.key).toEqual(['Rule', 'Step']);
    expect(headers('outbox')).toEqual([
      'Key',
      'Rule',
      'Step',
      'Customer ID',
      'Email',
      'Subject',
      'Status',
      'Reason',
      'Planned at',
      'Sent at',
    ]);
    expect(headers('segments')).toEqual([
      'Segment',
      'Definition',
      'Customers',
      'Revenue share',
      'Avg CLV',
      'Avg churn risk',
      'Updated at',
    ]);
    expect(headers('settings')).toEqual(['Key', 'Value', 'Description']);
    expect(headers('log')).toEqual(['Time', 'Action', 'Result', 'Counts', 'Details']);
    expect(headers('problems')).toEqual(['Time', 'Operation', 'File', 'Row', 'Field', 'Value', 'Reason']);
  });

  it('owns the Outbox, Segments, Dashboard and Log tabs wholly', () => {
    for (const code of ['outbox', 'segments', 'dashboard', 'log', 'problems'] as const) {
      expect(TAB_SPECS[code].ownedWholly).toBe(true);
      expect(TAB_SPECS[code].columns.every((c) => c.owned)).toBe(true);
    }
  });

  it('gives formats and validation per column', () => {
    const col = (code: keyof typeof TAB_SPECS, header: string) =>
      TAB_SPECS[code].columns.find((c) => c.header === header);
    expect(col('orders', 'Date')?.numberFormat).toBe('yyyy-mm-dd');
    expect(col('orders', 'Amount')?.numberFormat).toBe('#,##0.00');
    expect(col('customers', 'P(alive)')?.numberFormat).toBe('0.00%');
    expect(col('customers', 'Consent')?.validation).toEqual({ kind: 'checkbox' });
    expect(col('surveys', 'NPS')?.validation).toEqual({ kind: 'number-between', min: 0, max: 10 });
    expect(col('surveys', 'CSAT')?.validation).toEqual({ kind: 'number-between', min: 1, max: 5 });
    expect(col('followUps', 'Active')?.validation).toEqual({ kind: 'checkbox' });
    expect(col('interactions', 'Direction')?.validation).toEqual({ kind: 'list', values: ['in', 'out'] });
    expect(col('interactions', 'Channel')?.validation).toEqual({
      kind: 'list',
      values: ['email', 'phone', 'social', 'web', 'form', 'meeting', 'chat'],
    });
  });

  it('has no two headers of a tab that normalise alike', () => {
    for (const spec of Object.values(TAB_SPECS)) {
      const keys = spec.columns.map((c) => normalizeHeader(c.header));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});
