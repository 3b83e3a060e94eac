// The currency every analytics amount is converted to: the setting when given, else the orders' own.
import { baseCurrency } from '../model/base-currency';
import type { Settings } from '../model/settings';
import { COLUMNS, type TabTable } from '../table/columns';
import { columnOf } from '../table/sheet-table';

/**
 * The base currency by the rule import shares (baseCurrency): Base currency when the Settings tab
 * names one, else the most frequent Currency of the orders. The default USD of an unset Base
 * currency is not used: a shop selling in euros would see its revenue converted to dollars.
 */
export function analyticsBaseCurrency(
  orders: TabTable<'orders'>,
  settings: Settings,
  given: ReadonlySet<keyof Settings>,
): string {
  const column = columnOf(orders, COLUMNS.orders.currency);
  return baseCurrency(
    given.has('baseCurrency') ? settings.baseCurrency : undefined,
    column < 0 ? [] : orders.rows.map((row) => row[column]),
  );
}
