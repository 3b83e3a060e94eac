// Says in words why a customer's RFM segment and churn risk point different ways, when they do.

const DAY_MS = 86_400_000;
/** Segments RFM gives customers who have not ordered for a while compared with everybody else. */
const SLIPPING = new Set(['Lost', 'Hibernating', "Can't lose", 'At risk', 'About to sleep']);
/** Segments RFM gives customers who order often and spend a lot compared with everybody else. */
const BEST = new Set(['Champions', 'Loyal', 'Potential loyalist']);
/** P(alive) from which the model expects a customer back (the Dashboard's "active"). */
const ALIVE = 0.5;
/** Churn risk from which the Customer tab calls the risk high. */
const HIGH_CHURN = 0.6;

/** What the explanation is drawn from: the customer's computed columns. */
export interface RfmChurnFacts {
  segment: string;
  pAlive: number;
  /** Repeat purchase days (the Frequency column). */
  frequency: number;
  orders: number;
  firstOrder: Date;
  lastOrder: Date;
  now: Date;
}

/**
 * A stretch of days as a person says it: "5 days", "3 weeks", "5 months", "2 years".
 * @example spanInWords(150) // => '5 months'
 */
export function spanInWords(days: number): string {
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (days < 14) return unit(Math.max(1, Math.round(days)), 'day');
  if (days < 61) return unit(Math.round(days / 7), 'week');
  if (days < 730) return unit(Math.round(days / 30.44), 'month');
  return unit(Math.round(days / 365.25), 'year');
}

const percent = (p: number) => `${Math.round(p * 100)} %`;

/**
 * Why RFM and the purchase model disagree about this customer, or null when they agree. They
 * disagree when RFM puts the customer among those slipping away (Lost, Hibernating, Can't lose,
 * At risk, About to sleep) while P(alive) ≥ 50 %, or among the best (Champions, Loyal, Potential
 * loyalist) while churn risk is high (≥ 60 %). RFM scores recency, frequency and spend against
 * all customers; the model judges the time since the last order against the customer's own pace,
 * (last − first order) / repeat purchases, which is what the sentence says. O(1).
 *
 * @example rfmChurnExplanation({ segment: 'Lost', pAlive: 0.8, frequency: 2, orders: 3, firstOrder: new Date('2024-01-01'), lastOrder: new Date('2024-11-01'), now: new Date('2025-03-01') })
 * // => 'RFM ranks the time since the last order against all customers, and 4 months puts them in Lost; the model judges it against their own pace: they usually order every 5 months, so it still expects them back (P(alive) 80 %).'
 */
export function rfmChurnExplanation(facts: RfmChurnFacts): string | null {
  const { segment, pAlive, frequency } = facts;
  const since = Math.max(0, (facts.now.getTime() - facts.lastOrder.getTime()) / DAY_MS);
  const pace =
    frequency > 0 ? (facts.lastOrder.getTime() - facts.firstOrder.getTime()) / DAY_MS / frequency : 0;
  if (SLIPPING.has(segment) && pAlive >= ALIVE) {
    const rfm = `RFM ranks the time since the last order against all customers, and ${spanInWords(since)} puts them in ${segment}`;
    if (frequency === 0)
      return `${rfm}; with a single order the model has no pace of theirs to compare it with, so it cannot yet tell that they have left (P(alive) ${percent(pAlive)}).`;
    const usual =
      since <= 2 * pace
        ? 'so it still expects them back'
        : `and with only ${facts.orders} orders it is slow to give up on them`;
    return `${rfm}; the model judges it against their own pace: they usually order every ${spanInWords(pace)}, ${usual} (P(alive) ${percent(pAlive)}).`;
  }
  if (BEST.has(segment) && 1 - pAlive >= HIGH_CHURN) {
    const rfm = `RFM ranks how often they ordered and how much they spent against all customers, and ${facts.orders} orders put them in ${segment}`;
    if (frequency === 0)
      return `${rfm}; the model sees a single order ${spanInWords(since)} ago and expects most such customers not to return (churn risk ${percent(1 - pAlive)}).`;
    const times = since / Math.max(pace, 1);
    return `${rfm}; the model judges the ${spanInWords(since)} since their last order against their own pace of an order every ${spanInWords(pace)}${times >= 2 ? `, ${Math.round(times)} times as long` : ''}, so it thinks they have probably left (churn risk ${percent(1 - pAlive)}).`;
  }
  return null;
}
