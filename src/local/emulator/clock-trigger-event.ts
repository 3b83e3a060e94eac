// The event object Apps Script hands the function of a time-driven trigger when it runs.

/** The time-driven event as @types/google-apps-script declares it, authMode as the emulator's enum value. */
export type ClockTriggerEvent = Omit<GoogleAppsScript.Events.TimeDriven, 'authMode'> & { authMode: 'FULL' };

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(date: Date): number {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = new Date(day).getUTCDay() || 7;
  const thursday = new Date(day + (4 - weekday) * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
}

/**
 * The event of trigger `triggerUid` firing at `at`: its date and time fields are those of `at` in UTC,
 * with timezone "UTC", as Google's time-driven events carry them [developers.google.com/apps-script/
 * guides/triggers/events, "Time-driven events"]; day-of-week counts Monday as 1 and Sunday as 7 and
 * week-of-year is the ISO week. A trigger runs with full authorization (AuthMode.FULL).
 * @example clockTriggerEvent('1000001', new Date('2025-03-02T09:30:15Z'))
 * // => { authMode: 'FULL', year: 2025, month: 3, 'day-of-month': 2, 'day-of-week': 7, 'week-of-year': 9,
 * //      hour: 9, minute: 30, second: 15, timezone: 'UTC', triggerUid: '1000001' }
 */
export function clockTriggerEvent(triggerUid: string, at: Date): ClockTriggerEvent {
  return {
    authMode: 'FULL',
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    'day-of-month': at.getUTCDate(),
    'day-of-week': at.getUTCDay() || 7,
    'week-of-year': isoWeek(at),
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid,
  };
}
