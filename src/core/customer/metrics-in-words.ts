// A customer's computed columns said as a person reads them: "Likely to buy again: high (82 %)".
import { cellText } from '../analytics/cell-text';
import { formatLocalTime } from '../clean/format-local-time';
import type { Cell } from '../table/cell';
import { COLUMNS, type TabTable } from '../table/columns';
import { isValidDate } from '../table/is-valid-date';
import { cellOf } from '../table/sheet-table';
import { rfmChurnExplanation } from './rfm-churn-explanation';

/** One metric in words. */
export interface MetricLine {
  label: string;
  value: string;
  /** The value is a sentence, not a figure: shown under its label rather than beside it. */
  sentence?: true;
}

const DAY_MS = 86_400_000;

function level(p: number, high: number, medium: number): string {
  return p >= high ? 'high' : p >= medium ? 'medium' : 'low';
}

function percent(p: number): string {
  return `${Math.round(p * 100)} %`;
}

function amount(value: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function numberOf(cell: Cell): number | null {
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : null;
}

/** "today", "yesterday", "12 days ago" between an instant and now. */
function ago(then: Date, now: Date): string {
  const days = Math.floor((now.getTime() - then.getTime()) / DAY_MS);
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** rfmChurnExplanation from the row's cells, when every fact it needs is there. */
function disagreement(
  table: TabTable<'customers'>,
  cells: readonly Cell[],
  segment: string,
  pAlive: number | null,
  orders: number | null,
  now: Date,
): string | null {
  const c = COLUMNS.customers;
  const frequency = numberOf(cellOf(table, cells, c.frequency));
  const firstOrder = cellOf(table, cells, c.firstOrder);
  const lastOrder = cellOf(table, cells, c.lastOrder);
  if (!segment || pAlive === null || orders === null || frequency === null) return null;
  if (!isValidDate(firstOrder) || !isValidDate(lastOrder)) return null;
  return rfmChurnExplanation({ segment, pAlive, frequency, orders, firstOrder, lastOrder, now });
}

/**
 * The metrics of Customers data row `row` in words, in this order and only those that have a value:
 * likely to buy again (P(alive) ≥ 70 % high, ≥ 40 % medium, else low), churn risk (≥ 60 % high,
 * ≥ 30 % medium), predicted value over 12 months, orders and revenue, RFM segment, why RFM and churn
 * risk disagree when they do (rfmChurnExplanation), last order and
 * last contact (day in `timeZone`, and how long ago), last NPS. Empty cells (a refresh not run yet)
 * give no line; the caller says so when none is left.
 */
export function metricsInWords(
  table: TabTable<'customers'>,
  row: number,
  now: Date,
  timeZone: string,
): MetricLine[] {
  const c = COLUMNS.customers;
  const cells = table.rows[row] ?? [];
  const lines: MetricLine[] = [];
  const pAlive = numberOf(cellOf(table, cells, c.pAlive));
  if (pAlive !== null)
    lines.push({ label: 'Likely to buy again', value: `${level(pAlive, 0.7, 0.4)} (${percent(pAlive)})` });
  const churn = numberOf(cellOf(table, cells, c.churnRisk));
  if (churn !== null)
    lines.push({ label: 'Churn risk', value: `${level(churn, 0.6, 0.3)} (${percent(churn)})` });
  const clv = numberOf(cellOf(table, cells, c.predictedClv12m));
  if (clv !== null) lines.push({ label: 'Predicted value, next 12 months', value: amount(clv) });
  const orders = numberOf(cellOf(table, cells, c.orders));
  const revenue = numberOf(cellOf(table, cells, c.revenue));
  if (orders !== null)
    lines.push({
      label: 'Orders',
      value: `${orders}${revenue !== null ? `, revenue ${amount(revenue)}` : ''}`,
    });
  const segment = cellText(cellOf(table, cells, c.rfmSegment));
  if (segment) lines.push({ label: 'RFM segment', value: segment });
  const why = disagreement(table, cells, segment, pAlive, orders, now);
  if (why) lines.push({ label: 'RFM and churn risk', value: why, sentence: true });
  for (const [label, header] of [
    ['Last order', c.lastOrder],
    ['Last contact', c.lastContacted],
  ] as const) {
    const when = cellOf(table, cells, header);
    if (isValidDate(when))
      lines.push({ label, value: `${formatLocalTime(when, timeZone).slice(0, 10)} (${ago(when, now)})` });
  }
  const nps = numberOf(cellOf(table, cells, c.lastNps));
  if (nps !== null) lines.push({ label: 'Last NPS', value: String(nps) });
  return lines;
}
