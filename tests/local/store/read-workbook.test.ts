import { chmod, copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src/local/store/read-workbook';
import { WorkbookStoreError } from '../../../src/local/store/workbook-store-error';

// excel-style.xlsx is built by tests/fixtures/store/make-excel-style.py, which lists every cell it holds.
const fixtures = fileURLToPath(new URL('../../fixtures/store/', import.meta.url));
const excelStyle = join(fixtures, 'excel-style.xlsx');

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'read-workbook-'));
});

afterEach(async () => {
  await chmod(directory, 0o700).catch(() => {});
  await rm(directory, { recursive: true, force: true });
});

describe('readWorkbook: a file written the way Excel and LibreOffice write', () => {
  it('reads rich text, hyperlinks, errors, shared formulas, dates and inline strings as Sheets would', async () => {
    const workbook = await readWorkbook(excelStyle);
    const deals = workbook.sheets[0];
    expect(deals.values).toEqual([
      // Serial 46000 = 1970-01-01 + (46000 - 25569) days = 2025-12-09 (20431 days: 55 years of 365 days
      // plus 14 leap days is 20089, leaving day 343 of 2025, Dec 9).
      [
        'Acme Ltd',
        10,
        20,
        '#N/A',
        'Example site',
        new Date('2025-12-09T00:00:00Z'),
        0.25,
        '#DIV/0!',
        'Acme Ltd!',
        'inline',
      ],
      [true, 20, 40, '', '', '', '', '', '', ''],
      ['', 30, 60, '', '', '', '', '', '', ''],
      ['00123', '', '', '', '', '', '', '', '', ''],
      ['Stage', '', '', '', '', '', '', '', '', ''],
    ]);
    // C2 and C3 share C1's formula B1*2, moved down one and two rows.
    expect(deals.formulas).toEqual(
      new Map([
        ['0:2', '=B1*2'],
        ['0:7', '=1/0'],
        ['0:8', '=A1&"!"'],
        ['1:2', '=B2*2'],
        ['2:2', '=B3*2'],
      ]),
    );
    // Built-in format 14 is the short date, which exceljs names mm-dd-yy [ECMA-376 Part 1, 18.8.30].
    expect(deals.numberFormats).toEqual(
      new Map([
        ['0:5', 'mm-dd-yy'],
        ['0:6', '0.0%'],
      ]),
    );
    expect(deals.validations).toEqual(
      new Map([['4:1', { kind: 'list', values: ['New', 'Won', 'Lost'], allowInvalid: false }]]),
    );
    expect([deals.frozenRows, deals.frozenColumns, deals.hidden, deals.maxRows, deals.maxColumns]).toEqual([
      1,
      0,
      false,
      1000,
      26,
    ]);
  });

  it('reads tab order, hidden tabs, and defaults the name, time zone and id', async () => {
    const workbook = await readWorkbook(excelStyle);
    expect(workbook.name).toBe('excel-style');
    expect(workbook.timeZone).toBe('Etc/UTC');
    expect(workbook.id).toBe('local-workbook');
    expect(workbook.sheets.map((sheet) => [sheet.name, sheet.sheetId, sheet.hidden])).toEqual([
      ['Deals', 0, false],
      ['Lists', 1, true],
    ]);
    expect(workbook.sheets[1].values).toEqual([['New'], ['Won'], ['Lost']]);
  });

  it('reads a file without a stored zone in the zone it is told', async () => {
    const workbook = await readWorkbook(excelStyle, { timeZone: 'Asia/Kolkata', id: 'given' });
    expect(workbook.timeZone).toBe('Asia/Kolkata');
    expect(workbook.id).toBe('given');
    // Midnight on 2025-12-09 in Kolkata (UTC+05:30) is 18:30Z the day before.
    expect(workbook.sheets[0].values[0][5]).toEqual(new Date('2025-12-08T18:30:00Z'));
  });
});

describe('readWorkbook: errors name the path and the reason', () => {
  it('rejects a missing file', async () => {
    const path = join(directory, 'missing.xlsx');
    await expect(readWorkbook(path)).rejects.toThrow(`${path}: cannot read workbook: no such file`);
    await expect(readWorkbook(path)).rejects.toBeInstanceOf(WorkbookStoreError);
  });

  it('rejects a text file renamed to .xlsx, and an empty file', async () => {
    const text = join(directory, 'notes.xlsx');
    await writeFile(text, 'name,email\nAda,ada@example.com\n');
    await expect(readWorkbook(text)).rejects.toThrow(
      `${text}: not an .xlsx workbook: the file is not a zip archive`,
    );
    const empty = join(directory, 'empty.xlsx');
    await writeFile(empty, '');
    await expect(readWorkbook(empty)).rejects.toThrow(`${empty}: not an .xlsx workbook: the file is empty`);
  });

  it('rejects a zip archive that holds no workbook', async () => {
    const path = join(directory, 'archive.xlsx');
    await copyFile(join(fixtures, 'zip-not-workbook.xlsx'), path);
    await expect(readWorkbook(path)).rejects.toThrow(`${path}: not an .xlsx workbook: it has no worksheets`);
  });

  it('rejects a damaged zip archive', async () => {
    const path = join(directory, 'damaged.xlsx');
    // A local file header signature followed by nothing a zip reader can use.
    await writeFile(path, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 0x41)]));
    await expect(readWorkbook(path)).rejects.toThrow(`${path}: not a readable .xlsx workbook:`);
  });

  it('rejects a directory', async () => {
    await expect(readWorkbook(directory)).rejects.toThrow(
      `${directory}: cannot read workbook: it is a directory, not a file`,
    );
  });

  // The superuser reads files whatever their mode, so this case only means something for other users.
  it.skipIf(process.getuid?.() === 0)('rejects a file it has no permission to read', async () => {
    const path = join(directory, 'locked.xlsx');
    await copyFile(excelStyle, path);
    await chmod(path, 0o000);
    await expect(readWorkbook(path)).rejects.toThrow(`${path}: cannot read workbook: permission denied`);
  });
});
