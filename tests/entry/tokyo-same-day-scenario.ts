// Test scenario, also run as a child process under other TZ values: a Tokyo spreadsheet, CRM_SUMMARY against Refresh.
import { pathToFileURL } from 'node:url';
import { BundleSession } from '../../src/local/cli/bundle-session';
import { emptyWorkbook } from '../../src/local/emulator/workbook-data';
import { LocalRuntime } from '../../src/local/runtime/local-runtime';
import { bundle } from './bundle-harness';

/** What the scenario reports: the script's zone, CRM_SUMMARY's table and Refresh's Customers columns. */
export interface TokyoScenario {
  scriptTimeZone: string;
  summary: unknown;
  customers: Array<{ id: unknown; orders: unknown; frequency: unknown; recency: unknown; t: unknown }>;
  orderDates: string[];
}

/**
 * A spreadsheet in Asia/Tokyo whose one customer buys at 00:30 and 23:30 local on 2024-03-05 (15:30
 * and 14:30 UTC on two different UTC dates) and again on 2024-03-15; imported, refreshed at
 * 2024-06-01 21:00 Tokyo, then CRM_SUMMARY run as Sheets runs a custom function on the Orders columns.
 */
export function runTokyoScenario(): TokyoScenario {
  const session = new BundleSession(
    emptyWorkbook('Tokyo shop', 'Asia/Tokyo'),
    bundle(),
    new Date('2024-06-01T12:00:00Z'),
  );
  session.call('setUpWorkbook');
  session.call('runImport', {
    preset: 'generic',
    csv: [
      'Order ID,Email,Date,Amount',
      'T-1,kei@example.com,2024-03-05 00:30,10',
      'T-2,kei@example.com,2024-03-05 23:30,20',
      'T-3,kei@example.com,2024-03-15 12:00,30',
    ].join('\n'),
    mapping: { 'Order ID': 'Order ID', Email: 'Email', Date: 'Date', Amount: 'Amount' },
  });
  session.call('refreshNow');
  const { workbook } = session.environment;
  const tab = (name: string) => {
    const sheet = workbook.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no tab ${name}`);
    const [header, ...rows] = sheet.values;
    const at = (h: string) => header.map(String).indexOf(h);
    return { rows: rows.filter((r) => r.some((c) => c !== '')), at };
  };
  const orders = tab('Orders');
  const column = (h: string) => orders.rows.map((r) => [r[orders.at(h)]]);
  const runtime = LocalRuntime.fromFile(bundle(), session.environment);
  const result = runtime.runCustomFunction(
    'CRM_SUMMARY',
    column('Customer ID'),
    column('Date'),
    column('Amount'),
    '2024-06-01',
  );
  if (result.error) throw result.error;
  const customers = tab('Customers');
  return {
    scriptTimeZone: session.environment.config.scriptTimeZone,
    summary: result.value,
    customers: customers.rows.map((r) => ({
      id: r[customers.at('Customer ID')],
      orders: r[customers.at('Orders')],
      frequency: r[customers.at('Frequency')],
      recency: r[customers.at('Recency')],
      t: r[customers.at('T')],
    })),
    orderDates: column('Date').map(([d]) => (d instanceof Date ? d.toISOString() : String(d))),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${JSON.stringify(runTokyoScenario())}\n`);
}
