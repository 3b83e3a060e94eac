// Turns the raw text fields of one order, as a preset gathered them, into a validated IncomingOrder.
import { cellError } from '../clean/cell-error';
import { neutralizeFormula } from '../clean/neutralize-formula';
import { normalizeEmail } from '../clean/normalize-email';
import { normalizeName } from '../clean/normalize-name';
import { normalizePhone } from '../clean/normalize-phone';
import { parseInstant } from '../clean/parse-instant';
import { parseMoney } from '../clean/parse-money';
import { splitMailbox } from '../clean/split-mailbox';
import { orderCurrency } from '../model/base-currency';
import type { RowProblem } from '../table/row-problem';
import type { IncomingOrder, PresetOptions } from './incoming-records';

/** The text of one order's fields as found in the file. */
export interface RawOrder {
  orderId: string;
  /** The number people see, when `orderId` is the export's unique identifier instead. */
  orderNumber?: string;
  email?: string;
  phone?: string;
  /** Country code of the buyer's address, to read a national phone number. */
  country?: string;
  name?: string;
  company?: string;
  consent?: string;
  tags?: string;
  date: string;
  amount: string;
  /** Amount refunded, deducted from `amount`. */
  refunded?: string;
  currency?: string;
  product?: string;
  quantity?: string;
  status: IncomingOrder['status'];
  customerRef?: string;
  /** The CRM Customer ID the file names (generic mapping). */
  customerId?: string;
}

/** The file's header for each field, so problems name the column the user sees. */
export type OrderLabels = Partial<Record<keyof RawOrder, string>>;

export interface BuiltOrder {
  order: IncomingOrder | null;
  problems: RowProblem[];
  warnings: RowProblem[];
}

function text(value: string | undefined): string {
  return String(neutralizeFormula((value ?? '').trim()));
}

/**
 * Validates and converts one order: the date in `options.timeZone` unless it carries an offset;
 * the amount (money text per `options.decimal`) net of `refunded` (kept on the order, so a
 * re-import can tell a refund from another amount), or gross with status refunded when refunded
 * in full; the currency per orderCurrency; quantity a whole number ≥ 0
 * (default 1); email normalised, phone to E.164 with the address's country or the default one;
 * names tidied (an email written "Name <address>" gives the name when the file has none); text
 * fields neutralised so they cannot become formulas; with `options.now`, dates before 1970 or
 * after tomorrow are rejected. Missing or error-valued
 * Order IDs, bad dates and amounts, and negative quantities reject the order; an email or phone
 * that does not parse is dropped with a warning; an order with neither email, phone nor name is
 * rejected because no customer could be found for it, unless it names a Customer ID.
 */
export function buildOrder(
  raw: RawOrder,
  row: number,
  labels: OrderLabels,
  options: PresetOptions,
): BuiltOrder {
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const label = (field: keyof RawOrder) => labels[field] ?? field;
  const orderId = raw.orderId.trim();
  const idError = cellError(orderId);
  if (orderId === '') problems.push({ row, column: label('orderId'), reason: 'missing Order ID' });
  else if (idError)
    problems.push({ row, column: label('orderId'), reason: `Order ID is an error value ${idError}` });
  const date = parseInstant(raw.date, {
    timeZone: options.timeZone,
    dateOrder: options.dateOrder,
    serials: false,
    plausibleAt: options.now,
  });
  if (!date.ok) problems.push({ row, column: label('date'), reason: date.reason });
  const amount = parseMoney(raw.amount, { decimal: options.decimal });
  if (!amount.ok) problems.push({ row, column: label('amount'), reason: amount.reason });
  let refunded = 0;
  if (raw.refunded && raw.refunded.trim() !== '') {
    const parsed = parseMoney(raw.refunded, { decimal: options.decimal });
    if (parsed.ok) refunded = Math.abs(parsed.value);
    else problems.push({ row, column: label('refunded'), reason: parsed.reason });
  }
  let quantity = 1;
  if (raw.quantity !== undefined && raw.quantity.trim() !== '') {
    const parsed = parseMoney(raw.quantity, { decimal: options.decimal });
    if (!parsed.ok) problems.push({ row, column: label('quantity'), reason: parsed.reason });
    else if (!Number.isInteger(parsed.value)) {
      problems.push({
        row,
        column: label('quantity'),
        reason: `not a whole number (${raw.quantity.trim()})`,
      });
    } else if (parsed.value < 0) {
      problems.push({ row, column: label('quantity'), reason: `negative quantity ${parsed.value}` });
    } else quantity = parsed.value;
  }
  const rawEmail = (raw.email ?? '').trim();
  const email = normalizeEmail(rawEmail);
  if (rawEmail !== '' && email === '') {
    warnings.push({
      row,
      column: label('email'),
      reason: `"${text(rawEmail)}" is not an email address; left out`,
    });
  }
  const rawPhone = (raw.phone ?? '').trim();
  const country = /^[A-Za-z]{2}$/.test(raw.country ?? '') ? raw.country : options.defaultCountry;
  const phone = normalizePhone(rawPhone, country);
  if (rawPhone !== '' && phone === '') {
    warnings.push({
      row,
      column: label('phone'),
      reason: `"${text(rawPhone)}" is not a valid phone number; left out`,
    });
  }
  // "Ana Silva <ana@example.com>" in the email column names the customer when the name column does not.
  const name = text(normalizeName((raw.name ?? '').trim() || (email ? splitMailbox(rawEmail).name : '')));
  const customerId = text(raw.customerId);
  if (email === '' && phone === '' && name === '' && customerId === '') {
    problems.push({ row, column: label('email'), reason: 'no email, phone or name to find the customer' });
  }
  if (problems.length > 0 || !date.ok || !amount.ok) return { order: null, problems, warnings };
  const consent = (raw.consent ?? '').trim().toLowerCase();
  // A refund in full turns a sale into a refund; a refunded order keeps its gross amount (what was refunded).
  const fullyRefunded =
    raw.status === 'refunded' || (raw.status === 'paid' && amount.value > 0 && refunded >= amount.value);
  const status = fullyRefunded ? 'refunded' : raw.status;
  const net = fullyRefunded ? amount.value : Math.round((amount.value - refunded) * 100) / 100;
  return {
    order: {
      row,
      orderId: text(orderId),
      ...(raw.orderNumber?.trim() && raw.orderNumber.trim() !== orderId
        ? { orderNumber: text(raw.orderNumber) }
        : {}),
      email,
      phone,
      name,
      company: text(normalizeName(raw.company ?? '')),
      consent: /^(yes|true|1|y|subscribed|opt-?in)$/.test(consent)
        ? 'yes'
        : /^(no|false|0|n|not_subscribed|unsubscribed)$/.test(consent)
          ? 'no'
          : '',
      tags: text(raw.tags),
      date: date.value,
      amount: net === 0 ? 0 : net,
      ...(refunded > 0 && !fullyRefunded ? { refunded } : {}),
      currency: text(orderCurrency(raw.currency, options.defaultCurrency)),
      product: text(raw.product),
      quantity,
      status,
      customerRef: text(raw.customerRef),
      ...(customerId ? { customerId } : {}),
    },
    problems,
    warnings,
  };
}
