import { describe, expect, it } from 'vitest';
import {
  findPreset,
  IMPORT_PRESETS,
  type ImportPreset,
  PRESET_NAMES,
  runPreset,
} from '../../../src/core/import/run-preset';

const empty = { header: ['x'], rows: [], lines: [] };

describe('runPreset', () => {
  it('runs every preset by name, each naming its channel', () => {
    expect(PRESET_NAMES).toEqual(['shopify', 'stripe', 'woocommerce', 'forms', 'generic']);
    const channels = PRESET_NAMES.map(
      (name) =>
        runPreset(
          name,
          { header: ['Invoice', 'Day', 'Sum'], rows: [], lines: [] },
          {
            timeZone: 'UTC',
            mapping: { 'Order ID': 'Invoice', Date: 'Day', Amount: 'Sum' },
          },
        ).channel,
    );
    expect(channels).toEqual(['shopify', 'stripe', 'woocommerce', 'forms', 'generic']);
  });

  it('throws on an unknown preset or a generic import without a mapping', () => {
    expect(() => runPreset('etsy', empty, { timeZone: 'UTC' })).toThrow('unknown preset "etsy"');
    expect(() => runPreset('generic', empty, { timeZone: 'UTC' })).toThrow(
      'the generic preset needs a column mapping',
    );
  });
});

describe('the import-preset registry', () => {
  it('lists each preset once, with a label, in the order of PRESET_NAMES', () => {
    expect(IMPORT_PRESETS.map((preset) => preset.name)).toEqual([...PRESET_NAMES]);
    expect(new Set(IMPORT_PRESETS.map((preset) => preset.label)).size).toBe(IMPORT_PRESETS.length);
    expect(IMPORT_PRESETS.map((preset) => [preset.name, preset.label])).toEqual([
      ['shopify', 'Shopify orders'],
      ['stripe', 'Stripe payments'],
      ['woocommerce', 'WooCommerce orders'],
      ['forms', 'Google Forms survey (NPS / CSAT)'],
      ['generic', 'Any CSV (choose the columns)'],
    ]);
  });

  it('marks only the generic preset as taking a column mapping', () => {
    expect(
      IMPORT_PRESETS.filter((preset: ImportPreset) => preset.mapped).map((preset) => preset.name),
    ).toEqual(['generic']);
  });

  it('finds a preset by its name and nothing for another', () => {
    expect(findPreset('stripe')?.label).toBe('Stripe payments');
    expect(findPreset('Stripe')).toBeUndefined();
    expect(findPreset('etsy')).toBeUndefined();
  });

  it('runs the registry entry of the name', () => {
    const table = {
      header: ['Invoice', 'Mail', 'Day', 'Sum'],
      rows: [['A-1', 'ana@example.com', '2024-03-05', '12.50']],
      lines: [2],
    };
    const options = {
      timeZone: 'UTC',
      mapping: { 'Order ID': 'Invoice', Email: 'Mail', Date: 'Day', Amount: 'Sum' },
    };
    const viaRegistry = findPreset('generic')!.run(table, options);
    expect(runPreset('generic', table, options)).toEqual(viaRegistry);
    expect(viaRegistry.orders.map((order) => [order.orderId, order.amount])).toEqual([['A-1', 12.5]]);
  });
});
