// A sidebar page over a workbook Set up has prepared, recording every dialog the page opens.
import type { Browser, Dialog } from 'playwright-core';
import { openSidebar } from './sidebar-page';

/**
 * openSidebar on an emulated workbook after Set up, with each alert/confirm/prompt the page opens
 * recorded as "type: message" in `dialogs` and answered: accepted, or dismissed when `confirm`
 * says no.
 */
export async function openSetUpSidebar(browser: Browser, options: { confirm?: () => boolean } = {}) {
  const opened = await openSidebar(browser);
  const setUp = opened.runtime.run('setUpWorkbook', [], { kind: 'sidebar' });
  if (setUp.error) throw setUp.error;
  const dialogs: string[] = [];
  opened.page.on('dialog', (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void ((options.confirm?.() ?? true) ? dialog.accept() : dialog.dismiss());
  });
  return { ...opened, dialogs };
}
