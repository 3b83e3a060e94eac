// Emulated CacheService: document, script and user caches whose entries expire by the virtual clock.
import type { ServiceMeter } from './service-meter';

/**
 * Limits from the Cache reference [developers.google.com/apps-script/reference/cache/cache] and the
 * measurements in "Exploring Apps Script CacheService Limits" [justin.poehnelt.com]: keys up to 250
 * characters, values up to 100 KB (102,400 bytes), 6 hours at most, 10 minutes by default, 1,000 entries
 * per cache, the oldest-created 100 evicted when a put overflows it.
 */
export const CACHE_KEY_LIMIT_CHARS = 250;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const CACHE_DEFAULT_TTL_SECONDS = 600;
export const CACHE_MAX_TTL_SECONDS = 21600;
export const CACHE_MAX_ENTRIES = 1000;
const CACHE_EVICTION_BATCH = 100;

interface CacheEntry {
  value: string;
  createdAt: number;
  expiresAt: number;
}

export type EmulatedCache = GoogleAppsScript.Cache.Cache;

export type EmulatedCacheService = {
  getDocumentCache(): EmulatedCache | null;
  getScriptCache(): EmulatedCache;
  getUserCache(): EmulatedCache;
};

/** The document, script and user caches; the runtime keeps one instance across executions. */
export class CacheStores {
  readonly document = new Map<string, CacheEntry>();
  readonly script = new Map<string, CacheEntry>();
  readonly user = new Map<string, CacheEntry>();
}

function exception(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

function checkKey(key: string): void {
  if (key.length > CACHE_KEY_LIMIT_CHARS) throw exception('Argument too large: key');
}

function checkValue(value: string): void {
  if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT_BYTES)
    throw exception('Argument too large: value');
}

/** Seconds clamped to Apps Script's range of 1 s to 6 h. */
function ttlMs(expirationInSeconds: number | undefined): number {
  const seconds = expirationInSeconds === undefined ? CACHE_DEFAULT_TTL_SECONDS : Number(expirationInSeconds);
  return Math.min(Math.max(seconds, 1), CACHE_MAX_TTL_SECONDS) * 1000;
}

function createCache(store: Map<string, CacheEntry>, meter: ServiceMeter): EmulatedCache {
  const live = (key: string): CacheEntry | undefined => {
    const entry = store.get(key);
    if (entry && entry.expiresAt <= meter.now().getTime()) {
      store.delete(key);
      return undefined;
    }
    return entry;
  };
  const write = (entries: [string, string][], expirationInSeconds: number | undefined): void => {
    for (const [key, value] of entries) {
      checkKey(key);
      checkValue(value);
    }
    const now = meter.now().getTime();
    for (const [key, value] of entries) {
      store.delete(key);
      store.set(key, { value, createdAt: now, expiresAt: now + ttlMs(expirationInSeconds) });
    }
    evict(store, now);
  };
  return {
    get(key: string) {
      meter.call('Cache', 'get');
      checkKey(String(key));
      return live(String(key))?.value ?? null;
    },
    getAll(keys: string[]) {
      meter.call('Cache', 'getAll');
      const found: { [key: string]: string } = {};
      for (const key of keys.map(String)) {
        checkKey(key);
        const entry = live(key);
        if (entry) found[key] = entry.value;
      }
      return found;
    },
    put(key: string, value: string, expirationInSeconds?: number) {
      meter.call('Cache', 'put');
      write([[String(key), String(value)]], expirationInSeconds);
    },
    putAll(values: { [key: string]: unknown }, expirationInSeconds?: number) {
      meter.call('Cache', 'putAll');
      write(
        Object.entries(values).map(([key, value]) => [key, String(value)]),
        expirationInSeconds,
      );
    },
    remove(key: string) {
      meter.call('Cache', 'remove');
      checkKey(String(key));
      store.delete(String(key));
    },
    removeAll(keys: string[]) {
      meter.call('Cache', 'removeAll');
      for (const key of keys.map(String)) {
        checkKey(key);
        store.delete(key);
      }
    },
  };
}

/** Drops expired entries, then, while over capacity, the oldest-created batch (FIFO, not LRU). */
function evict(store: Map<string, CacheEntry>, now: number): void {
  for (const [key, entry] of store) if (entry.expiresAt <= now) store.delete(key);
  if (store.size <= CACHE_MAX_ENTRIES) return;
  const oldest = [...store.entries()].sort((a, b) => a[1].createdAt - b[1].createdAt);
  const excess = store.size - CACHE_MAX_ENTRIES;
  const drop = Math.ceil(excess / CACHE_EVICTION_BATCH) * CACHE_EVICTION_BATCH;
  for (const [key] of oldest.slice(0, drop)) store.delete(key);
}

/**
 * CacheService over `stores`. Entries expire `expirationInSeconds` (default 600, clamped to 1..21600)
 * after they are put, by the virtual clock. A key over 250 characters throws "Argument too large: key";
 * a value over 100 KB throws "Argument too large: value" and a failed putAll stores nothing.
 * getDocumentCache returns null when the script is not bound to a document.
 */
export function createCacheService(
  stores: CacheStores,
  meter: ServiceMeter,
  options: { hasDocument: boolean } = { hasDocument: true },
): EmulatedCacheService {
  return {
    getDocumentCache() {
      meter.call('CacheService', 'getDocumentCache');
      return options.hasDocument ? createCache(stores.document, meter) : null;
    },
    getScriptCache() {
      meter.call('CacheService', 'getScriptCache');
      return createCache(stores.script, meter);
    },
    getUserCache() {
      meter.call('CacheService', 'getUserCache');
      return createCache(stores.user, meter);
    },
  };
}
