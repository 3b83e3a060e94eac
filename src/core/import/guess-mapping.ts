// A first guess of the generic preset's column mapping, from header names and the values under them.
import { normalizeHeader } from '../table/normalize-header';

/** Header words that name each Orders field in exports seen in practice (compared normalised). */
const NAMES: Readonly<Record<string, readonly string[]>> = {
  'Order ID': [
    'order id',
    'order',
    'order number',
    'order no',
    'invoice',
    'invoice number',
    'transaction id',
    'receipt',
    'id',
  ],
  Email: ['email', 'e-mail', 'email address', 'customer email', 'buyer email', 'mail'],
  Phone: ['phone', 'telephone', 'mobile', 'phone number'],
  Country: ['country', 'country code'],
  Name: ['name', 'customer', 'customer name', 'full name', 'buyer', 'client'],
  Company: ['company', 'organisation', 'organization', 'business'],
  Consent: ['consent', 'accepts marketing', 'newsletter', 'opt in', 'marketing'],
  Tags: ['tags', 'labels'],
  Date: [
    'date',
    'order date',
    'created',
    'created at',
    'paid on',
    'paid at',
    'purchase date',
    'invoice date',
  ],
  Amount: ['amount', 'total', 'gross', 'price', 'net', 'order total', 'sum', 'value'],
  Refunded: ['refunded', 'refund', 'amount refunded'],
  Currency: ['currency', 'curr'],
  Product: ['product', 'item', 'items', 'description', 'product name', 'sku'],
  Quantity: ['quantity', 'qty', 'units', 'items sold'],
  Status: ['status', 'payment status', 'financial status', 'state'],
  'Customer ID': ['customer id'],
};

/** The fields without which the generic preset imports nothing. */
export const REQUIRED_MAPPED_FIELDS = ['Order ID', 'Date', 'Amount'] as const;

const DATE = /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})/;
const MONEY = /^[-+]?[$€£¥]?\s?\d{1,3}([.,\s]?\d{3})*([.,]\d{1,2})?\s?[$€£¥]?$|^[-+]?\d+([.,]\d+)?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Share of the non-blank sample values of a column that match `pattern`. */
function share(values: readonly string[], pattern: RegExp): number {
  const filled = values.map((v) => v.trim()).filter(Boolean);
  return filled.length ? filled.filter((v) => pattern.test(v)).length / filled.length : 0;
}

/**
 * Field → header: first by name (an exact name of the field or a known synonym, then a header that
 * contains one), each header used once; then Email, Date and Amount, when still unmapped, by the
 * values of the first rows (a column of addresses, of dates, of amounts). Fields with no likely
 * column are left out.
 * @example guessMapping(['Invoice', 'Paid on', 'Total'], [['F-1', '2024-01-02', '12.50']]) // => { 'Order ID': 'Invoice', Date: 'Paid on', Amount: 'Total' }
 */
export function guessMapping(
  headers: readonly string[],
  sample: ReadonlyArray<readonly string[]>,
): Record<string, string> {
  const keys = headers.map(normalizeHeader);
  const used = new Set<number>();
  const mapping: Record<string, string> = {};
  const take = (field: string, column: number) => {
    mapping[field] = headers[column];
    used.add(column);
  };
  for (const exact of [true, false]) {
    for (const [field, names] of Object.entries(NAMES)) {
      if (field in mapping) continue;
      const wanted = [field, ...names].map(normalizeHeader);
      const column = keys.findIndex(
        (key, i) =>
          !used.has(i) &&
          key !== '' &&
          wanted.some((w) => (exact ? key === w : w.length > 3 && key.includes(w))),
      );
      if (column >= 0) take(field, column);
    }
  }
  const column = (i: number) => sample.map((row) => row[i] ?? '');
  for (const [field, pattern] of [
    ['Email', EMAIL],
    ['Date', DATE],
    ['Amount', MONEY],
  ] as const) {
    if (field in mapping) continue;
    let best = -1;
    let bestShare = 0.8;
    headers.forEach((_, i) => {
      const s = used.has(i) ? 0 : share(column(i), pattern);
      if (s > bestShare) {
        best = i;
        bestShare = s;
      }
    });
    if (best >= 0) take(field, best);
  }
  return mapping;
}
