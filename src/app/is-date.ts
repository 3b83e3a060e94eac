// Date detection that also works across realms (the local runtime runs the bundle in a vm context).

/** True for a valid Date object, whichever realm created it. */
export function isDate(value: unknown): value is Date {
  return (
    Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime())
  );
}
