// Reads the Settings tab's Key/Value rows into Settings, keeping defaults for bad or missing values.
import { normalizeHeader } from '../table/normalize-header';
import { readSetting, SETTING_KEYS, type Settings, settingsFrom } from './settings';

/** A Settings row that was ignored, and why (row = sheet row, header = 1). */
export interface SettingProblem {
  row: number;
  column: string;
  reason: string;
  /** The setting whose value was ignored, and that value as the tab has it. */
  field: keyof Settings;
  value: string;
}

/**
 * Settings from the cells of the Settings tab (header row first; Key in column A, Value in B).
 * Keys are matched like headers (case, spaces and punctuation ignored); unknown keys are left for
 * the user. A value that does not validate falls back to its default and is reported with its row.
 * `given` names the settings the tab sets to a valid, non-blank value (the others are defaults):
 * a blank Base currency, for one, means "the orders' own", not the default USD.
 */
export function readSettings(cells: readonly (readonly unknown[])[]): {
  settings: Settings;
  problems: SettingProblem[];
  given: ReadonlySet<keyof Settings>;
} {
  const fieldByKey = new Map<string, keyof Settings>();
  for (const [field, key] of Object.entries(SETTING_KEYS) as [keyof Settings, string][]) {
    fieldByKey.set(normalizeHeader(key), field);
  }
  const raw: Record<string, unknown> = {};
  const rowOf: Record<string, number> = {};
  for (let i = 1; i < cells.length; i++) {
    const field = fieldByKey.get(normalizeHeader(cells[i][0]));
    if (field) {
      raw[field] = cells[i][1] ?? '';
      rowOf[field] = i + 1;
    }
  }
  const problems: SettingProblem[] = [];
  const given = new Set<keyof Settings>();
  for (const field of Object.keys(raw) as (keyof Settings)[]) {
    const reading = readSetting(field, raw[field]);
    if (!reading.ok) {
      problems.push({
        row: rowOf[field],
        column: 'Value',
        reason: `${SETTING_KEYS[field]}: ${reading.reason}; default used`,
        field,
        value: String(raw[field]),
      });
      delete raw[field];
    } else if (String(raw[field] ?? '').trim() !== '') given.add(field);
  }
  return { settings: settingsFrom(raw), problems, given };
}
