// A cell as trimmed text, the form analytics compares IDs, statuses and directions in.
import type { Cell } from '../table/cell';

/** The cell's text without surrounding spaces; an empty or missing cell is ''. */
export function cellText(value: Cell | undefined): string {
  return String(value ?? '').trim();
}
