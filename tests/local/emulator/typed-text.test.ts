import { describe, expect, it } from 'vitest';
import { typedValue } from '../../../src/local/emulator/typed-text';

const UTC = 'Etc/UTC';
const value = (text: string, zone = UTC) => typedValue(text, zone)?.value;

describe('typedValue: a written string read as if typed (en_US)', () => {
  it('reads numbers, with leading zeros, signs, thousands groups, currency, exponents and percents', () => {
    expect(value('42')).toBe(42);
    expect(value('00042')).toBe(42);
    expect(value(' -1.5 ')).toBe(-1.5);
    expect(value('.5')).toBe(0.5);
    expect(value('1e5')).toBe(100_000);
    expect(value('1,234.50')).toBe(1234.5);
    expect(value('1,234,567')).toBe(1_234_567);
    expect(typedValue('$1,234.50', UTC)).toEqual({ value: 1234.5, numberFormat: '$#,##0.00' });
    expect(value('-$5')).toBe(-5);
    expect(value('€3.5')).toBe(3.5);
    expect(typedValue('12%', UTC)).toEqual({ value: 0.12, numberFormat: '0%' });
    expect(typedValue('1.5%', UTC)).toEqual({ value: 0.015, numberFormat: '0.00%' });
  });

  it('keeps 15 significant digits, as Sheets does with a long ID', () => {
    expect(value('1234567890123456789')).toBe(1_234_567_890_123_450_000);
    expect(value('1234567890123456')).toBe(1_234_567_890_123_450);
    expect(value('0.1234567890123456789')).toBe(0.123456789012345);
  });

  it('reads TRUE and FALSE in any case as booleans', () => {
    expect(value('TRUE')).toBe(true);
    expect(value('false')).toBe(false);
    expect(value('True')).toBe(true);
  });

  it("reads ISO and month-first dates and date-times on the spreadsheet's wall clock", () => {
    expect(typedValue('2024-01-05', 'Asia/Tokyo')).toEqual({
      value: new Date('2024-01-04T15:00:00Z'),
      numberFormat: 'yyyy-mm-dd',
    });
    expect(value('2024/1/5 10:11', 'America/New_York')).toEqual(new Date('2024-01-05T15:11:00Z'));
    expect(typedValue('1/5/2024 10:11:12 PM', UTC)).toEqual({
      value: new Date('2024-01-05T22:11:12Z'),
      numberFormat: 'M/d/yyyy H:mm:ss',
    });
    expect(value('1/5/24')).toEqual(new Date('2024-01-05T00:00:00Z'));
    expect(value('1/5/45')).toEqual(new Date('1945-01-05T00:00:00Z'));
    // A wall time in New York's spring-forward gap moves forward by the gap.
    expect(value('2024-03-10 02:30', 'America/New_York')).toEqual(new Date('2024-03-10T07:30:00Z'));
  });

  it("reads a time alone as that time on Sheets' day zero", () => {
    expect(typedValue('10:30', UTC)).toEqual({
      value: new Date('1899-12-30T10:30:00Z'),
      numberFormat: 'H:mm:ss',
    });
    expect(value('9:05 PM')).toEqual(new Date('1899-12-30T21:05:00Z'));
  });

  it('leaves everything else text', () => {
    for (const text of [
      '',
      '  ',
      'Ana',
      'C000042',
      '1,23',
      '12,34.5',
      '2024-02-30',
      '2024-13-01',
      '13/5/2024',
      '25:00',
      '555-1234',
      '9-17',
      '1.2.3',
      '$',
      '--5',
      '#1001',
      'TRUEISH',
      'Jan 5, 2024',
      '2024-01-05T10:11:00Z',
    ])
      expect(typedValue(text, UTC)).toBeNull();
  });
});
