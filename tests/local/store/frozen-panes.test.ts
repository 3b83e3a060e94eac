// frozenPanes: the frozen rows and columns of an exceljs worksheet's first view.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { frozenPanes } from '../../../src/local/store/frozen-panes';

function sheet(views?: Array<Partial<ExcelJS.WorksheetView>>): ExcelJS.Worksheet {
  return new ExcelJS.Workbook().addWorksheet('Customers', views ? { views } : {});
}

describe('frozenPanes', () => {
  it('reads ySplit as the frozen rows and xSplit as the frozen columns of a frozen view', () => {
    expect(frozenPanes(sheet([{ state: 'frozen', ySplit: 1, xSplit: 2 }]))).toEqual({ rows: 1, columns: 2 });
  });

  it('gives 0 for the split a frozen view leaves out', () => {
    expect(frozenPanes(sheet([{ state: 'frozen', ySplit: 3 }]))).toEqual({ rows: 3, columns: 0 });
    expect(frozenPanes(sheet([{ state: 'frozen', xSplit: 1 }]))).toEqual({ rows: 0, columns: 1 });
  });

  it('gives nothing frozen for a sheet without views, a normal view or a split (not frozen) view', () => {
    expect(frozenPanes(sheet())).toEqual({ rows: 0, columns: 0 });
    expect(frozenPanes(sheet([{ state: 'normal' }]))).toEqual({ rows: 0, columns: 0 });
    // A split pane measures ySplit in twentieths of a point, not rows [ECMA-376 Part 1, 18.3.1.66 pane].
    expect(frozenPanes(sheet([{ state: 'split', ySplit: 600, xSplit: 1200 }]))).toEqual({
      rows: 0,
      columns: 0,
    });
  });

  it('reads only the first view', () => {
    const worksheet = sheet([{ state: 'normal' }, { state: 'frozen', ySplit: 1 }]);
    expect(frozenPanes(worksheet)).toEqual({ rows: 0, columns: 0 });
    const frozenFirst = sheet([{ state: 'frozen', ySplit: 2 }, { state: 'normal' }]);
    expect(frozenPanes(frozenFirst)).toEqual({ rows: 2, columns: 0 });
  });

  it('reads the panes of a file written and read back by exceljs', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook
      .addWorksheet('Orders', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] })
      .getCell('A1').value = 'x';
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await workbook.xlsx.writeBuffer());
    expect(frozenPanes(back.getWorksheet('Orders')!)).toEqual({ rows: 1, columns: 1 });
  });
});
