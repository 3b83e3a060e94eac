import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/import/parse-csv';

describe('parseCsv', () => {
  it('reads quoted fields, escaped quotes, embedded newlines and every line ending (RFC 4180)', () => {
    const text = 'a,b,c\r\n1,"x, ""y""",3\n"multi\r\nline",,z\r"last"';
    const result = parseCsv(text);
    expect(result.rows).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"', '3'],
      ['multi\r\nline', '', 'z'],
      ['last'],
    ]);
    // Row 3 spans two physical lines but is one spreadsheet row, so "last" is row 4 (line 5).
    expect(result.lines).toEqual([1, 2, 3, 4]);
    expect(result.errors).toEqual([]);
    expect(result.done).toBe(true);
    expect(result.nextOffset).toBe(text.length);
  });

  it('drops a BOM, skips blank lines and keeps a trailing empty field', () => {
    const result = parseCsv('\uFEFFName,Email\n\nAna,\n');
    expect(result.rows).toEqual([
      ['Name', 'Email'],
      ['Ana', ''],
    ]);
    expect(result.lines).toEqual([1, 3]);
  });

  it('numbers rows as a spreadsheet shows them: a multi-line cell is one row, a blank line is a row', () => {
    const text = 'Order ID,Note\r\nA1,"first\r\nsecond\r\nthird"\r\nA2,plain\r\n\r\nA3,"x\ny"\r\nA4,last\r\n';
    const result = parseCsv(text);
    expect(result.rows.map((row) => row[0])).toEqual(['Order ID', 'A1', 'A2', 'A3', 'A4']);
    // Physical lines 1, 2, 5, 7, 9; spreadsheet rows 1, 2, 3, 5 (row 4 is the blank line), 6.
    expect(result.lines).toEqual([1, 2, 3, 5, 6]);
    expect(result.nextLine).toBe(7);
  });

  it('detects semicolon and tab delimiters', () => {
    expect(parseCsv('Name;Amount\nAna;"1,50"').rows).toEqual([
      ['Name', 'Amount'],
      ['Ana', '1,50'],
    ]);
    const tabbed = parseCsv('Sale Date\tOrder ID\n3/5/2024\t319');
    expect(tabbed.delimiter).toBe('\t');
    expect(tabbed.rows[1]).toEqual(['3/5/2024', '319']);
  });

  it('reports an unterminated quote with its row and still returns the good rows', () => {
    const text = 'id,comment\n1,fine\n2,"broken\n3,ok\n4,also fine\n';
    const result = parseCsv(text);
    expect(result.errors).toEqual([{ line: 3, message: 'unterminated quote in row 3: row skipped' }]);
    expect(result.rows).toEqual([
      ['id', 'comment'],
      ['1', 'fine'],
      ['3', 'ok'],
      ['4', 'also fine'],
    ]);
    expect(result.lines).toEqual([1, 2, 4, 5]);
  });

  it('resumes from an offset: three bounded parses give exactly the rows of one whole parse', () => {
    const lines = ['Name,Note'];
    for (let k = 0; k < 10; k++) lines.push(`P${k},"note ${k}\nsecond line, ""q"""`);
    const text = lines.join('\r\n');
    const whole = parseCsv(text);
    const first = parseCsv(text, { maxRows: 4 });
    const second = parseCsv(text, {
      offset: first.nextOffset,
      line: first.nextLine,
      delimiter: first.delimiter,
      maxRows: 4,
    });
    const third = parseCsv(text, {
      offset: second.nextOffset,
      line: second.nextLine,
      delimiter: first.delimiter,
    });
    expect(first.done).toBe(false);
    expect(second.done).toBe(false);
    expect(third.done).toBe(true);
    expect([...first.rows, ...second.rows, ...third.rows]).toEqual(whole.rows);
    expect([...first.lines, ...second.lines, ...third.lines]).toEqual(whole.lines);
    expect(whole.rows).toHaveLength(11);
    // Each data row spans two physical lines yet is one spreadsheet row: numbers stay consecutive.
    expect(whole.lines).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('with final false, leaves a row cut by the end of a chunk for the next call', () => {
    const text = 'a,b\n1,"open\nstill open';
    const part = parseCsv(text, { final: false });
    expect(part.rows).toEqual([['a', 'b']]);
    expect(part.nextOffset).toBe(4);
    expect(part.done).toBe(false);
    const rest = parseCsv(`${text}"\n2,x`, { offset: part.nextOffset, line: part.nextLine, delimiter: ',' });
    expect(rest.rows).toEqual([
      ['1', 'open\nstill open'],
      ['2', 'x'],
    ]);
    expect(rest.lines).toEqual([2, 3]);
  });

  it('parses a 10 MB file in one pass with every row intact', () => {
    const row = '#1001,ana.silva@example.com,paid,"2024-01-05 10:11:00 +0100","Soy Candle, Fig",46.90\n';
    const count = Math.ceil(10_000_000 / row.length);
    const text = `Name,Email,Financial Status,Created at,Lineitem name,Total\n${row.repeat(count)}`;
    const result = parseCsv(text);
    expect(result.rows).toHaveLength(count + 1);
    expect(result.rows[count]).toEqual([
      '#1001',
      'ana.silva@example.com',
      'paid',
      '2024-01-05 10:11:00 +0100',
      'Soy Candle, Fig',
      '46.90',
    ]);
  });
});

