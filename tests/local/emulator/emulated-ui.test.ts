import { describe, expect, it } from 'vitest';
import { EmulatedUi } from '../../../src/local/emulator/emulated-ui';
import { Execution } from '../../../src/local/emulator/execution';
import { UiLog } from '../../../src/local/emulator/ui-log';
import { emptyWorkbook } from '../../../src/local/emulator/workbook-data';

/** The two methods of GoogleAppsScript.HTML.HtmlOutput the Ui reads. */
function html(title: string, content: string): GoogleAppsScript.HTML.HtmlOutput {
  return { getTitle: () => title, getContent: () => content } as GoogleAppsScript.HTML.HtmlOutput;
}

function setup(kind: Execution['kind'] = 'menu') {
  const execution = new Execution({ kind, workbook: emptyWorkbook() });
  const log = new UiLog();
  return { execution, log, ui: new EmulatedUi(execution, log) };
}

describe('Ui menus', () => {
  it('records a menu with items, separators and submenus when added to the Ui', () => {
    const { ui, log, execution } = setup();
    const sub = ui.createMenu('Advanced').addItem('Undo last run', 'undoLastRun');
    ui.createMenu('Solo CRM').addItem('Open sidebar', 'showSidebar').addSeparator().addSubMenu(sub).addToUi();
    expect(log.ofKind('menu')).toEqual([
      {
        kind: 'menu',
        title: 'Solo CRM',
        addon: false,
        entries: [
          { kind: 'item', caption: 'Open sidebar', functionName: 'showSidebar' },
          { kind: 'separator' },
          {
            kind: 'submenu',
            caption: 'Advanced',
            entries: [{ kind: 'item', caption: 'Undo last run', functionName: 'undoLastRun' }],
          },
        ],
      },
    ]);
    expect(execution.count('Menu.addToUi')).toBe(1);
    expect(execution.count('Ui.createMenu')).toBe(2);
  });

  it('an add-on menu is recorded as such; a menu not added to the Ui is not recorded', () => {
    const { ui, log } = setup();
    ui.createMenu('Never shown').addItem('x', 'x');
    ui.createAddonMenu().addItem('Start', 'start').addToUi();
    expect(log.ofKind('menu')).toEqual([
      {
        kind: 'menu',
        title: '',
        addon: true,
        entries: [{ kind: 'item', caption: 'Start', functionName: 'start' }],
      },
    ]);
  });
});

describe('Ui sidebars and dialogs', () => {
  it('records the sidebar title and HTML content', () => {
    const { ui, log } = setup();
    ui.showSidebar(html('Solo CRM', '<h1>Hi</h1>'));
    ui.showModalDialog(html('ignored', '<p>Sure?</p>'), 'Confirm');
    ui.showModelessDialog(html('', '<p>Working</p>'), 'Progress');
    expect(log.events).toEqual([
      { kind: 'sidebar', title: 'Solo CRM', html: '<h1>Hi</h1>' },
      { kind: 'modal-dialog', title: 'Confirm', html: '<p>Sure?</p>' },
      { kind: 'modeless-dialog', title: 'Progress', html: '<p>Working</p>' },
    ]);
  });
});

describe('Ui alerts and prompts', () => {
  it('Button and ButtonSet follow the order of @types/google-apps-script enums', () => {
    const { ui } = setup();
    expect(ui.Button).toEqual({ CLOSE: 0, OK: 1, CANCEL: 2, YES: 3, NO: 4 });
    expect(ui.ButtonSet).toEqual({ OK: 0, OK_CANCEL: 1, YES_NO: 2, YES_NO_CANCEL: 3 });
  });

  it('answers alerts from the scripted queue, in order, in the 1-, 2- and 3-argument forms', () => {
    const { ui, log } = setup();
    log.answer('OK').answer('YES').answer('NO');
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    expect(ui.alert('Send 12 emails?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(ui.alert('Forget customer', 'Delete everything about C-1?', ui.ButtonSet.YES_NO_CANCEL)).toBe(
      ui.Button.NO,
    );
    expect(log.ofKind('alert')).toEqual([
      { kind: 'alert', title: '', prompt: 'Done', buttons: 'OK', answer: 'OK' },
      { kind: 'alert', title: '', prompt: 'Send 12 emails?', buttons: 'YES_NO', answer: 'YES' },
      {
        kind: 'alert',
        title: 'Forget customer',
        prompt: 'Delete everything about C-1?',
        buttons: 'YES_NO_CANCEL',
        answer: 'NO',
      },
    ]);
    expect(log.pendingAnswers).toBe(0);
  });

  it('without a scripted answer the dialog is closed', () => {
    const { ui } = setup();
    expect(ui.alert('Send?', ui.ButtonSet.YES_NO)).toBe(ui.Button.CLOSE);
  });

  it('rejects a scripted answer that the dialog does not offer', () => {
    const { ui, log } = setup();
    log.answer('YES');
    expect(() => ui.alert('Done')).toThrow('Scripted answer YES is not a button of ButtonSet.OK');
  });

  it('answers prompts with text and button', () => {
    const { ui, log } = setup();
    log.answer('OK', 'C-42');
    const response = ui.prompt('Forget', 'Customer ID?', ui.ButtonSet.OK_CANCEL);
    expect(response.getResponseText()).toBe('C-42');
    expect(response.getSelectedButton()).toBe(ui.Button.OK);
    const closed = ui.prompt('Name?');
    expect(closed.getResponseText()).toBe('');
    expect(closed.getSelectedButton()).toBe(ui.Button.CLOSE);
    expect(log.ofKind('prompt')).toEqual([
      {
        kind: 'prompt',
        title: 'Forget',
        prompt: 'Customer ID?',
        buttons: 'OK_CANCEL',
        answer: 'OK',
        text: 'C-42',
      },
      { kind: 'prompt', title: '', prompt: 'Name?', buttons: 'OK', answer: 'CLOSE', text: '' },
    ]);
  });

  it('is denied to custom functions', () => {
    const { ui } = setup('custom-function');
    expect(() => ui.alert('x')).toThrow('You do not have permission to call Ui.alert');
    expect(() => ui.createMenu('x')).toThrow('You do not have permission to call Ui.createMenu');
  });
});
