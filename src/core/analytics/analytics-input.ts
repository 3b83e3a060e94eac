// The tabs and settings a refresh computes its numbers from, read once by the use case.
import type { Settings } from '../model/settings';
import type { TabTable } from '../table/columns';

/** Everything the analytics need, read once; nothing here is modified. */
export interface AnalyticsInput {
  customers: TabTable<'customers'>;
  orders: TabTable<'orders'>;
  surveys: TabTable<'surveys'>;
  interactions: TabTable<'interactions'>;
  outbox: TabTable<'outbox'>;
  settings: Settings;
  /** The settings the Settings tab sets (readSettings); the others are defaults. */
  given: ReadonlySet<keyof Settings>;
  timeZone: string;
  /** The end of the observation period (refresh time). */
  now: Date;
}
