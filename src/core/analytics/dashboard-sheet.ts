// The Dashboard tab as a founder reads it: KPIs, the customers to look after, and the blocks its charts plot.
import type { ModelCheck } from '../btyd/model-check';
import type { ChartSpec } from '../model/chart-spec';
import type { Cell } from '../table/cell';
import type { CustomerValues } from './customer-columns';
import type { Kpi, KpiFormat } from './dashboard-kpis';
import type { Transaction } from './read-transactions';
import { roundTo } from './round-to';
import { wrapWords } from './wrap-words';

/** The Dashboard's cells, each cell's number format, the widths of its columns and its charts. */
export interface DashboardSheet {
  cells: Cell[][];
  formats: string[][];
  /** Pixels, columns A… */
  widths: number[];
  charts: ChartSpec[];
}

/** Who a customer is on the Dashboard: the Customers row's ID and name, with its computed values. */
export interface DashboardCustomer {
  id: string;
  name: string;
  values: CustomerValues;
}

const TEXT = '@';
const DAY = 'yyyy-mm-dd';
const SHARE = '0 %';
const COUNT = '#,##0';
const SCORE = '0.0';
/** Customers listed in each table. */
const LISTED = 10;
/** Months of revenue the chart shows. */
const MONTHS = 24;
/** Where the charts sit: right of the tables, one below the other. */
const CHART_COLUMN = 7;
const CHART_ROWS = 21;
const CHART_SIZE = { width: 560, height: 380 };
/**
 * Characters of a line that fits in columns A–F (840 px) before the charts at G cover it: about
 * 7 px a character in Sheets' default 10 pt Arial, with room to spare.
 */
const LINE = 100;

/**
 * The money format of a currency as a person reads it: `$244,092`, `€1,250`, `1,250 CHF`.
 * @example moneyFormat('USD') // => '$#,##0'
 */
export function moneyFormat(currency: string): string {
  const symbols: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
  const symbol = symbols[currency.toUpperCase()];
  if (symbol) return `${symbol}#,##0`;
  return currency ? `#,##0 "${currency.toUpperCase()}"` : COUNT;
}

function kpiFormat(format: KpiFormat, money: string): string {
  const formats: Record<KpiFormat, string> = { count: COUNT, money, share: SHARE, score: SCORE, text: TEXT };
  return formats[format];
}

const num = (value: Cell | undefined): number => (typeof value === 'number' ? value : Number.NaN);

/** One block of the sheet: a title row, a header row and rows, with a format per column. */
interface Block {
  title: string;
  header: string[];
  rows: Cell[][];
  formats: string[];
}

function customerBlock(
  title: string,
  customers: readonly DashboardCustomer[],
  headers: string[],
  formats: string[],
): Block {
  return {
    title,
    header: ['Customer ID', 'Name', ...headers],
    rows: customers.map((c) => [c.id, c.name, ...headers.map((h) => c.values.get(h as never) ?? '')]),
    formats: [TEXT, TEXT, ...formats],
  };
}

const DAY_MS = 86_400_000;

/** Revenue per calendar month (yyyy-mm of the order's day in the spreadsheet's zone), the last MONTHS with orders. */
function revenueByMonth(transactions: readonly Transaction[]): Cell[][] {
  const months = new Map<string, number>();
  // Orders share few days: each day's month is formatted once, not once per order.
  const monthOfDay = new Map<number, string>();
  for (const t of transactions) {
    let month = monthOfDay.get(t.day);
    if (month === undefined) {
      month = new Date(t.day * DAY_MS).toISOString().slice(0, 7);
      monthOfDay.set(t.day, month);
    }
    months.set(month, (months.get(month) ?? 0) + t.amount);
  }
  return [...months]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .slice(-MONTHS)
    .map(([month, revenue]) => [month, roundTo(revenue, 2)]);
}

/** Customers and total predicted CLV by RFM segment, biggest first. */
function bySegment(customers: readonly DashboardCustomer[]): { counts: Cell[][]; clv: Cell[][] } {
  const segments = new Map<string, { customers: number; clv: number }>();
  for (const c of customers) {
    const segment = c.values.get('RFM segment');
    if (typeof segment !== 'string' || segment === '') continue;
    const entry = segments.get(segment) ?? { customers: 0, clv: 0 };
    entry.customers++;
    const clv = num(c.values.get('Predicted CLV 12m'));
    if (Number.isFinite(clv)) entry.clv += clv;
    segments.set(segment, entry);
  }
  const rows = [...segments].sort((a, b) => b[1].customers - a[1].customers);
  return {
    counts: rows.map(([segment, e]) => [segment, e.customers]),
    clv: rows.map(([segment, e]) => [segment, roundTo(e.clv, 2)]),
  };
}

/** The model check's two blocks (FHL 2005 Figures 4 and 3): by repeat orders before the holdout, and week by week. */
function checkBlocks(check: ModelCheck | null): Array<Block & { chart: Pick<ChartSpec, 'kind' | 'title'> }> {
  if (!check) return [];
  const weeks = Math.round(check.holdoutWeeks);
  return [
    {
      title: `Model check: repeat orders in the last ${weeks} weeks, by repeat orders before them`,
      header: ['Repeat orders before', 'Predicted', 'Actual'],
      rows: check.byFrequency.map((g) => [g.frequency, roundTo(g.predicted, 1), g.actual]),
      formats: [TEXT, '#,##0.0', COUNT],
      chart: { kind: 'column', title: `Predicted and actual repeat orders in the last ${weeks} weeks` },
    },
    {
      title: 'Model check: repeat orders so far, week by week',
      header: ['Week ending', 'Predicted', 'Actual'],
      rows: check.weekly.map((w) => [w.date, roundTo(w.predictedCumulative, 1), w.actualCumulative]),
      formats: [TEXT, '#,##0.0', COUNT],
      chart: { kind: 'line', title: 'Cumulative repeat orders: predicted and actual' },
    },
  ];
}

