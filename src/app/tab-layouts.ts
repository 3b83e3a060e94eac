// How Set up lays out each tab: the tab specs of core/model, plus the add-on's hidden undo tab.
import { columnWidth } from '../core/model/column-width';
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
  /** Width in pixels that shows the header and the values whole. */
  width?: number;
  /** What the column means, as the header's note. */
  note?: string;
}

/** One tab as Set up creates it. */
export interface TabLayout {
  name: string;
  columns: readonly ColumnLayout[];
  /** A filter on the header row: the tabs of records a founder sorts and filters. */
  filter?: boolean;
}

/** Tabs of records, which get filter buttons on their header. */
const FILTERED = new Set<string>([
  TAB_SPECS.customers.name,
  TAB_SPECS.orders.name,
  TAB_SPECS.deals.name,
  TAB_SPECS.tasks.name,
  TAB_SPECS.interactions.name,
  TAB_SPECS.surveys.name,
  TAB_SPECS.followUps.name,
  TAB_SPECS.outbox.name,
  TAB_SPECS.log.name,
  TAB_SPECS.problems.name,
  TAB_SPECS.dealHistory.name,
]);

/** The tab names, so no use case spells them twice. */
export const TAB = {
  customers: TAB_SPECS.customers.name,
  orders: TAB_SPECS.orders.name,
  deals: TAB_SPECS.deals.name,
  tasks: TAB_SPECS.tasks.name,
  interactions: TAB_SPECS.interactions.name,
  surveys: TAB_SPECS.surveys.name,
  followUps: TAB_SPECS.followUps.name,
  outbox: TAB_SPECS.outbox.name,
  segments: TAB_SPECS.segments.name,
  dashboard: TAB_SPECS.dashboard.name,
  settings: TAB_SPECS.settings.name,
  log: TAB_SPECS.log.name,
  problems: TAB_SPECS.problems.name,
  dealHistory: TAB_SPECS.dealHistory.name,
  /** Hidden, owned by the add-on: the undo snapshot (see snapshot.ts). Set up does not create it. */
  undo: 'CRM Undo',
} as const;

/** Every tab of product.md section 2, in tab-bar order, as TAB_SPECS defines it. */
export const TAB_LAYOUTS: readonly TabLayout[] = Object.values(TAB_SPECS).map((spec) => ({
  name: spec.name,
  filter: FILTERED.has(spec.name),
  columns: spec.columns.map((column) => {
    const numberFormat = 'numberFormat' in column ? column.numberFormat : undefined;
    return {
      header: column.header,
      owned: 'owned' in column ? column.owned : undefined,
      numberFormat,
      validation: 'validation' in column ? column.validation : undefined,
      width: columnWidth(column.header, column.kind, numberFormat),
      note: 'note' in column ? column.note : undefined,
    };
  }),
}));

/** Headers of the computed columns of Customers, in order; only refresh writes them. */
export const CUSTOMER_COMPUTED_HEADERS: readonly Header<'customers'>[] = TAB_SPECS.customers.columns
  .filter((column) => 'owned' in column && column.owned)
  .map((column) => column.header);
