import { describe, expect, it } from 'vitest';
import { displayValue, isDateFormat } from '../../../src/local/emulator/display-value';

describe('displayValue: numbers', () => {
  it('applies the common number formats (expected strings computed by hand)', () => {
    expect(displayValue(1.23456, '0.00', 'Etc/UTC')).toBe('1.23');
    expect(displayValue(2.5, '0', 'Etc/UTC')).toBe('3');
    expect(displayValue(1234567.5, '#,##0', 'Etc/UTC')).toBe('1,234,568');
    expect(displayValue(-1234.5, '#,##0.00', 'Etc/UTC')).toBe('-1,234.50');
    expect(displayValue(0.125, '0%', 'Etc/UTC')).toBe('13%');
    expect(displayValue(0.125, '0.0%', 'Etc/UTC')).toBe('12.5%');
    expect(displayValue(1.5, '0.0#', 'Etc/UTC')).toBe('1.5');
    expect(displayValue(1.567, '0.0#', 'Etc/UTC')).toBe('1.57');
    expect(displayValue(9.5, '€#,##0.00', 'Etc/UTC')).toBe('€9.50');
    expect(displayValue(12, '0 "days"', 'Etc/UTC')).toBe('12 days');
  });

  it('shows numbers without a format like Sheets automatic format', () => {
    expect(displayValue(42, undefined, 'Etc/UTC')).toBe('42');
    expect(displayValue(0.1 + 0.2, undefined, 'Etc/UTC')).toBe('0.3');
    expect(displayValue(1 / 3, '0.###############', 'Etc/UTC')).toBe('0.3333333333');
  });
});

describe('displayValue: dates in the spreadsheet time zone', () => {
  const instant = new Date('2024-07-01T22:05:09Z');

  it('renders yyyy-mm-dd and yyyy-mm-dd hh:mm', () => {
    expect(displayValue(instant, 'yyyy-mm-dd', 'Etc/UTC')).toBe('2024-07-01');
    // New York is UTC-4 in July: 18:05 the same day.
    expect(displayValue(instant, 'yyyy-mm-dd hh:mm', 'America/New_York')).toBe('2024-07-01 18:05');
    // Tokyo is UTC+9: 07:05 the next day.
    expect(displayValue(instant, 'yyyy-mm-dd hh:mm:ss', 'Asia/Tokyo')).toBe('2024-07-02 07:05:09');
  });

  it('reads m as minutes after an hour or before seconds, as month otherwise', () => {
    expect(displayValue(instant, 'dd/mm/yy', 'Etc/UTC')).toBe('01/07/24');
    expect(displayValue(instant, 'h:mm', 'Etc/UTC')).toBe('22:05');
    expect(displayValue(instant, 'm:ss', 'Etc/UTC')).toBe('5:09');
    expect(displayValue(instant, 'd"th of "m', 'Etc/UTC')).toBe('1th of 7');
  });

  it('uses M/d/yyyy H:mm:ss for a Date without a format', () => {
    expect(displayValue(instant, undefined, 'Europe/Paris')).toBe('7/2/2024 0:05:09');
  });
});

describe('displayValue: other values', () => {
  it('keeps text, shows booleans as TRUE/FALSE and empty as ""', () => {
    expect(displayValue('abc', '0.00', 'Etc/UTC')).toBe('abc');
    expect(displayValue(true, undefined, 'Etc/UTC')).toBe('TRUE');
    expect(displayValue(false, undefined, 'Etc/UTC')).toBe('FALSE');
    expect(displayValue('', undefined, 'Etc/UTC')).toBe('');
  });
});

describe('isDateFormat', () => {
  it('tells date patterns from number patterns', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('hh:mm')).toBe(true);
    expect(isDateFormat('#,##0.00')).toBe(false);
    expect(isDateFormat('0 "days"')).toBe(false);
  });
});
