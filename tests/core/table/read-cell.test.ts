import { describe, expect, it } from 'vitest';
import { readCell } from '../../../src/core/table/read-cell';

const read = (value: unknown, kind: Parameters<typeof readCell>[1]) => {
  const parsed = readCell(value, kind, { timeZone: 'UTC' });
  return parsed.ok ? parsed.value : `problem: ${parsed.reason}`;
};

describe('readCell', () => {
  it('gives empty text or null for blank cells by kind', () => {
    expect(read('', 'text')).toBe('');
    expect(read('   ', 'id')).toBe('');
    expect(read('', 'money')).toBeNull();
    expect(read(null, 'date')).toBeNull();
    expect(read(undefined, 'boolean')).toBeNull();
  });

  it('converts each kind and reports what does not fit', () => {
    expect(read(1041, 'id')).toBe('1041');
    expect(read(' #1001 ', 'id')).toBe('#1001');
    expect(read(new Date('2024-01-05T00:00:00Z'), 'id')).toBe('problem: a date is not an ID');
    expect(read('1,234.50', 'money')).toBe(1234.5);
    expect(read('45%', 'percent')).toBe(0.45);
    expect(read('45%', 'number')).toBe('problem: a percentage is not a number here (45%)');
    expect(read(2.5, 'integer')).toBe('problem: not a whole number (2.5)');
    expect(read(true, 'number')).toBe('problem: not a number (true)');
    expect(read('text', 'number')).toBe('problem: not a number "text"');
    expect(read('#DIV/0!', 'text')).toBe('problem: error value #DIV/0!');
    expect(read('2024-01-05', 'date')).toEqual(new Date('2024-01-05T00:00:00Z'));
    expect(read('maybe', 'boolean')).toBe('problem: not yes/no (maybe)');
    expect(read('x', 'boolean')).toBe(true);
    expect(read('Yes', 'boolean')).toBe(true);
    expect(read(0, 'boolean')).toBe(false);
  });
});
