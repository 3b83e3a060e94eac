// Picks the import preset by the name the sidebar and the CLI use (--preset shopify|stripe|woocommerce|forms|generic).
import type { CsvTable } from './csv-table';
import { genericMapping } from './generic-mapping';
import { type FormsOptions, googleFormsResponses } from './google-forms-responses';
import type { PresetOptions, PresetResult } from './incoming-records';
import { shopifyOrders } from './shopify-orders';
import { stripePayments } from './stripe-payments';
import { woocommerceOrders } from './woocommerce-orders';

/** Names of the import presets. */
export const PRESET_NAMES = ['shopify', 'stripe', 'woocommerce', 'forms', 'generic'] as const;

export type PresetName = (typeof PRESET_NAMES)[number];

export interface RunPresetOptions extends PresetOptions, Omit<FormsOptions, keyof PresetOptions> {
  /** Column mapping of the generic preset ({ "Order ID": "Invoice", … }). */
  mapping?: Readonly<Record<string, string>>;
  /** Channel of the generic preset (default "generic"). */
  channel?: string;
}

/**
 * Runs preset `name` over a parsed file.
 * @throws {Error} for an unknown preset name, or a generic import without a valid mapping
 * (see genericMapping): both are mistakes in the request, reported before any row is read.
 */
export function runPreset(name: string, table: CsvTable, options: RunPresetOptions): PresetResult {
  switch (name) {
    case 'shopify':
      return shopifyOrders(table, options);
    case 'stripe':
      return stripePayments(table, options);
    case 'woocommerce':
      return woocommerceOrders(table, options);
    case 'forms':
      return googleFormsResponses(table, options);
    case 'generic':
      if (!options.mapping) throw new Error('the generic preset needs a column mapping');
      return genericMapping(table, options.mapping, options);
    default:
      throw new Error(`unknown preset "${name}" (one of ${PRESET_NAMES.join(', ')})`);
  }
}
