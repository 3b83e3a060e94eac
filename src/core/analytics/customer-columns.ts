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

const C = COLUMNS.customers;
const NO_ORDERS = 'no orders yet';

function orderColumns(out: CustomerValues, c: CustomerTotals | undefined): void {
  out.set(C.orders, c?.orders ?? 0);
  out.set(C.revenue, c ? roundTo(c.revenue, 2) : 0);
  out.set(C.firstOrder, c?.first ?? NO_ORDERS);
  out.set(C.lastOrder, c?.last ?? NO_ORDERS);
}

function summaryColumns(
  out: CustomerValues,
  s: CustomerSummary | undefined,
  c: CustomerTotals | undefined,
): void {
  out.set(C.frequency, s ? s.frequency : NO_ORDERS);
  out.set(C.recency, s ? roundTo(s.recency, 4) : NO_ORDERS);
  out.set(C.t, s ? roundTo(s.T, 4) : NO_ORDERS);
  out.set(C.avgOrderValue, c ? roundTo(c.revenue / c.orders, 2) : NO_ORDERS);
}

function modelColumns(out: CustomerValues, id: string, buyer: boolean, d: PerCustomer): void {
  const m = d.scores.scores.get(id);
  const reason = !buyer ? NO_ORDERS : d.models.bgProblem || d.scores.problems.get(id) || 'not computed';
  const clvReason = !buyer ? NO_ORDERS : d.models.bgProblem || d.models.ggProblem || 'not computed';
  out.set(C.pAlive, m ? roundTo(m.alive, 4) : reason);
  out.set(C.churnRisk, m ? roundTo(1 - m.alive, 4) : reason);
  out.set(C.expectedOrders90d, m ? roundTo(m.expected, 4) : reason);
  out.set(C.predictedClv12m, m && Number.isFinite(m.clv) ? roundTo(m.clv, 2) : clvReason);
}

function segmentColumns(out: CustomerValues, id: string, buyer: boolean, d: PerCustomer): void {
  const r = d.rfm.get(id);
  out.set(C.rfm, r ? r.score : NO_ORDERS);
  out.set(C.rfmSegment, r ? r.segment : NO_ORDERS);
  out.set(C.cluster, d.clusters.of.get(id) ?? (!buyer ? NO_ORDERS : d.clusters.problem));
  // 0 for RFM 111 and 100 for 555.
  out.set(C.leadScore, r ? Math.round((100 * (r.r + r.f + r.m - 3)) / 12) : NO_ORDERS);
}

function engagementColumns(out: CustomerValues, id: string, email: string, d: PerCustomer): void {
  const nps = d.engagement.lastNps(email);
  out.set(C.lastNps, nps !== undefined ? nps : 'no survey answer');
  out.set(C.lastContacted, d.engagement.lastContacted(id, email) ?? 'never contacted');
}

function recommendedColumn(out: CustomerValues, id: string, buyer: boolean, d: PerCustomer): void {
  const recs = d.recommended.get(id);
  // Product names lost their neutralising apostrophe in splitProducts: the list must not start a formula.
  out.set(
    C.recommended,
    recs?.length ? neutralizeFormula(recs.join(', ')) : !buyer ? NO_ORDERS : 'no other products to suggest',
  );
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
    const out: CustomerValues = new Map();
    orderColumns(out, c);
    summaryColumns(out, d.summaries.get(id), c);
    modelColumns(out, id, c !== undefined, d);
    segmentColumns(out, id, c !== undefined, d);
    engagementColumns(out, id, email, d);
    recommendedColumn(out, id, c !== undefined, d);
    // The names saved segments wrote (the sidebar's Save): a refresh keeps them as they are.
    out.set(C.segments, cellOf(customers, row, C.segments));
    out.set(C.updatedAt, options.now);
    values.set(id, out);
  }
  return values;
}
