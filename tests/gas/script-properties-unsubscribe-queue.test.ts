import { describe, expect, it } from 'vitest';
import { ScriptPropertiesUnsubscribeQueue } from '../../src/gas/script-properties-unsubscribe-queue';
import { textResponse } from '../../src/gas/text-response';
import { environment, inExecution } from './gas-globals';

describe('ScriptPropertiesUnsubscribeQueue over the script properties', () => {
  it('adds under the script lock in a web app, keeps the first time, and is read by a bound execution', () => {
    const env = environment();
    env.properties.script.set('crm.signing-secret', 'kept');
    const web = inExecution(
      env,
      () => {
        const queue = new ScriptPropertiesUnsubscribeQueue();
        expect(queue.add('C000001', new Date('2024-06-01T12:00:00Z'))).toEqual({
          entry: { customerId: 'C000001', at: '2024-06-01T12:00:00.000Z' },
          added: true,
        });
        expect(queue.add('C000001', new Date('2024-06-02T08:00:00Z'))).toEqual({
          entry: { customerId: 'C000001', at: '2024-06-01T12:00:00.000Z' },
          added: false,
        });
      },
      'web-app',
    );
    expect(web.count('Lock.waitLock')).toBe(2);
    expect(web.count('Lock.releaseLock')).toBe(2);
    expect(env.properties.script.get('crm.unsubscribe.C000001')).toBe('{"at":"2024-06-01T12:00:00.000Z"}');
    inExecution(env, () => {
      const queue = new ScriptPropertiesUnsubscribeQueue();
      expect(queue.entries()).toEqual([{ customerId: 'C000001', at: '2024-06-01T12:00:00.000Z' }]);
    });
  });

  it('reads every entry with one call, ignores other properties and keeps an unreadable entry as damaged', () => {
    const env = environment();
    env.properties.script.set('crm.signing-secret', 'kept');
    env.properties.script.set(
      'crm.unsubscribe.C000002',
      '{"at":"2024-06-01T12:00:00.000Z","missingLogged":true}',
    );
    env.properties.script.set('crm.unsubscribe.C000003', 'not json');
    env.properties.script.set('crm.unsubscribe.C000004', '{"at":"yesterday"}');
    const execution = inExecution(env, () => {
      expect(new ScriptPropertiesUnsubscribeQueue().entries()).toEqual([
        { customerId: 'C000002', at: '2024-06-01T12:00:00.000Z', missingLogged: true },
        { customerId: 'C000003', at: '', damaged: 'not JSON' },
        { customerId: 'C000004', at: '', damaged: 'its time is not an instant' },
      ]);
    });
    expect(execution.count('Properties')).toBe(1);
    // The customer opening the link again replaces the damaged entry with a readable one.
    inExecution(env, () => {
      const again = new ScriptPropertiesUnsubscribeQueue().add('C000003', new Date('2024-06-03T08:00:00Z'));
      expect(again).toEqual({
        entry: { customerId: 'C000003', at: '2024-06-03T08:00:00.000Z' },
        added: true,
      });
    });
  });

  it('marks an entry as logged missing and removes applied entries only', () => {
    const env = environment();
    env.properties.script.set('crm.signing-secret', 'kept');
    inExecution(env, () => {
      const queue = new ScriptPropertiesUnsubscribeQueue();
      queue.add('C000001', new Date('2024-06-01T12:00:00Z'));
      queue.add('C000009', new Date('2024-06-01T13:00:00Z'));
      queue.markMissingLogged(['C000009']);
      queue.remove(['C000001']);
      expect(queue.entries()).toEqual([
        { customerId: 'C000009', at: '2024-06-01T13:00:00.000Z', missingLogged: true },
      ]);
    });
    expect(env.properties.script.get('crm.signing-secret')).toBe('kept');
  });

  it('marks many entries as logged missing with one read and one write of the properties', () => {
    const env = environment();
    env.properties.script.set('crm.signing-secret', 'kept');
    for (const id of ['C000007', 'C000008', 'C000009'])
      env.properties.script.set(`crm.unsubscribe.${id}`, '{"at":"2024-06-01T13:00:00.000Z"}');
    const execution = inExecution(env, () => {
      new ScriptPropertiesUnsubscribeQueue().markMissingLogged(['C000007', 'C000008', 'C000009', 'C000404']);
    });
    expect(execution.count('Properties.getProperties')).toBe(1);
    expect(execution.count('Properties.setProperties')).toBe(1);
    expect(execution.count('Properties.getProperty')).toBe(0);
    expect(execution.count('Properties.setProperty')).toBe(0);
    for (const id of ['C000007', 'C000008', 'C000009'])
      expect(env.properties.script.get(`crm.unsubscribe.${id}`)).toBe(
        '{"at":"2024-06-01T13:00:00.000Z","missingLogged":true}',
      );
    expect(env.properties.script.get('crm.unsubscribe.C000404')).toBeUndefined();
    expect(env.properties.script.get('crm.signing-secret')).toBe('kept');
  });
});

describe('textResponse', () => {
  it('is plain ContentService text: the heading and paragraphs separated by blank lines', () => {
    const env = environment();
    const execution = inExecution(
      env,
      () => {
        const output = textResponse('You are unsubscribed.', ['You will get no more emails from us.']);
        expect(output.getContent()).toBe('You are unsubscribed.\n\nYou will get no more emails from us.');
        expect(output.getMimeType()).toBe(ContentService.MimeType.TEXT);
      },
      'web-app',
    );
    expect(execution.count('HtmlService')).toBe(0);
  });
});
