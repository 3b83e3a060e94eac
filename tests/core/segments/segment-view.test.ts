import { describe, expect, it } from 'vitest';
import { segmentMembers } from '../../../src/core/segments/segment-members';
import { segmentView } from '../../../src/core/segments/segment-view';
import { contentOf, day, table } from '../analytics/analytics-tables';

const options = { timeZone: 'Etc/UTC', now: new Date(Date.UTC(2024, 5, 1, 12)) };
const NO = 'no orders yet';

/** Four customers as a refresh leaves them (one without orders), and a row without an ID. */
const customers = table('customers', [
  {
    'Customer ID': 'C1',
    Name: 'Ana',
    'RFM segment': 'Champions',
    Cluster: 1,
    Orders: 6,
    Revenue: 600,
    'Last order': day('2024-05-30'),
    'Predicted CLV 12m': 300,
    'Churn risk': 0.1,
  },
  {
    'Customer ID': 'C2',
    Name: 'Ben',
    'RFM segment': 'champions',
    Cluster: '1',
    Orders: 4,
    Revenue: 200,
    'Last order': day('2024-05-25'),
    'Predicted CLV 12m': 100,
    'Churn risk': '',
  },
  {
    'Customer ID': 'C3',
    Name: 'Chloe',
    'RFM segment': 'Lost',
    Cluster: 2,
    Orders: 1,
    Revenue: 100,
    'Last order': day('2023-06-01'),
    'Predicted CLV 12m': 20,
    'Churn risk': 0.9,
  },
  {
    'Customer ID': 'C4',
    Name: 'Dan',
    'RFM segment': NO,
    Cluster: NO,
    Orders: 0,
    Revenue: 0,
    'Last order': NO,
    'Predicted CLV 12m': NO,
    'Churn risk': NO,
  },
  { 'Customer ID': '', Name: 'nobody', Revenue: 1000 },
]);

/** The Customer IDs a definition matches. */
function members(definition: string): string[] {
  const found = segmentMembers(customers, definition, options);
  if ('error' in found) throw new Error(found.error);
  return found.rows.map((i) => String(customers.rows[i]![0]));
}

describe('segmentView', () => {
  it('groups by RFM segment in the order of the RFM names, the customers without one last', () => {
    const before = contentOf(customers);
    const view = segmentView(customers, { method: 'rfm' }, options);
    expect(view).toMatchObject({ method: 'rfm', customers: 4, revenue: 900, problem: '', k: null });
    expect(view.segments).toEqual([
      // 800 of 900 revenue; CLV (300 + 100) / 2; churn 0.1 alone (Ben's is blank).
      {
        name: 'Champions',
        definition: 'RFM segment = "Champions"',
        description: '',
        customers: 2,
        revenueShare: 800 / 900,
        avgClv: 200,
        avgChurnRisk: 0.1,
      },
      {
        name: 'Lost',
        definition: 'RFM segment = "Lost"',
        description: '',
        customers: 1,
        revenueShare: 100 / 900,
        avgClv: 20,
        avgChurnRisk: 0.9,
      },
      {
        name: 'No RFM segment yet',
        definition: 'RFM segment NOT IN ("Champions", "Lost")',
        description: 'no orders, or not refreshed since their first order',
        customers: 1,
        revenueShare: 0,
        avgClv: null,
        avgChurnRisk: null,
      },
    ]);
    // Each definition lists exactly the customers its row counts.
    expect(view.segments.map((s) => members(s.definition))).toEqual([['C1', 'C2'], ['C3'], ['C4']]);
    expect(contentOf(customers)).toBe(before);
  });

  it('groups by the Cluster column, describes each cluster and scores the clustering', () => {
    const view = segmentView(customers, { method: 'kmeans' }, options);
    expect(view.k).toBe(2);
    expect(view.segments.map((s) => [s.name, s.definition, s.customers, s.description])).toEqual([
      // Worked by hand on orders (6, 4, 1), days since the last order (2, 7, 366) and
      // log(1 + revenue): cluster 1 sits 0.71 SD below on days, 0.65 above on orders and 0.56 above
      // on spend; cluster 2 1.41 above on days, 1.30 below on orders and 1.12 below on spend.
      ['Cluster 1', 'Cluster = 1', 2, 'recent, frequent, high spend'],
      ['Cluster 2', 'Cluster = 2', 1, 'lapsed, few orders, low spend'],
      ['Not clustered', 'NOT Cluster >= 1', 1, 'no orders yet'],
    ]);
    expect(view.segments.map((s) => members(s.definition))).toEqual([['C1', 'C2'], ['C3'], ['C4']]);
    // On z-scores, d(Ana, Ben) = 1.7812, d(Ana, Chloe) = 4.0473, d(Ben, Chloe) = 2.7289; Chloe alone
    // in her cluster counts 0: ((1 − 1.7812/4.0473) + (1 − 1.7812/2.7289) + 0) / 3 = 0.3024.
    expect(view.silhouette).toBeCloseTo(0.3024, 4);
  });

  it('splits customers by a rule into those it matches and everyone else, with the rule in words', () => {
    const view = segmentView(customers, { method: 'rule', rule: 'Revenue > 150' }, options);
    expect(view.ruleWords).toBe('Revenue is above 150');
    expect(view.segments.map((s) => [s.name, s.definition, s.customers, s.revenueShare])).toEqual([
      ['Matching', 'Revenue > 150', 2, 800 / 900],
      ['Everyone else', 'NOT (Revenue > 150)', 2, 100 / 900],
    ]);
    expect(members('NOT (Revenue > 150)')).toEqual(['C3', 'C4']);
  });

  it('returns the rule’s mistake and its position instead of segments', () => {
    const view = segmentView(
      customers,
      { method: 'rule', rule: 'Churn risk > 0.6 AND Revnue > 200' },
      options,
    );
    expect(view.segments).toEqual([]);
    expect(view.ruleError).toEqual({
      message: 'at 22: unknown column "Revnue"; did you mean "Revenue"?',
      at: 21,
    });
  });

  it('says what to do when there is nothing to group yet', () => {
    const fresh = table('customers', [{ 'Customer ID': 'C1', Revenue: 10 }]);
    expect(segmentView(fresh, { method: 'rfm' }, options).problem).toBe(
      'No customer has an RFM segment yet: run Refresh analytics first.',
    );
    expect(segmentView(fresh, { method: 'kmeans' }, options).problem).toBe(
      'No customer has a cluster yet: run Refresh analytics first.',
    );
    expect(segmentView(fresh, { method: 'rule', rule: ' ' }, options).problem).toMatch(/^Write a rule/);
    expect(segmentView(table('customers', []), { method: 'rfm' }, options).problem).toBe(
      'There are no customers yet: import some first.',
    );
  });
});
