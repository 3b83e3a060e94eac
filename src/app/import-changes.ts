// What one execution of an import changes: customers merged and added, orders updated and appended, answers appended.
import type { OrderUpdate } from '../core/import/place-incoming-order';
import type { Cell } from '../core/table/cell';
import type { TabTable } from '../core/table/columns';
import type { CustomerBook } from './customer-book';

/** The changes of one execution, gathered while the records are placed and written at the end. */
export interface ImportChanges {
  /** Customers merged (with their cells before) and added. */
  book: CustomerBook;
  orders: TabTable<'orders'>;
  /** Null when the file has no survey answers (the tab is then not read). */
  surveys: TabTable<'surveys'> | null;
  /** Orders already there whose Status or Amount the file shows changed since, by orderKey. */
  updates: Map<string, OrderUpdate>;
  newOrders: Cell[][];
  /** The appended orders' keys as Undo finds them, in the order of `newOrders`. */
  addedOrderKeys: string[];
  newSurveys: Cell[][];
  addedSurveyKeys: string[];
}

/** True when the execution writes anything: otherwise no snapshot is saved and the Log says "nothing to do". */
export function changesSomething(changes: ImportChanges): boolean {
  const { book, updates, newOrders, newSurveys } = changes;
  return newOrders.length + newSurveys.length + book.merged.size + book.added + updates.size > 0;
}
