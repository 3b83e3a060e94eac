import { describe, expect, it } from 'vitest';
import { BUTTONS_OF_SET, UiLog } from '../../../src/local/emulator/ui-log';

describe('UiLog', () => {
  it('hands out scripted answers in order, then CLOSE', () => {
    const log = new UiLog().answer('YES').answer('OK', 'typed');
    expect(log.pendingAnswers).toBe(2);
    expect(log.takeAnswer('YES_NO')).toEqual({ button: 'YES', text: '' });
    expect(log.takeAnswer('OK_CANCEL')).toEqual({ button: 'OK', text: 'typed' });
    expect(log.takeAnswer('OK')).toEqual({ button: 'CLOSE', text: '' });
    expect(log.pendingAnswers).toBe(0);
  });

  it('every button set can be closed', () => {
    for (const buttons of Object.values(BUTTONS_OF_SET)) expect(buttons).toContain('CLOSE');
  });

  it('filters events by kind, in order', () => {
    const log = new UiLog();
    log.record({ kind: 'toast', title: '', message: 'a', timeoutSeconds: 5 });
    log.record({ kind: 'sidebar', title: 'S', html: '<p>' });
    log.record({ kind: 'toast', title: '', message: 'b', timeoutSeconds: null });
    expect(log.ofKind('toast').map((e) => e.message)).toEqual(['a', 'b']);
    expect(log.ofKind('sidebar')).toHaveLength(1);
    expect(log.ofKind('menu')).toEqual([]);
  });
});
