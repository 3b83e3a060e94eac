import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from '../../../src/local/cli/bundle-session';
import { readWorkbookFile } from '../../../src/local/store/read-workbook';
import { crmProcess as crm } from './run-crm';

const HEADER =
  'Name,Email,Financial Status,Created at,Currency,Total,Lineitem quantity,Lineitem name,Billing Name,Id';
const FIRST = [
  '#1001,ana@example.com,paid,2024-01-05 10:10:58 +0100,EUR,46.90,1,Fig Candle,Ana Silva,5712345678901',
  '#1002,ben@example.com,paid,2024-01-07 18:02:41 +0100,EUR,28.00,1,Gift Box,Ben Okafor,5712345678902',
];
const LATER = [
  '#1003,cy@example.com,paid,2024-02-02 09:00:00 +0100,EUR,15.00,1,Gift Box,Cy Dane,5712345678903',
];

/** Deletes, as a person would in Excel, every row of every tab that mentions `text`. */
async function deleteRowsMentioning(path: string, text: string): Promise<number> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.readFile(path);
  let deleted = 0;
  for (const worksheet of excel.worksheets) {
    for (let r = worksheet.rowCount; r >= 1; r--) {
      const row = worksheet.getRow(r);
      let mentions = false;
      row.eachCell((cell) => {
        if (String(cell.value).includes(text)) mentions = true;
      });
      if (mentions) {
        worksheet.spliceRows(r, 1);
        deleted++;
      }
    }
  }
  await excel.xlsx.writeFile(path);
  return deleted;
}

/** Customer ID per email, as the Customers tab holds them. */
async function customerIds(path: string): Promise<Record<string, string>> {
  const { workbook } = await readWorkbookFile(path);
  const [header, ...rows] = workbook.sheets.find((sheet) => sheet.name === 'Customers')!.values;
  const id = header.indexOf('Customer ID');
  const email = header.indexOf('Email');
  return Object.fromEntries(rows.map((row) => [String(row[email]), String(row[id])]));
}

describe('the crm command line keeps the document and script properties in the workbook file', () => {
  let dir: string;
  let book: string;
  const csv = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${[HEADER, ...lines].join('\n')}\n`);
    return path;
  };

  beforeAll(() => {
    ensureBundle(() => {});
    dir = mkdtempSync(join(tmpdir(), 'crm-properties-'));
    book = join(dir, 'shop.xlsx');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('never issues a Customer ID again, even after the customer is forgotten and their rows deleted', async () => {
    expect(crm('setup', '--workbook', book).status).toBe(0);
    expect(
      crm('import', '--workbook', book, '--preset', 'shopify', '--file', csv('a.csv', FIRST)).status,
    ).toBe(0);
    const before = await customerIds(book);
    expect(before).toEqual({ 'ana@example.com': 'C000001', 'ben@example.com': 'C000002' });

    const forget = crm('forget-customer', '--workbook', book, '--customer', 'C000002', '--no-undo');
    expect(forget.status, forget.err).toBe(0);
    expect(forget.out).toContain('ANON-1');
    // Their anonymised Customers and Orders rows and the Log line are then deleted by hand, in another program.
    expect(await deleteRowsMentioning(book, 'ANON-1')).toBe(3);

    const later = crm('import', '--workbook', book, '--preset', 'shopify', '--file', csv('b.csv', LATER));
    expect(later.status, later.err).toBe(0);
    const after = await customerIds(book);
    expect(after).toEqual({ 'ana@example.com': 'C000001', 'cy@example.com': 'C000003' });
  });

  it('keeps them in a very hidden tab that the spreadsheet does not show as one of its tabs', async () => {
    const { workbook, properties } = await readWorkbookFile(book);
    expect(workbook.sheets.map((sheet) => sheet.name)).not.toContain('Solo CRM data');
    expect(properties.document['crm.customers.lastIssuedId']).toBe('3');
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.readFile(book);
    expect(excel.getWorksheet('Solo CRM data')!.state).toBe('veryHidden');
  });
});
