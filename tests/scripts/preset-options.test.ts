import { describe, expect, it } from 'vitest';
import {
  PRESET_OPTIONS_PLACEHOLDER,
  presetOptions,
  readPresets,
  withPresetOptions,
} from '../../scripts/preset-options.mjs';
import { IMPORT_PRESETS } from '../../src/core/import/run-preset';
import { ROOT } from '../../src/local/cli/bundle-session';

describe("the sidebar's preset options, written by the build", () => {
  it('reads every preset of the registry, with its label and whether it takes a mapping', async () => {
    expect(await readPresets(ROOT)).toEqual(
      IMPORT_PRESETS.map((preset) => ({
        name: preset.name,
        label: preset.label,
        mapped: 'mapped' in preset && preset.mapped === true,
      })),
    );
  });

  it('writes one option per preset, marks a mapped one and escapes the label', () => {
    expect(
      presetOptions([
        { name: 'shopify', label: 'Shopify orders', mapped: false },
        { name: 'generic', label: 'Any CSV <"choose"> & map', mapped: true },
      ]).split('\n'),
    ).toEqual([
      '            <option value="shopify">Shopify orders</option>',
      '            <option value="generic" data-mapped>Any CSV &lt;&quot;choose&quot;&gt; &amp; map</option>',
    ]);
  });

  it('puts the options into the select and refuses a page without the placeholder', async () => {
    const html = await withPresetOptions(
      `<select id="import-preset">\n${PRESET_OPTIONS_PLACEHOLDER}\n</select>`,
      ROOT,
    );
    expect(html.match(/<option value="([^"]+)"/g)).toEqual(
      IMPORT_PRESETS.map((preset) => `<option value="${preset.name}"`),
    );
    expect(html).toContain('<option value="generic" data-mapped>Any CSV (choose the columns)</option>');
    await expect(withPresetOptions('<select></select>', ROOT)).rejects.toThrow(PRESET_OPTIONS_PLACEHOLDER);
  });
});
