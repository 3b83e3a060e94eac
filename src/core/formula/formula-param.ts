// Declares one argument of a formula once: its name, its description for Sheets, and how it is read.

/** Reads an argument, or one row's cell of it; throws FormulaError naming `name` when it cannot. */
export type ArgumentReader<V> = (value: unknown, name: string) => V;

/** Whether an argument has a value per row ('row') or one value for the whole call ('call'). */
export type ParamScope = 'row' | 'call';

/**
 * One argument of a formula. `name` is at once the name Sheets shows, the generated stub's
 * parameter, the key its value is handed over under and the name every message about it uses, so
 * it is written once. A 'row' argument is one value or a one-column range and `read` sees one
 * cell; a 'call' argument is read once, as given. `check` runs on a row right after this argument
 * is read, with the values read so far, for a rule across arguments (recency at most T).
 */
export interface FormulaParam<N extends string = string, V = unknown, S extends ParamScope = ParamScope> {
  readonly name: N;
  readonly description: string;
  readonly scope: S;
  readonly read: ArgumentReader<V>;
  readonly check?: (values: Readonly<Record<string, unknown>>) => void;
}

/** A per-row argument: required, one value used on every row or a one-column range. */
export function rowParam<const N extends string, V>(
  name: N,
  description: string,
  read: ArgumentReader<V>,
  check?: (values: Readonly<Record<string, unknown>>) => void,
): FormulaParam<N, V, 'row'> {
  return { name, description, scope: 'row', read, check };
}

/** An argument read once for the whole call: fitted parameters, an option, a horizon. */
export function callParam<const N extends string, V>(
  name: N,
  description: string,
  read: ArgumentReader<V>,
): FormulaParam<N, V, 'call'> {
  return { name, description, scope: 'call', read };
}
