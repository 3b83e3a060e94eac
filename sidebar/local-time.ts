// An ISO instant as the spreadsheet's wall-clock time, the way the sheet shows it: "2024-06-01 14:00".

/** "YYYY-MM-DD HH:mm" of `iso` in `timeZone`; text that is no instant comes back as it is. */
export function localTime(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  // formatToParts, not the formatted string, so no locale decides the separators.
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(ms)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
