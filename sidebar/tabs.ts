// The sidebar's tabs, one entry each: the tab bar, the panels' visibility and each panel's start.
import { setUpAutomationPanel, showAutomationPanel } from './automation-panel';
import { setUpCustomerPanel, showCustomerPanel } from './customer-panel';
import { byId, element } from './dom';
import { showFormulas } from './formulas-panel';
import { setUpImportPanel, showImportPanel } from './import-panel';
import { setUpSegmentsPanel, showSegmentsPanel } from './segments-panel';

/** One tab: `id` names its panel in index.html (`<section id="panel-<id>">`). */
export interface SidebarTab {
  id: string;
  label: string;
  /** Wires the panel once, when the sidebar opens. */
  setUp(): void;
  /** Runs each time the panel is shown (to read again what may have changed meanwhile). */
  show?(): void;
}

/** Every tab, in tab-bar order; the first is shown when the sidebar opens. */
export const SIDEBAR_TABS: readonly SidebarTab[] = [
  { id: 'import', label: 'Import', setUp: setUpImportPanel, show: showImportPanel },
  { id: 'segments', label: 'Segments', setUp: setUpSegmentsPanel, show: showSegmentsPanel },
  { id: 'customer', label: 'Customer', setUp: setUpCustomerPanel, show: showCustomerPanel },
  { id: 'automation', label: 'Follow-ups', setUp: setUpAutomationPanel, show: showAutomationPanel },
  { id: 'formulas', label: 'Formulas', setUp: () => void showFormulas() },
];

/** Shows one tab's panel and marks its button as the current one; a tab already shown is left as it is. */
function showTab(id: string): void {
  const shown = !byId(`panel-${id}`).hidden && byId(`tab-${id}`).getAttribute('aria-selected') === 'true';
  for (const tab of SIDEBAR_TABS) {
    byId(`panel-${tab.id}`).hidden = tab.id !== id;
    const button = byId(`tab-${tab.id}`);
    button.setAttribute('aria-selected', String(tab.id === id));
    button.tabIndex = tab.id === id ? 0 : -1;
  }
  byId(`tab-${id}`).scrollIntoView({ block: 'nearest', inline: 'nearest' });
  if (!shown) SIDEBAR_TABS.find((tab) => tab.id === id)?.show?.();
}

/** Marks the edges of the tab bar past which tabs are scrolled out of sight. */
function markHiddenTabs(bar: HTMLElement): void {
  bar.classList.toggle('more-left', bar.scrollLeft > 1);
  bar.classList.toggle('more-right', bar.scrollLeft + bar.clientWidth < bar.scrollWidth - 1);
}

/** Arrow keys, Home and End move between tabs, as the WAI-ARIA tabs pattern has it. */
function onTabKey(event: KeyboardEvent, at: number): void {
  const last = SIDEBAR_TABS.length - 1;
  const target =
    event.key === 'ArrowRight'
      ? (at + 1) % SIDEBAR_TABS.length
      : event.key === 'ArrowLeft'
        ? (at + last) % SIDEBAR_TABS.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? last
            : -1;
  if (target < 0) return;
  const next = SIDEBAR_TABS[target];
  showTab(next.id);
  byId(`tab-${next.id}`).focus();
  event.preventDefault();
}

/** Builds the tab bar into `bar`, sets every panel up and shows the first tab. */
export function setUpTabs(bar: HTMLElement): void {
  SIDEBAR_TABS.forEach((tab, at) => {
    const button = element('button', '', tab.label);
    button.type = 'button';
    button.id = `tab-${tab.id}`;
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-controls', `panel-${tab.id}`);
    byId(`panel-${tab.id}`).setAttribute('aria-labelledby', button.id);
    button.addEventListener('click', () => showTab(tab.id));
    button.addEventListener('keydown', (event) => onTabKey(event, at));
    bar.append(button);
  });
  for (const tab of SIDEBAR_TABS) tab.setUp();
  bar.addEventListener('scroll', () => markHiddenTabs(bar), { passive: true });
  window.addEventListener('resize', () => markHiddenTabs(bar));
  showTab(SIDEBAR_TABS[0].id);
  markHiddenTabs(bar);
}
