import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptySheet } from '../../../src/local/emulator/workbook-data';
import { readWorkbook, readWorkbookFile } from '../../../src/local/store/read-workbook';
import { writeWorkbook } from '../../../src/local/store/write-workbook';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'patch-workbook-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const BLUE: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0000FF' } };

/** A workbook as a spreadsheet program saves it: two tabs, styled cells sharing one style. */
async function userWorkbook(path: string): Promise<void> {
  const excel = new ExcelJS.Workbook();
  const data = excel.addWorksheet('Data');
  for (const address of ['A1', 'A2', 'A3']) {
    data.getCell(address).value = 10;
    data.getCell(address).numFmt = '0.0';
    data.getCell(address).fill = BLUE;
  }
  data.getCell('B1').value = { text: 'site', hyperlink: 'https://example.com/' };
  data.getCell('C1').value = { formula: 'A1*2', result: 20 };
  data.getCell('D1').value = 'old';
  data.getCell('D1').font = { bold: true };
  excel.addWorksheet('Scratch').getCell('A1').value = 'drop me';
  await excel.xlsx.writeFile(path);
}

describe('writeWorkbook into the workbook it was read from', () => {
  it('changes only the cells whose value, formula or format changed, each on its own style', async () => {
    const path = join(directory, 'book.xlsx');
    await userWorkbook(path);
    const { workbook, source } = await readWorkbookFile(path);
    const data = workbook.sheets[0];
    expect(data.values[0]).toEqual([10, 'site', 20, 'old']);
    data.values[1][0] = 11;
    data.numberFormats.set('1:0', '0.00');
    data.values[2][0] = '';
    data.numberFormats.delete('2:0');
    data.values[0][3] = 'new';
    data.values[4] = ['added'];
    await writeWorkbook(path, workbook, { source });

    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path);
    const sheet = excel.getWorksheet('Data')!;
    // A1 shares its style with A2 and A3 in the file: changing A2's format must not reach it.
    expect([sheet.getCell('A1').value, sheet.getCell('A1').numFmt, sheet.getCell('A1').fill]).toEqual([
      10,
      '0.0',
      BLUE,
    ]);
    expect([sheet.getCell('A2').value, sheet.getCell('A2').numFmt, sheet.getCell('A2').fill]).toEqual([
      11,
      '0.00',
      BLUE,
    ]);
    // Emptied by the workbook: no value, no format, the fill stays.
    expect([sheet.getCell('A3').value, sheet.getCell('A3').numFmt, sheet.getCell('A3').fill]).toEqual([
      null,
      undefined,
      BLUE,
    ]);
    // Untouched cells keep their hyperlink and formula; a changed one keeps its bold.
    expect(sheet.getCell('B1').value).toEqual({ text: 'site', hyperlink: 'https://example.com/' });
    expect(sheet.getCell('C1').value).toEqual({ formula: 'A1*2', result: 20 });
    expect([sheet.getCell('D1').value, sheet.getCell('D1').font]).toEqual(['new', { bold: true }]);
    expect(sheet.getCell('A5').value).toBe('added');
  });

  it('renames, adds, removes and reorders tabs as the workbook says, keeping the renamed tab’s cells', async () => {
    const path = join(directory, 'book.xlsx');
    await userWorkbook(path);
    const { workbook, source } = await readWorkbookFile(path);
    const [data] = workbook.sheets;
    data.name = 'Renamed';
    const added = emptySheet('Added', 7);
    added.values = [['fresh']];
    added.frozenRows = 1;
    workbook.sheets = [added, data];
    await writeWorkbook(path, workbook, { source });

    const back = await readWorkbook(path);
    expect(back.sheets.map((sheet) => [sheet.name, sheet.frozenRows])).toEqual([
      ['Added', 1],
      ['Renamed', 0],
    ]);
    expect(back.sheets[0].values).toEqual([['fresh']]);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path);
    expect(excel.getWorksheet('Renamed')!.getCell('A1').fill).toEqual(BLUE);
  });

  it('does not keep a file with more cells than the limit loaded, and loads it again to patch it at the write', async () => {
    const path = join(directory, 'book.xlsx');
    await userWorkbook(path);
    const { workbook, source } = await readWorkbookFile(path, { maxKeptCells: 3 });
    expect(source.excel).toBeUndefined();
    // Data: 3 rows by 4 columns; Scratch: 1 cell.
    expect(source.cells).toBe(13);
    workbook.sheets[0].values[0][3] = 'new';
    await writeWorkbook(path, workbook, { source });
    const back = await readWorkbook(path);
    expect(back.sheets.map((sheet) => sheet.name)).toEqual(['Data', 'Scratch']);
    expect(back.sheets[0].values[0]).toEqual([10, 'site', 20, 'new']);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path);
    const data = excel.getWorksheet('Data')!;
    expect([data.getCell('A1').fill, data.getCell('D1').font?.bold, data.getCell('B1').value]).toEqual([
      BLUE,
      true,
      { text: 'site', hyperlink: 'https://example.com/' },
    ]);
  });

  it('writes a file not kept loaded anew, with its values, when the heap has no room to load it again', async () => {
    const path = join(directory, 'book.xlsx');
    await userWorkbook(path);
    const { workbook, source } = await readWorkbookFile(path, { maxKeptCells: 3 });
    workbook.sheets[0].values[0][3] = 'new';
    expect(await writeWorkbook(path, workbook, { source, heapRoom: 0 })).toEqual({ writtenAnew: 13 });
    const back = await readWorkbook(path);
    expect(back.sheets[0].values[0]).toEqual([10, 'site', 20, 'new']);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path);
    expect(excel.getWorksheet('Data')!.getCell('A1').fill).not.toEqual(BLUE);
  });

  it('refuses to write a file not kept loaded that another program changed since it was read', async () => {
    const path = join(directory, 'book.xlsx');
    await userWorkbook(path);
    const { workbook, source } = await readWorkbookFile(path, { maxKeptCells: 3 });
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Theirs').getCell('A1').value = 'their change';
    await other.xlsx.writeFile(path);
    await expect(writeWorkbook(path, workbook, { source })).rejects.toThrow(
      'the file was changed by another program since it was read',
    );
    expect((await readWorkbook(path)).sheets[0].values).toEqual([['their change']]);
  });
});