// RFC 4180 section 2: fields holding a separator, a quote or a line break are quoted, quotes doubled.
function field(value: string): string {
  return /[",\r\n]/.test(value) || value === '' ? `"${value.replace(/"/g, '""')}"` : value;
}

const cell = fc.string({
  unit: fc.constantFrom('a', 'b', ' ', ',', ';', '"', '\n', '\r', '\t', 'é', '='),
  maxLength: 6,
});
const rows = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 12 });
const ending = fc.constantFrom('\n', '\r\n', '\r');

describe('parseCsv properties', () => {
  it('reads back exactly what an RFC 4180 writer wrote', () => {
    fc.assert(
      fc.property(rows, ending, (table, eol) => {
        const text = table.map((row) => row.map(field).join(',')).join(eol) + eol;
        const result = parseCsv(text, { delimiter: ',' });
        expect(result.rows).toEqual(table);
        expect(result.errors).toEqual([]);
      }),
    );
  });

  it('gives the same rows and lines however the parse is split by maxRows', () => {
    fc.assert(
      fc.property(rows, ending, fc.integer({ min: 1, max: 5 }), (table, eol, step) => {
        const text = table.map((row) => row.map(field).join(',')).join(eol);
        const whole = parseCsv(text, { delimiter: ',' });
        const collected: string[][] = [];
        const lines: number[] = [];
        let offset = 0;
        let line = 1;
        for (let guard = 0; guard < 100; guard++) {
          const part = parseCsv(text, { delimiter: ',', offset, line, maxRows: step });
          collected.push(...part.rows);
          lines.push(...part.lines);
          offset = part.nextOffset;
          line = part.nextLine;
          if (part.done) break;
        }
        expect(collected).toEqual(whole.rows);
        expect(lines).toEqual(whole.lines);
      }),
    );
  });

  it('resumes a text cut anywhere (final: false) without losing or splitting a row', () => {
    fc.assert(
      fc.property(rows, ending, fc.double({ min: 0, max: 1, noNaN: true }), (table, eol, at) => {
        const text = table.map((row) => row.map(field).join(',')).join(eol);
        const cut = Math.floor(at * text.length);
        const head = parseCsv(text.slice(0, cut), { delimiter: ',', final: false });
        const tail = parseCsv(text, { delimiter: ',', offset: head.nextOffset, line: head.nextLine });
        expect([...head.rows, ...tail.rows]).toEqual(parseCsv(text, { delimiter: ',' }).rows);
      }),
    );
  });
});

describe('parseCsv broken quotes', () => {
  it('names the row of the quote that never closes, after quoted fields spanning lines', () => {
    const text = 'id,a,b\n1,"two\nlines","never closed\n2,x,y\n';
    const result = parseCsv(text);
    expect(result.errors).toEqual([{ line: 2, message: 'unterminated quote in row 2: row skipped' }]);
    // Resuming on physical line 3 (row 3) meets the same open quote again (reported once); line 4 is row 4.
    expect(result.rows).toEqual([
      ['id', 'a', 'b'],
      ['2', 'x', 'y'],
    ]);
    expect(result.lines).toEqual([1, 4]);
  });
});
