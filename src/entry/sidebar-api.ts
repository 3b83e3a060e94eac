// Functions the sidebar (and the CLI) call through google.script.run; they take and return plain JSON.
import {
  type AutomationChoice,
  type AutomationReport,
  installAutomation,
  listAutomation,
  removeAutomation,
} from '../app/automation';
import { checkFollowUpFields, type FieldCheck } from '../app/check-follow-up-fields';
import { type CustomerView, customerTimeline } from '../app/customer-timeline';
import { draftSegmentFollowUp, type SegmentFollowUpDraft } from '../app/draft-segment-follow-up';
import { type CustomerExport, exportCustomer } from '../app/export-customer';
import { type ForgetReport, forgetCustomer } from '../app/forget-customer';
import {
  type CsvImportReport,
  type ImportPreview,
  type ImportRequest,
  importCsv,
  previewImport,
} from '../app/import';
import { listSegmentCustomers, type SegmentCustomerList } from '../app/list-segment-customers';
import { type InteractionRequest, type LoggedInteraction, logInteraction } from '../app/log-interaction';
import { type MergeReport, mergeCustomers } from '../app/merge-customers';
import { markNotSame } from '../app/not-same-customers';
import {
  type FollowUpPreviewSummary,
  type PreviewSkip,
  previewFollowUps,
  type RenderedFollowUp,
  renderPlannedFollowUp,
  withoutSkipList,
} from '../app/preview-follow-ups';
import { type RefreshReport, refreshAnalytics } from '../app/refresh';
import { type SaveSegmentReport, saveSegment } from '../app/save-segment';
import { type CustomerSearch, searchCustomers } from '../app/search-customers';
import { type SegmentsView, segmentCustomers } from '../app/segment-customers';
import { type FollowUpSendReport, sendFollowUps } from '../app/send-follow-ups';
import { sendTestFollowUp, type TestEmailReport } from '../app/send-test-follow-up';
import { type ConsentReport, setConsent } from '../app/set-consent';
import { type SetupReport, setup } from '../app/setup';
import { TAB_LAYOUTS } from '../app/tab-layouts';
import { type UndoReport, undoLastOperation } from '../app/undo';
import { previewUndo, type UndoPreview } from '../app/undo-preview';
import { type UnsubscribeUndone, undoUnsubscribe } from '../app/undo-unsubscribe';
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

