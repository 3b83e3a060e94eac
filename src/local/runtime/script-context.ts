// A fresh Node vm context shaped like Apps Script's global scope: built-ins, a virtual clock Date, no Node.
import vm from 'node:vm';
import type { ValueRealm } from '../emulator/value-realm';

/** A vm context plus what crosses into it: a ValueRealm and helpers built from the context's own constructors. */
export interface ScriptContext {
  context: vm.Context;
  /** The context's global object (the script's `globalThis`). */
  global: Record<string, unknown>;
  /** Creates arrays and Dates of the context (its Array.prototype.slice and its Date). */
  realm: ValueRealm;
  /** A new empty object of the context. */
  object(): Record<string, unknown>;
  /** The context's JSON.parse, taken before the script ran. */
  parseJson(text: string): unknown;
  /** Whether `value` is an array of the context (not one made by Node code). */
  isArray(value: unknown): boolean;
  /** Whether `value` is an Error (of any kind) of the context, so `instanceof Error` holds in the script. */
  isError(value: unknown): value is Error;
  /**
   * An error of the context: the built-in constructor of that name (TypeError, RangeError, …) or Error,
   * with `name` kept as given (Apps Script's "Exception") and `stack` when there is one.
   */
  error(name: string, message: string, stack?: string): Error;
}

/**
 * Runs inside the context, before the script: replaces Date with a function that shares Date.prototype
 * (so `instanceof Date` holds for every date of the context) but whose `new Date()` and `Date.now()`
 * read the execution's virtual clock. `Date(...)` without `new` returns the clock's time as a string,
 * as the built-in does.
 */
const BOOTSTRAP = `(function (virtualNow) {
  'use strict';
  var RealDate = Date;
  function VirtualDate() {
    if (!new.target) return new RealDate(virtualNow()).toString();
    // new Date(ms) is what scripts call per cell: built directly, without copying the arguments.
    if (arguments.length === 1 && new.target === VirtualDate) return new RealDate(arguments[0]);
    var args = arguments.length === 0 ? [virtualNow()] : Array.prototype.slice.call(arguments);
    return Reflect.construct(RealDate, args, new.target);
  }
  Object.defineProperty(VirtualDate, 'name', { value: 'Date' });
  Object.defineProperty(VirtualDate, 'length', { value: 7 });
  VirtualDate.prototype = RealDate.prototype;
  VirtualDate.now = function now() { return virtualNow(); };
  VirtualDate.parse = RealDate.parse;
  VirtualDate.UTC = RealDate.UTC;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: VirtualDate, writable: true, configurable: true });
  Object.defineProperty(globalThis, 'Date', { value: VirtualDate, writable: true, configurable: true });
  return {
    slice: Array.prototype.slice,
    date: function (ms) { return new RealDate(ms); },
    rows: function (source) {
      var toString = Object.prototype.toString;
      var out = new Array(source.length);
      for (var i = 0; i < source.length; i++) {
        var row = source[i];
        var copy = new Array(row.length);
        for (var j = 0; j < row.length; j++) {
          var v = row[j];
          copy[j] = v !== null && typeof v === 'object' && toString.call(v) === '[object Date]' ? new RealDate(v.getTime()) : v;
        }
        out[i] = copy;
      }
      return out;
    },
    object: function () { return {}; },
    parseJson: JSON.parse,
    isArray: function (value) { return value instanceof Array; },
    isError: function (value) { return value instanceof Error; },
    error: function (name, message, stack) {
      var kinds = { TypeError: TypeError, RangeError: RangeError, SyntaxError: SyntaxError,
        ReferenceError: ReferenceError, EvalError: EvalError, URIError: URIError };
      var error = new (kinds[name] || Error)(message);
      if (error.name !== name) Object.defineProperty(error, 'name', { value: name, writable: true, configurable: true });
      if (typeof stack === 'string') Object.defineProperty(error, 'stack', { value: stack, writable: true, configurable: true });
      return error;
    }
  };
})`;

/**
 * A new context whose only globals are the ECMAScript built-ins (no process, require, Buffer, timers,
 * fetch, structuredClone…), with Date on the virtual clock `now` (milliseconds since the epoch).
 * A vm context is not a security boundary: it reproduces Apps Script's global scope, it does not
 * sandbox untrusted code.
 */
export function createScriptContext(now: () => number): ScriptContext {
  // DONT_CONTEXTIFY gives the context an ordinary global object: a contextified one answers every
  // global lookup (Math, Date, the script's own functions) through interceptors, about 20 times
  // slower, which would make the emulator's timings say nothing about the script's own speed.
  const context = vm.createContext(vm.constants.DONT_CONTEXTIFY, { name: 'Apps Script' });
  const global = context as Record<string, unknown>;
  const install = vm.runInContext(BOOTSTRAP, context) as (virtualNow: () => number) => {
    slice: (this: unknown[], start: number, end: number) => unknown[];
    date(ms: number): Date;
    rows(source: readonly (readonly unknown[])[]): unknown[][];
    object(): object;
    parseJson(text: string): unknown;
    isArray(value: unknown): boolean;
    isError(value: unknown): boolean;
    error(name: string, message: string, stack?: string): Error;
  };
  const helpers = install(now);
  const realm: ValueRealm = {
    slice: <T>(source: readonly T[], start: number, end: number) =>
      helpers.slice.call(source as unknown[], start, end) as T[],
    date: (ms) => helpers.date(ms),
    rows: <T>(source: readonly (readonly T[])[]) => helpers.rows(source) as T[][],
  };
  return {
    context,
    global,
    realm,
    object: () => helpers.object() as Record<string, unknown>,
    parseJson: (text) => helpers.parseJson(text),
    isArray: (value) => helpers.isArray(value),
    isError: (value): value is Error => helpers.isError(value),
    error: (name, message, stack) => helpers.error(name, message, stack),
  };
}
