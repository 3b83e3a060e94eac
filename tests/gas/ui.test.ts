import { describe, expect, it } from 'vitest';
import { confirm, promptText, showAlert, showTextDialog } from '../../src/gas/ui';
import { environment, inExecution } from './gas-globals';

describe('ui adapter over the emulated Ui', () => {
  it('confirm is true only for Yes; promptText gives the text for OK and null otherwise', () => {
    const env = environment();
    env.uiLog.answer('YES').answer('NO').answer('OK', 'ana@example.com').answer('CANCEL', 'typed');
    inExecution(
      env,
      () => {
        expect(confirm('Undo', 'Sure?')).toBe(true);
        expect(confirm('Undo', 'Sure?')).toBe(false);
        expect(promptText('Export', 'Who?')).toBe('ana@example.com');
        expect(promptText('Export', 'Who?')).toBeNull();
        // No answer scripted: the user closed the dialog.
        expect(confirm('Forget', 'Sure?')).toBe(false);
      },
      'menu',
    );
    expect(env.uiLog.ofKind('alert').map((a) => a.buttons)).toEqual(['YES_NO', 'YES_NO', 'YES_NO']);
  });

  it('shows alerts and an escaped text dialog', () => {
    const env = environment();
    inExecution(
      env,
      () => {
        showAlert('Set up', 'Done.');
        showTextDialog('Customer data', '{"Name": "<script>"}');
      },
      'menu',
    );
    expect(env.uiLog.ofKind('alert')[0]).toMatchObject({ title: 'Set up', prompt: 'Done.', buttons: 'OK' });
    const dialog = env.uiLog.events.find((e) => e.kind === 'modal-dialog');
    expect(dialog).toMatchObject({ title: 'Customer data' });
    expect(dialog && 'html' in dialog ? dialog.html : '').toContain(
      '{&#34;Name&#34;: &#34;&#60;script&#62;&#34;}',
    );
  });
});
