import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyWorkbook } from '../../../src/local/emulator/workbook-data';
import { readWorkbook } from '../../../src/local/store/read-workbook';
import { withWorkbookFile } from '../../../src/local/store/with-workbook-file';
import { writeWorkbook } from '../../../src/local/store/write-workbook';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'with-workbook-file-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('withWorkbookFile', () => {
  it('fails the save, keeping the other program’s version, when the file changed after the read', async () => {
    const path = join(directory, 'book.xlsx');
    const start = emptyWorkbook('Book');
    start.sheets[0].values = [['ours before']];
    await writeWorkbook(path, start);
    const save = withWorkbookFile(path, { writes: true }, async (file) => {
      // Another program (a spreadsheet app, which takes no lock) saves the workbook meanwhile.
      const other = new ExcelJS.Workbook();
      other.addWorksheet('Sheet1').getCell('A1').value = 'theirs';
      await writeFile(path, Buffer.from(await other.xlsx.writeBuffer()));
      file.workbook.sheets[0].values[0][0] = 'ours after';
      await file.save(file.workbook);
    });
    await expect(save).rejects.toThrow(
      `${path}: the file was changed by another program since it was read; that version is kept and nothing was written`,
    );
    expect((await readWorkbook(path)).sheets[0].values).toEqual([['theirs']]);
    expect((await readdir(directory)).sort()).toEqual(['book.xlsx']);
  });

  it('creates the file from `create` when there is none, and refuses a file made meanwhile', async () => {
    const path = join(directory, 'new.xlsx');
    await withWorkbookFile(path, { writes: true, create: () => emptyWorkbook('New') }, async (file) => {
      file.workbook.sheets[0].values = [['made']];
      await file.save(file.workbook);
    });
    expect((await readWorkbook(path)).sheets[0].values).toEqual([['made']]);
    const other = join(directory, 'raced.xlsx');
    const raced = withWorkbookFile(
      other,
      { writes: true, create: () => emptyWorkbook('New') },
      async (file) => {
        await writeFile(other, 'someone else');
        await file.save(file.workbook);
      },
    );
    await expect(raced).rejects.toThrow('changed by another program');
    expect(await readFile(other, 'utf8')).toBe('someone else');
  });
});
