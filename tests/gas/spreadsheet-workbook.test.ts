import { describe, expect, it } from 'vitest';
import { SpreadsheetWorkbook } from '../../src/gas/spreadsheet-workbook';
import { environment, inExecution } from './gas-globals';

describe('SpreadsheetWorkbook over the emulated SpreadsheetApp', () => {
  it('creates a tab, writes a block with one setValues and reads the tab with one getValues', () => {
    const env = environment();
    const execution = inExecution(env, () => {
      const workbook = SpreadsheetWorkbook.active();
      workbook.createTab('Orders');
      // As Set up does: the ID column is plain text, so Sheets keeps '1' a string.
      workbook.formatColumn('Orders', 1, '@');
      workbook.writeBlock('Orders', 1, 1, [
        ['Order ID', 'Amount'],
        ['1', 10],
        ['2', 20],
      ]);
      expect(workbook.readTab('Orders')).toEqual([
        ['Order ID', 'Amount'],
        ['1', 10],
        ['2', 20],
      ]);
    });
    expect(execution.count('Range.setValues')).toBe(1);
    expect(execution.count('Range.getValues')).toBe(1);
    const sheet = env.workbook.sheets.find((s) => s.name === 'Orders')!;
    expect(sheet.values.slice(0, 3)).toEqual([
      ['Order ID', 'Amount'],
      ['1', 10],
      ['2', 20],
    ]);
  });

  it('writes text that looks like a formula as text, also when it was read back without its apostrophe', () => {
    const env = environment();
    inExecution(env, () => {
      const workbook = SpreadsheetWorkbook.active();
      workbook.createTab('Customers');
      workbook.writeBlock('Customers', 1, 1, [
        ['\'=HYPERLINK("http://x.example")', '+351 910', '@home', 'Ana'],
      ]);
      const [row] = workbook.readTab('Customers');
      // Sheets returns the text without the apostrophe; writing it again must not make a formula.
      expect(row).toEqual(['=HYPERLINK("http://x.example")', '+351 910', '@home', 'Ana']);
      workbook.writeBlock('Customers', 1, 1, [row]);
      expect(workbook.readTab('Customers')).toEqual([row]);
    });
    const sheet = env.workbook.sheets.find((s) => s.name === 'Customers')!;
    expect(sheet.formulas.size).toBe(0);
    expect(sheet.values[0]).toEqual(['=HYPERLINK("http://x.example")', '+351 910', '@home', 'Ana']);
  });

  it('grows the grid past Google’s 1000 × 26 and pads short rows', () => {
    const env = environment();
    inExecution(env, () => {
      const workbook = SpreadsheetWorkbook.active();
      workbook.createTab('Wide');
      workbook.writeBlock('Wide', 1, 30, [['AD1', 'AE1'], ['AD2']]);
      workbook.appendRows(
        'Wide',
        Array.from({ length: 1500 }, (_, i) => [i]),
      );
    });
    const sheet = env.workbook.sheets.find((s) => s.name === 'Wide')!;
    expect(sheet.maxColumns).toBeGreaterThanOrEqual(31);
    expect(sheet.maxRows).toBeGreaterThanOrEqual(1502);
    expect(sheet.values[0][29]).toBe('AD1');
    expect(sheet.values[1][30]).toBe('');
    // appendRows starts below the last row with data (row 2): rows 3…1502.
    expect(sheet.values[2][0]).toBe(0);
    expect(sheet.values[1501][0]).toBe(1499);
  });

  it('reads the header, a column and a block; an empty or missing tab reads as nothing', () => {
    const env = environment();
    inExecution(env, () => {
      const workbook = SpreadsheetWorkbook.active();
      expect(workbook.readTab('Nope')).toEqual([]);
      expect(workbook.readHeader('Nope')).toEqual([]);
      workbook.createTab('T');
      expect(workbook.readTab('T')).toEqual([]);
      workbook.writeBlock('T', 1, 1, [
        ['Key', 'Value', ''],
        ['a', 1, ''],
        ['b', 2, ''],
      ]);
      expect(workbook.readHeader('T')).toEqual(['Key', 'Value']);
      expect(workbook.readColumn('T', 2, 2)).toEqual([1, 2]);
      expect(workbook.readBlock('T', 2, 1, 3, 2)).toEqual([
        ['a', 1],
        ['b', 2],
        ['', ''],
      ]);
      workbook.clearRows('T', 2);
      expect(workbook.readTab('T')).toEqual([['Key', 'Value']]);
      expect(() => workbook.createTab('T')).toThrow('A tab named "T" already exists.');
      expect(() => workbook.writeBlock('Missing', 1, 1, [[1]])).toThrow(
        'The tab "Missing" does not exist; run Solo CRM > Set up first.',
      );
    });
  });

  it('sets formats, validation (warning only), frozen rows and hides a tab', () => {
    const env = environment();
    inExecution(env, () => {
      const workbook = SpreadsheetWorkbook.active();
      workbook.createTab('F');
      workbook.freezeRows('F', 1);
      workbook.formatColumn('F', 2, '#,##0.00');
      workbook.validateColumn('F', 3, { kind: 'list', values: ['in', 'out'] });
      workbook.validateColumn('F', 4, { kind: 'number-between', min: 0, max: 10 });
      workbook.validateCell('F', 8, 5, { kind: 'list', values: ['auto', 'bgnbd'] });
      workbook.hideTab('F');
      expect(workbook.timeZone()).toBe('Etc/UTC');
    });
    const sheet = env.workbook.sheets.find((s) => s.name === 'F')!;
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.hidden).toBe(true);
    // Row 2 (index 1) of column B (index 1) and the last row of the grid.
    expect(sheet.numberFormats.get('1:1')).toBe('#,##0.00');
    expect(sheet.numberFormats.get(`${sheet.maxRows - 1}:1`)).toBe('#,##0.00');
    expect(sheet.numberFormats.has('0:1')).toBe(false);
    expect(sheet.validations.get('1:2')).toEqual({ kind: 'list', values: ['in', 'out'], allowInvalid: true });
    expect(sheet.validations.get('1:3')).toEqual({
      kind: 'number-between',
      min: 0,
      max: 10,
      allowInvalid: true,
    });
    // One cell only: E8 (indices 7:4), not the cells around it.
    expect(sheet.validations.get('7:4')).toEqual({
      kind: 'list',
      values: ['auto', 'bgnbd'],
      allowInvalid: true,
    });
    expect(sheet.validations.has('8:4')).toBe(false);
    expect(sheet.validations.has('6:4')).toBe(false);
  });
});

