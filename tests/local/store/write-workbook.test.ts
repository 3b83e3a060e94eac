import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CellValue,
  emptySheet,
  emptyWorkbook,
  type SheetData,
  type WorkbookData,
} from '../../../src/local/emulator/workbook-data';
import { readWorkbook } from '../../../src/local/store/read-workbook';
import { writeWorkbook } from '../../../src/local/store/write-workbook';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'write-workbook-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function workbookWith(
  values: CellValue[][],
  timeZone = 'Etc/UTC',
  edit?: (sheet: SheetData) => void,
): WorkbookData {
  const workbook = emptyWorkbook('Round trip', timeZone);
  workbook.sheets[0].values = values;
  edit?.(workbook.sheets[0]);
  return workbook;
}

async function roundTrip(workbook: WorkbookData): Promise<WorkbookData> {
  const path = join(directory, 'book.xlsx');
  await writeWorkbook(path, workbook);
  return readWorkbook(path);
}

/** The file as exceljs sees it, to check what Excel, LibreOffice and Google would be shown. */
async function rawSheet(path: string, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.getWorksheet(name)!;
}

describe('writeWorkbook then readWorkbook: values', () => {
  it('keeps numbers, strings, booleans and empty cells, padding rows to the used rectangle', async () => {
    const values: CellValue[][] = [
      ['name', 'count', 'ok', ''],
      ['Zoë Ångström', 3, true],
      ['', -0.1, false, 'last'],
    ];
    const back = await roundTrip(workbookWith(values));
    expect(back.sheets[0].values).toEqual([
      ['name', 'count', 'ok', ''],
      ['Zoë Ångström', 3, true, ''],
      ['', -0.1, false, 'last'],
    ]);
  });

  it('keeps big and tiny numbers exactly', async () => {
    // Each is the double JavaScript parses from the literal; the file holds its shortest decimal form.
    const numbers = [
      Number('12345678901234567890'), // a 20-digit id as an import would parse it
      2 ** 64,
      Number.MAX_SAFE_INTEGER,
      2 ** 53 + 2,
      -1e300,
      1e-300,
      0.1 + 0.2,
      123456.789,
    ];
    const back = await roundTrip(workbookWith([numbers]));
    expect(back.sheets[0].values[0]).toEqual(numbers);
    expect(back.sheets[0].values[0].every((value) => typeof value === 'number')).toBe(true);
  });

  it('keeps strings that look like numbers, booleans, dates or errors as strings', async () => {
    const strings = [
      '00123',
      '1e5',
      'TRUE',
      '2026-03-08',
      '#N/A',
      ' padded ',
      'line\nbreak',
      '=1+1',
      '_x0041_',
      'a\u0001b',
    ];
    const path = join(directory, 'strings.xlsx');
    await writeWorkbook(path, workbookWith([strings]));
    const back = await readWorkbook(path);
    expect(back.sheets[0].values[0]).toEqual(strings);
    expect(back.sheets[0].formulas.size).toBe(0);
    // '=1+1' without an entry in formulas is text in the file, not a formula Excel would evaluate.
    const cell = (await rawSheet(path, 'Sheet1')).getCell('H1');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=1+1');
  });

  it('rejects NaN, infinities and invalid dates, naming the cell', async () => {
    const path = join(directory, 'bad.xlsx');
    await expect(writeWorkbook(path, workbookWith([[1, Number.NaN]]))).rejects.toThrow(
      `${path}: cannot write workbook: Sheet1!B1: NaN is not a finite number`,
    );
    await expect(writeWorkbook(path, workbookWith([[], ['', Number.POSITIVE_INFINITY]]))).rejects.toThrow(
      'Sheet1!B2: Infinity is not a finite number',
    );
    await expect(writeWorkbook(path, workbookWith([[new Date(Number.NaN)]]))).rejects.toThrow(
      'Sheet1!A1: the date is invalid',
    );
  });
});

