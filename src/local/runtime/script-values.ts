// Values crossing between Node and a script's vm context: realm conversion and google.script.run's JSON rule.
import { isAnyDate } from '../emulator/value-realm';
import type { ScriptContext } from './script-context';

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Copies `value` into the script's realm: arrays become context arrays (so `instanceof Array` holds
 * there too), Dates become context Dates, plain objects context objects, recursively. Other objects
 * (emulated services, event objects' `source`) cross as they are.
 */
export function toScriptRealm(value: unknown, target: ScriptContext): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (isAnyDate(value)) return target.realm.date(value.getTime());
  if (Array.isArray(value)) {
    const items = value.map((item) => toScriptRealm(item, target));
    return target.realm.slice(items, 0, items.length);
  }
  if (!isPlainObject(value)) return value;
  const out = target.object();
  for (const [key, item] of Object.entries(value)) out[key] = toScriptRealm(item, target);
  return out;
}

/** Copies a value the script returned into Node's realm (arrays, Dates and plain objects, recursively). */
export function toHostRealm(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (isAnyDate(value)) return new Date(value.getTime());
  // Array.from of this realm: a context array's own map would build another context array.
  if (Array.isArray(value)) return Array.from(value, (item) => toHostRealm(item));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = toHostRealm(item);
  return out;
}

/**
 * Throws when `value` cannot cross google.script.run: a Date, a function, a symbol, a bigint or an
 * object that is not a plain object or array, anywhere inside it ("Requests fail if you attempt to pass
 * a Date, Function, or DOM element besides a form" [developers.google.com/apps-script/guides/html/communication]).
 * `where` names the value in the message ("argument 1", "the return value").
 */
export function assertJsonLike(value: unknown, where: string): void {
  const visit = (v: unknown, path: string, seen: Set<object>): void => {
    if (v === null || v === undefined) return;
    const type = typeof v;
    if (type === 'string' || type === 'boolean') return;
    if (type === 'number') return;
    if (type === 'function')
      throw new Error(`Illegal value in ${path}: a function cannot cross google.script.run`);
    if (type !== 'object')
      throw new Error(`Illegal value in ${path}: a ${type} cannot cross google.script.run`);
    const obj = v as object;
    if (isAnyDate(obj)) {
      throw new Error(`Illegal value in ${path}: a Date cannot cross google.script.run (send an ISO string)`);
    }
    if (seen.has(obj))
      throw new Error(`Illegal value in ${path}: a circular structure cannot cross google.script.run`);
    seen.add(obj);
    if (Array.isArray(obj)) {
      for (let i = 0; i < obj.length; i++) visit(obj[i], `${path}[${i}]`, seen);
    } else if (isPlainObject(obj)) {
      for (const [key, item] of Object.entries(obj)) visit(item, `${path}.${key}`, seen);
    } else {
      throw new Error(`Illegal value in ${path}: only plain objects and arrays cross google.script.run`);
    }
    seen.delete(obj);
  };
  visit(value, where, new Set());
}

/** A JSON round trip in the script's realm (what google.script.run does to arguments). */
export function jsonCopyInto(value: unknown, target: ScriptContext): unknown {
  if (value === undefined) return undefined;
  return target.parseJson(JSON.stringify(value));
}
