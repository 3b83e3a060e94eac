// Apps Script adapter of the UnsubscribeQueue port: one script property per queued customer.
/// <reference types="google-apps-script" />
import type { QueuedUnsubscribe, UnsubscribeQueue } from '../app/ports';

/** Every queued entry is stored under this prefix followed by the Customer ID. */
export const UNSUBSCRIBE_KEY_PREFIX = 'crm.unsubscribe.';
const LOCK_MS = 10_000;
/** What `add` stores: Date.prototype.toISOString's form. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The entry stored under `key`. A value that cannot be read (edited by hand, cut short) still
 * names a customer who asked to unsubscribe, so it is kept as a damaged entry, never dropped.
 */
function parse(key: string, value: string): QueuedUnsubscribe {
  const customerId = key.slice(UNSUBSCRIBE_KEY_PREFIX.length);
  let stored: unknown;
  try {
    stored = JSON.parse(value);
  } catch {
    return { customerId, at: '', damaged: 'not JSON' };
  }
  const { at, missingLogged } = (stored ?? {}) as { at?: unknown; missingLogged?: unknown };
  if (typeof at !== 'string' || !ISO_INSTANT.test(at) || Number.isNaN(Date.parse(at)))
    return { customerId, at: '', damaged: 'its time is not an instant' };
  return { customerId, at, ...(missingLogged === true ? { missingLogged: true } : {}) };
}

function stored(entry: QueuedUnsubscribe): string {
  return JSON.stringify(entry.missingLogged ? { at: entry.at, missingLogged: true } : { at: entry.at });
}

/**
 * The queue in the script's properties, which a web app executed as the owner can read and
 * write without a spreadsheet. One property per customer (about 60 bytes), so adding never
 * rewrites the others and the 500 KB store holds thousands; a link opened twice stays one entry.
 */
export class ScriptPropertiesUnsubscribeQueue implements UnsubscribeQueue {
  private readonly properties = PropertiesService.getScriptProperties();

  /** One getProperties call. */
  entries(): QueuedUnsubscribe[] {
    const all = this.properties.getProperties();
    const entries: QueuedUnsubscribe[] = [];
    for (const key of Object.keys(all)) {
      if (!key.startsWith(UNSUBSCRIBE_KEY_PREFIX)) continue;
      entries.push(parse(key, all[key]));
    }
    return entries;
  }

  /** Under the script lock, so two requests for one customer cannot both write a first time. */
  add(customerId: string, at: Date): { entry: QueuedUnsubscribe; added: boolean } {
    const key = UNSUBSCRIBE_KEY_PREFIX + customerId;
    const lock = LockService.getScriptLock();
    lock.waitLock(LOCK_MS);
    try {
      const existing = this.properties.getProperty(key);
      const kept = existing === null ? null : parse(key, existing);
      // A damaged entry is replaced by this request's: the customer asked again, now.
      if (kept && !kept.damaged) return { entry: kept, added: false };
      const entry = { customerId, at: at.toISOString() };
      this.properties.setProperty(key, stored(entry));
      return { entry, added: true };
    } finally {
      lock.releaseLock();
    }
  }

  remove(customerIds: readonly string[]): void {
    for (const id of customerIds) this.properties.deleteProperty(UNSUBSCRIBE_KEY_PREFIX + id);
  }

  /** One getProperties and one setProperties call, however many customers. */
  markMissingLogged(customerIds: readonly string[]): void {
    if (customerIds.length === 0) return;
    const all = this.properties.getProperties();
    const marked: Record<string, string> = {};
    for (const customerId of customerIds) {
      const key = UNSUBSCRIBE_KEY_PREFIX + customerId;
      const existing = all[key];
      const entry = existing === undefined ? null : parse(key, existing);
      if (entry && !entry.damaged) marked[key] = stored({ ...entry, missingLogged: true });
    }
    // Without deleteAllOthers, every other property is left as it is.
    if (Object.keys(marked).length > 0) this.properties.setProperties(marked, false);
  }
}
