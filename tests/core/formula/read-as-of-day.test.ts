import { describe, expect, it } from 'vitest';
import { readAsOfDay } from '../../../src/core/formula/read-as-of-day';

describe('readAsOfDay', () => {
  const transactions = [{ day: 3 }, { day: 9 }, { day: 5 }];
  it('is the latest day when omitted', () => {
    expect(readAsOfDay('', 'as_of', transactions, 'UTC')).toBe(9);
    expect(readAsOfDay(undefined, 'as_of', transactions, 'UTC')).toBe(9);
  });
  it('is the given date in the time zone otherwise, even before the latest day', () => {
    expect(readAsOfDay('1970-01-05', 'as_of', transactions, 'UTC')).toBe(4);
    expect(readAsOfDay([[new Date('1970-01-05T20:00:00Z')]], 'as_of', transactions, 'Asia/Tokyo')).toBe(5);
  });
  it('names the argument for a value that is not a date', () => {
    expect(() => readAsOfDay(42, 'as_of', transactions, 'UTC')).toThrow('as_of is a number, not a date');
  });
});
