// Reads a fitted purchase model passed back into a formula: the output of any of the three fits.
import type { PurchaseModel } from '../btyd/purchase-model';
import { isLabel } from './is-label';
import { normaliseLabel } from './normalise-label';
import { parseParams } from './parse-params';
import { toMatrix } from './to-matrix';

/** The fits whose output a scoring formula takes, for messages. */
const SOURCES = 'CRM_BGNBD_FIT, CRM_MBGNBD_FIT or CRM_PARETO_NBD_FIT';

/** The label only CRM_MBGNBD_FIT's table has: the share who leave right after the first purchase. */
export const MBG_NBD_MARKER = 'drop-out at first purchase';

/**
 * The model and its parameters from a fit's table, recognised by its labels: s and beta mean
 * Pareto/NBD (CRM_PARETO_NBD_FIT), the label "drop-out at first purchase" means MBG/NBD
 * (CRM_MBGNBD_FIT), and any other table is BG/NBD (CRM_BGNBD_FIT), read as parseBgNbdParams reads
 * it. Values without labels carry no model, so they are read as BG/NBD's r, alpha, a, b by
 * position, as before the other fits existed.
 *
 * Throws FormulaError naming `name` when the argument is omitted, a label of the recognised model
 * is missing, there are too few values or a value is not a positive number (parseParams).
 *
 * @example parsePurchaseModel([['r', 'alpha', 's', 'beta'], [0.55, 10.6, 0.61, 11.7]], 'params').kind // => 'paretonbd'
 */
export function parsePurchaseModel(value: unknown, name: string): PurchaseModel {
  const labels = new Set<string>();
  for (const row of toMatrix(value, name))
    for (const cell of row) if (isLabel(cell)) labels.add(normaliseLabel(cell as string));
  const spec = { argument: name, source: SOURCES, count: 4, positive: true } as const;
  if (labels.has('s') && labels.has('beta')) {
    const [r, alpha, s, beta] = parseParams(value, { ...spec, labels: ['r', 'alpha', 's', 'beta'] });
    return { kind: 'paretonbd', params: { r, alpha, s, beta } };
  }
  const [r, alpha, a, b] = parseParams(value, { ...spec, labels: ['r', 'alpha', 'a', 'b'] });
  const kind = labels.has(normaliseLabel(MBG_NBD_MARKER)) ? 'mbgnbd' : 'bgnbd';
  return { kind, params: { r, alpha, a, b } };
}
