// The settings whose value is one of a closed list, which Set up offers as a dropdown.
import { ANALYTICS_UNITS, PURCHASE_MODEL_CHOICES } from './choices';
import type { Settings } from './settings';

/** Each such setting's values, as the dropdown lists them. */
export const SETTING_CHOICES: Readonly<Partial<Record<keyof Settings, readonly string[]>>> = {
  analyticsUnit: ANALYTICS_UNITS,
  model: PURCHASE_MODEL_CHOICES,
};
