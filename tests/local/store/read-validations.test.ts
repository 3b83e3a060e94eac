// readValidations: the data validations of an exceljs worksheet as the emulator's rules per cell.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readValidations, type WithValidationTable } from '../../../src/local/store/read-validations';

function validate(worksheet: ExcelJS.Worksheet, address: string, validation: ExcelJS.DataValidation): void {
  (worksheet as unknown as WithValidationTable).dataValidations.add(address, validation);
}

const STOP = { showErrorMessage: true, errorStyle: 'stop' } as const;

function orders() {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet('Orders');
  return { workbook, worksheet };
}

describe('readValidations', () => {
  it("keys each rule by the cell's 0-based 'row:col', for inline lists, checkboxes, numbers and dates", () => {
    const { workbook, worksheet } = orders();
    validate(worksheet, 'J2', { type: 'list', allowBlank: true, formulae: ['"paid,refunded"'], ...STOP });
    validate(worksheet, 'H1', { type: 'list', allowBlank: true, formulae: ['"TRUE,FALSE"'], ...STOP });
    validate(worksheet, 'AB10', {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [0, 10],
      ...STOP,
    });
    validate(worksheet, 'D2', {
      type: 'date',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [new Date(Date.UTC(1899, 11, 31))],
      showErrorMessage: true,
      errorStyle: 'warning',
    });
    expect(readValidations(workbook, worksheet, 'Etc/UTC')).toEqual(
      new Map([
        ['1:9', { kind: 'list', values: ['paid', 'refunded'], allowInvalid: false }],
        ['0:7', { kind: 'checkbox', allowInvalid: false }],
        ['9:27', { kind: 'number-between', min: 0, max: 10, allowInvalid: false }],
        ['1:3', { kind: 'date', allowInvalid: true }],
      ]),
    );
  });

  it('reads a list given as a range of another tab, leaving blank cells out', () => {
    const { workbook, worksheet } = orders();
    const lists = workbook.addWorksheet('Lists');
    lists.getCell('A1').value = 'paid';
    lists.getCell('A3').value = 'refunded';
    lists.getCell('A4').value = 42;
    validate(worksheet, 'J2', { type: 'list', allowBlank: true, formulae: ['Lists!$A$1:$A$4'], ...STOP });
    expect(readValidations(workbook, worksheet, 'Etc/UTC').get('1:9')).toEqual({
      kind: 'list',
      values: ['paid', 'refunded', '42'],
      allowInvalid: false,
    });
  });

  it('reads a quoted tab name with a doubled apostrophe, a range of the tab itself and a single cell', () => {
    const { workbook, worksheet } = orders();
    const quoted = workbook.addWorksheet("Ana's lists");
    quoted.getCell('B1').value = 'vip';
    quoted.getCell('C1').value = 'new';
    worksheet.getCell('Z1').value = 'open';
    worksheet.getCell('Z2').value = 'closed';
    validate(worksheet, 'A2', {
      type: 'list',
      allowBlank: true,
      formulae: ["='Ana''s lists'!$B$1:$C$1"],
      ...STOP,
    });
    validate(worksheet, 'A3', { type: 'list', allowBlank: true, formulae: ['$Z$2:$Z$1'], ...STOP });
    validate(worksheet, 'A4', { type: 'list', allowBlank: true, formulae: ['Z1'], ...STOP });
    const rules = readValidations(workbook, worksheet, 'Etc/UTC');
    expect(rules.get('1:0')).toEqual({ kind: 'list', values: ['vip', 'new'], allowInvalid: false });
    // A range written bottom to top is read top to bottom.
    expect(rules.get('2:0')).toEqual({ kind: 'list', values: ['open', 'closed'], allowInvalid: false });
    expect(rules.get('3:0')).toEqual({ kind: 'list', values: ['open'], allowInvalid: false });
  });

  it('reads the dates of a range list as ISO instants in the zone', () => {
    const { workbook, worksheet } = orders();
    const lists = workbook.addWorksheet('Lists');
    lists.getCell('A1').value = new Date(Date.UTC(2024, 0, 5, 9, 0));
    validate(worksheet, 'B2', { type: 'list', allowBlank: true, formulae: ['Lists!A1'], ...STOP });
    expect(readValidations(workbook, worksheet, 'Asia/Tokyo').get('1:1')).toEqual({
      kind: 'list',
      values: ['2024-01-05T00:00:00.000Z'],
      allowInvalid: false,
    });
  });

  it('leaves out a list whose range names no tab, no cells, or more than 10,000 cells', () => {
    const { workbook, worksheet } = orders();
    workbook.addWorksheet('Lists').getCell('A1').value = 'x';
    validate(worksheet, 'A2', { type: 'list', allowBlank: true, formulae: ['Missing!$A$1:$A$3'], ...STOP });
    validate(worksheet, 'A3', { type: 'list', allowBlank: true, formulae: ['Lists!NOPE'], ...STOP });
    validate(worksheet, 'A4', { type: 'list', allowBlank: true, formulae: ['Lists!$A$1:$J$1001'], ...STOP });
    validate(worksheet, 'A5', { type: 'list', allowBlank: true, formulae: ['Lists!$A$1:$J$1000'], ...STOP });
    const rules = readValidations(workbook, worksheet, 'Etc/UTC');
    // 10 columns by 1,000 rows is the largest list read: 10,000 cells.
    expect([...rules.keys()]).toEqual(['4:0']);
    expect(rules.get('4:0')).toEqual({ kind: 'list', values: ['x'], allowInvalid: false });
  });

  it('leaves out kinds Solo CRM does not use and entries whose key is no single cell', () => {
    const { workbook, worksheet } = orders();
    validate(worksheet, 'A2', { type: 'custom', allowBlank: true, formulae: ['LEN(A2)>2'], ...STOP });
    validate(worksheet, 'A3', {
      type: 'textLength',
      operator: 'lessThan',
      allowBlank: true,
      formulae: [5],
      ...STOP,
    });
    validate(worksheet, 'B2:B9', { type: 'date', allowBlank: true, formulae: [], ...STOP });
    (worksheet as unknown as WithValidationTable).dataValidations.model.C2 = undefined;
    expect(readValidations(workbook, worksheet, 'Etc/UTC')).toEqual(new Map());
  });

  it('reads the validations of a file written and read back by exceljs', async () => {
    const { workbook, worksheet } = orders();
    validate(worksheet, 'J2', {
      type: 'list',
      allowBlank: true,
      formulae: ['"paid,refunded"'],
      showErrorMessage: false,
    });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await workbook.xlsx.writeBuffer());
    const sheetBack = back.getWorksheet('Orders')!;
    // No error message shown: an invalid entry is allowed.
    expect(readValidations(back, sheetBack, 'Etc/UTC')).toEqual(
      new Map([['1:9', { kind: 'list', values: ['paid', 'refunded'], allowInvalid: true }]]),
    );
  });
});
