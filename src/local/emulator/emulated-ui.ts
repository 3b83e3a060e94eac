// Emulated Ui of the spreadsheet: menus, sidebars, dialogs, alerts and prompts, all recorded in a UiLog.
import type { ServiceMeter } from './service-meter';
import {
  BUTTON_NAMES,
  BUTTON_SET_NAMES,
  type ButtonName,
  type ButtonSetName,
  type MenuEntry,
  type UiLog,
} from './ui-log';

type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;
/** What the Ui reads of an HtmlOutput: the real interface's title and content (any HtmlOutput fits). */
type HtmlOutput = Pick<GoogleAppsScript.HTML.HtmlOutput, 'getTitle' | 'getContent'>;

/**
 * Runtime values of the Button and ButtonSet enums. @types/google-apps-script declares them as numeric
 * enums (CLOSE = 0, OK = 1, …), so the emulator uses those numbers: `response == ui.Button.YES` works.
 */
const BUTTON = Object.freeze(
  Object.fromEntries(BUTTON_NAMES.map((name, i) => [name, i])),
) as unknown as typeof GoogleAppsScript.Base.Button;
const BUTTON_SET = Object.freeze(
  Object.fromEntries(BUTTON_SET_NAMES.map((name, i) => [name, i])),
) as unknown as typeof GoogleAppsScript.Base.ButtonSet;

function buttonSetName(set: unknown): ButtonSetName {
  const name = typeof set === 'number' ? BUTTON_SET_NAMES[set] : undefined;
  if (!name) throw new Error(`Invalid argument: buttons`);
  return name;
}

function buttonValue(name: ButtonName): Button {
  return BUTTON_NAMES.indexOf(name) as unknown as Button;
}

/** A menu being built; addToUi records it with its entries as they are at that moment. */
export class EmulatedMenu {
  readonly entries: MenuEntry[] = [];

  constructor(
    readonly title: string,
    readonly addon: boolean,
    private readonly meter: ServiceMeter,
    private readonly log: UiLog,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.meter.call('Menu', 'addItem');
    this.entries.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): this {
    this.meter.call('Menu', 'addSeparator');
    this.entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: EmulatedMenu): this {
    this.meter.call('Menu', 'addSubMenu');
    this.entries.push({ kind: 'submenu', caption: menu.title, entries: structuredClone(menu.entries) });
    return this;
  }

  addToUi(): void {
    this.meter.call('Menu', 'addToUi');
    this.log.record({
      kind: 'menu',
      title: this.title,
      addon: this.addon,
      entries: structuredClone(this.entries),
    });
  }
}

/** The answer to a prompt. */
export class EmulatedPromptResponse
  implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>
{
  constructor(
    private readonly text: string,
    private readonly button: ButtonName,
    private readonly meter: ServiceMeter,
  ) {}

  getResponseText(): string {
    this.meter.call('PromptResponse', 'getResponseText');
    return this.text;
  }

  getSelectedButton(): Button {
    this.meter.call('PromptResponse', 'getSelectedButton');
    return buttonValue(this.button);
  }
}

/** The spreadsheet's Ui. Every call goes through the meter and what is shown is recorded in the log. */
export class EmulatedUi
  implements
    Pick<
      GoogleAppsScript.Base.Ui,
      'Button' | 'ButtonSet' | 'alert' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'
    >
{
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;

  constructor(
    private readonly meter: ServiceMeter,
    readonly log: UiLog,
  ) {}

  createMenu(caption: string): EmulatedMenu {
    this.meter.call('Ui', 'createMenu');
    return new EmulatedMenu(String(caption), false, this.meter, this.log);
  }

  /** The add-on's menu (under Extensions); its title is the add-on's name, recorded as "". */
  createAddonMenu(): EmulatedMenu {
    this.meter.call('Ui', 'createAddonMenu');
    return new EmulatedMenu('', true, this.meter, this.log);
  }

  showSidebar(userInterface: HtmlOutput): void {
    this.meter.call('Ui', 'showSidebar');
    this.log.record({ kind: 'sidebar', title: userInterface.getTitle(), html: userInterface.getContent() });
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.meter.call('Ui', 'showModalDialog');
    this.log.record({ kind: 'modal-dialog', title: String(title), html: userInterface.getContent() });
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.meter.call('Ui', 'showModelessDialog');
    this.log.record({ kind: 'modeless-dialog', title: String(title), html: userInterface.getContent() });
  }

  /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons); answered from the log's queue. */
  alert(prompt: string): Button;
  alert(prompt: string, buttons: ButtonSet): Button;
  alert(title: string, prompt: string, buttons: ButtonSet): Button;
  alert(a: string, b?: string | ButtonSet, c?: ButtonSet): Button {
    this.meter.call('Ui', 'alert');
    const { title, prompt, buttons } = dialogArguments(a, b, c);
    const answer = this.log.takeAnswer(buttons);
    this.log.record({ kind: 'alert', title, prompt, buttons, answer: answer.button });
    return buttonValue(answer.button);
  }

  /** prompt(prompt), prompt(prompt, buttons) or prompt(title, prompt, buttons); answered from the log's queue. */
  prompt(prompt: string): EmulatedPromptResponse;
  prompt(prompt: string, buttons: ButtonSet): EmulatedPromptResponse;
  prompt(title: string, prompt: string, buttons: ButtonSet): EmulatedPromptResponse;
  prompt(a: string, b?: string | ButtonSet, c?: ButtonSet): EmulatedPromptResponse {
    this.meter.call('Ui', 'prompt');
    const { title, prompt, buttons } = dialogArguments(a, b, c);
    const answer = this.log.takeAnswer(buttons);
    const text = answer.text ?? '';
    this.log.record({ kind: 'prompt', title, prompt, buttons, answer: answer.button, text });
    return new EmulatedPromptResponse(text, answer.button, this.meter);
  }
}

function dialogArguments(
  a: string,
  b: string | ButtonSet | undefined,
  c: ButtonSet | undefined,
): { title: string; prompt: string; buttons: ButtonSetName } {
  if (c !== undefined) return { title: String(a), prompt: String(b), buttons: buttonSetName(c) };
  if (b !== undefined) return { title: '', prompt: String(a), buttons: buttonSetName(b) };
  return { title: '', prompt: String(a), buttons: 'OK' };
}
