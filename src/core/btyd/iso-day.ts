// A day number written as an ISO calendar date.

const DAY_MS = 86_400_000;

/**
 * The YYYY-MM-DD of a whole day number counted from 1970-01-01 (as dayNumber gives them).
 *
 * @example isoDay(19728) // => '2024-01-06'
 */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
