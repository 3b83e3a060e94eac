// What an export listing an order the Orders tab already has changes: its status, its amount, or nothing — or it is another order.
import { isDate } from '../formula/is-date';
import type { IncomingOrder } from './incoming-records';
import { statusAfterReimport } from './status-after-reimport';

/** The order as the tab has it, with its customer's contact details from Customers. */
export interface OrderThere {
  status: unknown;
  amount: unknown;
  date: unknown;
  /** The order row's Email, else its customer's. */
  email: string;
  /** Its customer's phone (E.164) and name, from Customers; '' when unknown. */
  phone: string;
  name: string;
}

/** The cells to write (null: keep), or why the incoming order is another one than the tab's. */
export type ReimportChange = { status: string | null; amount: number | null } | { conflict: string };

/** Two dates this close are the same (cells may lose the milliseconds, or the seconds). */
const SAME_TIME_MS = 60_000;

function cents(value: number): number {
  return Math.round(value * 100);
}

function amountOf(cell: unknown): number {
  if (typeof cell === 'number') return cell;
  const text = String(cell ?? '')
    .trim()
    .replace(/^'/, '');
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

function same(a: string, b: string): boolean | null {
  const x = a.trim().toLowerCase().replace(/\s+/g, ' ');
  const y = b.trim().toLowerCase().replace(/\s+/g, ' ');
  return x === '' || y === '' ? null : x === y;
}

/**
 * Compares an incoming order with the one of the same key in the tab. It is the same order when
 * its customer (email, else phone, else name, whichever both sides have), amount and date (to
 * the minute) agree; then the change is the status statusAfterReimport gives, and the amount when
 * the export shows a refund since: a lower amount that the refund explains (the tab's amount lies
 * between the new net and the gross). A full refund keeps the tab's amount. Anything else that
 * differs makes it another order under the same key (a second store's "#1001"): a conflict,
 * whose reason says what differs.
 * @example reimportChange({ status: 'paid', amount: 28, … }, { amount: 18, refunded: 10, … }) // => { status: null, amount: 18 }
 */
export function reimportChange(there: OrderThere, incoming: IncomingOrder): ReimportChange {
  const differences: string[] = [];
  const customer =
    same(there.email, incoming.email) ?? same(there.phone, incoming.phone) ?? same(there.name, incoming.name);
  if (customer === false) differences.push('another customer');
  const date = there.date;
  if (!isDate(date) || Number.isNaN(date.getTime())) differences.push('no valid date there');
  else if (Math.abs(date.getTime() - incoming.date.getTime()) >= SAME_TIME_MS) {
    differences.push(
      `date ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC there, ${incoming.date
        .toISOString()
        .slice(0, 16)
        .replace('T', ' ')} UTC here`,
    );
  }
  const before = amountOf(there.amount);
  let amount: number | null = null;
  if (!Number.isFinite(before)) differences.push('no amount there');
  else if (cents(before) !== cents(incoming.amount)) {
    const refunded = incoming.refunded ?? 0;
    const refundSince =
      refunded > 0 &&
      cents(incoming.amount) < cents(before) &&
      cents(before) <= cents(incoming.amount + refunded);
    const fullRefund = incoming.status === 'refunded' && cents(before) <= cents(incoming.amount);
    if (refundSince) amount = incoming.amount;
    else if (!fullRefund) differences.push(`amount ${before} there, ${incoming.amount} here`);
  }
  if (differences.length > 0) return { conflict: differences.join(', ') };
  return { status: statusAfterReimport(there.status, incoming.status), amount };
}
