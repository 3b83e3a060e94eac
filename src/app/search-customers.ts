// Search as you type: the customers matching a query, from one read of the Customers tab.
import { type CustomerCard, customerCards } from '../core/customer/customer-card';
import { searchCustomers as searchCards } from '../core/customer/search-customers';
import type { Workbook } from './ports';
import { readTable } from './read-table';
import { TAB } from './tab-layouts';

/** The matches of a search, and whether there were more than shown. */
export interface CustomerSearch {
  query: string;
  matches: CustomerCard[];
  more: boolean;
}

/** Customers matching `query` by name, email, phone or Customer ID (core searchCustomers), at most 20. */
export function searchCustomers(workbook: Workbook, query: string): CustomerSearch {
  const found = searchCards(customerCards(readTable(workbook, TAB.customers)), query);
  return {
    query,
    matches: found.matches.map(({ customerId, name, email, phone, company }) => ({
      customerId,
      name,
      email,
      phone,
      company,
    })),
    more: found.more,
  };
}
