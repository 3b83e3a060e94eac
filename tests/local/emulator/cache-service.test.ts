import { describe, expect, it } from 'vitest';
import { CacheStores, createCacheService } from '../../../src/local/emulator/cache-service';
import { TestMeter } from './test-meter';

// Limits: developers.google.com/apps-script/reference/cache/cache (keys ≤ 250 characters, values ≤ 100 KB,
// default 600 s, maximum 21600 s, 1,000 entries) and justin.poehnelt.com "Exploring Apps Script
// CacheService Limits" (error texts, FIFO eviction of 100 entries at a time).

describe('createCacheService', () => {
  it('returns what was put and null for a missing key', () => {
    const cache = createCacheService(new CacheStores(), new TestMeter()).getScriptCache();
    cache.put('a', 'alpha');
    expect(cache.get('a')).toBe('alpha');
    expect(cache.get('b')).toBeNull();
  });

  it('expires after the default 600 s by the virtual clock', () => {
    const meter = new TestMeter();
    const cache = createCacheService(new CacheStores(), meter).getScriptCache();
    cache.put('a', 'alpha');
    meter.advance(599_999);
    expect(cache.get('a')).toBe('alpha');
    meter.advance(1);
    expect(cache.get('a')).toBeNull();
  });

  it('honours a given TTL and caps it at 21600 s', () => {
    const meter = new TestMeter();
    const cache = createCacheService(new CacheStores(), meter).getUserCache();
    cache.put('short', 's', 5);
    cache.put('long', 'l', 100_000);
    meter.advance(5_000);
    expect(cache.get('short')).toBeNull();
    meter.advance(21_600_000 - 5_000 - 1);
    expect(cache.get('long')).toBe('l');
    meter.advance(1);
    expect(cache.get('long')).toBeNull();
  });

  it('putAll, getAll (found keys only), remove and removeAll', () => {
    const cache = createCacheService(new CacheStores(), new TestMeter()).getScriptCache();
    const values = Object.freeze({ a: '1', b: '2', c: '3' });
    cache.putAll(values);
    expect(cache.getAll(['a', 'b', 'x'])).toEqual({ a: '1', b: '2' });
    cache.remove('a');
    cache.removeAll(['b']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
    expect(values).toEqual({ a: '1', b: '2', c: '3' });
  });

  it('converts values to strings', () => {
    const cache = createCacheService(new CacheStores(), new TestMeter()).getScriptCache();
    cache.put('n', 7 as unknown as string);
    expect(cache.get('n')).toBe('7');
  });

  it('rejects a key over 250 characters and a value over 100 KB', () => {
    const cache = createCacheService(new CacheStores(), new TestMeter()).getScriptCache();
    cache.put('k'.repeat(250), 'ok');
    expect(() => cache.put('k'.repeat(251), 'x')).toThrow('Argument too large: key');
    expect(() => cache.get('k'.repeat(251))).toThrow('Argument too large: key');
    cache.put('max', 'v'.repeat(102_400));
    expect(() => cache.put('big', 'v'.repeat(102_401))).toThrow('Argument too large: value');
    expect(() => cache.putAll({ fine: 'x', big: 'v'.repeat(102_401) })).toThrow('Argument too large: value');
    expect(cache.get('fine')).toBeNull();
  });

  it('keeps at most 1,000 entries, evicting the 100 oldest-created', () => {
    const meter = new TestMeter();
    const cache = createCacheService(new CacheStores(), meter).getScriptCache();
    for (let i = 0; i < 1000; i++) {
      cache.put(`k${i}`, String(i));
      meter.advance(1);
    }
    cache.get('k0'); // reading does not protect an entry: eviction is by creation, not access
    cache.put('k1000', '1000');
    expect(cache.get('k0')).toBeNull();
    expect(cache.get('k99')).toBeNull();
    expect(cache.get('k100')).toBe('100');
    expect(cache.get('k1000')).toBe('1000');
  });

  it('keeps caches apart and shares them across executions', () => {
    const stores = new CacheStores();
    createCacheService(stores, new TestMeter()).getScriptCache().put('k', 'script');
    createCacheService(stores, new TestMeter()).getUserCache().put('k', 'user');
    const later = createCacheService(stores, new TestMeter());
    expect(later.getScriptCache().get('k')).toBe('script');
    expect(later.getUserCache().get('k')).toBe('user');
    expect(later.getDocumentCache()?.get('k')).toBeNull();
  });

  it('has no document cache without a document', () => {
    const service = createCacheService(new CacheStores(), new TestMeter(), { hasDocument: false });
    expect(service.getDocumentCache()).toBeNull();
  });

  it('meters every call', () => {
    const meter = new TestMeter();
    const cache = createCacheService(new CacheStores(), meter).getScriptCache();
    cache.put('a', '1');
    cache.get('a');
    expect(meter.calls).toEqual(['CacheService.getScriptCache', 'Cache.put', 'Cache.get']);
  });
});
