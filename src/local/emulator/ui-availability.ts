// Which executions have a spreadsheet Ui, and the error Apps Script raises when one without it asks for it.
import type { ExecutionKind } from './service-meter';

/** Apps Script's message for getUi() where no user has the spreadsheet open in front of them. */
export const NO_UI_MESSAGE = 'Cannot call SpreadsheetApp.getUi() from this context.';

/**
 * Executions nobody watches: an installable trigger (time-driven, form submit) runs on Google's servers
 * and a web app request comes from a browser outside the spreadsheet, so neither has a Ui to show a menu,
 * alert or sidebar in; Apps Script throws NO_UI_MESSAGE from getUi() there. Menus, sidebars, simple
 * triggers (onOpen) and the editor's Run button run beside an open spreadsheet and get its Ui.
 */
const WITHOUT_UI = new Set<ExecutionKind>(['trigger', 'web-app']);

/** The error message for `service.method` in an execution of `kind`, or null when it may make the call. */
export function uiUnavailable(kind: ExecutionKind, service: string, method: string): string | null {
  if (!WITHOUT_UI.has(kind) || method !== 'getUi') return null;
  return service === 'SpreadsheetApp' || service === 'Spreadsheet' ? NO_UI_MESSAGE : null;
}
