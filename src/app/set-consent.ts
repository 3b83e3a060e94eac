// Ticks or unticks one customer's Consent from the sidebar: that one cell, and a Log row saying so.
import { COLUMNS } from '../core/table/columns';
import { columnOf } from '../core/table/sheet-table';
import { customerRow } from './customer-row';
import { appendLog } from './log';
import type { Ports } from './ports';
import { TAB } from './tab-layouts';

/** The consent now held. */
export interface ConsentReport {
  customerId: string;
  consent: boolean;
}

/**
 * Writes `consent` into the Consent cell of the customer's row only (one read of Customers, one
 * one-cell write) and logs the change, under the document lock so it does not cross an import.
 * Throws when the customer or the Consent column is missing.
 */
export function setConsent(
  ports: Pick<Ports, 'workbook' | 'clock' | 'lock'>,
  customerId: string,
  consent: boolean,
): ConsentReport {
  return ports.lock.withLock(30_000, () => {
    const { table, row } = customerRow(ports.workbook, customerId);
    const column = columnOf(table, COLUMNS.customers.consent);
    if (column < 0) throw new Error('The Customers tab has no Consent column; run Set up to add it.');
    ports.workbook.writeBlock(TAB.customers, row + 2, column + 1, [[consent]]);
    appendLog(ports.workbook, ports.clock, {
      action: 'consent',
      result: 'ok',
      counts: { customers: 1 },
      details: `${customerId.trim()}: consent ${consent ? 'given' : 'withdrawn'} in the sidebar`,
    });
    return { customerId: customerId.trim(), consent };
  });
}
