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

describe('detectDelimiter over the first rows', () => {
  it('lets the rows settle a header with as many commas as semicolons', () => {
    expect(detectDelimiter('Name;Notes (a, b)\nAna;fine\nBen;"x; y"\n')).toBe(';');
    expect(detectDelimiter('Name,Notes (a; b)\nAna,fine\nBen,ok\n')).toBe(',');
  });

  it('prefers the separator that splits every row like the header, even when another is more frequent there', () => {
    // Three commas in the header's column names, one tab between its two columns.
    expect(detectDelimiter('Customer, full name, as typed\tTotal, EUR\nAna Silva\t12\nBen\t3,50\n')).toBe(
      '\t',
    );
  });

  it('falls back to the header when rows have missing trailing fields', () => {
    expect(detectDelimiter('a;b;c\n1;2\n3\n')).toBe(';');
  });
});
