// Sidebar entry: two tabs, Import and Formulas. Sheet and file values are only ever set as text.
import { byId } from './dom';
import { showFormulas } from './formulas-panel';
import { setUpImportPanel } from './import-panel';

const TABS = ['import', 'formulas'] as const;

/** Shows one tab's panel and marks its button as the current one. */
function showTab(name: (typeof TABS)[number]): void {
  for (const tab of TABS) {
    byId(`panel-${tab}`).hidden = tab !== name;
    byId(`tab-${tab}`).setAttribute('aria-selected', String(tab === name));
  }
}

for (const tab of TABS) byId(`tab-${tab}`).addEventListener('click', () => showTab(tab));
setUpImportPanel();
showTab('import');
void showFormulas();
