// One customer's purchase history condensed to what the BTYD models use (RFM and totals).

/**
 * frequency: repeat purchase days; recency: first to last purchase; T: first purchase to the
 * as-of day (recency and T in the summary's time unit); monetaryValue: mean of the repeat purchase
 * days' amounts (0 without repeat purchases); firstDay, lastDay: day numbers; orders: transactions
 * counted before merging days; revenue: sum of all amounts, first purchase included.
 */
export type CustomerSummary = {
  customerId: string;
  frequency: number;
  recency: number;
  T: number;
  monetaryValue: number;
  firstDay: number;
  lastDay: number;
  orders: number;
  revenue: number;
};
