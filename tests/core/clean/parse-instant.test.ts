import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../../src/core/clean/parse-instant';

const iso = (value: unknown, options: Parameters<typeof parseInstant>[1]) => {
  const parsed = parseInstant(value, options);
  return parsed.ok ? parsed.value.toISOString() : parsed.reason;
};

describe('parseInstant', () => {
  it('converts an explicit offset exactly, whatever the spreadsheet zone (product.md section 2)', () => {
    // 10:11 at +01:00 is 09:11 UTC; at +05:30 it is 04:41 UTC.
    expect(iso('2024-01-05 10:11:00 +0100', { timeZone: 'America/New_York' })).toBe(
      '2024-01-05T09:11:00.000Z',
    );
    expect(iso('2024-01-05 10:11:00 +0100', { timeZone: 'Asia/Tokyo' })).toBe('2024-01-05T09:11:00.000Z');
    expect(iso('2024-01-05T10:11:00+05:30', { timeZone: 'UTC' })).toBe('2024-01-05T04:41:00.000Z');
    expect(iso('2024-01-10 23:30:00 -0500', { timeZone: 'Europe/Lisbon' })).toBe('2024-01-11T04:30:00.000Z');
    expect(iso('2024-01-05T10:11:00.250Z', { timeZone: 'Europe/Berlin' })).toBe('2024-01-05T10:11:00.250Z');
    expect(iso('2024-03-06 09:01:02 UTC', { timeZone: 'Europe/Berlin' })).toBe('2024-03-06T09:01:02.000Z');
  });

  it('reads wall-clock times without an offset in the given zone, daylight saving included', () => {
    // Berlin is UTC+1 in January, New York UTC−5; Lisbon is UTC+1 (WEST) in July.
    expect(iso('2024-01-05 10:11:00', { timeZone: 'Europe/Berlin' })).toBe('2024-01-05T09:11:00.000Z');
    expect(iso('2024-01-05 10:11:00', { timeZone: 'America/New_York' })).toBe('2024-01-05T15:11:00.000Z');
    expect(iso('2024-07-01 12:00', { timeZone: 'Europe/Lisbon' })).toBe('2024-07-01T11:00:00.000Z');
    expect(iso('2024-01-05', { timeZone: 'Europe/Berlin' })).toBe('2024-01-04T23:00:00.000Z');
    // 01:30 does not exist in Lisbon on 2024-03-31 (01:00 → 02:00): it lands an hour later, 02:30 WEST.
    expect(iso('2024-03-31 01:30', { timeZone: 'Europe/Lisbon' })).toBe('2024-03-31T01:30:00.000Z');
  });

  it('reads slashed dates in the declared order and refuses to guess an ambiguous one', () => {
    expect(iso('01/05/2024', { timeZone: 'UTC', dateOrder: 'mdy' })).toBe('2024-01-05T00:00:00.000Z');
    expect(iso('01/05/2024', { timeZone: 'UTC', dateOrder: 'dmy' })).toBe('2024-05-01T00:00:00.000Z');
    expect(iso('01/05/2024', { timeZone: 'UTC' })).toBe(
      'ambiguous date "01/05/2024" (day/month order not declared)',
    );
    expect(iso('13/05/2024', { timeZone: 'UTC' })).toBe('2024-05-13T00:00:00.000Z');
    expect(iso('3/5/24 8:01:02', { timeZone: 'UTC', dateOrder: 'mdy' })).toBe('2024-03-05T08:01:02.000Z');
    expect(iso('05.01.2024 10:11 PM', { timeZone: 'UTC', dateOrder: 'dmy' })).toBe(
      '2024-01-05T22:11:00.000Z',
    );
    expect(iso('2022/06/22 11:07:29 AM', { timeZone: 'UTC' })).toBe('2022-06-22T11:07:29.000Z');
  });

  it('reads spreadsheet serials on the wall clock of the zone', () => {
    // Serial 45292 = 45292 days after 1899-12-30 = 2024-01-01 (Date.UTC(2024, 0, 1) − Date.UTC(1899, 11, 30) = 45292 days).
    expect(iso(45292, { timeZone: 'UTC' })).toBe('2024-01-01T00:00:00.000Z');
    expect(iso(45292.75, { timeZone: 'Europe/Berlin' })).toBe('2024-01-01T17:00:00.000Z');
    expect(iso(45292, { timeZone: 'UTC', serials: false })).toBe('a number (45292) is not a date');
  });

  it('keeps Date cells and reports impossible dates and error values', () => {
    expect(iso(new Date('2024-01-05T09:11:00Z'), { timeZone: 'UTC' })).toBe('2024-01-05T09:11:00.000Z');
    expect(iso(new Date(Number.NaN), { timeZone: 'UTC' })).toBe('invalid date');
    expect(iso('2024-02-30', { timeZone: 'UTC' })).toBe('impossible date "2024-02-30"');
    expect(iso('2023-02-29', { timeZone: 'UTC' })).toBe('impossible date "2023-02-29"');
    expect(iso('2024-02-29', { timeZone: 'UTC' })).toBe('2024-02-29T00:00:00.000Z');
    expect(iso('2024-13-01 10:00:00', { timeZone: 'UTC' })).toBe('impossible date "2024-13-01 10:00:00"');
    expect(iso('2024-01-01 25:00', { timeZone: 'UTC' })).toBe('impossible time "2024-01-01 25:00"');
    expect(iso('#N/A', { timeZone: 'UTC' })).toBe('error value #N/A');
    expect(iso('soon', { timeZone: 'UTC' })).toBe('not a date "soon"');
    expect(iso('', { timeZone: 'UTC' })).toBe('empty date');
  });

  it('throws on a time zone Intl does not know', () => {
    expect(() => parseInstant('2024-01-05 10:00', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});

describe('parseInstant with plausibleAt', () => {
  // The import runs on 4 December 2026 at 23:30 in Lisbon (UTC+0 in winter).
  const at = { timeZone: 'Europe/Lisbon', plausibleAt: new Date('2026-12-04T23:30:00Z') };

  it('rejects dates before 1970 with the reason', () => {
    expect(parseInstant('1969-12-31', at)).toEqual({
      ok: false,
      reason: 'implausible date "1969-12-31": before 1970',
    });
    expect(parseInstant('01/01/1900', { ...at, dateOrder: 'dmy' })).toEqual({
      ok: false,
      reason: 'implausible date "01/01/1900": before 1970',
    });
    // Midnight of 1 January 1970 on Lisbon's clock (UTC+1 then) is still 1970 there.
    expect(parseInstant('1970-01-01', at)).toEqual({ ok: true, value: new Date('1969-12-31T23:00:00Z') });
  });

  it('accepts tomorrow, on the wall clock of the zone, and rejects the day after', () => {
    expect(parseInstant('2026-12-05 23:59:59', at)).toEqual({
      ok: true,
      value: new Date('2026-12-05T23:59:59Z'),
    });
    expect(parseInstant('2026-12-06 00:00', at)).toEqual({
      ok: false,
      reason: 'implausible date "2026-12-06 00:00": after tomorrow (2026-12-04 is today)',
    });
    // Already 5 December in Tokyo: the 6th is tomorrow there.
    expect(parseInstant('2026-12-06 12:00', { ...at, timeZone: 'Asia/Tokyo' }).ok).toBe(true);
    expect(parseInstant('2027-01-31', { ...at, plausibleAt: new Date('2026-12-31T12:00:00Z') }).ok).toBe(
      false,
    );
    expect(parseInstant('2027-01-01', { ...at, plausibleAt: new Date('2026-12-31T12:00:00Z') }).ok).toBe(
      true,
    );
  });

  it('checks numbers and Date cells too, and nothing without plausibleAt', () => {
    expect(parseInstant(new Date('1950-06-01T00:00:00Z'), at)).toEqual({
      ok: false,
      reason: 'implausible date 1950-06-01: before 1970',
    });
    expect(parseInstant('1950-06-01', { timeZone: 'UTC' }).ok).toBe(true);
  });
});
