// Functions the sidebar (and the CLI) call through google.script.run; they take and return plain JSON.
import { type CustomerExport, exportCustomer } from '../app/export-customer';
import { type ForgetReport, forgetCustomer } from '../app/forget-customer';
import {
  type CsvImportReport,
  type ImportPreview,
  type ImportRequest,
  importCsv,
  previewImport,
} from '../app/import';
import { type RefreshReport, refreshAnalytics } from '../app/refresh';
import { type SetupReport, setup } from '../app/setup';
import { type UndoReport, undoLastOperation } from '../app/undo';
import { gasPorts } from '../gas/gas-ports';
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
};
