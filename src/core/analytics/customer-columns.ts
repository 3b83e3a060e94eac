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

/**
 * Why some cells of a row are blank: each reason once, with the columns it blanks when it is not
 * every computed column of a non-buyer ("P(alive), Churn risk: model fit failed: x").
 */
class BlankReasons {
  private readonly byReason = new Map<string, string[]>();

  /** Sets `header` to `value`, or to '' with `reason` when the value is missing. */
  put(out: CustomerValues, header: Header<'customers'>, value: Cell | undefined, reason: string): void {
    if (value !== undefined && value !== '') {
      out.set(header, value);
      return;
    }
    out.set(header, '');
    const headers = this.byReason.get(reason) ?? [];
    headers.push(header);
    this.byReason.set(reason, headers);
  }

  text(): string {
    return [...this.byReason]
      .map(([reason, headers]) => (reason === NO_ORDERS ? reason : `${headers.join(', ')}: ${reason}`))
      .join('; ');
  }
}

function orderColumns(out: CustomerValues, c: CustomerTotals | undefined, why: BlankReasons): void {
  out.set(C.orders, c?.orders ?? 0);
  out.set(C.revenue, c ? roundTo(c.revenue, 2) : 0);
  why.put(out, C.firstOrder, c?.first, NO_ORDERS);
  why.put(out, C.lastOrder, c?.last, NO_ORDERS);
}

function summaryColumns(
  out: CustomerValues,
  s: CustomerSummary | undefined,
  c: CustomerTotals | undefined,
  why: BlankReasons,
): void {
  why.put(out, C.frequency, s?.frequency, NO_ORDERS);
  why.put(out, C.recency, s && roundTo(s.recency, 4), NO_ORDERS);
  why.put(out, C.t, s && roundTo(s.T, 4), NO_ORDERS);
  why.put(out, C.avgOrderValue, c && roundTo(c.revenue / c.orders, 2), NO_ORDERS);
}

function modelColumns(
  out: CustomerValues,
  id: string,
  buyer: boolean,
  d: PerCustomer,
  why: BlankReasons,
): void {
  const m = d.scores.scores.get(id);
  const reason = !buyer ? NO_ORDERS : d.models.purchaseProblem || d.scores.problems.get(id) || 'not computed';
  const clvReason = !buyer ? NO_ORDERS : d.models.purchaseProblem || d.models.ggProblem || 'not computed';
  why.put(out, C.pAlive, m && roundTo(m.alive, 4), reason);
  why.put(out, C.churnRisk, m && roundTo(1 - m.alive, 4), reason);
  why.put(out, C.expectedOrders90d, m && roundTo(m.expected, 4), reason);
  why.put(out, C.predictedClv12m, m && Number.isFinite(m.clv) ? roundTo(m.clv, 2) : undefined, clvReason);
}

function segmentColumns(
  out: CustomerValues,
  id: string,
  buyer: boolean,
  d: PerCustomer,
  why: BlankReasons,
): void {
  const r = d.rfm.get(id);
  why.put(out, C.rfm, r?.score, NO_ORDERS);
  why.put(out, C.rfmSegment, r?.segment, NO_ORDERS);
  why.put(out, C.cluster, d.clusters.of.get(id), !buyer ? NO_ORDERS : d.clusters.problem || 'not computed');
  // 0 for RFM 111 and 100 for 555.
  why.put(out, C.leadScore, r && Math.round((100 * (r.r + r.f + r.m - 3)) / 12), NO_ORDERS);
}

/** Blank Last NPS and Last contacted say so in their header notes: most customers have neither. */
function engagementColumns(out: CustomerValues, id: string, email: string, d: PerCustomer): void {
  out.set(C.lastNps, d.engagement.lastNps(email) ?? '');
  out.set(C.lastContacted, d.engagement.lastContacted(id, email) ?? '');
}

function recommendedColumn(
  out: CustomerValues,
  id: string,
  buyer: boolean,
  d: PerCustomer,
  why: BlankReasons,
): void {
  const recs = d.recommended.get(id);
  // Product names lost their neutralising apostrophe in splitProducts: the list must not start a formula.
  why.put(
    out,
    C.recommended,
    recs?.length ? neutralizeFormula(recs.join(', ')) : undefined,
    !buyer ? NO_ORDERS : 'no other products to suggest',
  );
}

/**
 * The computed columns of every customer row with a Customer ID (the first row of an ID repeated),
 * by Customer ID, except Segments (saved segments write it). Number and date columns hold numbers
 * and dates only: a value that cannot be computed is left blank and its reason ("no orders yet", the
 * model's problem, …) goes to Why blank, so a sort or a formula over a column never meets text.
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
    const why = new BlankReasons();
    const buyer = c !== undefined;
    orderColumns(out, c, why);
    summaryColumns(out, d.summaries.get(id), c, why);
    modelColumns(out, id, buyer, d, why);
    segmentColumns(out, id, buyer, d, why);
    engagementColumns(out, id, email, d);
    recommendedColumn(out, id, buyer, d, why);
    out.set(C.updatedAt, options.now);
    out.set(C.whyBlank, why.text());
    values.set(id, out);
  }
  return values;
}
