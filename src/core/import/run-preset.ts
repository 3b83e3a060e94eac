// The import presets by the name the sidebar and the CLI use: one registry entry per preset feeds the
// import, the CLI's --preset list and the sidebar's Export <select> (scripts/build.mjs writes its options).
import type { CsvTable } from './csv-table';
import { genericMapping } from './generic-mapping';
import { type FormsOptions, googleFormsResponses } from './google-forms-responses';
import type { PresetOptions, PresetResult } from './incoming-records';
import { shopifyOrders } from './shopify-orders';
import { stripePayments } from './stripe-payments';
import { woocommerceOrders } from './woocommerce-orders';

export interface RunPresetOptions extends PresetOptions, Omit<FormsOptions, keyof PresetOptions> {
  /** Column mapping of the generic preset ({ "Order ID": "Invoice", … }). */
  mapping?: Readonly<Record<string, string>>;
  /** Channel of the generic preset (default "generic"). */
  channel?: string;
}

/** One import preset: how it is named to the program and to people, and how it reads a file. */
export interface ImportPreset {
  /** The name requests use (--preset NAME, the sidebar's option value). */
  name: string;
  /** What the sidebar's Export list shows. */
  label: string;
  /**
   * Whether the file's columns are chosen by the user (a column mapping, and the channel to write):
   * the sidebar then shows the mapping, and the CLI takes --map and --channel.
   */
  mapped?: true;
  run: (table: CsvTable, options: RunPresetOptions) => PresetResult;
}

/**
 * Every import preset, in the order the sidebar and the CLI's help list them. A new preset is one
 * entry here.
 */
export const IMPORT_PRESETS = [
  { name: 'shopify', label: 'Shopify orders', run: shopifyOrders },
  { name: 'stripe', label: 'Stripe payments', run: stripePayments },
  { name: 'woocommerce', label: 'WooCommerce orders', run: woocommerceOrders },
  { name: 'forms', label: 'Google Forms survey (NPS / CSAT)', run: googleFormsResponses },
  {
    name: 'generic',
    label: 'Any CSV (choose the columns)',
    mapped: true,
    run: (table, options) => {
      if (!options.mapping) throw new Error('the generic preset needs a column mapping');
      return genericMapping(table, options.mapping, options);
    },
  },
] as const satisfies readonly ImportPreset[];

export type PresetName = (typeof IMPORT_PRESETS)[number]['name'];

/** Names of the import presets, in registry order. */
export const PRESET_NAMES: readonly PresetName[] = IMPORT_PRESETS.map((preset) => preset.name);

/** The preset called `name`, or undefined when there is none. */
export function findPreset(name: string): ImportPreset | undefined {
  return (IMPORT_PRESETS as readonly ImportPreset[]).find((preset) => preset.name === name);
}

/**
 * Runs preset `name` over a parsed file.
 * @throws {Error} for an unknown preset name, or a generic import without a valid mapping
 * (see genericMapping): both are mistakes in the request, reported before any row is read.
 */
export function runPreset(name: string, table: CsvTable, options: RunPresetOptions): PresetResult {
  const preset = findPreset(name);
  if (!preset) throw new Error(`unknown preset "${name}" (one of ${PRESET_NAMES.join(', ')})`);
  return preset.run(table, options);
}
