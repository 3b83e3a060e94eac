// The result of reading one messy value: the value, or the reason it could not be read.

/** A value read from a cell or a CSV field, or why it could not be read (shown to the user with the row). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A successful read. */
export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** A failed read with the reason the user will see. */
export function fail<T>(reason: string): Parsed<T> {
  return { ok: false, reason };
}
