// The time unit of a customer summary: frequency, recency and T are counted in days or in weeks.

/** Days, or weeks of 7 days (not rounded), as in lifetimes' `freq` 'D' and 'W'. */
export type TimeUnit = 'days' | 'weeks';
