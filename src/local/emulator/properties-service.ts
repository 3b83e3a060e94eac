// Emulated PropertiesService: document, script and user key-value stores that outlive an execution.
import type { ServiceMeter } from './service-meter';

/** Apps Script's limits [developers.google.com/apps-script/guides/services/quotas]: 9 KB a value, 500 KB a store. */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

const VALUE_TOO_LARGE = 'Argument too large: value';
const STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

/** The three stores' contents as plain objects, for saving between runs. */
export interface PropertyStoresSnapshot {
  document: Record<string, string>;
  script: Record<string, string>;
  user: Record<string, string>;
}

export type EmulatedProperties = {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): EmulatedProperties;
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): EmulatedProperties;
  getProperties(): { [key: string]: string };
  getKeys(): string[];
  deleteProperty(key: string): EmulatedProperties;
  deleteAllProperties(): EmulatedProperties;
};

export type EmulatedPropertiesService = {
  getDocumentProperties(): EmulatedProperties;
  getScriptProperties(): EmulatedProperties;
  getUserProperties(): EmulatedProperties;
};

/** The document, script and user stores; the runtime keeps one instance across executions. */
export class PropertyStores {
  readonly document: Map<string, string>;
  readonly script: Map<string, string>;
  readonly user: Map<string, string>;

  constructor(snapshot?: Partial<PropertyStoresSnapshot>) {
    this.document = new Map(Object.entries(snapshot?.document ?? {}));
    this.script = new Map(Object.entries(snapshot?.script ?? {}));
    this.user = new Map(Object.entries(snapshot?.user ?? {}));
  }

  /** Copies of the three stores as plain objects. */
  snapshot(): PropertyStoresSnapshot {
    return {
      document: Object.fromEntries(this.document),
      script: Object.fromEntries(this.script),
      user: Object.fromEntries(this.user),
    };
  }
}

function exception(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Bytes a store holds: keys and values both count, as UTF-8. */
function storeBytes(store: Map<string, string>): number {
  let total = 0;
  for (const [key, value] of store) total += utf8Bytes(key) + utf8Bytes(value);
  return total;
}

/**
 * Applies `change` to a copy of `store` and commits it only if every value and the whole store fit, so
 * a failed write leaves the store as it was (Apps Script rejects the call as a whole).
 * Throws "Argument too large: value" for a value over 9 KB and the storage-quota message for a store
 * over 500 KB.
 */
function commit(store: Map<string, string>, change: (draft: Map<string, string>) => void): void {
  const draft = new Map(store);
  change(draft);
  for (const [key, value] of draft) {
    if (store.get(key) !== value && utf8Bytes(value) > PROPERTY_VALUE_LIMIT_BYTES)
      throw exception(VALUE_TOO_LARGE);
  }
  if (storeBytes(draft) > PROPERTY_STORE_LIMIT_BYTES) throw exception(STORE_FULL);
  store.clear();
  for (const [key, value] of draft) store.set(key, value);
}

function createProperties(store: Map<string, string>, meter: ServiceMeter): EmulatedProperties {
  const properties: EmulatedProperties = {
    getProperty(key) {
      meter.call('Properties', 'getProperty');
      return store.get(String(key)) ?? null;
    },
    setProperty(key, value) {
      meter.call('Properties', 'setProperty');
      commit(store, (draft) => draft.set(String(key), String(value)));
      return properties;
    },
    setProperties(values, deleteAllOthers = false) {
      meter.call('Properties', 'setProperties');
      commit(store, (draft) => {
        if (deleteAllOthers) draft.clear();
        for (const [key, value] of Object.entries(values)) draft.set(key, String(value));
      });
      return properties;
    },
    getProperties() {
      meter.call('Properties', 'getProperties');
      return Object.fromEntries(store);
    },
    getKeys() {
      meter.call('Properties', 'getKeys');
      return [...store.keys()];
    },
    deleteProperty(key) {
      meter.call('Properties', 'deleteProperty');
      store.delete(String(key));
      return properties;
    },
    deleteAllProperties() {
      meter.call('Properties', 'deleteAllProperties');
      store.clear();
      return properties;
    },
  };
  return properties;
}

/**
 * PropertiesService over `stores`. Values are stored as strings (`String(value)`); a value over 9 KB
 * throws "Argument too large: value", a store over 500 KB (keys plus values, UTF-8) throws "You have
 * exceeded the property storage quota. Please remove some properties and try again.", and a failed
 * write changes nothing.
 */
export function createPropertiesService(
  stores: PropertyStores,
  meter: ServiceMeter,
): EmulatedPropertiesService {
  return {
    getDocumentProperties() {
      meter.call('PropertiesService', 'getDocumentProperties');
      return createProperties(stores.document, meter);
    },
    getScriptProperties() {
      meter.call('PropertiesService', 'getScriptProperties');
      return createProperties(stores.script, meter);
    },
    getUserProperties() {
      meter.call('PropertiesService', 'getUserProperties');
      return createProperties(stores.user, meter);
    },
  };
}
