import { describe, expect, it } from 'vitest';
import { PropertiesKeyValueStore } from '../../src/gas/properties-key-value-store';
import { environment, inExecution } from './gas-globals';

describe('PropertiesKeyValueStore over the document properties', () => {
  it('keeps values across executions and deletes them', () => {
    const env = environment();
    inExecution(env, () => {
      new PropertiesKeyValueStore().set('crm.import.progress', '{"next":500}');
    });
    inExecution(env, () => {
      const store = new PropertiesKeyValueStore();
      expect(store.get('crm.import.progress')).toBe('{"next":500}');
      store.delete('crm.import.progress');
      expect(store.get('crm.import.progress')).toBeNull();
    });
    expect(env.properties.document.size).toBe(0);
  });

  it('refuses a value over the 9 KB limit of Apps Script', () => {
    const env = environment();
    inExecution(env, () => {
      expect(() => new PropertiesKeyValueStore().set('big', 'x'.repeat(10_000))).toThrow(
        'Argument too large: value',
      );
    });
  });
});
