// Imported text as the Orders, Customers and Surveys tabs must store it.
import { neutralizeFormula } from '../clean/neutralize-formula';

/**
 * A value as trimmed text that cannot start a formula: a leading = + - @ gets the apostrophe
 * Sheets shows as plain text (neutralizeFormula), so an export cannot plant a formula in the CRM.
 * @example sheetText(' =1+1 ') // => "'=1+1"
 */
export function sheetText(value: unknown): string {
  return String(neutralizeFormula(String(value ?? '').trim()));
}
