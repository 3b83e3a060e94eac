// Apps Script adapter of the UnsubscribeQueue port: one script property per queued customer.
/// <reference types="google-apps-script" />
import type { QueuedUnsubscribe, UnsubscribeQueue } from '../app/ports';

/** Every queued entry is stored under this prefix followed by the Customer ID. */
export const UNSUBSCRIBE_KEY_PREFIX = 'crm.unsubscribe.';
const LOCK_MS = 10_000;

function parse(key: string, value: string): QueuedUnsubscribe | null {
  try {
    const stored = JSON.parse(value) as { at?: unknown; missingLogged?: unknown };
    if (typeof stored.at !== 'string') return null;
    return {
      customerId: key.slice(UNSUBSCRIBE_KEY_PREFIX.length),
      at: stored.at,
      ...(stored.missingLogged === true ? { missingLogged: true } : {}),
    };
  } catch {
    return null;
  }
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
      const entry = parse(key, all[key]);
      if (entry) entries.push(entry);
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
      if (kept) return { entry: kept, added: false };
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
      if (entry) marked[key] = stored({ ...entry, missingLogged: true });
    }
    // Without deleteAllOthers, every other property is left as it is.
    if (Object.keys(marked).length > 0) this.properties.setProperties(marked, false);
  }
}