describe('writeWorkbook then readWorkbook: dates and time zones', () => {
  // Instants either side of New York's 2026 transitions (Mar 8 02:00 EST -> 03:00 EDT; Nov 1 02:00 EDT ->
  // 01:00 EST [15 U.S.C. 260a]), a Kolkata (UTC+05:30) evening that is the next day in India, milliseconds.
  const instants = [
    '2026-03-08T06:59:00.000Z',
    '2026-03-08T07:00:00.000Z',
    '2026-03-08T07:30:00.000Z',
    '2026-11-01T05:30:00.000Z',
    '2026-11-01T07:00:00.000Z',
    '2026-01-15T20:45:30.125Z',
    '1969-07-20T20:17:40.000Z',
    '2026-02-28T23:59:59.999Z',
  ].map((text) => new Date(text));

  for (const zone of ['Etc/UTC', 'America/New_York', 'Asia/Kolkata']) {
    it(`preserves each instant in ${zone}`, async () => {
      const back = await roundTrip(workbookWith([instants], zone));
      expect(back.timeZone).toBe(zone);
      expect(back.sheets[0].values[0]).toEqual(instants);
      expect(back.sheets[0].numberFormats.size).toBe(0);
    });
  }

  it('stores the wall clock of the spreadsheet zone, with a date format, in the file', async () => {
    const path = join(directory, 'ny.xlsx');
    await writeWorkbook(
      path,
      workbookWith(
        [[new Date('2026-03-08T07:00:00Z'), new Date('2026-07-04T04:00:00Z')]],
        'America/New_York',
      ),
    );
    const sheet = await rawSheet(path, 'Sheet1');
    // 07:00Z is 03:00 EDT; 04:00Z on Jul 4 is midnight EDT. exceljs hands serials over as UTC Dates.
    expect(sheet.getCell('A1').value).toEqual(new Date('2026-03-08T03:00:00Z'));
    expect(sheet.getCell('A1').numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(sheet.getCell('B1').value).toEqual(new Date('2026-07-04T00:00:00Z'));
    expect(sheet.getCell('B1').numFmt).toBe('yyyy-mm-dd');
  });

  it('reads the second pass through a repeated hour as the first, as a zone-less serial must', async () => {
    // 06:30Z on Nov 1 is 01:30 EST, whose wall clock 01:30 first occurred at 05:30Z (EDT).
    const back = await roundTrip(workbookWith([[new Date('2026-11-01T06:30:00Z')]], 'America/New_York'));
    expect(back.sheets[0].values[0][0]).toEqual(new Date('2026-11-01T05:30:00Z'));
  });

  it('keeps a date number format the workbook sets', async () => {
    const back = await roundTrip(
      workbookWith([[new Date('2026-05-01T00:00:00Z')]], 'Etc/UTC', (sheet) =>
        sheet.numberFormats.set('0:0', 'd mmm yyyy'),
      ),
    );
    expect(back.sheets[0].values[0][0]).toEqual(new Date('2026-05-01T00:00:00Z'));
    expect([...back.sheets[0].numberFormats]).toEqual([['0:0', 'd mmm yyyy']]);
  });

  it('rejects an unknown time zone', async () => {
    const path = join(directory, 'zone.xlsx');
    await expect(writeWorkbook(path, workbookWith([[1]], 'Mars/Olympus_Mons'))).rejects.toThrow(
      `${path}: cannot write workbook: unknown time zone "Mars/Olympus_Mons"`,
    );
  });
});

describe('writeWorkbook then readWorkbook: formulas and formats', () => {
  it('keeps formula text and cached results of every type', async () => {
    const when = new Date('2026-04-01T12:00:00Z');
    const workbook = workbookWith([[2, 4, 'two', true, when, '#N/A', '']], 'Asia/Kolkata', (sheet) => {
      sheet.formulas.set('0:1', '=A1*2');
      sheet.formulas.set('0:2', '=IF(A1=2,"two","other")');
      sheet.formulas.set('0:3', '=A1>1');
      sheet.formulas.set('0:4', '=DATE(2026,4,1)+TIME(17,30,0)');
      sheet.formulas.set('0:5', '=NA()');
      sheet.formulas.set('0:6', '=""');
      sheet.formulas.set('1:0', '=SUM(A1:B1)');
    });
    const path = join(directory, 'formulas.xlsx');
    await writeWorkbook(path, workbook);
    const back = await readWorkbook(path);
    expect(back.sheets[0].formulas).toEqual(workbook.sheets[0].formulas);
    // Row 2 holds only a formula with no cached value yet, which reads as ''.
    expect(back.sheets[0].values).toEqual([
      [2, 4, 'two', true, when, '#N/A', ''],
      ['', '', '', '', '', '', ''],
    ]);
    const sheet = await rawSheet(path, 'Sheet1');
    expect(sheet.getCell('B1').value).toEqual({ formula: 'A1*2', result: 4 });
    expect(sheet.getCell('F1').value).toEqual({ formula: 'NA()', result: { error: '#N/A' } });
    // 12:00Z is 17:30 in Kolkata: the cached result is that wall clock.
    expect((sheet.getCell('E1').value as ExcelJS.CellFormulaValue).result).toEqual(
      new Date('2026-04-01T17:30:00Z'),
    );
  });

  it('keeps number formats, including formats on empty cells', async () => {
    const back = await roundTrip(
      workbookWith([[0.256, 1234.5, 42]], 'Etc/UTC', (sheet) => {
        sheet.numberFormats.set('0:0', '0.0%');
        sheet.numberFormats.set('0:1', '#,##0.00 [$€-x-euro2]');
        sheet.numberFormats.set('3:4', '@');
      }),
    );
    expect(back.sheets[0].values).toEqual([[0.256, 1234.5, 42]]);
    expect(new Map(back.sheets[0].numberFormats)).toEqual(
      new Map([
        ['0:0', '0.0%'],
        ['0:1', '#,##0.00 [$€-x-euro2]'],
        ['3:4', '@'],
      ]),
    );
  });
});

describe('writeWorkbook then readWorkbook: tabs', () => {
  it('keeps validations, frozen panes, hidden tabs, tab order, name, time zone and id', async () => {
    const workbook: WorkbookData = {
      id: 'sheet-123',
      name: 'Solo CRM',
      timeZone: 'Asia/Kolkata',
      sheets: [],
    };
    for (const name of ['Zeta', 'Customers', 'Log', 'a tab with spaces']) {
      workbook.sheets.push(emptySheet(name, workbook.sheets.length));
    }
    const customers = workbook.sheets[1];
    customers.values = [['Name', 'Stage', 'Score', 'Since', 'Opted in']];
    customers.frozenRows = 1;
    customers.frozenColumns = 2;
    for (let r = 1; r <= 3; r++) {
      customers.validations.set(`${r}:1`, {
        kind: 'list',
        values: ['Lead', 'Customer'],
        allowInvalid: false,
      });
      customers.validations.set(`${r}:2`, { kind: 'number-between', min: 0, max: 10, allowInvalid: true });
      customers.validations.set(`${r}:3`, { kind: 'date', allowInvalid: false });
      customers.validations.set(`${r}:4`, { kind: 'checkbox', allowInvalid: false });
    }
    workbook.sheets[2].hidden = true;
    workbook.sheets[2].frozenRows = 3;
    const back = await roundTrip(workbook);
    expect(back.id).toBe('sheet-123');
    expect(back.name).toBe('Solo CRM');
    expect(back.timeZone).toBe('Asia/Kolkata');
    expect(
      back.sheets.map((sheet) => [
        sheet.name,
        sheet.sheetId,
        sheet.hidden,
        sheet.frozenRows,
        sheet.frozenColumns,
      ]),
    ).toEqual([
      ['Zeta', 0, false, 0, 0],
      ['Customers', 1, false, 1, 2],
      ['Log', 2, true, 3, 0],
      ['a tab with spaces', 3, false, 0, 0],
    ]);
    expect(back.sheets[1].validations).toEqual(customers.validations);
    expect(back.sheets[0].values).toEqual([]);
  });

  it('grows the grid to the used range past 1000 x 26 and keeps the default below it', async () => {
    const back = await roundTrip(
      workbookWith([['a']], 'Etc/UTC', (sheet) => {
        sheet.numberFormats.set('1499:2', '0.00');
        sheet.validations.set('3:29', { kind: 'checkbox', allowInvalid: false });
      }),
    );
    expect([back.sheets[0].maxRows, back.sheets[0].maxColumns]).toEqual([1500, 30]);
    const small = await roundTrip(workbookWith([['a']]));
    expect([small.sheets[0].maxRows, small.sheets[0].maxColumns]).toEqual([1000, 26]);
  });

  it('rejects a workbook without a visible tab and an invalid tab name', async () => {
    const path = join(directory, 'tabs.xlsx');
    const none = emptyWorkbook();
    none.sheets = [];
    await expect(writeWorkbook(path, none)).rejects.toThrow(
      `${path}: cannot write workbook: a workbook needs at least one tab`,
    );
    const hidden = emptyWorkbook();
    hidden.sheets[0].hidden = true;
    await expect(writeWorkbook(path, hidden)).rejects.toThrow('at least one visible tab');
    const badName = emptyWorkbook();
    badName.sheets[0].name = 'a/b?';
    await expect(writeWorkbook(path, badName)).rejects.toThrow(
      `${path}: cannot write workbook: tab name "a/b?" is not allowed`,
    );
    const twins = emptyWorkbook();
    twins.sheets.push(emptySheet('sheet1', 1));
    await expect(writeWorkbook(path, twins)).rejects.toThrow('two tabs are named "sheet1"');
    expect(await readdir(directory)).toEqual([]);
  });

  it('rejects a list validation .xlsx cannot hold inline, naming the cell', async () => {
    const path = join(directory, 'list.xlsx');
    const workbook = workbookWith([['x']], 'Etc/UTC', (sheet) =>
      sheet.validations.set('4:2', { kind: 'list', values: ['Smith, J.'], allowInvalid: false }),
    );
    await expect(writeWorkbook(path, workbook)).rejects.toThrow(
      /Sheet1!C5: list item "Smith, J\." contains a comma/,
    );
  });
});

describe('writeWorkbook: atomic replacement', () => {
  it('leaves the original file byte for byte when serialisation fails mid-way, and no temp file', async () => {
    const path = join(directory, 'crm.xlsx');
    await writeWorkbook(path, workbookWith([['original', 1]]));
    const before = await readFile(path);
    // 5,000 good rows stream out before the bad value in the last one throws.
    const rows: CellValue[][] = Array.from({ length: 5000 }, (_, r) => [`row ${r}`, r, r / 7]);
    rows.push(['bad', Number.NaN]);
    await expect(writeWorkbook(path, workbookWith(rows))).rejects.toThrow(
      'Sheet1!B5001: NaN is not a finite number',
    );
    expect((await readFile(path)).equals(before)).toBe(true);
    expect(await readdir(directory)).toEqual(['crm.xlsx']);
    expect((await readWorkbook(path)).sheets[0].values).toEqual([['original', 1]]);
  });

  it('leaves the original untouched when the target directory is gone', async () => {
    const path = join(directory, 'missing', 'crm.xlsx');
    await expect(writeWorkbook(path, workbookWith([[1]]))).rejects.toThrow(
      `${path}: cannot write workbook: ENOENT`,
    );
  });

  it('replaces an existing file with the new content', async () => {
    const path = join(directory, 'crm.xlsx');
    await writeFile(path, 'not even a workbook');
    await writeWorkbook(path, workbookWith([['new']]));
    expect((await readWorkbook(path)).sheets[0].values).toEqual([['new']]);
    expect(await readdir(directory)).toEqual(['crm.xlsx']);
  });
  it('carries bold headers, notes, column widths, the filter and the active tab into the file', async () => {
    const workbook = workbookWith([
      ['Customer ID', 'Revenue'],
      ['C1', 12.5],
    ]);
    const sheet = workbook.sheets[0];
    sheet.bold = new Set(['0:0', '0:1']);
    sheet.notes = new Map([['0:1', 'Paid orders']]);
    sheet.columnWidths = new Map([[1, 145]]);
    sheet.filter = { row: 1, column: 1, numRows: 1000, numColumns: 2 };
    const dashboard = emptySheet('Dashboard', 7);
    dashboard.values = [['KPI']];
    workbook.sheets.push(dashboard);
    workbook.activeSheetId = 7;
    const path = join(directory, 'dressed.xlsx');
    await writeWorkbook(path, workbook);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(path);
    const first = excel.worksheets[0];
    expect(first.getCell('A1').font?.bold).toBe(true);
    expect(first.getCell('B1').font?.bold).toBe(true);
    expect(first.getCell('A2').font?.bold).toBeFalsy();
    expect(first.getCell('B1').note).toBe('Paid orders');
    // 145 px is (145 − 5) / 7 = 20 characters of Excel's default font.
    expect(first.getColumn(2).width).toBe(20);
    expect(first.autoFilter).toBe('A1:B1000');
    expect(excel.views[0].activeTab).toBe(1);
  });
});
