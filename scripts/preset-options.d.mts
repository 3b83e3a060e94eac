// Types for the build's preset options, so tests (TypeScript) can import them.
export interface PresetListing {
  name: string;
  label: string;
  mapped: boolean;
}
export function readPresets(root: string): Promise<PresetListing[]>;
export function presetOptions(presets: PresetListing[]): string;
export const PRESET_OPTIONS_PLACEHOLDER: string;
export function withPresetOptions(html: string, root: string): Promise<string>;
