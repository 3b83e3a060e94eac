import { describe, expect, it } from 'vitest';
import { detectDecimal } from '../../../src/core/import/detect-decimal';

describe('detectDecimal', () => {
  it('finds the decimal comma of a European export and the point of a US one', () => {
    expect(
      detectDecimal([
        ['Betrag', 'Datum', 'Menge'],
        ['1.234,56 €', '05.01.2024', '1'],
        ['(12,00)', '06.01.2024', '2'],
        ['EUR 99,90', '07.01.2024', '1'],
      ]),
    ).toEqual({ decimal: ',', comma: 3, point: 0 });
    expect(
      detectDecimal([
        ['Total', 'Qty'],
        ['$1,234.50', '1'],
        ['46.90', '2'],
      ]),
    ).toEqual({ decimal: '.', comma: 0, point: 2 });
  });

  it('counts nothing for values either mark explains, dates or codes, and reads a point then', () => {
    expect(detectDecimal([['1,234', '1.234', '05.01.2024', 'INV-1,5', '12', '2024-01-05']])).toEqual({
      decimal: '.',
      comma: 0,
      point: 0,
    });
  });
});
