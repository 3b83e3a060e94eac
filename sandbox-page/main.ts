// The sandbox page: the workbook's tabs and grid, the Solo CRM menu, the sidebar, the trigger clock and the outbox.
import { api, type Dialog, type MenuEntry, type Shown, token, type WorkbookInfo } from './api';
import { askDialog, showHtmlDialog } from './dialogs';
import { Grid } from './grid';
import { showOutbox } from './outbox-view';
import { showToast } from './toasts';

const byId = (id: string) => document.getElementById(id)!;

let info: WorkbookInfo | null = null;
let current = '';
let version = -1;

const grid = new Grid(
  byId('grid'),
  () => void refresh(),
  (name, input) => {
    byId('cell-name').textContent = name;
    byId('cell-input').textContent = input;
  },
);

function renderTabs(): void {
  if (!info) return;
  byId('tabs').replaceChildren(
    ...info.sheets
      .filter((s) => !s.hidden)
      .map((sheet) => {
        const tab = document.createElement('button');
        tab.type = 'button';
        tab.textContent = sheet.name;
        tab.setAttribute('aria-selected', String(sheet.name === current));
        tab.addEventListener('click', () => {
          current = sheet.name;
          renderTabs();
          grid.show(sheet, false);
        });
        return tab;
      }),
  );
}

/** Reads the workbook again (after a change) and redraws what is in view. */
async function refresh(): Promise<void> {
  info = await api<WorkbookInfo>('/api/workbook');
  version = info.version;
  byId('book-name').textContent = info.name;
  byId('clock').textContent = `Clock: ${new Date(info.clock).toLocaleString()}`;
  const visible = info.sheets.filter((s) => !s.hidden);
  const sheet = visible.find((s) => s.name === current) ?? visible[0];
  if (!sheet) return;
  const changedTab = sheet.name !== current;
  current = sheet.name;
  renderTabs();
  grid.show(sheet, !changedTab);
  renderMenu();
}

function menuItems(entries: readonly MenuEntry[], into: HTMLElement): void {
  for (const entry of entries) {
    if (entry.kind === 'separator') {
      const line = document.createElement('div');
      line.className = 'separator';
      into.append(line);
    } else if (entry.kind === 'submenu') {
      const title = document.createElement('div');
      title.className = 'submenu-title';
      title.textContent = entry.caption;
      const nested = document.createElement('div');
      nested.className = 'nested';
      menuItems(entry.entries, nested);
      into.append(title, nested);
    } else {
      const item = document.createElement('button');
      item.type = 'button';
      item.setAttribute('role', 'menuitem');
      item.textContent = entry.caption;
      item.addEventListener('click', () => {
        closeMenu();
        void runMenuItem(entry.functionName);
      });
      into.append(item);
    }
  }
}

function renderMenu(): void {
  const menu = byId('menu');
  byId('menu-button').textContent = `${info?.menu?.title ?? 'Solo CRM'} ▾`;
  menu.replaceChildren();
  if (info?.menu) menuItems(info.menu.entries, menu);
}

function closeMenu(): void {
  byId('menu').hidden = true;
  byId('menu-button').setAttribute('aria-expanded', 'false');
}

byId('menu-button').addEventListener('click', () => {
  const menu = byId('menu');
  menu.hidden = !menu.hidden;
  byId('menu-button').setAttribute('aria-expanded', String(!menu.hidden));
});

/**
 * Runs a menu item. An execution cannot pause for a person, so a run that shows an alert or prompt
 * comes back undone with that dialog; once it is answered the item runs again with the answers so far.
 */
async function runMenuItem(functionName: string): Promise<void> {
  const answers: Array<{ button: string; text: string }> = [];
  for (;;) {
    const reply = await api<{ dialog?: Dialog; shown?: Shown[]; error?: string | null }>('/api/menu', {
      functionName,
      answers,
    });
    if (reply.dialog) {
      answers.push(await askDialog(reply.dialog));
      continue;
    }
    for (const shown of reply.shown ?? []) {
      if (shown.kind === 'toast') showToast(shown.title, shown.message, shown.timeoutSeconds);
      if (shown.kind === 'sidebar') openSidebar(shown.title);
      if (shown.kind === 'modal-dialog' || shown.kind === 'modeless-dialog')
        showHtmlDialog(shown.title, shown.html);
    }
    if (reply.error) showToast('Error', reply.error, 10);
    await refresh();
    return;
  }
}

function openSide(title: string, which: 'sidebar' | 'outbox'): void {
  byId('side').hidden = false;
  byId('side-title').textContent = title;
  byId('sidebar-frame').hidden = which !== 'sidebar';
  byId('outbox').hidden = which !== 'outbox';
}

function openSidebar(title: string): void {
  const frame = byId('sidebar-frame') as HTMLIFrameElement;
  openSide(title || 'Solo CRM', 'sidebar');
  // Opened again from the menu, the sidebar starts anew, as in Sheets.
  frame.src = `/sidebar?token=${encodeURIComponent(token())}&t=${Date.now()}`;
}

byId('side-close').addEventListener('click', () => {
  byId('side').hidden = true;
  (byId('sidebar-frame') as HTMLIFrameElement).src = 'about:blank';
});

byId('outbox-button').addEventListener('click', () => {
  openSide('Outbox', 'outbox');
  void showOutbox(byId('outbox'));
});

async function advance(days: number): Promise<void> {
  const played = await api<{ runs: Array<{ handler: string; error: string | null }>; sent: number }>(
    '/api/clock',
    { days },
  );
  const failed = played.runs.filter((r) => r.error !== null).length;
  showToast(
    'Clock',
    `${days === 7 ? 'A week' : 'A day'} passed: ${played.runs.length} trigger run(s)${failed ? `, ${failed} failed` : ''}, ${played.sent} email(s) sent.`,
    5,
  );
  await refresh();
  if (!byId('outbox').hidden) void showOutbox(byId('outbox'));
}

byId('clock-day').addEventListener('click', () => void advance(1));
byId('clock-week').addEventListener('click', () => void advance(7));

// The sidebar's calls may change the workbook: each reply says the version it left.
window.addEventListener('message', (event) => {
  if (event.origin !== location.origin) return;
  const data = event.data as { kind?: string; version?: number };
  if (data?.kind === 'sandbox-changed' && data.version !== version) void refresh();
});

void refresh();
