// Functions the sidebar (and the CLI) call through google.script.run; they take and return plain JSON.
import {
  type AutomationChoice,
  type AutomationReport,
  installAutomation,
  listAutomation,
  removeAutomation,
} from '../app/automation';
import { checkFollowUpFields, type FieldCheck } from '../app/check-follow-up-fields';
import { type CustomerExport, exportCustomer } from '../app/export-customer';
import { type ForgetReport, forgetCustomer } from '../app/forget-customer';
import {
  type CsvImportReport,
  type ImportPreview,
  type ImportRequest,
  importCsv,
  previewImport,
} from '../app/import';
import {
  type FollowUpPreview,
  previewFollowUps,
  type RenderedFollowUp,
  renderPlannedFollowUp,
} from '../app/preview-follow-ups';
import { type RefreshReport, refreshAnalytics } from '../app/refresh';
import { type FollowUpSendReport, sendFollowUps } from '../app/send-follow-ups';
import { sendTestFollowUp, type TestEmailReport } from '../app/send-test-follow-up';
import { type SetupReport, setup } from '../app/setup';
import { TAB_LAYOUTS } from '../app/tab-layouts';
import { type UndoReport, undoLastOperation } from '../app/undo';
import { previewUndo, type UndoPreview } from '../app/undo-preview';
import { followUpServices } from '../gas/follow-up-services';
import { gasPorts } from '../gas/gas-ports';
import { ScriptPropertiesUnsubscribeQueue } from '../gas/script-properties-unsubscribe-queue';
import { boundPorts } from './bound-ports';
import { customFunctionEntryPoints } from './custom-functions';
import { type EntryPoint, globalFunction } from './entry-point';

/** One custom function as the sidebar's formula reference lists it. */
export interface FormulaDoc {
  name: string;
  description: string;
  params: Array<{ name: string; description: string }>;
  returns: string;
}

/** Reads a required text argument; throws with its name when it is missing. */
function textArgument(value: unknown, name: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new Error(`${name} is required.`);
  return value.trim();
}

/** An instant given as ISO text, or now when none is given. */
function instantArgument(value: unknown, name: string): Date {
  if (value === undefined || value === null || value === '') return new Date();
  const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()))
    throw new Error(`${name} must be an ISO date-time such as 2024-06-01T09:00:00Z.`);
  return date;
}

/** Which automations: all, followups, refresh or form. */
function automationArgument(value: unknown): AutomationChoice {
  const text = typeof value === 'string' && value.trim() ? value.trim().toLowerCase() : 'all';
  return text as AutomationChoice;
}

