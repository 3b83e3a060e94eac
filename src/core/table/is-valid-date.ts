// A Date that holds a real instant, whichever realm built it (the local runtime runs the bundle in a vm).
import { isDate } from '../formula/is-date';

/** True for a Date object whose time is a number (not an "Invalid Date"). */
export function isValidDate(value: unknown): value is Date {
  return isDate(value) && !Number.isNaN(value.getTime());
}
