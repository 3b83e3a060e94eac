// Creates the arrays and Dates a script receives in the script's own JavaScript realm.

/**
 * The realm (global object) values are handed to. A script run in a Node `vm` context has its own
 * Array and Date: a Node array fails `x instanceof Array` there and a Node Date fails
 * `x instanceof Date`, so values returned to the script are built with the context's constructors.
 */
export interface ValueRealm {
  /** A realm array with the elements `start`..`end - 1` of `source` (fewer when `source` is shorter). */
  slice<T>(source: readonly T[], start: number, end: number): T[];
  /** A realm Date at `ms` since the epoch. */
  date(ms: number): Date;
  /**
   * A realm array of realm arrays with the cells of `source`, each Date a new realm Date: a whole
   * block in one crossing, as a call per row or per date into a vm context costs more than the copy.
   */
  rows<T>(source: readonly (readonly T[])[]): T[][];
}

/** The emulator's own realm: used when services are called from Node code directly (tests, CLI). */
export const hostRealm: ValueRealm = {
  slice: (source, start, end) => source.slice(start, end),
  date: (ms) => new Date(ms),
  rows: <T>(source: readonly (readonly T[])[]) =>
    source.map((row) => row.map((v) => (isAnyDate(v) ? (new Date(v.getTime()) as T) : v))),
};

/** True for a Date of any realm. */
export function isAnyDate(value: unknown): value is Date {
  return (
    value instanceof Date ||
    (typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Date]')
  );
}
