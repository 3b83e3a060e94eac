// Reads an amount of money written the way exports and people write it ("$1,234.50", "1.234,50 €", "(12.00)").
import { cellError } from './cell-error';
import { fail, ok, type Parsed } from './parsed';

export interface MoneyOptions {
  /** Decimal separator of the file's locale; the other of '.' and ',' is then a thousands separator. Default '.'. */
  decimal?: '.' | ',';
  /** Magnitudes above this are typos or overflowed cells, not amounts (default 1e12). */
  maxMagnitude?: number;
}

// Currency symbols and ISO codes that may stand before or after the number.
const CURRENCY =
  /^(?:[A-Za-z]{3}|[$€£¥₹₩₽¢]|R\$|US\$|CHF|kr)\s*|\s*(?:[A-Za-z]{3}|[$€£¥₹₩₽¢]|R\$|CHF|kr|zł)$/u;

/**
 * The amount as a number. Accepts numbers (kept when finite) and text with a currency symbol or
 * ISO code before or after, spaces (also no-break and thin) or the locale's thousands separator
 * between groups of three digits, a leading or trailing minus, or accountants' parentheses for a
 * negative ("(12.00)" = −12). Text that is not an amount, error values (#N/A) and magnitudes
 * above `maxMagnitude` are problems.
 * @example parseMoney('1.234,50 €', { decimal: ',' }) // => ok(1234.5)
 */
export function parseMoney(value: unknown, options: MoneyOptions = {}): Parsed<number> {
  const max = options.maxMagnitude ?? 1e12;
  let amount: number;
  if (typeof value === 'number') {
    amount = value;
  } else if (typeof value === 'string') {
    let text = value.trim().replace(/^'/, '');
    if (text === '') return fail('empty amount');
    const error = cellError(text);
    if (error) return fail(`error value ${error}`);
    let negative = false;
    if (/^\(.*\)$/.test(text)) {
      negative = true;
      text = text.slice(1, -1).trim();
    }
    if (/^[-−]/.test(text)) {
      negative = !negative;
      text = text.slice(1).trim();
    }
    for (let i = 0; i < 2; i++) text = text.replace(CURRENCY, '').trim();
    if (/^[-−]/.test(text)) {
      negative = !negative;
      text = text.slice(1).trim();
    }
    if (/[-−]$/.test(text)) {
      negative = !negative;
      text = text.slice(0, -1).trim();
    }
    const decimal = options.decimal ?? '.';
    const group = decimal === '.' ? ',' : '.';
    // Groups of exactly three digits after the first, separated by the group mark or a space.
    const pattern = new RegExp(
      `^(\\d{1,3}(?:[${group === '.' ? '\\.' : ','}\\s\\u00a0\\u202f']\\d{3})+|\\d+)(?:\\${decimal}(\\d+))?$`,
    );
    const match = pattern.exec(text);
    // Exponent notation ("5e15") is how spreadsheets and JSON write very large or small numbers.
    const exponent = decimal === '.' && /^\d+(\.\d+)?[eE][+-]?\d+$/.test(text);
    if (!match && !exponent) return fail(`not an amount "${value.trim()}"`);
    const digits = match
      ? match[1].replace(/[^\d]/g, '') + (match[2] === undefined ? '' : `.${match[2]}`)
      : text;
    amount = Number(digits) * (negative ? -1 : 1);
  } else {
    return fail(`not an amount (${value instanceof Date ? 'a date' : typeof value})`);
  }
  if (!Number.isFinite(amount)) return fail('not a finite amount');
  if (Math.abs(amount) > max) return fail(`huge number ${amount} (more than ${max})`);
  return ok(amount === 0 ? 0 : amount);
}
