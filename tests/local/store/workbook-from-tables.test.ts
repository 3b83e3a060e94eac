import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/local/emulator/workbook-data';
import { workbookFromTables } from '../../../src/local/store/workbook-from-tables';

describe('workbookFromTables', () => {
  it('makes one tab per table in key order, formulas from strings starting with =', () => {
    const tables: Record<string, CellValue[][]> = {
      Customers: [
        ['Name', 'Spend'],
        ['Ada', 120],
      ],
      Summary: [['Total', '=SUM(Customers!B2:B)']],
    };
    Object.freeze(tables.Customers);
    const workbook = workbookFromTables(tables, {
      name: 'Demo',
      timeZone: 'Asia/Kolkata',
      frozenRows: 1,
      hidden: ['Summary'],
    });
    expect(workbook).toMatchObject({ id: 'local-workbook', name: 'Demo', timeZone: 'Asia/Kolkata' });
    expect(
      workbook.sheets.map((sheet) => [sheet.name, sheet.sheetId, sheet.frozenRows, sheet.hidden]),
    ).toEqual([
      ['Customers', 0, 1, false],
      ['Summary', 1, 1, true],
    ]);
    expect(workbook.sheets[1].values).toEqual([['Total', '']]);
    expect(workbook.sheets[1].formulas).toEqual(new Map([['0:1', '=SUM(Customers!B2:B)']]));
    workbook.sheets[0].values[1][1] = 0;
    expect(tables.Customers[1][1]).toBe(120);
  });

  it('grows the grid past 1000 x 26 for a bigger table', () => {
    const wide: CellValue[][] = [Array.from({ length: 30 }, (_, c) => c)];
    const tall: CellValue[][] = Array.from({ length: 1200 }, (_, r) => [r]);
    const workbook = workbookFromTables({ wide, tall });
    expect(workbook.sheets.map((sheet) => [sheet.maxRows, sheet.maxColumns])).toEqual([
      [1000, 30],
      [1200, 26],
    ]);
  });

  it('throws without tables or when asked to hide a table that does not exist', () => {
    expect(() => workbookFromTables({})).toThrow('at least one table');
    expect(() => workbookFromTables({ A: [] }, { hidden: ['B'] })).toThrow('cannot hide "B"');
  });
});
