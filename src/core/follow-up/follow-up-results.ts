// What each follow-up earned: orders and revenue within 30 days of its emails, beside the same for its holdout.
import type { OutboxRecord } from './outbox-records';

/** The Outbox reason of a customer the holdout kept from the email. */
export const HOLDOUT_REASON = 'holdout';

/** Days after an email (or after being held out) in which an order counts for the rule. */
export const RESULT_WINDOW_DAYS = 30;

/** One paid order with its amount in the base currency. */
export interface ResultOrder {
  customerId: string;
  date: Date;
  amount: number;
}

/** The owned result columns of one Follow-ups row. */
export interface FollowUpResult {
  sent: number;
  ordered30d: number;
  revenue30d: number;
  heldOut: number;
  holdoutOrdered30d: number;
  holdoutRevenue30d: number;
}

/** The identity of a Follow-ups row in results: rule (any case) and step. */
export function resultKey(rule: string, step: number): string {
  return `${rule.trim().toLowerCase()}\u241f${step}`;
}

const WINDOW_MS = RESULT_WINDOW_DAYS * 86_400_000;

/**
 * Results per rule step from the Outbox and the orders: an email counts as ordered when its
 * customer placed a paid order after it was sent and within 30 days, and the revenue is those
 * orders' sum; held-out customers count the same way from when they were held out, so the two
 * columns compare like with like. A customer's order counts once per email, whichever rules sent one.
 * Orders dated after `now` have not happened yet and count nowhere.
 */
export function followUpResults(
  outbox: readonly OutboxRecord[],
  orders: readonly ResultOrder[],
  now: Date,
): Map<string, FollowUpResult> {
  const ordersBy = new Map<string, ResultOrder[]>();
  for (const order of orders) {
    if (order.date > now) continue;
    const list = ordersBy.get(order.customerId);
    if (list) list.push(order);
    else ordersBy.set(order.customerId, [order]);
  }
  const results = new Map<string, FollowUpResult>();
  for (const record of outbox) {
    const sent = record.status === 'sent' && record.sentAt !== null;
    const held = record.status === 'skipped' && record.reason === HOLDOUT_REASON && record.plannedAt !== null;
    if (!sent && !held) continue;
    const key = resultKey(record.rule, record.step);
    let result = results.get(key);
    if (!result) {
      result = {
        sent: 0,
        ordered30d: 0,
        revenue30d: 0,
        heldOut: 0,
        holdoutOrdered30d: 0,
        holdoutRevenue30d: 0,
      };
      results.set(key, result);
    }
    const from = (sent ? record.sentAt! : record.plannedAt!).getTime();
    let revenue = 0;
    let ordered = false;
    for (const order of ordersBy.get(record.customerId) ?? []) {
      const at = order.date.getTime();
      if (at > from && at <= from + WINDOW_MS) {
        ordered = true;
        revenue += order.amount;
      }
    }
    if (sent) {
      result.sent++;
      if (ordered) result.ordered30d++;
      result.revenue30d += revenue;
    } else {
      result.heldOut++;
      if (ordered) result.holdoutOrdered30d++;
      result.holdoutRevenue30d += revenue;
    }
  }
  for (const result of results.values()) {
    result.revenue30d = Math.round(result.revenue30d * 100) / 100;
    result.holdoutRevenue30d = Math.round(result.holdoutRevenue30d * 100) / 100;
  }
  return results;
}