export const sidebarEntryPoints = {
  getFormulaReference: globalFunction(
    'sidebar-api',
    'Lists the CRM_ formulas with their arguments.',
    [],
    () =>
      Object.entries(customFunctionEntryPoints as Record<string, EntryPoint>).map(
        ([name, entry]): FormulaDoc => ({
          name,
          description: entry.description,
          params: entry.params,
          returns: entry.returns,
        }),
      ),
  ),
  previewImport: globalFunction(
    'sidebar-api',
    'Reads a CSV export with a preset and shows what importing it would do, without writing.',
    ['request'],
    (request: ImportRequest): ImportPreview => {
      const ports = gasPorts();
      return previewImport(ports.workbook, request, ports.clock.now());
    },
  ),
  runImport: globalFunction(
    'sidebar-api',
    'Imports a CSV export; when complete is false, call it again with the same file to continue.',
    ['request'],
    (request: ImportRequest): CsvImportReport => importCsv(boundPorts(), request),
  ),
  setUpWorkbook: globalFunction(
    'sidebar-api',
    'Creates the missing tabs and columns; returns what it created.',
    [],
    (): SetupReport => setup(boundPorts()),
  ),
  refreshNow: globalFunction(
    'sidebar-api',
    'Refreshes analytics now; returns the counts, the orders left out and the KPIs.',
    [],
    (): RefreshReport => refreshAnalytics(boundPorts()),
  ),
  getWorkbookStatus: globalFunction(
    'sidebar-api',
    'The tabs Set up would create, and what Undo would restore (null when there is nothing to undo).',
    [],
    (): { missingTabs: string[]; undo: UndoPreview | null } => {
      const { workbook } = gasPorts();
      const present = new Set(workbook.tabNames());
      return {
        missingTabs: TAB_LAYOUTS.map((t) => t.name).filter((name) => !present.has(name)),
        undo: previewUndo(workbook),
      };
    },
  ),
  undoLast: globalFunction(
    'sidebar-api',
    'Undoes the last bulk operation; returns what was restored.',
    [],
    (): UndoReport => undoLastOperation(boundPorts()),
  ),
  getCustomerData: globalFunction(
    'sidebar-api',
    'Everything held about one customer (Customer ID or email), as JSON.',
    ['query'],
    (query: unknown): CustomerExport => exportCustomer(boundPorts(), textArgument(query, 'query')),
  ),
  forgetCustomerData: globalFunction(
    'sidebar-api',
    'Removes one customer’s personal data from every tab, keeping their orders anonymised.',
    ['query', 'keepUndo'],
    (query: unknown, keepUndo?: unknown): ForgetReport =>
      forgetCustomer(boundPorts(), textArgument(query, 'query'), { keepUndo: keepUndo !== false }),
  ),
  previewFollowUps: globalFunction(
    'sidebar-api',
    'Shows the follow-ups a run would send at the given instant (ISO; now when omitted), and every skip with its reason; writes nothing.',
    ['nowIso'],
    (nowIso?: unknown): FollowUpPreview => {
      const ports = gasPorts();
      const services = followUpServices();
      return previewFollowUps(ports, services, {
        now: instantArgument(nowIso, 'nowIso'),
        remainingQuota: services.mailer.remainingDailyQuota(),
      });
    },
  ),
  renderFollowUpEmail: globalFunction(
    'sidebar-api',
    'The email a run at the given instant (ISO) would send for one planned key, as its customer would read it.',
    ['key', 'nowIso'],
    (key: unknown, nowIso?: unknown): RenderedFollowUp => {
      const services = followUpServices();
      return renderPlannedFollowUp(gasPorts(), services, {
        key: textArgument(key, 'key'),
        now: instantArgument(nowIso, 'nowIso'),
        remainingQuota: services.mailer.remainingDailyQuota(),
      });
    },
  ),
  sendFollowUpsNow: globalFunction(
    'sidebar-api',
    'Sends the follow-ups due now, as the trigger does; returns what was sent, skipped and left for later.',
    [],
    (): FollowUpSendReport => sendFollowUps(boundPorts(), followUpServices()),
  ),
  checkFollowUpFields: globalFunction(
    'sidebar-api',
    'Lists, for each active rule step, the customers of its audience whose merge fields are blank.',
    [],
    (): FieldCheck[] => checkFollowUpFields(gasPorts(), new ScriptPropertiesUnsubscribeQueue()),
  ),
  sendTestFollowUp: globalFunction(
    'sidebar-api',
    'Sends one rendered email of a rule step to the Owner email, marked [Test].',
    ['rule', 'step'],
    (rule: unknown, step?: unknown): TestEmailReport =>
      sendTestFollowUp(
        gasPorts(),
        followUpServices(),
        textArgument(rule, 'rule'),
        typeof step === 'number' ? step : 1,
      ),
  ),
  installAutomation: globalFunction(
    'sidebar-api',
    'Turns on automations (all, followups, refresh or form); installing twice leaves one trigger.',
    ['which'],
    (which?: unknown): AutomationReport => installAutomation(gasPorts(), automationArgument(which)),
  ),
  removeAutomation: globalFunction(
    'sidebar-api',
    'Turns off automations (all, followups, refresh or form).',
    ['which'],
    (which?: unknown): AutomationReport => removeAutomation(gasPorts(), automationArgument(which)),
  ),
  listAutomation: globalFunction(
    'sidebar-api',
    'The state of each automation trigger.',
    [],
    (): AutomationReport => ({ changed: [], unchanged: [], triggers: listAutomation(gasPorts()) }),
  ),
};
