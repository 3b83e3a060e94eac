// How Set up lays out each tab: the tab specs of core/model, plus the add-on's hidden undo tab.
import { TAB_SPECS } from '../core/model/tab-specs';
import type { Header } from '../core/table/columns';
import type { ColumnValidation } from './ports';

/** One column as Set up creates it. */
export interface ColumnLayout {
  header: string;
  /** Written by the add-on (refresh, import); any other column belongs to the user. */
  owned?: boolean;
  numberFormat?: string;
  validation?: ColumnValidation;
}

/** One tab as Set up creates it. */
export interface TabLayout {
  name: string;
  columns: readonly ColumnLayout[];
}

/** The tab names, so no use case spells them twice. */
export const TAB = {
  customers: TAB_SPECS.customers.name,
  orders: TAB_SPECS.orders.name,
  interactions: TAB_SPECS.interactions.name,
  surveys: TAB_SPECS.surveys.name,
  followUps: TAB_SPECS.followUps.name,
  outbox: TAB_SPECS.outbox.name,
  segments: TAB_SPECS.segments.name,
  dashboard: TAB_SPECS.dashboard.name,
  settings: TAB_SPECS.settings.name,
  log: TAB_SPECS.log.name,
  /** Hidden, owned by the add-on: the undo snapshot (see snapshot.ts). Set up does not create it. */
  undo: 'CRM Undo',
} as const;

/** Every tab of product.md section 2, in tab-bar order, as TAB_SPECS defines it. */
export const TAB_LAYOUTS: readonly TabLayout[] = Object.values(TAB_SPECS).map((spec) => ({
  name: spec.name,
  columns: spec.columns.map((column) => ({
    header: column.header,
    owned: 'owned' in column ? column.owned : undefined,
    numberFormat: 'numberFormat' in column ? column.numberFormat : undefined,
    validation: 'validation' in column ? column.validation : undefined,
  })),
}));

/** Headers of the computed columns of Customers, in order; only refresh writes them. */
export const CUSTOMER_COMPUTED_HEADERS: readonly Header<'customers'>[] = TAB_SPECS.customers.columns
  .filter((column) => 'owned' in column && column.owned)
  .map((column) => column.header);
