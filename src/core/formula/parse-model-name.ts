// Reads the optional model argument of CRM_MODEL_CHECK: which of the three purchase models to fit.
import type { PurchaseModelName } from '../btyd/purchase-model-name';
import { FormulaError } from './formula-error';
import { isBlank } from './is-blank';
import { toScalar } from './to-scalar';

/** The model names accepted, in the order messages list them. */
const NAMES = ['bgnbd', 'mbgnbd', 'paretonbd'] as const satisfies readonly PurchaseModelName[];

/**
 * "bgnbd", "mbgnbd" or "paretonbd", in any case and with or without the slash of their published
 * names ("BG/NBD", "Pareto/NBD"); `fallback` when omitted. Throws FormulaError naming `name` for a
 * range of several cells or any other value.
 *
 * @example parseModelName('Pareto/NBD', 'model', 'bgnbd') // => 'paretonbd'
 */
export function parseModelName(value: unknown, name: string, fallback: PurchaseModelName): PurchaseModelName {
  const cell = toScalar(value, name);
  if (isBlank(cell)) return fallback;
  const key = typeof cell === 'string' ? cell.toLowerCase().replace(/[\s/_-]/g, '') : '';
  const found = NAMES.find((choice) => choice === key);
  if (found === undefined) {
    const shown =
      typeof cell === 'string' || typeof cell === 'number' ? `, not "${String(cell).slice(0, 30)}"` : '';
    throw new FormulaError(`${name} must be "bgnbd", "mbgnbd" or "paretonbd"${shown}`);
  }
  return found;
}
