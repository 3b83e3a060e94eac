// The computed columns of each customer row, as refresh writes them: a value, or the reason there is none.
import type { CustomerSummary } from '../btyd/customer-summary';
import { neutralizeFormula } from '../clean/neutralize-formula';
import { normalizeEmail } from '../clean/normalize-email';
import type { RfmResult } from '../metrics/rfm';
import type { Cell } from '../table/cell';
import { COLUMNS, type Header, type TabTable } from '../table/columns';
import { cellOf } from '../table/sheet-table';
import { cellText } from './cell-text';
import type { CustomerClusterLabels } from './customer-clusters';
import type { CustomerTotals } from './customer-totals';
import type { Engagement } from './engagement';
import type { FittedModels } from './fit-models';
import { roundTo } from './round-to';
import type { CustomerScores } from './score-customers';

/** A customer's computed columns, by header. */
export type CustomerValues = Map<Header<'customers'>, Cell>;

/** Everything computed per customer, by Customer ID; buyers only except engagement. */
export interface PerCustomer {
  totals: ReadonlyMap<string, CustomerTotals>;
  summaries: ReadonlyMap<string, CustomerSummary>;
  models: FittedModels;
  scores: CustomerScores;
  rfm: ReadonlyMap<string, RfmResult>;
  clusters: CustomerClusterLabels;
  recommended: ReadonlyMap<string, readonly string[]>;
  engagement: Engagement;
}

type Columns = [Header<'customers'>, Cell][];

const C = COLUMNS.customers;
const NO_ORDERS = 'no orders yet';

function orderColumns(c: CustomerTotals | undefined): Columns {
  return [
    [C.orders, c?.orders ?? 0],
    [C.revenue, c ? roundTo(c.revenue, 2) : 0],
    [C.firstOrder, c?.first ?? NO_ORDERS],
    [C.lastOrder, c?.last ?? NO_ORDERS],
  ];
}

function summaryColumns(s: CustomerSummary | undefined, c: CustomerTotals | undefined): Columns {
  return [
    [C.frequency, s ? s.frequency : NO_ORDERS],
    [C.recency, s ? roundTo(s.recency, 4) : NO_ORDERS],
    [C.t, s ? roundTo(s.T, 4) : NO_ORDERS],
    [C.avgOrderValue, c ? roundTo(c.revenue / c.orders, 2) : NO_ORDERS],
  ];
}

function modelColumns(id: string, buyer: boolean, d: PerCustomer): Columns {
  const m = d.scores.scores.get(id);
  const reason = !buyer ? NO_ORDERS : d.models.bgProblem || d.scores.problems.get(id) || 'not computed';
  const clvReason = !buyer ? NO_ORDERS : d.models.bgProblem || d.models.ggProblem || 'not computed';
  return [
    [C.pAlive, m ? roundTo(m.alive, 4) : reason],
    [C.churnRisk, m ? roundTo(1 - m.alive, 4) : reason],
    [C.expectedOrders90d, m ? roundTo(m.expected, 4) : reason],
    [C.predictedClv12m, m && Number.isFinite(m.clv) ? roundTo(m.clv, 2) : clvReason],
  ];
}

function segmentColumns(id: string, buyer: boolean, d: PerCustomer): Columns {
  const r = d.rfm.get(id);
  return [
    [C.rfm, r ? r.score : NO_ORDERS],
    [C.rfmSegment, r ? r.segment : NO_ORDERS],
    [C.cluster, d.clusters.of.get(id) ?? (!buyer ? NO_ORDERS : d.clusters.problem)],
    // 0 for RFM 111 and 100 for 555.
    [C.leadScore, r ? Math.round((100 * (r.r + r.f + r.m - 3)) / 12) : NO_ORDERS],
  ];
}

function engagementColumns(id: string, email: string, d: PerCustomer): Columns {
  const nps = d.engagement.lastNps(email);
  return [
    [C.lastNps, nps !== undefined ? nps : 'no survey answer'],
    [C.lastContacted, d.engagement.lastContacted(id, email) ?? 'never contacted'],
  ];
}

function recommendedColumn(id: string, buyer: boolean, d: PerCustomer): Columns {
  const recs = d.recommended.get(id);
  // Product names lost their neutralising apostrophe in splitProducts: the list must not start a formula.
  return [
    [
      C.recommended,
      recs?.length ? neutralizeFormula(recs.join(', ')) : !buyer ? NO_ORDERS : 'no other products to suggest',
    ],
  ];
}

/**
 * The computed columns of every customer row with a Customer ID (the first row of an ID repeated),
 * by Customer ID. A value that cannot be computed is the reason, in the cell
 * itself ("no orders yet", the model's problem, …), so a blank always means refresh did not run.
 */
export function customerColumns(
  customers: TabTable<'customers'>,
  d: PerCustomer,
  options: { gmailDots: boolean; now: Date },
): Map<string, CustomerValues> {
  const values = new Map<string, CustomerValues>();
  for (const row of customers.rows) {
    const id = cellText(cellOf(customers, row, C.customerId));
    if (!id || values.has(id)) continue;
    const c = d.totals.get(id);
    const email = normalizeEmail(cellOf(customers, row, C.email), { gmailDots: options.gmailDots });
    values.set(
      id,
      new Map([
        ...orderColumns(c),
        ...summaryColumns(d.summaries.get(id), c),
        ...modelColumns(id, c !== undefined, d),
        ...segmentColumns(id, c !== undefined, d),
        ...engagementColumns(id, email, d),
        ...recommendedColumn(id, c !== undefined, d),
        [C.segments, 'see the Segments sidebar'],
        [C.updatedAt, options.now],
      ]),
    );
  }
  return values;
}
