// The numbers refresh writes: per-customer computed columns and Dashboard KPIs, from tabs already read.

import { conditionalExpectedPurchasesMany } from '../core/btyd/conditional-expected-purchases-many';
import { conditionalExpectedPurchases } from '../core/btyd/expected-purchases';
import { fitBgNbd } from '../core/btyd/fit-bg-nbd';
import { fitGammaGamma } from '../core/btyd/gamma-gamma';
import { pAlive } from '../core/btyd/p-alive';
import { pAliveMany } from '../core/btyd/p-alive-many';
import { predictClv } from '../core/btyd/predict-clv';
import { predictClvMany } from '../core/btyd/predict-clv-many';
import { summarizeTransactions } from '../core/btyd/summarize-transactions';
import { dayNumber } from '../core/clean/day-number';
import { neutralizeFormula } from '../core/clean/neutralize-formula';
import { normalizeEmail } from '../core/clean/normalize-email';
import { splitProducts } from '../core/clean/split-products';
import { customerSatisfaction } from '../core/metrics/customer-satisfaction';
import { netPromoterScore } from '../core/metrics/net-promoter-score';
import { repeatRate } from '../core/metrics/repeat-rate';
import { retentionRate } from '../core/metrics/retention-rate';
import { rfmScores } from '../core/metrics/rfm';
import { baseCurrency, orderCurrency } from '../core/model/base-currency';
import type { Settings } from '../core/model/settings';
import { clusterCustomers } from '../core/models/k-means';
import { recommendProducts } from '../core/models/recommend-products';
import { isValidDate } from '../core/table/is-valid-date';
import { cellOf, columnOf, type SheetTable } from '../core/table/sheet-table';
import type { Rejection } from './log';
import type { Cell } from './ports';

/** Everything refresh needs, read once. */
export interface AnalyticsInput {
  customers: SheetTable;
  orders: SheetTable;
  surveys: SheetTable;
  interactions: SheetTable;
  outbox: SheetTable;
  settings: Settings;
  /** False when the Settings tab does not name a base currency (the default then gives way to the orders' own). */
  baseCurrencyExplicit: boolean;
  timeZone: string;
  /** The end of the observation period (refresh time). */
  now: Date;
}

/** One Dashboard row. */
export interface Kpi {
  kpi: string;
  value: Cell;
  note: string;
}

export interface CustomerAnalytics {
  /** Customer ID → computed header → value (a number, a date, or the reason text when there is none). */
  values: Map<string, Map<string, Cell>>;
  kpis: Kpi[];
  /** Orders left out of analytics, by Orders row number. */
  excluded: Rejection[];
  ordersUsed: number;
  baseCurrency: string;
  /** Little data: the fit was regularised and the estimates are rough. */
  young: boolean;
}

/**
 * Status words (any channel) that mean the money did not stay (product.md excludes them) or has
 * not come in yet: pending and authorised payments are not revenue (import-formats.md).
 */
const EXCLUDED_STATUS =
  /^(refunded|cancel+ed|voided|failed|expired|requires_payment_method|pending|authori[sz]ed|on-?hold|uncaptured)$/i;
/** Fewer customers with a repeat purchase than this and the business counts as young. */
const YOUNG_REPEATERS = 30;
/** L2 penalizer of a young business's fit (lifetimes' documentation suggests 0.001–0.1). */
const YOUNG_PENALIZER = 0.01;
const HORIZON_DAYS = 90;
/** P(alive) from which a customer counts as active on the Dashboard. */
const ACTIVE_P_ALIVE = 0.5;
const RETENTION_WINDOW_DAYS = 365;

interface Transaction {
  customerId: string;
  day: number;
  amount: number;
  product: string;
  date: Date;
}

function text(value: Cell): string {
  return String(value ?? '').trim();
}

