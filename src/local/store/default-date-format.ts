// The number format a date cell gets when the workbook names none, so the file shows a date, not a serial.

/** ISO-like formats read the same in every locale of Excel, LibreOffice and Google Sheets. */
export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/**
 * The format for a date cell without one: date and time when the wall clock (read from the UTC fields of
 * `wall`) is past midnight, the date alone otherwise.
 */
export function defaultDateFormat(wall: Date): string {
  return wall.getTime() % 86_400_000 === 0 ? DATE_FORMAT : DATE_TIME_FORMAT;
}
