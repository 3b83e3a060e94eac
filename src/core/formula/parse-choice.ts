// Reads an optional keyword argument such as unit ("days" or "weeks").
import { FormulaError } from './formula-error';
import { isBlank } from './is-blank';

/**
 * One of `choices` (compared without case and surrounding spaces), or `fallback` when the
 * argument is omitted. Throws FormulaError naming `name` and listing the choices otherwise.
 *
 * @example parseChoice('Weeks', 'unit', ['days', 'weeks'], 'days') // => 'weeks'
 */
export function parseChoice<C extends string>(
  value: unknown,
  name: string,
  choices: readonly C[],
  fallback: C,
): C {
  if (isBlank(value)) return fallback;
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  const found = choices.find((choice) => choice.toLowerCase() === text);
  if (found === undefined)
    throw new FormulaError(`${name} must be ${choices.map((c) => `"${c}"`).join(' or ')}`);
  return found;
}
