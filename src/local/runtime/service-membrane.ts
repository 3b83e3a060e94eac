// The emulated services as a script sees them: what they throw and return belongs to the script's realm.
import { isAnyDate } from '../emulator/value-realm';
import type { ScriptContext } from './script-context';

/**
 * Wraps the emulator's service objects for one script context. The services are Node objects, so
 * without this an error they throw is a Node Error, and `catch (e) { e instanceof Error }` is false in
 * the script, unlike in Apps Script, where every service error is an Error of the script's own realm.
 *
 * Every object a service hands out (SpreadsheetApp, a Sheet, a Range, a Lock, a Trigger, …) is given to
 * the script as a Proxy whose methods
 * - call the real method on the real object, with proxies in the arguments replaced by what they stand
 *   for (the emulator compares and reads the objects it made: deleteSheet, copyTo, deleteTrigger);
 * - rethrow what it throws as an error of the script's realm, keeping its name, message and stack;
 * - return objects wrapped the same way, and arrays made by Node code as arrays of the script's realm.
 * The same object always gets the same proxy, so `===` between sheets or ranges behaves as before.
 */
export class ServiceMembrane {
  private readonly proxies = new WeakMap<object, object>();
  private readonly methods = new WeakMap<(...args: unknown[]) => unknown, (...args: unknown[]) => unknown>();
  /** Read through a proxy, this key answers the object behind it; no other object has it. */
  private readonly targetKey = Symbol('target');
  /** One handler for every proxy: building one per object costs more than the calls themselves. */
  private readonly handler: ProxyHandler<object>;

  constructor(private readonly context: ScriptContext) {
    this.handler = this.createHandler();
  }

  /** The object behind `value` when it is one of this membrane's proxies. */
  private targetOf(value: object): object | undefined {
    return (value as Record<symbol, object | undefined>)[this.targetKey];
  }

  /** Each value of `globals` as the script should see it (services wrapped). */
  wrapGlobals<T extends Record<string, unknown>>(globals: T): T {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(globals)) out[key] = this.wrap(value);
    return out as T;
  }

  /** What a service returns, as the script should see it. */
  wrap(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return this.wrapArray(value);
    if (isAnyDate(value) || this.targetOf(value)) return value;
    let proxy = this.proxies.get(value);
    if (!proxy) {
      proxy = new Proxy(value, this.handler);
      this.proxies.set(value, proxy);
    }
    return proxy;
  }

  /**
   * The object `value` stands for when it is a proxy, recursing into arrays and plain objects (a
   * MailApp options object's attachments); containers are copied only when something inside changed.
   */
  unwrap(value: unknown, depth = 0): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const target = this.targetOf(value);
    if (target) return target;
    if (depth >= 4 || isAnyDate(value)) return value;
    if (Array.isArray(value)) {
      let copy: unknown[] | null = null;
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (typeof item !== 'object' || item === null) continue;
        const inner = this.unwrap(item, depth + 1);
        if (inner !== item) {
          copy ??= value.slice();
          copy[i] = inner;
        }
      }
      return copy ?? value;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return value;
    let copy: Record<string, unknown> | null = null;
    for (const [key, item] of Object.entries(value)) {
      if (typeof item !== 'object' || item === null) continue;
      const inner = this.unwrap(item, depth + 1);
      if (inner !== item) {
        copy ??= { ...(value as Record<string, unknown>) };
        copy[key] = inner;
      }
    }
    return copy ?? value;
  }

  /** An error of the script's realm for what a service threw (an error of the script passes through). */
  scriptError(thrown: unknown): unknown {
    if (this.context.isError(thrown)) return thrown;
    if (typeof thrown === 'object' && thrown !== null && 'message' in thrown) {
      const source = thrown as { message: unknown; name?: unknown; stack?: unknown };
      const name = typeof source.name === 'string' ? source.name : 'Error';
      const stack = typeof source.stack === 'string' ? source.stack : undefined;
      return this.context.error(name, String(source.message), stack);
    }
    return thrown;
  }

  /**
   * Arrays the emulator built in the script's realm (getValues rows) hold only cell values and are left
   * as they are; an array Node code built (a list of triggers, a byte array) is copied into the realm
   * with its objects wrapped.
   */
  private wrapArray(value: unknown[]): unknown[] {
    if (this.context.isArray(value)) {
      let copy: unknown[] | null = null;
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (typeof item !== 'object' || item === null || Array.isArray(item) || isAnyDate(item)) continue;
        copy ??= this.context.realm.slice(value, 0, value.length);
        copy[i] = this.wrap(item);
      }
      return copy ?? value;
    }
    const items = value.map((item) => this.wrap(item));
    return this.context.realm.slice(items, 0, items.length);
  }

  private createHandler(): ProxyHandler<object> {
    return {
      get: (target, key) => {
        if (key === this.targetKey) return target;
        const value = Reflect.get(target, key, target);
        if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
        // A proxy must report a frozen property as it is (enums such as Ui.Button are frozen).
        const own = Reflect.getOwnPropertyDescriptor(target, key);
        if (own && !own.configurable && !own.writable && 'value' in own) return value;
        if (typeof value === 'function') return this.method(value as (...args: unknown[]) => unknown);
        return this.wrap(value);
      },
    };
  }

  /** One wrapper per method function, shared by every object that has it; `this` is the proxy called on. */
  private method(fn: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
    let wrapper = this.methods.get(fn);
    if (!wrapper) {
      const membrane = this;
      wrapper = function (this: unknown, ...args: unknown[]): unknown {
        const self = membrane.unwrap(this);
        // The rest array is this call's own, so it can be rewritten in place.
        for (let i = 0; i < args.length; i++) {
          const arg = args[i];
          if (typeof arg === 'object' && arg !== null) args[i] = membrane.unwrap(arg);
        }
        let result: unknown;
        try {
          result = Reflect.apply(fn, self, args);
        } catch (thrown) {
          throw membrane.scriptError(thrown);
        }
        return membrane.wrap(result);
      };
      this.methods.set(fn, wrapper);
    }
    return wrapper;
  }
}