/** A segment method: rfm, kmeans or rule. */
function segmentMethodArgument(value: unknown): 'rfm' | 'kmeans' | 'rule' {
  if (value === 'rfm' || value === 'kmeans' || value === 'rule') return value;
  throw new Error('method must be rfm, kmeans or rule.');
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
    'Shows the follow-ups a run would send at the given instant (ISO; now when omitted) and the skips grouped by reason, or every skip when everySkip is true; writes nothing.',
    ['nowIso', 'everySkip'],
    (nowIso?: unknown, everySkip?: unknown): FollowUpPreviewSummary & { skipped?: PreviewSkip[] } => {
      const ports = gasPorts();
      const services = followUpServices();
      const preview = previewFollowUps(ports, services, {
        now: instantArgument(nowIso, 'nowIso'),
        remainingQuota: services.mailer.remainingDailyQuota(),
      });
      return everySkip === true
        ? { ...withoutSkipList(preview), skipped: preview.skipped }
        : withoutSkipList(preview);
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
  getSegments: globalFunction(
    'sidebar-api',
    'The segments of one method (rfm, kmeans or rule with its text), each with its customers, revenue share, average CLV and churn risk.',
    ['method', 'rule'],
    (method: unknown, rule?: unknown): SegmentsView => {
      const ports = boundPorts();
      return segmentCustomers(ports.workbook, ports.clock, {
        method: segmentMethodArgument(method),
        rule: typeof rule === 'string' ? rule : '',
      });
    },
  ),
  listSegmentCustomers: globalFunction(
    'sidebar-api',
    'The customers a segment definition matches, highest predicted CLV first, at most 50, with their count.',
    ['definition'],
    (definition: unknown): SegmentCustomerList => {
      const ports = gasPorts();
      return listSegmentCustomers(ports.workbook, ports.clock, textArgument(definition, 'definition'));
    },
  ),
  saveSegment: globalFunction(
    'sidebar-api',
    'Saves a segment to the Segments tab and its name to each member’s Customers "Segments" cell; Undo restores both.',
    ['name', 'definition'],
    (name: unknown, definition: unknown): SaveSegmentReport =>
      saveSegment(boundPorts(), {
        name: textArgument(name, 'name'),
        definition: textArgument(definition, 'definition'),
      }),
  ),
  draftSegmentFollowUp: globalFunction(
    'sidebar-api',
    'Drafts an inactive Follow-ups rule whose Audience is a saved segment; an existing rule of that name is left as it is.',
    ['segment'],
    (segment: unknown): SegmentFollowUpDraft =>
      draftSegmentFollowUp(gasPorts(), textArgument(segment, 'segment')),
  ),
  listAutomation: globalFunction(
    'sidebar-api',
    'The state of each automation trigger.',
    [],
    (): AutomationReport => ({ changed: [], unchanged: [], triggers: listAutomation(gasPorts()) }),
  ),
  searchCustomers: globalFunction(
    'sidebar-api',
    'Customers whose name, email, phone or Customer ID match the text typed, best first, at most 20.',
    ['query'],
    (query: unknown): CustomerSearch =>
      searchCustomers(gasPorts().workbook, typeof query === 'string' ? query : ''),
  ),
  getCustomerTimeline: globalFunction(
    'sidebar-api',
    'One customer: metrics in words, orders, interactions, surveys and sent emails newest first, possible duplicates.',
    ['customerId'],
    (customerId: unknown): CustomerView =>
      customerTimeline(boundPorts(), textArgument(customerId, 'customerId')),
  ),
  logCustomerInteraction: globalFunction(
    'sidebar-api',
    'Adds a call, meeting or note to the Interactions tab, with Source "sidebar".',
    ['request'],
    (request: InteractionRequest): LoggedInteraction => {
      if (request === null || typeof request !== 'object') throw new Error('request is required.');
      return logInteraction(gasPorts(), request);
    },
  ),
  setCustomerConsent: globalFunction(
    'sidebar-api',
    'Ticks or unticks the Consent cell of one customer.',
    ['customerId', 'consent'],
    (customerId: unknown, consent: unknown): ConsentReport => {
      if (typeof consent !== 'boolean') throw new Error('consent must be true or false.');
      return setConsent(boundPorts(), textArgument(customerId, 'customerId'), consent);
    },
  ),
  undoCustomerUnsubscribe: globalFunction(
    'sidebar-api',
    'Clears the "Unsubscribed at" cell of one customer, and logs it.',
    ['customerId'],
    (customerId: unknown): UnsubscribeUndone =>
      undoUnsubscribe(boundPorts(), textArgument(customerId, 'customerId')),
  ),
  mergeDuplicateCustomer: globalFunction(
    'sidebar-api',
    'Merges a duplicate customer into the one kept; Undo last operation reverses it.',
    ['keptId', 'mergedId'],
    (keptId: unknown, mergedId: unknown): MergeReport =>
      mergeCustomers(boundPorts(), textArgument(keptId, 'keptId'), textArgument(mergedId, 'mergedId')),
  ),
  markNotSameCustomer: globalFunction(
    'sidebar-api',
    'Remembers that two customers are different people, so they are not suggested as duplicates again.',
    ['customerId', 'otherId'],
    (customerId: unknown, otherId: unknown): { pairs: number } =>
      markNotSame(gasPorts().store, textArgument(customerId, 'customerId'), textArgument(otherId, 'otherId')),
  ),
};
