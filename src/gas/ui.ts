// Apps Script adapter for the spreadsheet UI: the menu and the sidebar.
/// <reference types="google-apps-script" />
import { escapeHtml } from '../core/clean/escape-html';

// Pages and dialogs of the add-on escape with the same function as the emails.
export { escapeHtml };

/** One item of the "Solo CRM" menu: its label and the global function it calls. */
export interface MenuItem {
  label: string;
  functionName: string;
}

/** Adds the "Solo CRM" menu; `null` entries become separators. */
export function addCrmMenu(title: string, items: Array<MenuItem | null>): void {
  const menu = SpreadsheetApp.getUi().createMenu(title);
  for (const item of items) {
    if (item) menu.addItem(item.label, item.functionName);
    else menu.addSeparator();
  }
  menu.addToUi();
}

/** Opens an HTML file of the project (dist/NAME.html) as the sidebar. */
export function showSidebarFile(fileName: string, title: string): void {
  const html = HtmlService.createHtmlOutputFromFile(fileName).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Shows a message with an OK button. */
export function showAlert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

/** Asks a yes/no question; true only for Yes. */
export function confirm(title: string, message: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** Asks for one line of text; null when the user cancels or closes the dialog. */
export function promptText(title: string, message: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
  return response.getSelectedButton() === ui.Button.OK ? response.getResponseText() : null;
}

/** Shows text (JSON) in a modal dialog, escaped, in a box the user can select and copy from. */
export function showTextDialog(title: string, text: string): void {
  const html = HtmlService.createHtmlOutput(
    `<textarea readonly style="width:100%;height:440px;font:12px monospace">${escapeHtml(text)}</textarea>`,
  )
    .setWidth(640)
    .setHeight(500);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}
