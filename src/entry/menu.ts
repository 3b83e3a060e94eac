// The "Solo CRM" menu: simple triggers that build it and the actions its items call.
import { addCrmMenu, type MenuItem, showSidebarFile } from '../gas/ui';
import { globalFunction } from './entry-point';

export const MENU_TITLE = 'Solo CRM';

/** Items of the menu, in order; `null` is a separator. Each functionName is an entry point. */
export const MENU_ITEMS: Array<MenuItem | null> = [{ label: 'Open sidebar', functionName: 'showSidebar' }];

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
};
