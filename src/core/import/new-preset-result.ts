// The result a preset starts from, before it reads the first row of a file.
import type { PresetResult } from './incoming-records';

/** An empty result of `channel`: no orders, surveys or problems yet. */
export function newPresetResult(channel: string): PresetResult {
  return { channel, orders: [], surveys: [], rejected: [], skipped: [], warnings: [] };
}