describe('SpreadsheetWorkbook growing a tab past its grid', () => {
  it('carries the formats and validation of the last grid row onto every added row, in two calls', () => {
    const env = environment();
    const execution = inExecution(env, () => {
      const workbook = SpreadsheetWorkbook.active();
      workbook.createTab('Orders');
      workbook.freezeRows('Orders', 1);
      workbook.writeBlock('Orders', 1, 1, [['Order ID', 'Amount', 'Status']]);
      workbook.boldHeader('Orders', 1, 3);
      workbook.formatColumn('Orders', 2, '#,##0.00');
      workbook.validateColumn('Orders', 3, { kind: 'list', values: ['paid', 'refunded'] });
      const rows = Array.from({ length: 2500 }, (_, i) => [`O${i}`, i, 'paid']);
      workbook.appendRows('Orders', rows);
    });
    const sheet = env.workbook.sheets.find((s) => s.name === 'Orders')!;
    expect(sheet.maxRows).toBe(2501);
    for (const row of [1, 999, 1000, 1800, 2500]) {
      expect(sheet.numberFormats.get(`${row}:1`)).toBe('#,##0.00');
      expect(sheet.validations.get(`${row}:2`)).toEqual({
        kind: 'list',
        values: ['paid', 'refunded'],
        allowInvalid: true,
      });
      // The header's bold stays in the header.
      expect(sheet.bold?.has(`${row}:0`) ?? false).toBe(false);
    }
    expect(execution.count('Range.copyTo')).toBe(2);
  });

  it('copies nothing when the grid holds only the header', () => {
    const env = environment();
    inExecution(env, () => {
      const workbook = SpreadsheetWorkbook.active();
      workbook.createTab('Tiny');
      workbook.freezeRows('Tiny', 1);
      workbook.writeBlock('Tiny', 1, 1, [['Header']]);
      workbook.boldHeader('Tiny', 1, 1);
      workbook.deleteRows('Tiny', 2, 999);
      workbook.appendRows('Tiny', [['a'], ['b']]);
    });
    const sheet = env.workbook.sheets.find((s) => s.name === 'Tiny')!;
    expect(sheet.values.slice(0, 3)).toEqual([['Header'], ['a'], ['b']]);
    expect(sheet.bold?.has('1:0') ?? false).toBe(false);
  });
});

