// Reads BG/NBD parameters passed back into a formula: the output of CRM_BGNBD_FIT.
import type { BgNbdParams } from '../btyd/bg-nbd-params';
import { parseParams } from './parse-params';

/**
 * r, alpha, a and b from CRM_BGNBD_FIT's table (matched by label) or its values row (by
 * position), each greater than 0. Throws FormulaError naming `name` otherwise (parseParams).
 *
 * @example parseBgNbdParams([[0.24, 4.41, 0.79, 2.43]], 'params') // => { r: 0.24, alpha: 4.41, a: 0.79, b: 2.43 }
 */
export function parseBgNbdParams(value: unknown, name: string): BgNbdParams {
  const [r, alpha, a, b] = parseParams(value, {
    argument: name,
    source: 'CRM_BGNBD_FIT',
    count: 4,
    labels: ['r', 'alpha', 'a', 'b'],
    positive: true,
  });
  return { r, alpha, a, b };
}
