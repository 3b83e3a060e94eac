// readCell: one exceljs cell as Sheets hands it to a script, its value and its formula text.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCell } from '../../../src/local/store/read-cell';

function sheet(): ExcelJS.Worksheet {
  return new ExcelJS.Workbook().addWorksheet('Orders');
}

/** The cell A1 of a new sheet holding `value`. */
function cellWith(value: ExcelJS.CellValue): ExcelJS.Cell {
  const cell = sheet().getCell('A1');
  cell.value = value;
  return cell;
}

describe('readCell', () => {
  it('reads text, numbers and booleans as they are, and an empty cell as ""', () => {
    expect(readCell(cellWith('Ana'), 'Etc/UTC')).toEqual({ value: 'Ana' });
    expect(readCell(cellWith(46.9), 'Etc/UTC')).toEqual({ value: 46.9 });
    expect(readCell(cellWith(0), 'Etc/UTC')).toEqual({ value: 0 });
    expect(readCell(cellWith(false), 'Etc/UTC')).toEqual({ value: false });
    expect(readCell(cellWith(null), 'Etc/UTC')).toEqual({ value: '' });
    expect(readCell(sheet().getCell('C7'), 'Etc/UTC')).toEqual({ value: '' });
  });

  it('reads a date as the instant its wall clock shows in the zone, and keeps the wall-clock Date', () => {
    // exceljs gives a date cell's wall clock in the UTC fields; 09:00 in Tokyo (UTC+9) is 00:00 UTC.
    const wall = new Date(Date.UTC(2024, 0, 5, 9, 0));
    const read = readCell(cellWith(wall), 'Asia/Tokyo');
    expect(read.value).toEqual(new Date('2024-01-05T00:00:00.000Z'));
    expect(read.wall).toBe(wall);
    // New York is UTC-5 in January.
    expect(readCell(cellWith(wall), 'America/New_York').value).toEqual(new Date('2024-01-05T14:00:00.000Z'));
    expect(readCell(cellWith(wall), 'Etc/UTC').value).toEqual(wall);
  });

  it('reads rich text and hyperlinks as their text', () => {
    expect(
      readCell(
        cellWith({ richText: [{ text: 'Ana ' }, { font: { bold: true }, text: 'Silva' }] }),
        'Etc/UTC',
      ),
    ).toEqual({
      value: 'Ana Silva',
    });
    expect(
      readCell(cellWith({ text: 'ana@example.com', hyperlink: 'mailto:ana@example.com' }), 'Etc/UTC'),
    ).toEqual({
      value: 'ana@example.com',
    });
    // A hyperlink whose text is rich text.
    expect(
      readCell(
        cellWith({
          text: { richText: [{ text: 'sho' }, { text: 'p' }] },
          hyperlink: 'https://x.test',
        } as never),
        'Etc/UTC',
      ),
    ).toEqual({ value: 'shop' });
  });

  it('reads an error cell as its error text, as getValues does', () => {
    expect(readCell(cellWith({ error: '#N/A' }), 'Etc/UTC')).toEqual({ value: '#N/A' });
    expect(readCell(cellWith({ error: '#DIV/0!' }), 'Etc/UTC')).toEqual({ value: '#DIV/0!' });
  });

  it("reads a formula cell as its cached result with the formula text, '=' first", () => {
    expect(readCell(cellWith({ formula: 'B1*2', result: 4 }), 'Etc/UTC')).toEqual({
      value: 4,
      formula: '=B1*2',
    });
    expect(readCell(cellWith({ formula: 'B1/0', result: { error: '#DIV/0!' } }), 'Etc/UTC')).toEqual({
      value: '#DIV/0!',
      formula: '=B1/0',
    });
    // A formula never calculated has no result: the cell reads ''.
    expect(readCell(cellWith({ formula: 'NOW()' } as ExcelJS.CellFormulaValue), 'Etc/UTC')).toEqual({
      value: '',
      formula: '=NOW()',
    });
  });

  it('reads a date result of a formula in the zone too', () => {
    const wall = new Date(Date.UTC(2024, 5, 1, 12, 0));
    expect(readCell(cellWith({ formula: 'TODAY()', result: wall }), 'Asia/Tokyo')).toEqual({
      value: new Date('2024-06-01T03:00:00.000Z'),
      wall,
      formula: '=TODAY()',
    });
  });

  it('translates a shared formula to the cell that shares it', () => {
    const worksheet = sheet();
    worksheet.getCell('A1').value = { formula: 'B1*2', result: 4 };
    worksheet.getCell('A2').value = { sharedFormula: 'A1', result: 6 } as ExcelJS.CellSharedFormulaValue;
    expect(readCell(worksheet.getCell('A2'), 'Etc/UTC')).toEqual({ value: 6, formula: '=B2*2' });
  });

  it("reads the cells of a merged range other than its top left as '', as Sheets shows them", () => {
    const worksheet = sheet();
    worksheet.getCell('A1').value = 'Totals';
    worksheet.mergeCells('A1:B2');
    expect(readCell(worksheet.getCell('A1'), 'Etc/UTC')).toEqual({ value: 'Totals' });
    expect(readCell(worksheet.getCell('B1'), 'Etc/UTC')).toEqual({ value: '' });
    expect(readCell(worksheet.getCell('B2'), 'Etc/UTC')).toEqual({ value: '' });
  });

  it('throws RangeError for a zone Intl does not know, when there is a date to read', () => {
    expect(() => readCell(cellWith(new Date(Date.UTC(2024, 0, 5))), 'Mars/Olympus')).toThrow(RangeError);
    expect(readCell(cellWith('Ana'), 'Mars/Olympus')).toEqual({ value: 'Ana' });
  });
});
