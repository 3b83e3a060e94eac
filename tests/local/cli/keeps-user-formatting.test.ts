import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../src/local/cli/bundle-session';
import { crmInProcess as crm, importArgs } from './run-crm';
import { tempFolder } from './temp-folder';

const SHOPIFY = join(ROOT, 'tests', 'fixtures', 'imports', 'shopify_orders_export.csv');

const YELLOW: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
const USER_TAB = 'My notes';

/** What a person adds to a tab: a note, a fill, bold, a width, a merge, a conditional format, a validation. */
function decorate(worksheet: ExcelJS.Worksheet): void {
  worksheet.getCell('A1').note = `Note on ${worksheet.name}`;
  worksheet.getCell('B1').font = { bold: true };
  worksheet.getCell('C1').fill = YELLOW;
  // An empty cell the product fills in later: its colour must stay under the value.
  worksheet.getCell('A2').fill = YELLOW;
  worksheet.getColumn(3).width = 33;
  worksheet.mergeCells('AD5:AE6');
  worksheet.addConditionalFormatting({
    ref: 'A2:A200',
    rules: [
      {
        type: 'containsText',
        operator: 'containsText',
        text: 'C0',
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF00FF00' } } },
      },
    ],
  });
  worksheet.getCell('AD10').dataValidation = {
    type: 'whole',
    operator: 'greaterThan',
    formulae: [0],
    allowBlank: true,
    showErrorMessage: true,
  };
}

/** Everything `decorate` (and the user tab) set, as read back from the file. */
async function userParts(path: string) {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(path);
  const tab = (name: string) => {
    const worksheet = excel.getWorksheet(name)!;
    return {
      note: worksheet.getCell('A1').note,
      bold: worksheet.getCell('B1').font?.bold,
      fills: [worksheet.getCell('C1').fill, worksheet.getCell('A2').fill],
      width: worksheet.getColumn(3).width,
      merges: (worksheet as unknown as { model: { merges: string[] } }).model.merges.sort(),
      conditional: (worksheet as unknown as { conditionalFormattings: unknown }).conditionalFormattings,
      validation: worksheet.getCell('AD10').dataValidation,
    };
  };
  const user = excel.getWorksheet(USER_TAB)!;
  return {
    customers: tab('Customers'),
    orders: tab('Orders'),
    user: {
      ...tab(USER_TAB),
      values: [user.getCell('A1').value, user.getCell('B3').value, user.getCell('D1').value],
      bigFont: user.getCell('B3').font,
      format: user.getCell('B3').numFmt,
      list: user.getCell('E2').dataValidation,
    },
    names: excel.definedNames.model,
  };
}

describe('crm import and refresh on a workbook a person formatted', () => {
  const temp = tempFolder('crm-format-');
  let workbook: string;

  beforeAll(() => {
    workbook = temp.file('shop.xlsx');
  });

  it('keeps the notes, fills, bold, widths, merges, names, conditional formats and validations', async () => {
    expect((await crm('setup', '--workbook', workbook)).status).toBe(0);
    // The person opens the workbook in a spreadsheet program and makes it theirs.
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(workbook);
    decorate(excel.getWorksheet('Customers')!);
    decorate(excel.getWorksheet('Orders')!);
    const user = excel.addWorksheet(USER_TAB);
    user.getCell('A1').value = 'Follow up';
    user.getCell('D1').value = 'merged heading';
    user.mergeCells('D1:F1');
    user.getCell('B3').value = 1234.5;
    user.getCell('B3').numFmt = '#,##0.00 "kr"';
    user.getCell('B3').font = { size: 16, italic: true };
    user.getCell('E2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"call,mail,visit"'] };
    decorate(user);
    excel.definedNames.add(`'${USER_TAB}'!$A$1:$B$3`, 'FollowUps');
    excel.definedNames.add('Customers!$A$2:$A$200', 'CustomerIds');
    await excel.xlsx.writeFile(workbook);
    const made = await userParts(workbook);
    expect(made.user.values).toEqual(['Follow up', 1234.5, 'merged heading']);
    expect(made.customers.fills).toEqual([YELLOW, YELLOW]);

    const imported = await crm(...importArgs(workbook, 'shopify', SHOPIFY, '--json'));
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ ordersAdded: 24, customersAdded: 23 });
    expect(await userParts(workbook)).toEqual(made);

    const refreshed = await crm('refresh', '--workbook', workbook, '--json');
    expect(refreshed.status).toBe(0);
    expect(JSON.parse(refreshed.out).customers).toBe(23);
    expect(await userParts(workbook)).toEqual(made);

    // And the product's own data is in the file, under the person's colour.
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(workbook);
    const customers = after.getWorksheet('Customers')!;
    expect(customers.getCell('A2').value).toBe('C000001');
    expect(customers.getCell('A2').fill).toEqual(YELLOW);
    const orders = after.getWorksheet('Orders')!;
    const ids = orders
      .getColumn(1)
      .values.slice(2)
      .filter((value) => value !== undefined && value !== null);
    expect(ids).toHaveLength(24);
    const headers = (customers.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    const scored = headers.indexOf('P(alive)') + 1;
    expect(scored).toBeGreaterThan(0);
    expect(customers.getCell(2, scored).value).not.toBeNull();
  });
});
