// The day number (days since 1970-01-01) of a calendar date written as year, month and day.

/**
 * The day number of a yyyy-mm-dd date, or undefined when no such day exists (2024-02-30,
 * 2024-13-45): a date that would roll over into another one is refused, not moved.
 * @example calendarDay(1970, 1, 2) // => 1
 */
export function calendarDay(year: number, month: number, day: number): number | undefined {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return Math.floor(date.getTime() / 86_400_000);
}
