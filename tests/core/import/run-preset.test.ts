import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, runPreset } from '../../../src/core/import/run-preset';

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
