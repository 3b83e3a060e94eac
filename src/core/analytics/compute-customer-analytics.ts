// The numbers refresh writes: per-customer computed columns and Dashboard KPIs, from tabs already read.
import { tinyData } from '../btyd/tiny-data';
import { dayNumber } from '../clean/day-number';
import { COLUMNS } from '../table/columns';
import { cellOf } from '../table/sheet-table';
import { analyticsBaseCurrency } from './analytics-base-currency';
import type { AnalyticsInput } from './analytics-input';
import { cellText } from './cell-text';
import { choosePurchaseModel, type ModelChoice } from './choose-purchase-model';
import { customerClusters } from './customer-clusters';
import { type CustomerValues, customerColumns } from './customer-columns';
import { customerTotals } from './customer-totals';
import { dashboardKpis, type Kpi } from './dashboard-kpis';
import { type DashboardSheet, dashboardSheet } from './dashboard-sheet';
import { readEngagement } from './engagement';
import { fitModels } from './fit-models';
import { modelSummaries } from './model-summaries';
import { type ExcludedOrder, readTransactions } from './read-transactions';
import { recommendations } from './recommendations';
import { rfmByCustomer } from './rfm-by-customer';
import { scoreCustomers } from './score-customers';
import { dataMaturity } from './young-business';

/** What a refresh writes, and what it tells the user about it. */
export interface CustomerAnalytics {
  /** Customer ID → computed header → value (a number, a date, or the reason text when there is none). */
  values: Map<string, CustomerValues>;
  kpis: Kpi[];
  /** The Dashboard tab: KPIs, customers to look after, chart blocks. */
  dashboard: DashboardSheet;
  /** Orders left out of analytics, by Orders row number. */
  excluded: ExcludedOrder[];
  ordersUsed: number;
  baseCurrency: string;
  /** Little data: the fit was regularised and the estimates are rough. */
  young: boolean;
  /** The purchase model the scores use, and why. */
  model: ModelChoice;
}

/**
 * Computes the owned columns of Customers and the Dashboard KPIs.
 *
 * - Orders whose Status is refunded or cancelled (or voided, failed, expired), or pending (or
 *   authorised, on hold, uncaptured: not revenue yet), whose currency has
 *   no rate in Settings, or whose cells are bad (no ID, duplicate ID, unknown customer, a date or
 *   amount that is not one) are left out and listed with their row number (readTransactions).
 * - Frequency, Recency and T follow lifetimes' summary (purchases on one day merged; unit from
 *   Settings); the purchase model is the one Settings "Model" names or, for auto, the one that best
 *   predicted the last third of the history (choosePurchaseModel); it and Gamma-Gamma are fitted
 *   on all of them; P(alive), Churn risk = 1 − P(alive), Expected orders 90d and Predicted CLV 12m
 *   (monthly discount from Settings) follow.
 * - With fewer than 30 customers or 10 repeat buyers (tinyData) the purchase fit is also pulled
 *   towards its starting values by an L2 penalty on the log-parameters, and the Dashboard says so.
 * - With fewer than 30 repeat customers the fit gets an L2 penalizer of 0.01 and every
 *   model-based note says the estimates are rough (dataMaturity).
 * - RFM uses quintile scores (recency in days since the last order); Lead score =
 *   round(100 · (R + F + M − 3) / 12), 0 for 111 and 100 for 555; Cluster is the k-means cluster
 *   (1…k, k chosen by silhouette) on log(1 + revenue), orders and days since the last order;
 *   Recommended lists up to 3 products bought together with theirs (most popular as fallback).
 * - A value that cannot be computed is replaced by the reason, in the cell itself.
 *
 * The input tables are not modified.
 */
export function computeCustomerAnalytics(input: AnalyticsInput): CustomerAnalytics {
  const { settings } = input;
  const base = analyticsBaseCurrency(input.orders, settings, input.given);
  const { transactions, excluded } = readTransactions(input, base);
  const asOfDay = dayNumber(input.now, input.timeZone);
  const totals = customerTotals(transactions);
  const summaries = modelSummaries(transactions, asOfDay, settings.analyticsUnit);
  const maturity = dataMaturity(summaries);
  const small = tinyData(summaries.map((s) => s.frequency));
  const choice = choosePurchaseModel({
    setting: settings.model,
    // As in the summaries, an order dated after refresh time counts as made on the refresh day.
    transactions: transactions.map((t) => ({
      customerId: t.customerId,
      day: Math.min(t.day, asOfDay),
      amount: t.amount,
    })),
    asOfDay,
    summaries,
    penalties: { penalizer: maturity.penalizer, logPenalizer: small.logPenalizer },
  });
  // With tiny data the sentence says the fit was penalised, on the Dashboard and in the Log.
  const chosen: ModelChoice = small.tiny
    ? {
        ...choice,
        sentence: `${choice.sentence} It was fitted with a penalty that keeps its estimates moderate (${small.note}).`,
      }
    : choice;
  const models = fitModels(summaries, maturity.penalizer, {
    model: choice.model,
    logPenalizer: small.logPenalizer,
    fitted: choice.fit,
  });
  const scores = scoreCustomers(models, summaries, settings);
  const values = customerColumns(
    input.customers,
    {
      totals,
      summaries: new Map(summaries.map((s) => [s.customerId, s])),
      models,
      scores,
      rfm: rfmByCustomer(totals, asOfDay),
      clusters: customerClusters(totals, asOfDay),
      recommended: recommendations(transactions, [...totals.keys()]),
      engagement: readEngagement(input, settings.gmailDots),
    },
    { gmailDots: settings.gmailDots, now: input.now },
  );
  const kpis = dashboardKpis({
    base,
    customers: values.size,
    transactions,
    excludedCount: excluded.length,
    totals,
    scores: scores.scores,
    models,
    maturity,
    choice: chosen,
    small,
    asOfDay,
    surveys: input.surveys,
    discountRate: settings.discountRate,
  });
  const names = new Map<string, string>();
  for (const row of input.customers.rows) {
    const id = cellText(cellOf(input.customers, row, COLUMNS.customers.customerId));
    if (id && !names.has(id)) names.set(id, cellText(cellOf(input.customers, row, COLUMNS.customers.name)));
  }
  const dashboard = dashboardSheet(
    kpis,
    [...values].map(([id, v]) => ({ id, name: names.get(id) ?? '', values: v })),
    transactions,
    base,
    chosen,
  );
  return {
    values,
    kpis,
    dashboard,
    excluded,
    ordersUsed: transactions.length,
    baseCurrency: base,
    young: maturity.young,
    model: chosen,
  };
}
