// Reads Gamma-Gamma parameters passed back into a formula: the output of CRM_GAMMAGAMMA_FIT.
import type { GammaGammaParams } from '../btyd/gamma-gamma-params';
import { parseParams } from './parse-params';

/**
 * p, q and gamma from CRM_GAMMAGAMMA_FIT's table (matched by label) or its values row (by
 * position), each greater than 0. Throws FormulaError naming `name` otherwise (parseParams).
 *
 * @example parseGammaGammaParams([[6.25, 3.74, 15.45]], 'gg_params') // => { p: 6.25, q: 3.74, gamma: 15.45 }
 */
export function parseGammaGammaParams(value: unknown, name: string): GammaGammaParams {
  const [p, q, gamma] = parseParams(value, {
    argument: name,
    source: 'CRM_GAMMAGAMMA_FIT',
    count: 3,
    labels: ['p', 'q', 'gamma'],
    positive: true,
  });
  return { p, q, gamma };
}
