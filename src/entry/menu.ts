// The "Solo CRM" menu: simple triggers that build it and the actions its items call.
import { describeOperation } from '../app/describe-operation';
import { exportCustomer } from '../app/export-customer';
import { forgetCustomer } from '../app/forget-customer';
import { formatCounts } from '../app/log';
import { refreshAnalytics } from '../app/refresh';
import { setup } from '../app/setup';
import { snapshotSummary } from '../app/snapshot';
import { undoLastOperation } from '../app/undo';
import {
  addCrmMenu,
  confirm,
  type MenuItem,
  promptText,
  showAlert,
  showSidebarFile,
  showTextDialog,
} from '../gas/ui';
import { boundPorts } from './bound-ports';
import { globalFunction } from './entry-point';
import { guarded } from './guarded';

export const MENU_TITLE = 'Solo CRM';

/** Items of the menu, in order; `null` is a separator. Each functionName is an entry point. */
export const MENU_ITEMS: Array<MenuItem | null> = [
  { label: 'Open sidebar', functionName: 'showSidebar' },
  null,
  { label: 'Set up', functionName: 'menuSetUp' },
  { label: 'Import…', functionName: 'menuImport' },
  { label: 'Refresh analytics', functionName: 'menuRefreshAnalytics' },
  { label: 'Undo last operation', functionName: 'menuUndoLastOperation' },
  null,
  { label: 'Export customer…', functionName: 'menuExportCustomer' },
  { label: 'Forget customer…', functionName: 'menuForgetCustomer' },
  null,
  { label: 'Preview follow-ups', functionName: 'menuPreviewFollowUps' },
  { label: 'Check follow-up fields', functionName: 'menuCheckFollowUpFields' },
  { label: 'Send me a test follow-up…', functionName: 'menuSendTestFollowUp' },
  { label: 'Send follow-ups now', functionName: 'menuSendFollowUps' },
  null,
  { label: 'Turn on automation', functionName: 'menuInstallAutomation' },
  { label: 'Turn off automation', functionName: 'menuRemoveAutomation' },
  { label: 'Turn on nightly refresh', functionName: 'installNightlyRefresh' },
  { label: 'Turn off nightly refresh', functionName: 'removeNightlyRefresh' },
];

export const menuEntryPoints = {
  onOpen: globalFunction(
    'simple-trigger',
    'Adds the Solo CRM menu when the spreadsheet opens.',
    ['e'],
    () => {
      addCrmMenu(MENU_TITLE, MENU_ITEMS);
    },
  ),
  onInstall: globalFunction('simple-trigger', 'Adds the menu right after installation.', ['e'], () => {
    addCrmMenu(MENU_TITLE, MENU_ITEMS);
  }),
  showSidebar: globalFunction('menu', 'Opens the Solo CRM sidebar.', [], () => {
    showSidebarFile('Sidebar', MENU_TITLE);
  }),
  menuSetUp: globalFunction('menu', 'Creates the missing tabs and columns (Solo CRM > Set up).', [], () => {
    guarded('Set up', () => {
      const report = setup(boundPorts());
      const added = report.addedColumns.map((tab) => `${tab.tab}: ${tab.headers.join(', ')}`);
      showAlert(
        'Set up',
        report.createdTabs.length + added.length + report.addedSettings.length === 0
          ? 'Every tab and column is already there; nothing was changed.'
          : [
              report.createdTabs.length ? `Created: ${report.createdTabs.join(', ')}.` : '',
              added.length ? `Added columns: ${added.join('; ')}.` : '',
              report.addedSettings.length ? `Added settings: ${report.addedSettings.join(', ')}.` : '',
            ]
              .filter(Boolean)
              .join('\n'),
      );
    });
  }),
  menuImport: globalFunction('menu', 'Opens the sidebar on its Import tab (Solo CRM > Import…).', [], () => {
    showSidebarFile('Sidebar', MENU_TITLE);
  }),
  menuRefreshAnalytics: globalFunction('menu', 'Fits the models and writes the computed columns.', [], () => {
    guarded('Refresh analytics', () => {
      const report = refreshAnalytics(boundPorts());
      showAlert(
        'Refresh analytics',
        `${report.written} customers updated from ${report.ordersUsed} orders (${report.baseCurrency}).` +
          (report.ordersLeftOut.length
            ? `\n${report.ordersLeftOut.length} orders left out: see the Log tab.`
            : '') +
          (report.young ? '\nLittle data yet: the estimates are rough.' : '') +
          (report.unmatched ? `\n${report.unmatched} rows added meanwhile: refresh again to fill them.` : ''),
      );
    });
  }),
  menuUndoLastOperation: globalFunction(
    'menu',
    'Undoes the last import, merge, refresh or forget.',
    [],
    () => {
      guarded('Undo', () => {
        const ports = boundPorts();
        const last = snapshotSummary(ports.workbook);
        if (!last) {
          showAlert('Undo', 'There is no operation to undo.');
          return;
        }
        if (!confirm('Undo', `Undo ${describeOperation(last, ports.workbook.timeZone())}?`)) return;
        const report = undoLastOperation(ports);
        showAlert(
          'Undo',
          `Undone: ${report.tabs
            .map(
              (t) =>
                `${t.tab} (${formatCounts({
                  restored: t.restored,
                  removed: t.removed,
                  'put back': t.putBack,
                  ...(t.notFound ? { 'not found (changed since)': t.notFound } : {}),
                  ...(t.leftAlone ? { 'cells left as edited since': t.leftAlone } : {}),
                  ...(t.kept ? { 'added rows kept (edited since)': t.kept } : {}),
                })})`,
            )
            .join('; ')}`,
        );
      });
    },
  ),
  menuExportCustomer: globalFunction('menu', 'Shows everything held about one customer, as JSON.', [], () => {
    guarded('Export customer', () => {
      const query = promptText('Export customer', 'Customer ID or email of the customer:');
      if (query === null || !query.trim()) return;
      showTextDialog('Customer data', JSON.stringify(exportCustomer(boundPorts(), query), null, 2));
    });
  }),
  menuForgetCustomer: globalFunction(
    'menu',
    'Removes one customer’s personal data from every tab.',
    [],
    () => {
      guarded('Forget customer', () => {
        const query = promptText('Forget customer', 'Customer ID or email of the customer to forget:');
        if (query === null || !query.trim()) return;
        if (!confirm('Forget customer', `Remove every personal detail of ${query.trim()} from every tab?`))
          return;
        const report = forgetCustomer(boundPorts(), query);
        showAlert(
          'Forget customer',
          `Done: their rows now refer to ${report.anonymousId}. Undo can restore them.`,
        );
      });
    },
  ),
};
