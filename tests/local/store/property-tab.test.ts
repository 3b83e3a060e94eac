import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptySheet, emptyWorkbook } from '../../../src/local/emulator/workbook-data';
import { readWorkbookFile } from '../../../src/local/store/read-workbook';
import { writeWorkbook } from '../../../src/local/store/write-workbook';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'property-tab-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const YELLOW: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };

/** Values a spreadsheet program could take for something else: numbers, dates, formulas, controls. */
const TRICKY = {
  document: {
    'crm.customers.lastIssuedId': '42',
    'crm.import.progress': '{"offset":500,"file":"a.csv"}',
    looksLikeDate: '2024-01-05',
    looksLikeFormula: '=A1*2',
    withControls: 'a\u0001b_x0041_\nc',
    empty: '',
  },
  script: { 'crm.signing-secret': '0f1e2d3c-aaaa-bbbb-cccc-000000000000' },
  user: { 'crm.trigger.1000001': '{"kind":"hourly","everyHours":1}' },
  emulator: { clock: '"2025-03-08T00:00:00.000Z"', 'mail.dailyQuota': '1500' },
};

/** A workbook as a person keeps it: a styled tab. */
async function userWorkbook(path: string): Promise<void> {
  const excel = new ExcelJS.Workbook();
  const data = excel.addWorksheet('Data');
  data.getCell('A1').value = 'kept';
  data.getCell('A1').fill = YELLOW;
  await excel.xlsx.writeFile(path);
}

describe('the document and script properties in the workbook file', () => {
  it('round-trip through a new file, in a very hidden last tab the workbook does not list', async () => {
    const path = join(directory, 'new.xlsx');
    await writeWorkbook(path, emptyWorkbook('New'), { properties: TRICKY });
    const { workbook, properties } = await readWorkbookFile(path);
    expect(properties).toEqual(TRICKY);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path);
    expect(excel.worksheets.map((worksheet) => [worksheet.name, worksheet.state])).toEqual([
      ['Sheet1', 'visible'],
      ['Solo CRM data', 'veryHidden'],
    ]);
  });

  it('round-trip read, write, read through the file as read: changed, added and removed keys', async () => {
    const path = join(directory, 'book.xlsx');
    await userWorkbook(path);
    const first = await readWorkbookFile(path);
    expect(first.properties).toEqual({ document: {}, script: {}, user: {}, emulator: {} });
    await writeWorkbook(path, first.workbook, { source: first.source, properties: TRICKY });

    const second = await readWorkbookFile(path);
    expect(second.properties).toEqual(TRICKY);
    // The workbook adds a tab with the next free id: it must not take the property tab's place.
    second.workbook.sheets.push(emptySheet('Added', 1));
    const changed = {
      document: { 'crm.customers.lastIssuedId': '43' },
      script: { 'crm.signing-secret': TRICKY.script['crm.signing-secret'], 'crm.unsubscribe.queue': '[]' },
      user: {},
      emulator: { clock: '"2025-03-09T00:00:00.000Z"' },
    };
    await writeWorkbook(path, second.workbook, { source: second.source, properties: changed });

    const third = await readWorkbookFile(path);
    expect(third.properties).toEqual(changed);
    expect(third.workbook.sheets.map((sheet) => sheet.name)).toEqual(['Data', 'Added']);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path);
    expect(excel.worksheets.map((worksheet) => [worksheet.name, worksheet.state])).toEqual([
      ['Data', 'visible'],
      ['Added', 'visible'],
      ['Solo CRM data', 'veryHidden'],
    ]);
    expect(excel.getWorksheet('Data')!.getCell('A1').fill).toEqual(YELLOW);
  });

  it('stay as the file has them when a write is given none', async () => {
    const path = join(directory, 'book.xlsx');
    await writeWorkbook(path, emptyWorkbook('Book'), { properties: TRICKY });
    const { workbook, source } = await readWorkbookFile(path);
    workbook.sheets[0].values = [['changed']];
    await writeWorkbook(path, workbook, { source });
    const back = await readWorkbookFile(path);
    expect(back.workbook.sheets[0].values).toEqual([['changed']]);
    expect(back.properties).toEqual(TRICKY);
  });

  it('survive a file too big to keep loaded, which keeps its formatting too', async () => {
    const path = join(directory, 'book.xlsx');
    await userWorkbook(path);
    const first = await readWorkbookFile(path, { maxKeptCells: 0 });
    expect(first.source.excel).toBeUndefined();
    first.workbook.sheets[0].values[1] = ['added'];
    await writeWorkbook(path, first.workbook, { source: first.source, properties: TRICKY });
    const back = await readWorkbookFile(path);
    expect(back.properties).toEqual(TRICKY);
    expect(back.workbook.sheets[0].values).toEqual([['kept'], ['added']]);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path);
    expect(excel.getWorksheet('Data')!.getCell('A1').fill).toEqual(YELLOW);
  });

  it('load from a file written before the user and emulator stores existed, with those stores empty', async () => {
    const path = join(directory, 'older.xlsx');
    // The tab as the earlier version wrote it: its note, its header, document and script rows only.
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet('Customers').getCell('A1').value = 'Customer ID';
    const tab = excel.addWorksheet('Solo CRM data', { state: 'veryHidden' });
    tab.addRow(['Solo CRM keeps its document and script properties here. Do not edit or delete this tab.']);
    tab.addRow(['Store', 'Key', 'Value']);
    tab.addRow(['document', 'crm.customers.lastIssuedId', '7']);
    tab.addRow(['script', 'crm.signing-secret', 'abc']);
    await excel.xlsx.writeFile(path);

    const { workbook, properties } = await readWorkbookFile(path);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Customers']);
    expect(properties).toEqual({
      document: { 'crm.customers.lastIssuedId': '7' },
      script: { 'crm.signing-secret': 'abc' },
      user: {},
      emulator: {},
    });
  });

  it('keep each store in rows of its own name, after the note and the header', async () => {
    const path = join(directory, 'rows.xlsx');
    await writeWorkbook(path, emptyWorkbook('Rows'), { properties: TRICKY });
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path);
    const tab = excel.getWorksheet('Solo CRM data')!;
    const rows: string[][] = [];
    tab.eachRow((row) => {
      rows.push([1, 2, 3].map((c) => String(row.getCell(c).value ?? '')));
    });
    expect(rows[0][0]).toContain('document, script and user properties');
    expect(rows[0][0]).toContain('emulated clock');
    expect(rows[1]).toEqual(['Store', 'Key', 'Value']);
    expect(rows.slice(2).map((row) => row[0])).toEqual([
      ...Array(6).fill('document'),
      'script',
      'user',
      'emulator',
      'emulator',
    ]);
    expect(rows.at(-1)).toEqual(['emulator', 'mail.dailyQuota', '1500']);
  });

  it('refuse a tab of the workbook named like the property tab', async () => {
    const workbook = emptyWorkbook('Book');
    workbook.sheets.push(emptySheet('Solo CRM data', 1));
    await expect(writeWorkbook(join(directory, 'x.xlsx'), workbook, { properties: TRICKY })).rejects.toThrow(
      'the tab name "Solo CRM data" is the one the workbook\'s properties are kept in',
    );
  });
});
