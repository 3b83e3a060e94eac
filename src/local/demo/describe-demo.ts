// The text `npm start` prints about a demo run: what each step did, the Dashboard and the customers to look at.
import { TAB_SPECS } from '../../core/model/tab-specs';
import { COLUMNS, type Header } from '../../core/table/columns';
import type { MenuEntry } from '../emulator/ui-log';
import type { CellValue, WorkbookData } from '../emulator/workbook-data';
import type { DemoRun, StepCost } from './run-demo';

const C = COLUMNS.customers;

/** Columns of the customer lists, by Customers header. */
const LIST_COLUMNS = [C.name, C.email, C.orders, C.revenue, C.pAlive, C.predictedClv12m, C.rfmSegment];

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function costText(c: StepCost): string {
  const runs = c.executions === 1 ? '1 execution' : `${c.executions} executions`;
  return `${runs}, ${count(c.spreadsheetCalls)} spreadsheet calls, ${(c.virtualMs / 1000).toFixed(1)} s of Apps Script time`;
}

function menuText(entries: readonly MenuEntry[]): string {
  return entries
    .map((e) => (e.kind === 'item' ? e.caption : e.kind === 'separator' ? '·' : e.caption))
    .join('  ');
}

function cellText(value: CellValue | undefined): string {
  if (value === undefined || value === '') return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? count(value) : value.toFixed(2);
  return String(value);
}

/** An amount as a person reads it: "$1,747.58" (the currency's own symbol where Intl knows it). */
function money(value: CellValue | undefined, currency: string, cents = true): string {
  if (typeof value !== 'number') return cellText(value);
  const digits = cents ? 2 : 0;
  try {
    return value.toLocaleString('en-US', {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  } catch {
    return `${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${currency}`;
  }
}

/** A share (0–1) as a percentage: "49 %". */
function percent(value: CellValue | undefined): string {
  return typeof value === 'number' ? `${Math.round(value * 100)} %` : cellText(value);
}

/** A Dashboard value as its KPI reads: amounts in the currency, shares as percentages, counts with separators. */
function kpiText(kpi: string, value: CellValue, currency: string): string {
  if (/revenue|clv/i.test(kpi)) return money(value, currency, false);
  if (/rate|retention|csat|share/i.test(kpi)) return percent(value);
  if (/nps/i.test(kpi) && typeof value === 'number') return value.toFixed(0);
  return cellText(value);
}

/** The Customers rows as records keyed by header. */
function customerRecords(workbook: WorkbookData): Array<Partial<Record<Header<'customers'>, CellValue>>> {
  const sheet = workbook.sheets.find((s) => s.name === TAB_SPECS.customers.name);
  if (!sheet || sheet.values.length === 0) return [];
  const header = sheet.values[0].map(String);
  return sheet.values.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

/** A plain text table with columns padded to their widest cell. */
export function textTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function customerList(
  list: Array<Partial<Record<Header<'customers'>, CellValue>>>,
  currency: string,
): string[] {
  const show = (header: Header<'customers'>, value: CellValue | undefined): string => {
    if (header === C.revenue || header === C.predictedClv12m) return money(value, currency);
    if (header === C.pAlive) return percent(value);
    return cellText(value);
  };
  return textTable(
    LIST_COLUMNS,
    list.map((c) => LIST_COLUMNS.map((h) => show(h, c[h]))),
  ).map((l) => `  ${l}`);
}

const num = (value: CellValue | undefined): number => (typeof value === 'number' ? value : Number.NaN);

/**
 * What a demo run did, step by step, with its Apps Script cost; the Dashboard KPIs; the ten
 * customers with the highest predicted CLV; and the valuable customers most likely to be lost
 * (among the top quarter by revenue, the lowest P(alive)), who are the ones to follow up.
 */
export function describeDemo(run: DemoRun, workbookPath: string): string {
  const { exports: ex, refresh } = run;
  const customers = customerRecords(run.workbook);
  const byClv = customers
    .filter((c) => Number.isFinite(num(c[C.predictedClv12m])))
    .sort((a, b) => num(b[C.predictedClv12m]) - num(a[C.predictedClv12m]));
  const revenueCut = [...customers].map((c) => num(c[C.revenue])).sort((a, b) => b - a)[
    Math.floor(customers.length / 4)
  ];
  const slipping = customers
    .filter((c) => num(c[C.revenue]) >= revenueCut && Number.isFinite(num(c[C.pAlive])))
    .sort((a, b) => num(a[C.pAlive]) - num(b[C.pAlive]));
  const suggestions = run.orders.suggestions.length;
  const rejected = run.orders.rejected.length + run.surveys.rejected.length;

  return [
    'Solo CRM demo',
    '',
    `The CDNOW sample (${count(ex.customers)} customers, ${count(ex.orders)} purchases of CDs) with made-up`,
    `names and example.com addresses, moved ${count(ex.shiftWeeks)} weeks forward so it ends yesterday, and`,
    `${count(ex.surveys)} made-up survey answers, run through dist/Code.js in the Apps Script emulator.`,
    '',
    `Menu "Solo CRM": ${menuText(run.menu)}`,
    '',
    `1. Set up: created ${run.setup.createdTabs.join(', ')} (${costText(run.costs.setup)}).`,
    `2. Import orders (generic CSV): ${count(run.orders.customersAdded)} customers and ${count(run.orders.ordersAdded)} orders added (${costText(run.costs.orders)}).`,
    `3. Import survey answers (Google Forms CSV): ${count(run.surveys.surveysAdded)} answers matched to customers by email (${costText(run.costs.surveys)}).`,
    `4. Refresh analytics: ${count(refresh.written)} customers scored from ${count(refresh.ordersUsed)} orders in ${refresh.baseCurrency} (${costText(run.costs.refresh)}).`,
    ...(rejected ? [`   ${rejected} rows were rejected: see the Log tab.`] : []),
    ...(suggestions
      ? [
          `   ${count(suggestions)} possible duplicates by similar name are listed for review; none was merged.`,
        ]
      : []),
    '',
    'Dashboard',
    ...textTable(
      ['KPI', 'value', 'how'],
      refresh.kpis.map((k) => [k.kpi, kpiText(k.kpi, k.value, refresh.baseCurrency), k.note]),
    ).map((l) => `  ${l}`),
    '',
    'Highest predicted CLV over the next 12 months',
    ...customerList(byClv.slice(0, 10), refresh.baseCurrency),
    '',
    'Valuable customers slipping away (top quarter by revenue, lowest P(alive)): follow them up',
    ...customerList(slipping.slice(0, 5), refresh.baseCurrency),
    '',
    `The workbook is saved as ${workbookPath}`,
    'Open it in LibreOffice or Excel, or import it into Google Sheets (File > Import). Go on with the CLI:',
    `  npm run crm -- export-customer --customer ${String(byClv[0]?.Email ?? 'EMAIL')} --workbook ${workbookPath}`,
    `  npm run crm -- import --preset shopify --file YOUR_EXPORT.csv --workbook ${workbookPath}`,
    `  npm run crm -- undo --workbook ${workbookPath}`,
    '  npm run crm -- --help',
  ].join('\n');
}