/** Reads a cell as an amount: numbers as they are, text only when it is a plain decimal number. */
function amountOf(cell: Cell): number {
  if (typeof cell === 'number') return cell;
  const t = text(cell).replace(/^'/, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** The base currency (baseCurrency, the rule import shares): the setting, else the orders' most frequent. */
function chooseBaseCurrency(orders: SheetTable, settings: Settings, explicit: boolean): string {
  const column = columnOf(orders, 'Currency');
  return baseCurrency(
    explicit ? settings.baseCurrency : undefined,
    column < 0 ? [] : orders.rows.map((row) => row[column]),
  );
}

/** The orders analytics may use, converted to the base currency; the others with their reason. */
function readTransactions(
  input: AnalyticsInput,
  base: string,
): { transactions: Transaction[]; excluded: Rejection[] } {
  const { orders, customers, settings, timeZone } = input;
  const known = new Set<string>();
  const byEmail = new Map<string, string>();
  for (const row of customers.rows) {
    const id = text(cellOf(customers, row, 'Customer ID'));
    if (!id) continue;
    known.add(id);
    const email = normalizeEmail(cellOf(customers, row, 'Email'), { gmailDots: settings.gmailDots });
    if (email && !byEmail.has(email)) byEmail.set(email, id);
  }
  const transactions: Transaction[] = [];
  const excluded: Rejection[] = [];
  const seen = new Map<string, number>();
  // Columns found once, not once per order and field: there may be half a million orders.
  const col = {
    orderId: columnOf(orders, 'Order ID'),
    status: columnOf(orders, 'Status'),
    channel: columnOf(orders, 'Channel'),
    customerId: columnOf(orders, 'Customer ID'),
    email: columnOf(orders, 'Email'),
    date: columnOf(orders, 'Date'),
    amount: columnOf(orders, 'Amount'),
    quantity: columnOf(orders, 'Quantity'),
    currency: columnOf(orders, 'Currency'),
    product: columnOf(orders, 'Product'),
  };
  orders.rows.forEach((row, i) => {
    const sheetRow = i + 2;
    const read = readOrder(row, sheetRow);
    if (typeof read === 'string') {
      if (read) excluded.push({ row: sheetRow, reason: read });
    } else {
      transactions.push(read);
    }
  });
  /** A transaction, or why the row is left out ('' for an empty row). */
  function readOrder(row: Cell[], sheetRow: number): Transaction | string {
    const cell = (column: number): Cell => (column < 0 ? '' : (row[column] ?? ''));
    const orderId = text(cell(col.orderId));
    if (!orderId && row.every((value) => text(value) === '')) return '';
    const status = text(cell(col.status));
    if (EXCLUDED_STATUS.test(status)) return `${status.toLowerCase()} order left out`;
    if (!orderId || /^#(N\/A|[A-Z/0]+[!?])$/i.test(orderId)) return 'missing or invalid Order ID';
    const key = `${text(cell(col.channel)).toLowerCase()}\u241f${orderId}`;
    const first = seen.get(key);
    if (first !== undefined) return `duplicate Order ID ${orderId} (first at row ${first})`;
    seen.set(key, sheetRow);
    let customerId = text(cell(col.customerId));
    if (!customerId)
      customerId = byEmail.get(normalizeEmail(cell(col.email), { gmailDots: settings.gmailDots })) ?? '';
    if (!customerId || !known.has(customerId)) return 'unknown customer';
    const date = cell(col.date);
    if (!isValidDate(date)) return 'Date is not a date';
    const amount = amountOf(cell(col.amount));
    if (!Number.isFinite(amount)) return 'Amount is not a number';
    const quantity = cell(col.quantity);
    if (typeof quantity === 'number' && quantity < 0) return 'negative Quantity';
    // A blank Currency is the base currency: import leaves it blank when neither file nor Settings name one.
    const currency = orderCurrency(cell(col.currency), base);
    const rate = currency === base ? 1 : settings.currencyRates[currency];
    if (rate === undefined) return `${currency} has no exchange rate to ${base} in Settings`;
    return {
      customerId,
      day: dayNumber(date, timeZone),
      amount: amount * rate,
      product: text(cell(col.product)),
      date,
    };
  }
  return { transactions, excluded };
}

/** Latest value per email of a column of a tab, with the date it was given. */
function latestByEmail(
  table: SheetTable,
  valueHeader: string,
  keep: (row: Cell[]) => boolean,
  gmail: boolean,
): Map<string, { date: Date; value: Cell }> {
  const latest = new Map<string, { date: Date; value: Cell }>();
  for (const row of table.rows) {
    if (!keep(row)) continue;
    const date = cellOf(table, row, 'Date');
    const email = normalizeEmail(cellOf(table, row, 'Email'), { gmailDots: gmail });
    if (!email || !isValidDate(date)) continue;
    const current = latest.get(email);
    if (!current || current.date.getTime() < date.getTime())
      latest.set(email, { date, value: cellOf(table, row, valueHeader) });
  }
  return latest;
}

/** Cluster number (1…k) of each buyer by k-means on log revenue, orders and days since the last order. */
function clusters(
  buyers: string[],
  perCustomer: Map<string, { orders: number; revenue: number; lastDay: number }>,
  asOfDay: number,
): { of: Map<string, number>; problem: string } {
  try {
    const result = clusterCustomers(
      buyers.map((id) => {
        const c = perCustomer.get(id)!;
        return [Math.log1p(Math.max(0, c.revenue)), c.orders, Math.max(0, asOfDay - c.lastDay)];
      }),
    );
    return { of: new Map(buyers.map((id, i) => [id, result.labels[i] + 1])), problem: '' };
  } catch {
    return { of: new Map(), problem: 'too few distinct customers to form clusters' };
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Computes the owned columns of Customers and the Dashboard KPIs.
 *
 * - Orders whose Status is refunded or cancelled (or voided, failed, expired), or pending (or
 *   authorised, on hold, uncaptured: not revenue yet), whose currency has
 *   no rate in Settings, or whose cells are bad (no ID, duplicate ID, unknown customer, a date or
 *   amount that is not one) are left out and listed with their row number.
 * - Frequency, Recency and T follow lifetimes' summary (purchases on one day merged; unit from
 *   Settings); BG/NBD and Gamma-Gamma are fitted on them; P(alive), Churn risk = 1 − P(alive),
 *   Expected orders 90d and Predicted CLV 12m (monthly discount from Settings) follow.
 * - With fewer than 30 repeat customers the fit gets an L2 penalizer of 0.01 and every
 *   model-based note says the estimates are rough.
 * - RFM uses quintile scores (recency in days since the last order); Lead score =
 *   round(100 · (R + F + M − 3) / 12), 0 for 111 and 100 for 555; Cluster is the k-means cluster
 *   (1…k, k chosen by silhouette) on log(1 + revenue), orders and days since the last order;
 *   Recommended lists up to 3 products bought together with theirs (most popular as fallback).
 * - A value that cannot be computed is replaced by the reason, in the cell itself.
 */
export function computeCustomerAnalytics(input: AnalyticsInput): CustomerAnalytics {
  const { customers, settings, now } = input;
  const base = chooseBaseCurrency(input.orders, settings, input.baseCurrencyExplicit);
  const { transactions, excluded } = readTransactions(input, base);
  const unitDays = settings.analyticsUnit === 'weeks' ? 7 : 1;
  const asOfDay = dayNumber(now, input.timeZone);

  const perCustomer = new Map<
    string,
    { orders: number; revenue: number; first: Date; last: Date; lastDay: number }
  >();
  for (const t of transactions) {
    const c = perCustomer.get(t.customerId);
    if (!c)
      perCustomer.set(t.customerId, {
        orders: 1,
        revenue: t.amount,
        first: t.date,
        last: t.date,
        lastDay: t.day,
      });
    else {
      c.orders++;
      c.revenue += t.amount;
      if (t.date < c.first) c.first = t.date;
      if (t.date > c.last) {
        c.last = t.date;
        c.lastDay = t.day;
      }
    }
  }

  const summaries = transactions.length
    ? summarizeTransactions(
        transactions.map((t) => ({
          customerId: t.customerId,
          day: Math.min(t.day, asOfDay),
          amount: t.amount,
        })),
        { asOfDay, unit: settings.analyticsUnit },
      )
    : [];
  const summaryOf = new Map(summaries.map((s) => [s.customerId, s]));
  const repeaters = summaries.filter((s) => s.frequency > 0).length;
  const young = repeaters < YOUNG_REPEATERS;
  const rough = young ? ` (estimates are rough: only ${repeaters} customers with repeat orders)` : '';

  let bg: { r: number; alpha: number; a: number; b: number } | null = null;
  let bgProblem = '';
  if (repeaters === 0) bgProblem = 'needs customers with repeat orders to fit the model';
  else {
    try {
      bg = fitBgNbd(
        {
          frequency: summaries.map((s) => s.frequency),
          recency: summaries.map((s) => s.recency),
          T: summaries.map((s) => s.T),
        },
        { penalizer: young ? YOUNG_PENALIZER : 0 },
      );
    } catch (error) {
      bgProblem = `model fit failed: ${(error as Error).message}`;
    }
  }
  let gg: { p: number; q: number; gamma: number } | null = null;
  let ggProblem = '';
  if (!summaries.some((s) => s.frequency > 0 && s.monetaryValue > 0)) {
    ggProblem = 'needs repeat orders with a positive amount to fit the spend model';
  } else {
    try {
      gg = fitGammaGamma(
        summaries.map((s) => s.frequency),
        summaries.map((s) => s.monetaryValue),
      );
    } catch (error) {
      ggProblem = `spend model fit failed: ${(error as Error).message}`;
    }
  }

  const buyers = [...perCustomer.keys()];
  const rfm = buyers.length
    ? rfmScores(
        buyers.map((id) => {
          const c = perCustomer.get(id)!;
          return { recencyDays: Math.max(0, asOfDay - c.lastDay), frequency: c.orders, monetary: c.revenue };
        }),
      )
    : [];
  const rfmOf = new Map(buyers.map((id, i) => [id, rfm[i]]));

  const model = new Map<string, { alive: number; expected: number; clv: number }>();
  const scoreProblems = new Map<string, string>();
  if (bg) {
    const fitted = bg;
    const clvOptions = { months: 12, monthlyDiscount: settings.discountRate, unit: settings.analyticsUnit };
    const horizon = HORIZON_DAYS / unitDays;
    const data = {
      frequency: summaries.map((s) => s.frequency),
      recency: summaries.map((s) => s.recency),
      T: summaries.map((s) => s.T),
      monetary: summaries.map((s) => s.monetaryValue),
    };
    try {
      // The batch forms share the hypergeometric series between customers with the same (x, T).
      const alive = pAliveMany(fitted, data);
      const expected = conditionalExpectedPurchasesMany(fitted, horizon, data);
      const clv = gg ? predictClvMany(fitted, gg, data, clvOptions) : null;
      summaries.forEach((s, i) => {
        model.set(s.customerId, { alive: alive[i], expected: expected[i], clv: clv ? clv[i] : Number.NaN });
      });
    } catch {
      // Some row cannot be scored: score row by row so only that customer gets the reason.
      for (const s of summaries) {
        try {
          const alive = pAlive(fitted, s.frequency, s.recency, s.T);
          const expected = conditionalExpectedPurchases(fitted, horizon, s.frequency, s.recency, s.T);
          const clv = gg
            ? predictClv(fitted, gg, s.frequency, s.recency, s.T, s.monetaryValue, clvOptions)
            : Number.NaN;
          model.set(s.customerId, { alive, expected, clv });
        } catch (error) {
          scoreProblems.set(
            s.customerId,
            `the fitted model cannot score this customer (${(error as Error).message})`,
          );
        }
      }
    }
  }
  const grouped = clusters(buyers, perCustomer, asOfDay);
  // A Product cell holds a whole order ("2× Fig Candle; Wick Trimmer"): recommendations work on its items.
  const lines = transactions.flatMap((t) =>
    splitProducts(t.product).map((product) => ({ customerId: t.customerId, product })),
  );
  const recommendedLists = lines.length ? recommendProducts(lines, buyers, 3) : [];
  const recommended = new Map(buyers.map((id, i) => [id, recommendedLists[i] ?? []]));
  const lastNps = latestByEmail(
    input.surveys,
    'NPS',
    (row) => text(cellOf(input.surveys, row, 'NPS')) !== '',
    settings.gmailDots,
  );
  const contacted = latestByEmail(
    input.interactions,
    'Direction',
    (row) => text(cellOf(input.interactions, row, 'Direction')).toLowerCase() === 'out',
    settings.gmailDots,
  );
  // Outgoing contact by Customer ID: interactions logged with an ID, and emails the Outbox sent.
  const sentByCustomer = new Map<string, Date>();
  const touch = (id: string, at: Cell) => {
    if (!id || !isValidDate(at)) return;
    const current = sentByCustomer.get(id);
    if (!current || current < at) sentByCustomer.set(id, at);
  };
  for (const row of input.interactions.rows) {
    if (text(cellOf(input.interactions, row, 'Direction')).toLowerCase() !== 'out') continue;
    touch(text(cellOf(input.interactions, row, 'Customer ID')), cellOf(input.interactions, row, 'Date'));
  }
  for (const row of input.outbox.rows) {
    if (text(cellOf(input.outbox, row, 'Status')).toLowerCase() !== 'sent') continue;
    touch(text(cellOf(input.outbox, row, 'Customer ID')), cellOf(input.outbox, row, 'Sent at'));
  }

  const values = new Map<string, Map<string, Cell>>();
  for (const row of customers.rows) {
    const id = text(cellOf(customers, row, 'Customer ID'));
    if (!id || values.has(id)) continue;
    const out = new Map<string, Cell>();
    const c = perCustomer.get(id);
    const s = summaryOf.get(id);
    const noOrders = 'no orders yet';
    out.set('Orders', c?.orders ?? 0);
    out.set('Revenue', c ? round(c.revenue, 2) : 0);
    out.set('First order', c?.first ?? noOrders);
    out.set('Last order', c?.last ?? noOrders);
    out.set('Frequency', s ? s.frequency : noOrders);
    out.set('Recency', s ? round(s.recency, 4) : noOrders);
    out.set('T', s ? round(s.T, 4) : noOrders);
    out.set('Avg order value', c ? round(c.revenue / c.orders, 2) : noOrders);
    const m = model.get(id);
    const modelReason = !c ? noOrders : bgProblem || scoreProblems.get(id) || 'not computed';
    out.set('P(alive)', m ? round(m.alive, 4) : modelReason);
    out.set('Churn risk', m ? round(1 - m.alive, 4) : modelReason);
    out.set('Expected orders 90d', m ? round(m.expected, 4) : modelReason);
    out.set(
      'Predicted CLV 12m',
      m && Number.isFinite(m.clv)
        ? round(m.clv, 2)
        : !c
          ? noOrders
          : bgProblem || ggProblem || 'not computed',
    );
    const r = rfmOf.get(id);
    out.set('RFM', r ? r.score : noOrders);
    out.set('RFM segment', r ? r.segment : noOrders);
    out.set('Cluster', grouped.of.get(id) ?? (!c ? noOrders : grouped.problem));
    out.set('Lead score', r ? Math.round((100 * (r.r + r.f + r.m - 3)) / 12) : noOrders);
    const email = normalizeEmail(cellOf(customers, row, 'Email'), { gmailDots: settings.gmailDots });
    const nps = email ? lastNps.get(email) : undefined;
    out.set('Last NPS', nps ? nps.value : 'no survey answer');
    const contact = email ? contacted.get(email)?.date : undefined;
    const sent = sentByCustomer.get(id);
    const last = contact && sent ? new Date(Math.max(contact.getTime(), sent.getTime())) : (contact ?? sent);
    out.set('Last contacted', last ?? 'never contacted');
    const recs = recommended.get(id);
    // Product names lost their neutralising apostrophe in splitProducts: the list must not start a formula.
    out.set(
      'Recommended',
      recs?.length ? neutralizeFormula(recs.join(', ')) : !c ? noOrders : 'no other products to suggest',
    );
    out.set('Segments', 'see the Segments sidebar');
    out.set('Updated at', now);
    values.set(id, out);
  }

  const kpis = dashboard(input, {
    base,
    values,
    transactions,
    perCustomer,
    model,
    excluded,
    rough,
    repeaters,
    asOfDay,
    bgProblem,
    ggProblem,
  });
  return { values, kpis, excluded, ordersUsed: transactions.length, baseCurrency: base, young };
}

/** The Dashboard rows. */
function dashboard(
  input: AnalyticsInput,
  d: {
    base: string;
    values: Map<string, Map<string, Cell>>;
    transactions: Transaction[];
    perCustomer: Map<string, { orders: number; revenue: number; first: Date; last: Date; lastDay: number }>;
    model: Map<string, { alive: number; expected: number; clv: number }>;
    excluded: Rejection[];
    rough: string;
    repeaters: number;
    asOfDay: number;
    bgProblem: string;
    ggProblem: string;
  },
): Kpi[] {
  const { settings } = input;
  const kpis: Kpi[] = [];
  const revenue = d.transactions.reduce((sum, t) => sum + t.amount, 0);
  kpis.push({ kpi: 'Customers', value: d.values.size, note: 'rows of Customers with a Customer ID' });
  if (d.model.size) {
    const active = [...d.model.values()].filter((m) => m.alive >= ACTIVE_P_ALIVE).length;
    kpis.push({
      kpi: 'Active customers',
      value: active,
      note: `P(alive) ≥ ${ACTIVE_P_ALIVE}${d.rough}`,
    });
  } else {
    kpis.push({ kpi: 'Active customers', value: '', note: d.bgProblem || 'no orders yet' });
  }
  kpis.push({
    kpi: `Revenue (${d.base || 'no currency'})`,
    value: round(revenue, 2),
    note: `${d.transactions.length} orders used; ${d.excluded.length} left out (see Log)`,
  });
  const counts = [...d.perCustomer.values()].map((c) => c.orders);
  kpis.push(
    counts.length
      ? {
          kpi: 'Repeat rate',
          value: round(repeatRate(counts), 4),
          note: 'share of buyers with 2 or more orders',
        }
      : { kpi: 'Repeat rate', value: '', note: 'no orders yet' },
  );
  // Retention over the last 365 days: customers active (an order in the previous 365 days) at the
  // start of the window (S) and at its end (E), and new customers in the window (N): (E − N) / S.
  const end = d.asOfDay;
  const start = end - RETENTION_WINDOW_DAYS;
  const days = new Map<string, number[]>();
  for (const t of d.transactions) {
    const list = days.get(t.customerId) ?? [];
    days.set(t.customerId, list);
    list.push(t.day);
  }
  let S = 0;
  let E = 0;
  let N = 0;
  for (const list of days.values()) {
    const first = Math.min(...list);
    if (list.some((day) => day <= start && day > start - RETENTION_WINDOW_DAYS)) S++;
    if (list.some((day) => day <= end && day > start)) E++;
    if (first > start && first <= end) N++;
  }
  kpis.push(
    S > 0
      ? {
          kpi: 'Retention (12 months)',
          value: round(retentionRate(E, N, S), 4),
          note: `(E − N) / S with S = ${S} active a year ago, E = ${E} active now, N = ${N} new`,
        }
      : { kpi: 'Retention (12 months)', value: '', note: 'needs orders older than a year' },
  );
  const nps = input.surveys.rows
    .map((row) => cellOf(input.surveys, row, 'NPS'))
    .filter((v) => typeof v === 'number');
  kpis.push(
    nps.length
      ? { kpi: 'NPS', value: round(netPromoterScore(nps as number[]), 1), note: `${nps.length} answers` }
      : { kpi: 'NPS', value: '', note: 'no NPS answers in Surveys' },
  );
  const csat = input.surveys.rows
    .map((row) => cellOf(input.surveys, row, 'CSAT'))
    .filter((v) => typeof v === 'number');
  kpis.push(
    csat.length
      ? {
          kpi: 'CSAT',
          value: round(customerSatisfaction(csat as number[]), 4),
          note: `share of ${csat.length} answers ≥ 4`,
        }
      : { kpi: 'CSAT', value: '', note: 'no CSAT answers in Surveys' },
  );
  const clvs = [...d.model.values()].map((m) => m.clv).filter(Number.isFinite);
  kpis.push(
    clvs.length
      ? {
          kpi: `Total predicted CLV 12m (${d.base})`,
          value: round(
            clvs.reduce((a, b) => a + b, 0),
            2,
          ),
          note: `BG/NBD + Gamma-Gamma, ${settings.discountRate} monthly discount${d.rough}`,
        }
      : { kpi: 'Total predicted CLV 12m', value: '', note: d.bgProblem || d.ggProblem || 'no orders yet' },
  );
  if (d.rough) {
    kpis.push({
      kpi: 'Data',
      value: 'young business',
      note: `only ${d.repeaters} customers with repeat orders: the models are fitted with a small L2 penalty and the estimates are rough`,
    });
  }
  return kpis;
}
