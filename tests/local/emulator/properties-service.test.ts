import { describe, expect, it } from 'vitest';
import { createPropertiesService, PropertyStores } from '../../../src/local/emulator/properties-service';
import { TestMeter } from './test-meter';

// Limits and error texts: developers.google.com/apps-script/guides/services/quotas (9 KB a value,
// 500 KB a store); the messages are the ones Apps Script throws, as quoted in public issue threads.
const VALUE_TOO_LARGE = 'Argument too large: value';
const STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

describe('createPropertiesService', () => {
  it('stores strings, converting numbers like String()', () => {
    const meter = new TestMeter();
    const props = createPropertiesService(new PropertyStores(), meter).getScriptProperties();
    props.setProperty('count', 42 as unknown as string).setProperty('ratio', 0.5 as unknown as string);
    expect(props.getProperty('count')).toBe('42');
    expect(props.getProperty('ratio')).toBe('0.5');
    expect(props.getProperty('missing')).toBeNull();
    expect(props.getKeys()).toEqual(['count', 'ratio']);
    expect(props.getProperties()).toEqual({ count: '42', ratio: '0.5' });
  });

  it('keeps the three stores apart and persists them across executions', () => {
    const stores = new PropertyStores();
    const first = createPropertiesService(stores, new TestMeter());
    first.getDocumentProperties().setProperty('k', 'doc');
    first.getScriptProperties().setProperty('k', 'script');
    first.getUserProperties().setProperty('k', 'user');
    const second = createPropertiesService(stores, new TestMeter());
    expect(second.getDocumentProperties().getProperty('k')).toBe('doc');
    expect(second.getScriptProperties().getProperty('k')).toBe('script');
    expect(second.getUserProperties().getProperty('k')).toBe('user');
    expect(new PropertyStores(stores.snapshot()).snapshot()).toEqual({
      document: { k: 'doc' },
      script: { k: 'script' },
      user: { k: 'user' },
    });
  });

  it('setProperties merges, or replaces everything with deleteAllOthers', () => {
    const props = createPropertiesService(new PropertyStores(), new TestMeter()).getUserProperties();
    const input = Object.freeze({ b: '2', c: '3' });
    props.setProperty('a', '1').setProperties(input);
    expect(props.getProperties()).toEqual({ a: '1', b: '2', c: '3' });
    props.setProperties({ z: '26' }, true);
    expect(props.getProperties()).toEqual({ z: '26' });
    expect(input).toEqual({ b: '2', c: '3' });
  });

  it('deletes one property or all', () => {
    const props = createPropertiesService(new PropertyStores(), new TestMeter()).getScriptProperties();
    props.setProperties({ a: '1', b: '2' }).deleteProperty('a');
    expect(props.getKeys()).toEqual(['b']);
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('getProperties returns a copy', () => {
    const props = createPropertiesService(new PropertyStores(), new TestMeter()).getScriptProperties();
    props.setProperty('a', '1');
    const copy = props.getProperties();
    copy.a = 'changed';
    expect(props.getProperty('a')).toBe('1');
  });

  it('accepts a 9 KB value and rejects 9 KB + 1 byte, changing nothing', () => {
    const props = createPropertiesService(new PropertyStores(), new TestMeter()).getScriptProperties();
    props.setProperty('max', 'x'.repeat(9216)); // 9 × 1024 bytes
    expect(props.getProperty('max')).toHaveLength(9216);
    expect(() => props.setProperty('big', 'x'.repeat(9217))).toThrow(VALUE_TOO_LARGE);
    // 'é' is 2 bytes in UTF-8: 4609 × 2 = 9218 bytes > 9216 although only 4609 characters
    expect(() => props.setProperty('wide', 'é'.repeat(4609))).toThrow(VALUE_TOO_LARGE);
    expect(() => props.setProperties({ ok: 'fine', big: 'x'.repeat(9217) })).toThrow(VALUE_TOO_LARGE);
    expect(props.getKeys()).toEqual(['max']);
  });

  it('rejects a write that takes the store past 500 KB, keeping what was there', () => {
    const props = createPropertiesService(new PropertyStores(), new TestMeter()).getScriptProperties();
    // Each entry: key 'k00'..'k54' (3 bytes) + 9000-byte value = 9003 bytes.
    // 55 entries = 495,165 bytes ≤ 512,000; a 56th makes 504,168 ≤ 512,000; the 57th 513,171 > 512,000.
    for (let i = 0; i < 56; i++) props.setProperty(`k${String(i).padStart(2, '0')}`, 'y'.repeat(9000));
    expect(() => props.setProperty('k56', 'y'.repeat(9000))).toThrow(STORE_FULL);
    expect(props.getKeys()).toHaveLength(56);
    expect(props.getProperty('k56')).toBeNull();
    // Overwriting counts the new size only: 504,168 - 9000 + 5 = 495,173.
    props.setProperty('k00', 'small');
    props.setProperty('k56', 'y'.repeat(9000));
    expect(props.getKeys()).toHaveLength(57);
  });

  it('errors are Apps Script exceptions', () => {
    const props = createPropertiesService(new PropertyStores(), new TestMeter()).getScriptProperties();
    try {
      props.setProperty('big', 'x'.repeat(10_000));
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toBe('Exception: Argument too large: value');
    }
  });

  it('meters every call', () => {
    const meter = new TestMeter();
    const props = createPropertiesService(new PropertyStores(), meter).getScriptProperties();
    props.setProperty('a', '1');
    props.getProperty('a');
    expect(meter.calls).toEqual([
      'PropertiesService.getScriptProperties',
      'Properties.setProperty',
      'Properties.getProperty',
    ]);
  });
});
