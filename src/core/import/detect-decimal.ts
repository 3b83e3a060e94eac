// Tells from a file's own numbers whether it writes amounts with a decimal comma (1.234,56) or point (1,234.56).

/** The decimal mark a file's numbers show, with the counts it was chosen from. */
export interface DecimalGuess {
  decimal: '.' | ',';
  /** Values only a decimal comma explains ("1.234,56", "99,90"). */
  comma: number;
  /** Values only a decimal point explains ("1,234.56", "46.90"). */
  point: number;
}

// A value stripped of currency, sign and spaces, if it is written as a number at all.
const WRAPPING =
  /^[(\-−+]*\s*(?:[A-Za-z]{3}|[$€£¥₹₩₽¢]|R\$|CHF|kr)?\s*|\s*(?:[A-Za-z]{3}|[$€£¥₹₩₽¢]|CHF|kr|zł)?\s*[)\-−]*$/gu;
const COMMA = /^(?:\d{1,3}(?:\.\d{3})+,\d+|\d+,(?:\d{1,2}|\d{4,}))$/;
const POINT = /^(?:\d{1,3}(?:,\d{3})+\.\d+|\d+\.(?:\d{1,2}|\d{4,}))$/;

/**
 * Counts the cells only a decimal comma can explain ("1.234,56", "12,5", "99,90") against those
 * only a decimal point can ("1,234.56", "46.90"); "1,234" and "1.234" say nothing (a thousands
 * mark or three decimals). The comma wins only with more votes, so a file without evidence reads
 * as most exports write it, with a point. Dates (two marks) and codes with letters never count.
 * @example detectDecimal([['Total'], ['1.234,56'], ['9,90']]).decimal // => ','
 */
export function detectDecimal(rows: readonly (readonly string[])[]): DecimalGuess {
  let comma = 0;
  let point = 0;
  for (const row of rows) {
    for (const cell of row) {
      // Only a value with a mark can vote; most cells (text, IDs, whole numbers) are passed over here.
      if (cell.length < 3 || cell.length > 32 || (cell.indexOf(',') < 0 && cell.indexOf('.') < 0)) continue;
      const value = cell
        .trim()
        .replace(/^'/, '')
        .replace(WRAPPING, '')
        .replace(/[\s\u00a0\u202f]/g, '');
      if (value.length < 3) continue;
      if (COMMA.test(value)) comma++;
      else if (POINT.test(value)) point++;
    }
  }
  return { decimal: comma > point ? ',' : '.', comma, point };
}
