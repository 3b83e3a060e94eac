// Test double of the UnsubscribeQueue port: entries in a map, with a record of removals.
import type { QueuedUnsubscribe, UnsubscribeQueue } from '../../src/app/ports';

/** The queue in memory; `failRemove` makes remove throw, as a quota error would. */
export class MemoryUnsubscribeQueue implements UnsubscribeQueue {
  readonly stored = new Map<string, QueuedUnsubscribe>();
  reads = 0;
  failRemove = false;

  entries(): QueuedUnsubscribe[] {
    this.reads++;
    return [...this.stored.values()].map((entry) => ({ ...entry }));
  }

  add(customerId: string, at: Date) {
    const existing = this.stored.get(customerId);
    if (existing && !existing.damaged) return { entry: { ...existing }, added: false };
    const entry = { customerId, at: at.toISOString() };
    this.stored.set(customerId, entry);
    return { entry: { ...entry }, added: true };
  }

  remove(customerIds: readonly string[]): void {
    if (this.failRemove) throw new Error('Service invoked too many times');
    for (const id of customerIds) this.stored.delete(id);
  }

  markMissingLogged(customerIds: readonly string[]): void {
    for (const id of customerIds) {
      const entry = this.stored.get(id);
      if (entry) this.stored.set(id, { ...entry, missingLogged: true });
    }
  }
}
