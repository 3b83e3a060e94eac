// The deterministic identity of one follow-up email, and the stable coin that puts a customer in a holdout.

/**
 * "welcome|2|C000123|1": rule, step, Customer ID and occurrence. The same customer due for the
 * same step of the same rule for the same reason always gets the same key, which is what makes a
 * second run find the Outbox row and send nothing again.
 * @example followUpKey('welcome', 2, 'C000123', '1') // => 'welcome|2|C000123|1'
 */
export function followUpKey(rule: string, step: number, customerId: string, occurrence: string): string {
  return `${rule}|${step}|${customerId}|${occurrence}`;
}

/**
 * A share in [0, 1) that depends on `text` only (32-bit FNV-1a hash [Fowler, Noll & Vo, IETF draft
 * draft-eastlake-fnv], divided by 2^32), so the same customer falls in or out of a rule's holdout
 * on every run and every machine, with no random state to keep.
 * @example stableShare('welcome|C000001|1') < 1 // => true
 */
export function stableShare(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}
