// Undoes an unsubscribe (a click by mistake, or the customer asked again): clears "Unsubscribed at" and logs it.
import { formatLocalTime } from '../core/clean/format-local-time';
import { COLUMNS } from '../core/table/columns';
import { isValidDate } from '../core/table/is-valid-date';
import { columnOf } from '../core/table/sheet-table';
import { customerRow } from './customer-row';
import { appendLog } from './log';
import type { Ports } from './ports';
import { TAB } from './tab-layouts';

/** What was cleared. */
export interface UnsubscribeUndone {
  customerId: string;
  /** The value the cell held, ISO when it was a date. */
  was: string;
}

/**
 * Empties the customer's "Unsubscribed at" cell (one read of Customers, one one-cell write) and
 * logs when they had unsubscribed, under the document lock. Consent is left as it is: ticking it
 * again is the user's own decision. Throws when the customer had not unsubscribed.
 */
export function undoUnsubscribe(
  ports: Pick<Ports, 'workbook' | 'clock' | 'lock'>,
  customerId: string,
): UnsubscribeUndone {
  return ports.lock.withLock(30_000, () => {
    const { table, row } = customerRow(ports.workbook, customerId);
    const column = columnOf(table, COLUMNS.customers.unsubscribedAt);
    const value = column < 0 ? '' : (table.rows[row][column] ?? '');
    if (value === '' || value === null) throw new Error(`${customerId.trim()} has not unsubscribed.`);
    ports.workbook.writeBlock(TAB.customers, row + 2, column + 1, [['']]);
    const was = isValidDate(value) ? value.toISOString() : String(value);
    const shown = isValidDate(value) ? formatLocalTime(value, ports.workbook.timeZone()) : String(value);
    appendLog(ports.workbook, ports.clock, {
      action: 'unsubscribe undone',
      result: 'ok',
      counts: { customers: 1 },
      details: `${customerId.trim()}: "Unsubscribed at" ${shown} cleared in the sidebar`,
    });
    return { customerId: customerId.trim(), was };
  });
}
