// What the emulated Ui showed (menus, sidebars, dialogs, alerts, prompts, toasts) and the answers scripted for it.

/** Button names, in the order of GoogleAppsScript.Base.Button (the enum's numeric values are their indexes). */
export const BUTTON_NAMES = ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const;
export type ButtonName = (typeof BUTTON_NAMES)[number];
/** Button set names, in the order of GoogleAppsScript.Base.ButtonSet. */
export const BUTTON_SET_NAMES = ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const;
export type ButtonSetName = (typeof BUTTON_SET_NAMES)[number];

/** The buttons each set shows; CLOSE (the dialog's X) is always possible. */
export const BUTTONS_OF_SET: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; entries: MenuEntry[] };

export type UiEvent =
  | { kind: 'menu'; title: string; addon: boolean; entries: MenuEntry[] }
  | { kind: 'sidebar'; title: string; html: string }
  | { kind: 'modal-dialog' | 'modeless-dialog'; title: string; html: string }
  | { kind: 'alert'; title: string; prompt: string; buttons: ButtonSetName; answer: ButtonName }
  | {
      kind: 'prompt';
      title: string;
      prompt: string;
      buttons: ButtonSetName;
      answer: ButtonName;
      text: string;
    }
  | { kind: 'toast'; title: string; message: string; timeoutSeconds: number | null };

/** A scripted answer to the next alert or prompt. */
export interface UiAnswer {
  button: ButtonName;
  /** What the user typed (prompts only). */
  text?: string;
}

/**
 * The record of everything the Ui showed, kept by the environment across executions, and the queue of
 * answers tests script in advance. Alerts and prompts take answers from the queue in order; with the
 * queue empty the user is taken to have closed the dialog (CLOSE, empty text), so nothing is confirmed
 * that a test did not confirm.
 */
export class UiLog {
  readonly events: UiEvent[] = [];
  private readonly answers: UiAnswer[] = [];

  /** Queues the answer to the next alert or prompt. */
  answer(button: ButtonName, text = ''): this {
    this.answers.push({ button, text });
    return this;
  }

  /** Takes the next scripted answer; throws when it names a button the dialog does not show. */
  takeAnswer(buttons: ButtonSetName): UiAnswer {
    const next = this.answers.shift() ?? { button: 'CLOSE', text: '' };
    if (!BUTTONS_OF_SET[buttons].includes(next.button)) {
      throw new Error(`Scripted answer ${next.button} is not a button of ButtonSet.${buttons}`);
    }
    return next;
  }

  /** Answers queued and not used yet. */
  get pendingAnswers(): number {
    return this.answers.length;
  }

  record(event: UiEvent): void {
    this.events.push(event);
  }

  /** Events of one kind, in the order they happened. */
  ofKind<K extends UiEvent['kind']>(kind: K): Array<Extract<UiEvent, { kind: K }>> {
    return this.events.filter((e): e is Extract<UiEvent, { kind: K }> => e.kind === kind);
  }
}
