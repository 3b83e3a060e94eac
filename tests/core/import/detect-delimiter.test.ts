import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/core/import/detect-delimiter';

describe('detectDelimiter', () => {
  it('picks the separator most frequent outside quotes on the first line', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('Name;Amount\nAna;1,50')).toBe(';');
    expect(detectDelimiter('"Sale Date"\t"Order ID"\n')).toBe('\t');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });
});
