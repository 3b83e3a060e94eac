// The few fields of a Customers row that name a person: what search, duplicates and the sidebar show.
import { cellText } from '../analytics/cell-text';
import { COLUMNS, type TabTable } from '../table/columns';
import { cellOf } from '../table/sheet-table';

/** A customer as a list shows them. */
export interface CustomerCard {
  customerId: string;
  name: string;
  email: string;
  phone: string;
  company: string;
}

/** One card per Customers row that has a Customer ID, in sheet order; `row` is the data-row index. */
export function customerCards(table: TabTable<'customers'>): Array<CustomerCard & { row: number }> {
  const c = COLUMNS.customers;
  return table.rows.flatMap((row, i) => {
    const customerId = cellText(cellOf(table, row, c.customerId));
    if (!customerId) return [];
    return [
      {
        row: i,
        customerId,
        name: cellText(cellOf(table, row, c.name)),
        email: cellText(cellOf(table, row, c.email)),
        phone: cellText(cellOf(table, row, c.phone)),
        company: cellText(cellOf(table, row, c.company)),
      },
    ];
  });
}
