// The sidebar's Export <select> options, written at build time from the import-preset registry
// (src/core/import/run-preset.ts), so the sidebar lists every preset without bundling their code.
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { APPS_SCRIPT_BUNDLE } from './server-bundle.mjs';

/** Text safe inside HTML content and a double-quoted attribute. */
function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The presets' names, labels and whether they take a column mapping, read from the registry by
 * bundling it and evaluating it in a bare context (the build runs plain JavaScript, not TypeScript).
 * @param {string} root the repository root
 * @returns {Promise<Array<{ name: string; label: string; mapped: boolean }>>}
 */
export async function readPresets(root) {
  const result = await build({
    ...APPS_SCRIPT_BUNDLE,
    stdin: {
      contents: "export { IMPORT_PRESETS } from './src/core/import/run-preset';",
      resolveDir: root,
      loader: 'ts',
    },
    globalName: '__presets',
  });
  const context = vm.createContext({});
  new vm.Script(result.outputFiles[0].text, { filename: 'presets.js' }).runInContext(context);
  return context.__presets.IMPORT_PRESETS.map((preset) => ({
    name: preset.name,
    label: preset.label,
    mapped: preset.mapped === true,
  }));
}

/**
 * One `<option>` per preset, in registry order; a preset that takes a column mapping is marked
 * `data-mapped`, which the sidebar reads to show the mapping.
 * @param {Array<{ name: string; label: string; mapped: boolean }>} presets
 */
export function presetOptions(presets) {
  return presets
    .map(
      (preset) =>
        `            <option value="${escapeHtml(preset.name)}"${preset.mapped ? ' data-mapped' : ''}>${escapeHtml(preset.label)}</option>`,
    )
    .join('\n');
}

/** Where the sidebar's HTML takes the options. */
export const PRESET_OPTIONS_PLACEHOLDER = '<!--IMPORT_PRESET_OPTIONS-->';

/**
 * `html` with the placeholder replaced by the options of the registry's presets.
 * @param {string} html the sidebar's index.html
 * @param {string} root the repository root
 */
export async function withPresetOptions(html, root) {
  if (!html.includes(PRESET_OPTIONS_PLACEHOLDER)) {
    throw new Error(`${join('sidebar', 'index.html')} has no ${PRESET_OPTIONS_PLACEHOLDER}`);
  }
  const options = presetOptions(await readPresets(root));
  return html.replace(PRESET_OPTIONS_PLACEHOLDER, () => options);
}
