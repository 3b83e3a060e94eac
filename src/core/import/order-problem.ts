// Why an incoming order cannot be imported, whatever preset read it.
import { cellError } from '../clean/cell-error';
import { isValidDate } from '../table/is-valid-date';
import type { IncomingOrder } from './incoming-records';

/** Amounts beyond this are typos or overflowed cells ("huge numbers"), not orders. */
const MAX_AMOUNT = 1e9;

function text(value: unknown): string {
  return String(value ?? '').trim();
}

/**
 * Why an order cannot be imported, or '' when it can: no Order ID or one that is a sheet error
 * value (cellError: #N/A, #REF!, #SPILL!, …), no valid date, an amount that is not a finite
 * number or is implausibly large, a negative or non-numeric quantity, or nothing (email, phone,
 * name or Customer ID) to find its customer by. Presets check these too; this guards the orders
 * any caller hands to the import.
 * @example orderProblem({ …, orderId: '#SPILL!' }) // => 'Order ID is an error value (#SPILL!)'
 */
export function orderProblem(order: IncomingOrder): string {
  const id = text(order.orderId);
  if (!id) return 'missing Order ID';
  const error = cellError(id);
  if (error) return `Order ID is an error value (${error})`;
  if (!isValidDate(order.date)) return 'date is missing or not a valid date';
  if (typeof order.amount !== 'number' || !Number.isFinite(order.amount)) return 'amount is not a number';
  if (Math.abs(order.amount) >= MAX_AMOUNT) return `amount ${order.amount} is too large to be an order`;
  if (!Number.isFinite(order.quantity) || order.quantity < 0) return 'quantity is negative or not a number';
  if (!text(order.email) && !text(order.phone) && !text(order.name) && !text(order.customerId))
    return 'no email, phone or name to find the customer';
  return '';
}
