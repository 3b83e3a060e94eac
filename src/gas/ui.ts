// Apps Script adapter for the spreadsheet UI: the menu and the sidebar.

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
