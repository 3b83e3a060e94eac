// Runs Solo CRM on a new demo workbook through the shipped bundle: menu, set up, two imports, refresh.
import { addImportReports } from '../../app/add-import-reports';
import type { CsvImportReport, ImportRequest } from '../../app/import';
import type { RefreshReport } from '../../app/refresh';
import type { SetupReport } from '../../app/setup';
import { BundleSession } from '../cli/bundle-session';
import type { MenuEntry } from '../emulator/ui-log';
import { emptyWorkbook, type WorkbookData } from '../emulator/workbook-data';
import type { StoredProperties } from '../store/property-tab';
import { buildDemoExports, type CdnowPurchase, DEMO_ORDER_MAPPING, type DemoExports } from './demo-exports';

/** The spreadsheet's zone: CDNOW was an American shop. */
export const DEMO_TIME_ZONE = 'America/New_York';

/** What one step cost in Apps Script terms. */
export interface StepCost {
  executions: number;
  spreadsheetCalls: number;
  virtualMs: number;
}

export interface DemoRun {
  exports: DemoExports;
  workbook: WorkbookData;
  /** The document and script properties the run left (Customer ID counter, signing secret), for the file. */
  properties: StoredProperties;
  /** The "Solo CRM" menu as onOpen added it. */
  menu: MenuEntry[];
  setup: SetupReport;
  orders: CsvImportReport;
  surveys: CsvImportReport;
  refresh: RefreshReport;
  costs: { setup: StepCost; orders: StepCost; surveys: StepCost; refresh: StepCost };
}

/** Most executions one import may take before the demo gives up. */
const MAX_IMPORT_EXECUTIONS = 100;

function cost(executions: Array<{ elapsedMs: number; count: (what: string) => number }>): StepCost {
  return {
    executions: executions.length,
    spreadsheetCalls: executions.reduce(
      (n, e) => n + e.count('Range') + e.count('Sheet') + e.count('Spreadsheet') + e.count('SpreadsheetApp'),
      0,
    ),
    virtualMs: executions.reduce((ms, e) => ms + e.elapsedMs, 0),
  };
}

/** Calls runImport until the file is done (a big file takes several executions, as in Sheets). */
function importAll(
  session: BundleSession,
  request: ImportRequest,
): { report: CsvImportReport; cost: StepCost } {
  const executions = [];
  let report: CsvImportReport | null = null;
  for (;;) {
    const { value, execution } = session.call('runImport', request);
    executions.push(execution);
    report = addImportReports(report, value);
    if (value.complete) return { report, cost: cost(executions) };
    if (executions.length >= MAX_IMPORT_EXECUTIONS)
      throw new Error(`the ${request.preset} import never finished`);
  }
}

/**
 * Builds the demo's exports from the CDNOW purchases and runs the product on an empty workbook,
 * each step one Apps Script execution of the bundle at `bundlePath` (imports take as many as
 * they need): onOpen, Set up, the orders import (generic preset), the survey import (Google Forms
 * preset) and Refresh analytics, all as of `now`.
 * @throws {Error} with the script's message when a step fails.
 */
export function runDemo(purchases: readonly CdnowPurchase[], bundlePath: string, now: Date): DemoRun {
  const exports = buildDemoExports(purchases, now);
  const session = new BundleSession(emptyWorkbook('Solo CRM demo', DEMO_TIME_ZONE), bundlePath, now);
  const environment = session.environment;

  session.open();
  const menus = environment.uiLog.ofKind('menu');
  const menu = menus[menus.length - 1]?.entries ?? [];

  const setup = session.call('setUpWorkbook');
  const orders = importAll(session, {
    preset: 'generic',
    csv: exports.ordersCsv,
    mapping: { ...DEMO_ORDER_MAPPING },
    channel: 'shop',
  });
  const surveys = importAll(session, { preset: 'forms', csv: exports.surveysCsv });
  const refresh = session.call('refreshNow');
  return {
    exports,
    workbook: environment.workbook,
    properties: session.properties(),
    menu,
    setup: setup.value,
    orders: orders.report,
    surveys: surveys.report,
    refresh: refresh.value,
    costs: {
      setup: cost([setup.execution]),
      orders: orders.cost,
      surveys: surveys.cost,
      refresh: cost([refresh.execution]),
    },
  };
}
