import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../src/local/cli/bundle-session';
import { COMMANDS } from '../../../src/local/cli/commands';
import { main } from '../../../src/local/cli/main';
import { readWorkbook } from '../../../src/local/store/read-workbook';
import { crmProcess as crm, importArgs } from './run-crm';
import { tempFolder } from './temp-folder';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'imports');
const SHOPIFY = join(FIXTURES, 'shopify_orders_export.csv');
const STRIPE = join(FIXTURES, 'stripe_unified_payments.csv');

/** A file's bytes and modification time, to prove a failed command left it alone. */
function fingerprint(path: string): string {
  return `${readFileSync(path).toString('base64')}@${statSync(path).mtimeMs}`;
}

describe('the crm command line', () => {
  const temp = tempFolder('crm-cli-');
  let workbook: string;

  beforeAll(() => {
    workbook = temp.file('shop.xlsx');
  });

  it('prints help for the CLI and for every command', async () => {
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t), tty: false };
    expect(await main(['--help'], io)).toBe(0);
    expect(out[0]).toContain('Usage: npm run crm -- <command> --workbook W.xlsx [options]');
    for (const command of COMMANDS) {
      out.length = 0;
      expect(await main([command.name, '--help'], io)).toBe(0);
      expect(out[0]).toContain(`npm run crm -- ${command.name} --workbook W.xlsx`);
      expect(out[0]).toContain('Example: ');
    }
  });

  it('runs setup, import, re-import, refresh, export, forget and undo on a new workbook', () => {
    const setup = crm('setup', '--workbook', workbook);
    expect(setup.status).toBe(0);
    expect(setup.out).toMatch(/^Created tabs: Customers, Orders, Deals, Tasks, Interactions/);
    expect(existsSync(workbook)).toBe(true);
    expect(crm('setup', '--workbook', workbook).out.trim()).toBe(
      'Every tab and column is already there; nothing changed.',
    );

    const imported = crm(...importArgs(workbook, 'shopify', SHOPIFY, '--json'));
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ ordersAdded: 24, customersAdded: 23, complete: true });
    const again = crm(...importArgs(workbook, 'shopify', SHOPIFY));
    expect(again.out).toContain('orders added 0, already there 24');
    expect(again.out).toContain('row 11: Total: not an amount "twelve"');
    expect(crm(...importArgs(workbook, 'stripe', STRIPE)).status).toBe(0);

    const refresh = crm('refresh', '--workbook', workbook, '--json');
    expect(refresh.status).toBe(0);
    const report = JSON.parse(refresh.out);
    expect(report.customers).toBe(32);
    expect(report.kpis[0]).toEqual({
      kpi: 'Customers',
      value: 32,
      note: 'rows of Customers with a Customer ID',
      format: 'count',
    });

    const exported = crm('export-customer', '--workbook', workbook, '--customer', 'ben.okafor@example.com');
    expect(exported.status).toBe(0);
    const data = JSON.parse(exported.out);
    expect(data.tabs.Customers[0]).toMatchObject({ Name: 'Ben Okafor', Channel: 'shopify, stripe' });
    const out = temp.file('ben.json');
    expect(
      crm('export-customer', '--workbook', workbook, '--customer', 'C000002', '--out', out).out.trim(),
    ).toBe(`Wrote ${out}.`);
    expect(JSON.parse(readFileSync(out, 'utf8')).customerId).toBe('C000002');

    const forget = crm('forget-customer', '--workbook', workbook, '--customer', 'ben.okafor@example.com');
    expect(forget.status).toBe(0);
    expect(forget.out).toContain('Forgotten: their rows now refer to ANON-1.');
    const undo = crm('undo', '--workbook', workbook);
    expect(undo.status).toBe(0);
    expect(undo.out).toMatch(/^Undid the forget of /);
    expect(
      crm('export-customer', '--workbook', workbook, '--customer', 'ben.okafor@example.com').status,
    ).toBe(0);
  });

  it('exports and forgets a person who only answered a survey, with no Customers row', async () => {
    const surveyed = temp.file('surveys.xlsx');
    expect(crm('setup', '--workbook', surveyed).status).toBe(0);
    const forms = join(FIXTURES, 'google_forms_responses.csv');
    expect(crm(...importArgs(surveyed, 'forms', forms)).status).toBe(0);
    const exported = crm('export-customer', '--workbook', surveyed, '--customer', 'chloe.m@example.com');
    expect(exported.status).toBe(0);
    const data = JSON.parse(exported.out);
    expect(data.customerId).toBe('');
    expect(Object.keys(data.tabs)).toEqual(['Surveys']);
    // Line 4 of the fixture: Chloe answered 10 and left the other questions blank.
    expect(data.tabs.Surveys).toHaveLength(1);
    expect(data.tabs.Surveys[0]).toMatchObject({
      Email: 'chloe.m@example.com',
      NPS: 10,
      CSAT: '',
      Comment: '',
    });
    const forget = crm('forget-customer', '--workbook', surveyed, '--customer', 'CHLOE.M@example.com');
    expect(forget.status).toBe(0);
    expect(forget.out).toContain('  Surveys: 1 rows anonymised');
    const saved = await readWorkbook(surveyed);
    const cells = JSON.stringify(
      saved.sheets.filter((sheet) => sheet.name !== 'CRM Undo').map((sheet) => sheet.values),
    );
    expect(cells.toLowerCase()).not.toContain('chloe');
    const again = crm('export-customer', '--workbook', surveyed, '--customer', 'chloe.m@example.com');
    expect(again.status).toBe(1);
    expect(again.err).toContain('No customer has the Customer ID or email "chloe.m@example.com".');
  });

  it('exits 2 with a clear message for bad arguments', () => {
    const unknown = crm('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.err).toContain('Unknown command "frobnicate".');
    const missing = crm('refresh');
    expect(missing.status).toBe(2);
    expect(missing.err).toContain('--workbook is required.');
    const preset = crm(...importArgs(workbook, 'paypal', SHOPIFY));
    expect(preset.status).toBe(2);
    expect(preset.err).toContain(
      '--preset must be one of shopify, stripe, woocommerce, forms, generic (got "paypal").',
    );
    const option = crm('refresh', '--workbook', workbook, '--preset', 'shopify');
    expect(option.status).toBe(2);
    expect(option.err).toContain('Unknown option --preset for refresh.');
  });

  it('exits 2 for a workbook name or a preset option that cannot be right, before touching any file', async () => {
    const err: string[] = [];
    const io = { out: () => {}, err: (t: string) => err.push(t), tty: false };
    const notes = temp.file('notes.txt');
    expect(await main(['setup', '--workbook', notes], io)).toBe(2);
    expect(err[0]).toMatch(/^--workbook must name an \.xlsx file \(got ".*notes\.txt"\)\./);
    expect(existsSync(notes)).toBe(false);
    err.length = 0;
    expect(await main(['setup', '--workbook', temp.file('no', 'such', 'shop.xlsx')], io)).toBe(2);
    expect(err[0]).toMatch(/^--workbook: the folder .*no[\\/]such does not exist\./);
    err.length = 0;
    const map = ['--preset', 'shopify', '--file', SHOPIFY, '--map', 'Order ID=Name'];
    expect(await main(['import', '--workbook', workbook, ...map], io)).toBe(2);
    expect(err[0]).toMatch(/^--map is for the generic preset only \(got --preset shopify\)\./);
  });

  it('exits 1 for an unreadable file or a failed command and leaves the workbook as it was', () => {
    crm('setup', '--workbook', workbook);
    const before = fingerprint(workbook);
    const noCsv = crm(...importArgs(workbook, 'shopify', temp.file('none.csv')));
    expect(noCsv.status).toBe(1);
    expect(noCsv.err).toContain(`Cannot read the file ${temp.file('none.csv')}: no such file.`);
    const folder = crm(...importArgs(workbook, 'shopify', temp.path));
    expect(folder.status).toBe(1);
    expect(folder.err).toContain(`Cannot read the file ${temp.path}: it is a directory, not a file.`);
    // Another channel's export: refused with the missing columns, nothing written (not even the Log).
    const wrong = crm(...importArgs(workbook, 'shopify', STRIPE));
    expect(wrong.status).toBe(1);
    expect(wrong.err).toContain(
      'Error: This file cannot be imported with the shopify preset: not a Shopify orders export: missing Name, Email, Financial Status, Created at, Total.',
    );
    expect(noCsv.err).toContain('The workbook was not changed.');
    const nobody = crm('forget-customer', '--workbook', workbook, '--customer', 'nobody@example.com');
    expect(nobody.status).toBe(1);
    expect(nobody.err).toContain('No customer has the Customer ID or email "nobody@example.com".');
    expect(fingerprint(workbook)).toBe(before);

    const notXlsx = temp.file('notes.xlsx');
    writeFileSync(notXlsx, 'just text');
    const bad = crm('refresh', '--workbook', notXlsx);
    expect(bad.status).toBe(1);
    expect(bad.err).toContain('not an .xlsx workbook: the file is not a zip archive');
    expect(readFileSync(notXlsx, 'utf8')).toBe('just text');
    const gone = crm('refresh', '--workbook', temp.file('missing.xlsx'));
    expect(gone.status).toBe(1);
    expect(existsSync(temp.file('missing.xlsx'))).toBe(false);
  });

  it('shows progress on a terminal, and the workbook it writes opens with the store', async () => {
    const fresh = temp.file('progress.xlsx');
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t), tty: true };
    expect(await main(['setup', '--workbook', fresh], io)).toBe(0);
    expect(await main(['import', '--workbook', fresh, '--preset', 'shopify', '--file', SHOPIFY], io)).toBe(0);
    // Reported by the bundle while the execution runs (its execution log), then after it.
    expect(err).toContain('  import: 24 of 24');
    expect(err).toContain('  import: 24 of 24 records (execution 1)');
    expect(err).toContain(`import: working on ${fresh}…`);
    err.length = 0;
    expect(await main(['refresh', '--workbook', fresh], io)).toBe(0);
    expect(err).toEqual([
      `refresh: working on ${fresh}…`,
      '  refresh, tabs read: 1 of 3',
      '  refresh, models fitted: 2 of 3',
      '  refresh, columns written: 3 of 3',
    ]);
    const saved = await readWorkbook(fresh);
    const orders = saved.sheets.find((s) => s.name === 'Orders')!;
    expect(orders.values.filter((r) => r.some((c) => c !== '')).length).toBe(25);
    expect(saved.sheets.find((s) => s.name === 'CRM Undo')!.hidden).toBe(true);
  });
});