/**
 * The Dashboard, top to bottom in columns A–E: the KPIs (each value in its own format: `$244,092`,
 * `49 %`), the sentence saying which purchase model and why, in lines short enough to stay clear
 * of the charts, the ten customers with the highest Predicted CLV 12m, the valuable customers slipping
 * away (the top quarter by revenue with P(alive) below 50 %, lowest first), then the blocks the
 * three charts beside them plot: revenue by month (last 24), customers by RFM segment and predicted
 * CLV by RFM segment, then, when the purchase model was checked on the recent weeks, the model
 * check's two blocks (predicted and actual repeat orders by repeat orders before, and cumulated
 * week by week). A block with no rows says so instead of a chart.
 */
export function dashboardSheet(
  kpis: readonly Kpi[],
  customers: readonly DashboardCustomer[],
  transactions: readonly Transaction[],
  base: string,
  model: { sentence: string; check: ModelCheck | null } | null = null,
): DashboardSheet {
  const check = model?.check ?? null;
  const money = moneyFormat(base);
  const cells: Cell[][] = [['KPI', 'Value', 'Note']];
  const formats: string[][] = [[TEXT, TEXT, TEXT]];
  for (const k of kpis) {
    cells.push([k.kpi, k.value, k.note]);
    formats.push([TEXT, kpiFormat(k.format, money), TEXT]);
  }

  if (model) {
    // A note cell cannot wrap and a long one runs under the charts: the sentence gets lines of its own.
    cells.push([], ['Why this model']);
    formats.push([], [TEXT]);
    for (const line of wrapWords(model.sentence, LINE)) {
      cells.push([line]);
      formats.push([TEXT]);
    }
  }

  // Each customer's CLV read once, not twice per comparison of a sort of tens of thousands; the
  // sort is stable, so the order is the one the comparison of the values themselves gives.
  const byClv = customers
    .map((c) => ({ c, clv: num(c.values.get('Predicted CLV 12m')) }))
    .filter(({ clv }) => Number.isFinite(clv))
    .sort((a, b) => b.clv - a.clv)
    .map(({ c }) => c);
  const revenues = customers.map((c) => num(c.values.get('Revenue'))).filter((r) => r > 0);
  revenues.sort((a, b) => b - a);
  const cut = revenues[Math.floor(revenues.length / 4)] ?? Number.POSITIVE_INFINITY;
  const slipping = customers
    .filter((c) => num(c.values.get('Revenue')) >= cut && num(c.values.get('P(alive)')) < 0.5)
    .sort((a, b) => num(a.values.get('P(alive)')) - num(b.values.get('P(alive)')));
  const segments = bySegment(customers);

  const blocks: Array<Block & { chart?: Pick<ChartSpec, 'kind' | 'title'> }> = [
    customerBlock(
      'Top customers by predicted CLV (next 12 months)',
      byClv.slice(0, LISTED),
      ['Predicted CLV 12m', 'P(alive)', 'RFM segment'],
      [money, SHARE, TEXT],
    ),
    customerBlock(
      'Valuable customers slipping away: top quarter by revenue, P(alive) under 50 %',
      slipping.slice(0, LISTED),
      ['Revenue', 'P(alive)', 'Last order'],
      [money, SHARE, DAY],
    ),
    {
      title: 'Revenue by month',
      header: ['Month', `Revenue (${base || 'no currency'})`],
      rows: revenueByMonth(transactions),
      formats: [TEXT, money],
      chart: { kind: 'column', title: 'Revenue by month' },
    },
    {
      title: 'Customers by RFM segment',
      header: ['RFM segment', 'Customers'],
      rows: segments.counts,
      formats: [TEXT, COUNT],
      chart: { kind: 'pie', title: 'Customers by segment' },
    },
    {
      title: 'Predicted CLV by RFM segment',
      header: ['RFM segment', 'Predicted CLV 12m'],
      rows: segments.clv,
      formats: [TEXT, money],
      chart: { kind: 'bar', title: 'Predicted CLV 12m by segment' },
    },
    ...checkBlocks(check),
  ];

  const charts: ChartSpec[] = [];
  for (const block of blocks) {
    cells.push([], [block.title]);
    formats.push([], [TEXT]);
    const headerRow = cells.length + 1;
    cells.push(block.header);
    formats.push(block.header.map(() => TEXT));
    if (block.rows.length === 0) {
      cells.push(['nothing to show yet: import orders and refresh']);
      formats.push([TEXT]);
      continue;
    }
    for (const row of block.rows) {
      cells.push(row);
      formats.push(block.formats);
    }
    if (block.chart) {
      charts.push({
        ...block.chart,
        source: { row: headerRow, column: 1, rows: block.rows.length + 1, columns: block.header.length },
        anchor: { row: 1 + charts.length * CHART_ROWS, column: CHART_COLUMN },
        ...CHART_SIZE,
      });
    }
  }
  return { cells, formats, widths: [260, 140, 150, 110, 140, 40], charts };
}
