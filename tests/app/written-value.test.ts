import { describe, expect, it } from 'vitest';
import { writtenValue } from '../../src/app/written-value';

describe('writtenValue', () => {
  it('compares a cell as written with the value Sheets hands back for it', () => {
    // Sheets may return a written instant without its milliseconds.
    expect(writtenValue(new Date('2024-06-01T12:00:00.400Z'))).toBe('2024-06-01T12:00:00Z');
    expect(writtenValue(new Date('2024-06-01T12:00:00Z'))).toBe('2024-06-01T12:00:00Z');
    // Formula-looking text is stored behind an apostrophe and read back without it.
    expect(writtenValue("'=HYPERLINK(1)")).toBe(writtenValue('=HYPERLINK(1)'));
    // Outside a plain-text column "00042" is typed in as 42 and "TRUE" as true (apps-script.md).
    expect(writtenValue('00042')).toBe(writtenValue(42));
    expect(writtenValue('TRUE')).toBe(writtenValue(true));
    expect(writtenValue(' Lumen ')).toBe('Lumen');
    expect(writtenValue('')).toBe('');
    expect(writtenValue('Lumen')).not.toBe(writtenValue('Lumen Lda'));
    expect(writtenValue(46.9)).toBe('46.9');
  });
});
