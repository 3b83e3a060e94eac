// Recognises a Date from any realm (Sheets' values, a vm context, this module's own).

/**
 * True when the value is a Date object. Uses the object's tag rather than `instanceof`,
 * because Apps Script and the local emulator build dates in another global realm, whose
 * `Date` is a different constructor.
 */
export function isDate(value: unknown): value is Date {
  // Most cells are text or numbers: rejecting them first spares a tag string per cell.
  if (typeof value !== 'object' || value === null) return false;
  return Object.prototype.toString.call(value) === '[object Date]';
}
