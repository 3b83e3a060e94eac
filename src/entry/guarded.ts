// A menu action whose error becomes an alert instead of Apps Script's red banner.
import { showAlert } from '../gas/ui';

/** Runs a menu action; an error is shown in an alert titled `title`. */
export function guarded(title: string, action: () => void): void {
  try {
    action();
  } catch (error) {
    showAlert(title, `Nothing was changed by the part that failed: ${(error as Error).message}`);
  }
}
