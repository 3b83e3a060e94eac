// The text an unsubscribe link's token signs: its purpose and the customer it is for.

/**
 * "unsubscribe:C000123": what the HMAC of an unsubscribe token covers. Binding the purpose and
 * the Customer ID means a token made for one customer (or for anything else the script signs)
 * unsubscribes nobody else.
 * @throws {Error} when the Customer ID is blank.
 * @example unsubscribeMessage('C000123') // => 'unsubscribe:C000123'
 */
export function unsubscribeMessage(customerId: string): string {
  const id = customerId.trim();
  if (id === '') throw new Error('an unsubscribe token needs a Customer ID');
  return `unsubscribe:${id}`;
}
