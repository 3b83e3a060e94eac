// The shape of the one registry of global entry points; the build generates a top-level
// `function` declaration (and, for custom functions, the JSDoc Sheets reads) from each entry.

/** A documented argument of a custom function, as Sheets shows it in autocomplete. */
export interface ParamDoc {
  name: string;
  description: string;
}

/** Where Apps Script calls an entry point from; each kind has its own rules. */
export type EntryKind = 'custom-function' | 'simple-trigger' | 'menu' | 'sidebar-api' | 'trigger' | 'web-app';

// Apps Script hands globals arbitrary sheet values; the wrappers parse them, so `any` is the honest type.
// biome-ignore lint/suspicious/noExplicitAny: values arrive untyped from Google Sheets
type AnyFunction = (...args: any[]) => unknown;

export interface EntryPoint<F extends AnyFunction = AnyFunction> {
  kind: EntryKind;
  /** One line: what the function does (the first line of its JSDoc). */
  description: string;
  params: ParamDoc[];
  /** What a custom function returns, for `@return`; empty for other kinds. */
  returns: string;
  run: F;
}

/** Declares a custom function (`=CRM_…` in a cell). Its name must start with CRM_. */
export function customFunction<F extends AnyFunction>(spec: {
  description: string;
  params: ParamDoc[];
  returns: string;
  run: F;
}): EntryPoint<F> {
  return { kind: 'custom-function', ...spec };
}

/** Declares any other global: a simple trigger, a menu action, a sidebar call, a trigger handler, doGet. */
export function globalFunction<F extends AnyFunction>(
  kind: Exclude<EntryKind, 'custom-function'>,
  description: string,
  params: string[],
  run: F,
): EntryPoint<F> {
  return { kind, description, params: params.map((name) => ({ name, description: '' })), returns: '', run };
}
