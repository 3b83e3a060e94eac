import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../../src/core/import/read-csv-file';

/** Windows-1252 bytes of text whose characters are all in Latin-1 or are €. */
function cp1252(text: string): Uint8Array {
  return new Uint8Array([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
}

describe('readCsvFile', () => {
  it('reads a European export from its bytes and notes each reading', () => {
    const file = readCsvFile({
      bytes: cp1252(
        'Nr;Datum;Betrag;Kunde\r\n1;13.01.2024;1.234,56 €;Jürgen\r\n2;"01.02.2024";89,90;Zoë\r\n',
      ),
    });
    expect(file.table.header).toEqual(['Nr', 'Datum', 'Betrag', 'Kunde']);
    expect(file.table.rows[0]).toEqual(['1', '13.01.2024', '1.234,56 €', 'Jürgen']);
    expect(file.reading).toEqual({
      encoding: 'windows-1252',
      delimiter: ';',
      decimal: ',',
      dateOrder: 'dmy',
      notes: [
        'decoded as Windows-1252: the file is not valid UTF-8 (byte 46 of 81)',
        'separator: semicolon (found in the file)',
        'amounts read with a decimal comma (1.234,56): 2 values are written so, 0 with a decimal point',
        'dates read day first (day/month/year): 1 date has a number above 12 first, which only a day can be',
      ],
    });
  });

  it('says nothing for a plain UTF-8 comma file with ISO dates, and keeps what the options give', () => {
    const text = 'Order ID,Date,Total\n1,2024-01-05,"1,50"\n2,2024-01-06,3.20\n3,2024-01-07,4.10\n';
    expect(readCsvFile({ bytes: new TextEncoder().encode(text) }).reading).toEqual({
      encoding: 'utf-8',
      delimiter: ',',
      decimal: '.',
      notes: ['amounts read with a decimal point: 2 values are written so, 1 with a decimal comma'],
    });
    expect(
      readCsvFile({ text: 'a;b\n03/04/2024;1,5\n' }, { delimiter: ',', decimal: '.', dateOrder: 'dmy' })
        .reading,
    ).toEqual({
      encoding: 'utf-8',
      delimiter: ',',
      decimal: '.',
      dateOrder: 'dmy',
      notes: [],
    });
  });

  it('refuses a file without a header row, a long separator and a header naming a column twice', () => {
    expect(() => readCsvFile({ text: '\n\n' })).toThrow('The file has no header row.');
    expect(() => readCsvFile({ text: 'a,b\n' }, { delimiter: ';;' })).toThrow(
      'The separator must be one character (got ";;").',
    );
    expect(() => readCsvFile({ text: 'Email;Total;email\n' })).toThrow(
      'The file has two columns named "Email" (columns A and C)',
    );
  });
});
