import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/local/emulator/session';
import { TestMeter } from './test-meter';

describe('createSession', () => {
  it('reports the time zone and the users', () => {
    const meter = new TestMeter();
    const session = createSession(
      { timeZone: 'Europe/Paris', effectiveUser: 'owner@example.com', activeUser: 'owner@example.com' },
      meter,
    );
    expect(session.getScriptTimeZone()).toBe('Europe/Paris');
    expect(session.getEffectiveUser().getEmail()).toBe('owner@example.com');
    expect(session.getActiveUser().getEmail()).toBe('owner@example.com');
    expect(session.getActiveUserLocale()).toBe('en');
    expect(meter.calls.slice(0, 3)).toEqual([
      'Session.getScriptTimeZone',
      'Session.getEffectiveUser',
      'User.getEmail',
    ]);
  });

  it("gives '' for an anonymous active user while the effective user stays the deployer", () => {
    const session = createSession(
      { timeZone: 'Etc/UTC', effectiveUser: 'owner@example.com' },
      new TestMeter(),
    );
    expect(session.getActiveUser().getEmail()).toBe('');
    expect(session.getEffectiveUser().getEmail()).toBe('owner@example.com');
  });

  it('gives a stable temporary key per active user', () => {
    const key = (activeUser: string) =>
      createSession(
        { timeZone: 'Etc/UTC', effectiveUser: 'o@example.com', activeUser },
        new TestMeter(),
      ).getTemporaryActiveUserKey();
    expect(key('a@example.com')).toBe(key('a@example.com'));
    expect(key('a@example.com')).not.toBe(key('b@example.com'));
    expect(key('a@example.com')).toMatch(/^[A-Za-z0-9_-]{40}$/);
    expect(key('a@example.com')).not.toContain('example');
  });
});
