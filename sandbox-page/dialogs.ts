// An alert or prompt of the script, asked of the person; resolves to the button pressed and the text typed.
import type { Dialog } from './api';

const BUTTONS: Record<Dialog['buttons'], string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};
const CAPTIONS: Record<string, string> = { OK: 'OK', CANCEL: 'Cancel', YES: 'Yes', NO: 'No' };

export function askDialog(dialog: Dialog): Promise<{ button: string; text: string }> {
  const back = document.getElementById('dialog-back')!;
  const text = document.getElementById('dialog-text') as HTMLInputElement;
  const buttons = document.getElementById('dialog-buttons')!;
  document.getElementById('dialog-title')!.textContent = dialog.title || 'Solo CRM';
  document.getElementById('dialog-prompt')!.textContent = dialog.prompt;
  text.hidden = dialog.kind !== 'prompt';
  text.value = '';
  return new Promise((resolve) => {
    const answer = (button: string) => {
      back.hidden = true;
      document.removeEventListener('keydown', onKey);
      resolve({ button, text: text.value });
    };
    // The dialog's X and Escape close it, as Sheets answers CLOSE.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') answer('CLOSE');
    };
    document.addEventListener('keydown', onKey);
    buttons.replaceChildren(
      ...BUTTONS[dialog.buttons].map((name) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = CAPTIONS[name];
        button.addEventListener('click', () => answer(name));
        return button;
      }),
    );
    back.hidden = false;
    (text.hidden ? (buttons.firstElementChild as HTMLElement) : text).focus();
  });
}

/**
 * An HTML dialog the script showed (showModalDialog / showModelessDialog), in a frame that runs no
 * script: Solo CRM's dialogs are text, and a page of the script's own must not run in the sandbox's.
 */
export function showHtmlDialog(title: string, html: string): void {
  const back = document.getElementById('html-dialog-back')!;
  document.getElementById('html-dialog-title')!.textContent = title || 'Solo CRM';
  (document.getElementById('html-dialog-frame') as HTMLIFrameElement).srcdoc = html;
  const close = document.getElementById('html-dialog-close') as HTMLButtonElement;
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') done();
  };
  const done = () => {
    back.hidden = true;
    document.removeEventListener('keydown', onKey);
  };
  close.onclick = done;
  document.addEventListener('keydown', onKey);
  back.hidden = false;
  close.focus();
}
