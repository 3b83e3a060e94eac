import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../src/local/cli/bundle-session';
import { readWorkbook } from '../../../src/local/store/read-workbook';
import { crmInProcess as crm } from './run-crm';
import { tempFolder } from './temp-folder';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'imports');

/** The rows of a tab of the saved workbook as records by header. */
async function records(path: string, tab: string): Promise<Array<Record<string, unknown>>> {
  const sheet = (await readWorkbook(path)).sheets.find((s) => s.name === tab)!;
  const [header, ...rows] = sheet.values.filter((row) => row.some((cell) => cell !== ''));
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

/** The columns of the German invoices export, by field. */
const GERMAN_MAP =
  'Order ID=Rechnungsnr.,Date=Datum,Name=Kunde,Email=E-Mail,Amount=Betrag,Currency=Währung,Product=Artikel,Quantity=Menge';

/** Imports one of the fixture exports with the generic preset and a --map, plus any other flags. */
function importGeneric(workbook: string, fixture: string, map: string, ...flags: string[]) {
  return crm(
    'import',
    '--workbook',
    workbook,
    '--preset',
    'generic',
    '--file',
    join(FIXTURES, fixture),
    '--map',
    map,
    ...flags,
  );
}

describe('crm import of hostile exports, without reading flags', () => {
  const temp = tempFolder('crm-import-files-');

  it('a Windows-1252 semicolon export with decimal commas and dd.mm.yyyy dates', async () => {
    const workbook = temp.file('cp1252.xlsx');
    expect((await crm('setup', '--workbook', workbook)).status).toBe(0);
    const run = await importGeneric(workbook, 'invoices_windows1252_semicolon.csv', GERMAN_MAP, '--json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.out);
    expect(report.reading).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      decimal: ',',
      dateOrder: 'dmy',
    });
    expect(report.reading.notes[0]).toMatch(
      /^decoded as Windows-1252: the file is not valid UTF-8 \(byte \d+ of \d+\)$/,
    );
    expect(report.reading.notes.slice(1)).toEqual([
      'separator: semicolon (found in the file)',
      'amounts read with a decimal comma (1.234,56): 6 values are written so, 0 with a decimal point',
      'dates read day first (day/month/year): 4 dates have a number above 12 first, which only a day can be',
    ]);
    // Rows as a spreadsheet shows them: RE-2024-002's note spans two lines yet is row 3, so the
    // placeholder 1900 date is row 5 and the 2099 one row 6.
    expect(report.rejected).toEqual([
      { row: 5, field: 'Datum', reason: 'Datum: implausible date "01.01.1900": before 1970' },
      {
        row: 6,
        field: 'Datum',
        reason: expect.stringMatching(/^Datum: implausible date "15\.03\.2099": after tomorrow \(/),
      },
    ]);
    expect(report).toMatchObject({ ordersAdded: 4, customersAdded: 4 });
    const orders = await records(workbook, 'Orders');
    expect(
      orders.map((o) => [o['Order ID'], o.Amount, (o.Date as Date).toISOString().slice(0, 10), o.Product]),
    ).toEqual([
      ['RE-2024-001', 1234.56, '2024-01-05', 'Beratung „Premium“'],
      ['RE-2024-002', 89.9, '2024-01-13', 'Workshop – Grundkurs'],
      ['RE-2024-003', -12.5, '2024-02-28', 'Gutschrift'],
      ['RE-2024-006', 2500, '2024-03-31', 'Großhandel € Paket'],
    ]);
    const customers = await records(workbook, 'Customers');
    expect(customers.map((c) => [c.Name, c.Email])).toEqual([
      ['Jürgen Müller', 'juergen.mueller@example.de'],
      // No name in the Kunde column: the email's display name fills it.
      ['Françoise Lefèvre', 'francoise@example.fr'],
      ['Søren Ærø', 'soren@example.dk'],
      ['Ana Silva', 'ana.silva@example.com'],
    ]);
    const text = await importGeneric(workbook, 'invoices_windows1252_semicolon.csv', GERMAN_MAP);
    expect(text.out).toContain('File read:\n  decoded as Windows-1252: the file is not valid UTF-8');
    expect(text.out).toContain('orders added 0, already there 4');
    const log = await records(workbook, 'Log');
    expect(String(Object.values(log[log.length - 1]).join(' '))).toContain(
      'file read: decoded as Windows-1252: the file is not valid UTF-8',
    );
  });

  it('a UTF-16 LE tab-separated export whose dates are all ambiguous says which order it chose', async () => {
    const workbook = temp.file('utf16.xlsx');
    expect((await crm('setup', '--workbook', workbook)).status).toBe(0);
    const run = await importGeneric(
      workbook,
      'orders_utf16le_tabs.txt',
      'Order ID=Order ID,Date=Date,Name=Name,Email=Email,Amount=Total,Currency=Currency,Product=Product',
    );
    expect(run.status).toBe(0);
    expect(run.out).toContain(
      [
        'File read:',
        '  decoded as UTF-16 LE (UTF-16 LE byte order mark)',
        '  separator: tab (found in the file)',
        '  dates read month first (month/day/year) by choice: none of the 3 dates have a number above 12 to tell day from month; set the date order if that is wrong',
      ].join('\n'),
    );
    expect(run.out).toContain('orders added 3');
    const orders = await records(workbook, 'Orders');
    expect(
      orders.map((o) => [o['Order ID'], o.Amount, (o.Date as Date).toISOString().slice(0, 10), o.Product]),
    ).toEqual([
      ['W-1001', 1234.5, '2024-03-04', 'Candle set'],
      ['W-1002', 19.99, '2024-04-05', 'Wick trimmer'],
      ['W-1003', 7.5, '2024-11-12', 'Matches 🔥'],
    ]);
    const customers = await records(workbook, 'Customers');
    expect(customers.map((c) => [c.Name, c.Email])).toEqual([
      ['Łukasz Żółć', 'lukasz@example.pl'],
      ['李小龙', 'li@example.cn'],
      ['Αλέξης Παπαδόπουλος', 'alexis@example.gr'],
    ]);
    // The flag overrides the choice: day first, 3 April; nothing is said about dates then.
    const dmy = temp.file('utf16-dmy.xlsx');
    expect((await crm('setup', '--workbook', dmy)).status).toBe(0);
    const flagged = await importGeneric(
      dmy,
      'orders_utf16le_tabs.txt',
      'Order ID=Order ID,Date=Date,Email=Email,Amount=Total',
      '--date-order',
      'dmy',
      '--json',
    );
    expect(flagged.status).toBe(0);
    expect(JSON.parse(flagged.out).reading).toMatchObject({
      dateOrder: 'dmy',
      notes: ['decoded as UTF-16 LE (UTF-16 LE byte order mark)', 'separator: tab (found in the file)'],
    });
    expect((await records(dmy, 'Orders')).map((o) => (o.Date as Date).toISOString().slice(0, 10))).toEqual([
      '2024-04-03',
      '2024-05-04',
      '2024-12-11',
    ]);
  });

  it('refuses a separator it does not know and contradictory decimal flags', async () => {
    const file = join(FIXTURES, 'orders_utf16le_tabs.txt');
    const base = ['import', '--workbook', temp.file('never.xlsx'), '--preset', 'shopify', '--file', file];
    const bad = await crm(...base, '--delimiter', 'colon');
    expect(bad.status).toBe(2);
    expect(bad.err).toContain('--delimiter must be comma, semicolon, tab or | (got "colon").');
    const both = await crm(...base, '--decimal-comma', '--decimal-point');
    expect(both.status).toBe(2);
    expect(both.err).toContain('--decimal-comma and --decimal-point cannot both be given.');
  });

  it('refuses a field mapped twice with --map before reading the workbook', async () => {
    const run = await importGeneric(
      temp.file('never.xlsx'),
      'orders_utf16le_tabs.txt',
      'Order ID=Order ID,Date=Date,Amount=Total,amount=Currency',
    );
    expect(run.status).toBe(2);
    expect(run.err).toContain(
      '--map names the field Amount twice (Amount=Total and amount=Currency): give each field one column.',
    );
  });
});
