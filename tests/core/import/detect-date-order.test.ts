import { describe, expect, it } from 'vitest';
import { detectDateOrder } from '../../../src/core/import/detect-date-order';

describe('detectDateOrder', () => {
  it('reads day first when a first number is above 12, month first when a second one is', () => {
    expect(detectDateOrder([['05.01.2024'], ['25.01.2024 10:11'], ['31/12/2023']], '.')).toEqual({
      order: 'dmy',
      dayFirst: 2,
      monthFirst: 0,
      either: 1,
      ambiguous: false,
    });
    expect(detectDateOrder([['3/5/2024 10:12:44'], ['3/25/2024 8:01:02 PM']], '.')).toMatchObject({
      order: 'mdy',
      monthFirst: 1,
      ambiguous: false,
    });
    // The majority decides; the others will be rejected as impossible dates.
    expect(detectDateOrder([['13/01/2024'], ['14/01/2024'], ['01/13/2024']], '.')).toMatchObject({
      order: 'dmy',
      dayFirst: 2,
      monthFirst: 1,
      ambiguous: false,
    });
  });

  it('when every date has both numbers 12 or less, chooses by separator and decimal mark and says so', () => {
    expect(detectDateOrder([['03/04/2024'], ['11/12/2024']], '.')).toEqual({
      order: 'mdy',
      dayFirst: 0,
      monthFirst: 0,
      either: 2,
      ambiguous: true,
    });
    expect(detectDateOrder([['03/04/2024']], ',')).toMatchObject({ order: 'dmy', ambiguous: true });
    expect(detectDateOrder([['03.04.2024']], '.')).toMatchObject({ order: 'dmy', ambiguous: true });
  });

  it('has no order for a file without numeric dates; ISO dates and codes are not counted', () => {
    expect(detectDateOrder([['2024-01-05 10:11:00 +0100'], ['12-34-5678'], ['#1001']], '.')).toEqual({
      order: undefined,
      dayFirst: 0,
      monthFirst: 0,
      either: 0,
      ambiguous: false,
    });
  });
});
