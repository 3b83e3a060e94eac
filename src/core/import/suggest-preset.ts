// Which export a file looks like, from its header row: the sidebar suggests it and warns when another was chosen.
import { normalizeHeader } from '../table/normalize-header';
import type { PresetName } from './run-preset';

/**
 * Headers that mark each export (import-formats.md): any one of the alternatives in a group counts.
 * Shopify's orders export, Stripe's unified payments, WooCommerce's two exports (Analytics and the
 * "Advanced Order Export" plugin), a Google Forms response sheet.
 */
const SIGNATURES: ReadonlyArray<{ preset: PresetName; groups: string[][] }> = [
  {
    preset: 'shopify',
    groups: [['Name'], ['Financial Status'], ['Lineitem name'], ['Created at'], ['Total']],
  },
  {
    preset: 'stripe',
    groups: [
      ['id'],
      ['Created date (UTC)', 'Created (UTC)'],
      ['Amount'],
      ['Amount Refunded'],
      ['Customer Email'],
    ],
  },
  {
    preset: 'woocommerce',
    groups: [
      ['Order #', 'Order Number'],
      ['Order Status', 'Status'],
      ['Net sales', 'Order Total Amount'],
      ['Customer', 'Email (Billing)'],
    ],
  },
  { preset: 'forms', groups: [['Timestamp'], ['Email Address', 'Email address', 'Email']] },
];

/** The suggestion, and how many of its marks the header has. */
export interface PresetSuggestion {
  preset: PresetName;
  /** Share (0–1) of the preset's marking headers found. */
  match: number;
}

/**
 * The preset whose marking headers the file has most of, when it has at least three quarters of
 * them; else the generic preset (choose the columns). Headers compare as everywhere (case,
 * spaces and punctuation ignored).
 * @example suggestPreset(['id', 'Created date (UTC)', 'Amount', 'Amount Refunded', 'Customer Email']).preset // => 'stripe'
 */
export function suggestPreset(headers: readonly string[]): PresetSuggestion {
  const present = new Set(headers.map(normalizeHeader));
  let best: PresetSuggestion = { preset: 'generic', match: 0 };
  for (const { preset, groups } of SIGNATURES) {
    const found = groups.filter((group) => group.some((h) => present.has(normalizeHeader(h)))).length;
    const match = found / groups.length;
    if (match > best.match) best = { preset, match };
  }
  return best.match >= 0.75 ? best : { preset: 'generic', match: best.match };
}