describe('SpreadsheetWorkbook.deleteRows', () => {
  it('deletes rows, moving formulas below up, even when they are all the rows under the header', () => {
    const env = environment();
    inExecution(env, () => {
      const workbook = SpreadsheetWorkbook.active();
      workbook.createTab('D');
      workbook.freezeRows('D', 1);
      workbook.writeBlock('D', 1, 1, [
        ['Key', 'Formula'],
        ['a', ''],
        ['b', ''],
      ]);
      // The user's formulas (the adapter itself only ever writes values).
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheetByName('D')!
        .getRange(2, 2, 2, 1)
        .setFormulas([['=1+1'], ['=2+2']]);
      workbook.deleteRows('D', 2, 1);
      expect(workbook.readColumn('D', 1, 2)).toEqual(['b']);
    });
    const sheet = env.workbook.sheets.find((s) => s.name === 'D')!;
    // The formula of row 3 moved up to row 2 (0-based row 1, column 1).
    expect(sheet.formulas.get('1:1')).toBe('=2+2');
    sheet.maxRows = 3;
    inExecution(env, () => {
      // Rows 2-3 are every row below the frozen header: the grid keeps one empty row.
      SpreadsheetWorkbook.active().deleteRows('D', 2, 2);
    });
    expect(sheet.maxRows).toBe(2);
    expect(sheet.values.filter((r) => r.some((c) => c !== ''))).toEqual([['Key', 'Formula']]);
  });
  it('dresses a tab: bold header, widths, filter, notes, per-cell formats, charts, active tab, Sheet1 deleted', () => {
    const env = environment();
    const execution = inExecution(env, () => {
      const workbook = SpreadsheetWorkbook.active();
      workbook.createTab('Dashboard');
      workbook.writeBlock('Dashboard', 1, 1, [
        ['Month', 'Revenue'],
        ['2024-01', 1200],
        ['2024-02', 0.5],
      ]);
      workbook.boldHeader('Dashboard', 1, 2);
      workbook.setColumnWidths('Dashboard', 2, [150, 90]);
      workbook.addFilter('Dashboard', 2);
      workbook.addFilter('Dashboard', 2); // a tab has one filter: the second call keeps it
      workbook.setHeaderNotes('Dashboard', 1, ['', 'Paid orders, in the base currency']);
      workbook.formatBlock('Dashboard', 2, 2, [['$#,##0'], ['0 %']]);
      const chart = {
        kind: 'column' as const,
        title: 'Revenue by month',
        source: { row: 1, column: 1, rows: 3, columns: 2 },
        anchor: { row: 1, column: 5 },
        width: 500,
        height: 300,
      };
      workbook.replaceCharts('Dashboard', [chart]);
      workbook.replaceCharts('Dashboard', [
        { ...chart, kind: 'pie', title: 'Again' },
        // Two value columns (predicted, actual): the legend names them.
        { ...chart, kind: 'line', title: 'Two series', source: { row: 1, column: 1, rows: 3, columns: 3 } },
      ]);
      workbook.activateTab('Dashboard');
      workbook.deleteTab('Sheet1');
    });
    expect(execution.count('Range.setFontWeight')).toBe(1);
    expect(execution.count('Range.setNumberFormats')).toBe(1);
    expect(execution.count('Range.createFilter')).toBe(1);
    const sheet = env.workbook.sheets.find((s) => s.name === 'Dashboard')!;
    expect([...(sheet.bold ?? [])].sort()).toEqual(['0:0', '0:1']);
    expect([...(sheet.columnWidths ?? [])]).toEqual([
      [1, 150],
      [2, 90],
    ]);
    expect(sheet.filter).toEqual({ row: 1, column: 1, numRows: 1000, numColumns: 2 });
    expect([...(sheet.notes ?? [])]).toEqual([['0:1', 'Paid orders, in the base currency']]);
    expect(sheet.numberFormats.get('1:1')).toBe('$#,##0');
    expect(sheet.numberFormats.get('2:1')).toBe('0 %');
    // replaceCharts removed the first chart: a pie chart of A1:B3 anchored on E1, and the line chart.
    expect(sheet.charts).toHaveLength(2);
    expect(sheet.charts?.[0]).toMatchObject({
      kind: 'pie',
      ranges: [{ row: 1, column: 1, numRows: 3, numColumns: 2 }],
      anchorRow: 1,
      anchorColumn: 5,
      numHeaders: 1,
      options: { title: 'Again', width: 500, height: 300, legend: { position: 'right' } },
    });
    expect(sheet.charts?.[1]).toMatchObject({ kind: 'line', options: { legend: { position: 'bottom' } } });
    expect(env.workbook.activeSheetId).toBe(sheet.sheetId);
    expect(env.workbook.sheets.map((s) => s.name)).toEqual(['Dashboard']);
  });
});
