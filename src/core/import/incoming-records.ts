// What an import preset makes of a file: orders and survey answers ready for matching, plus the rows it could not use.
import type { DateOrder } from '../clean/parse-instant';
import type { RowProblem } from '../table/row-problem';

/** One order as read from a file; `row` is the file line where it starts (header = line 1). */
export interface IncomingOrder {
  row: number;
  /**
   * The channel's order ID; with the channel it keys the order, so re-importing adds nothing. The
   * export's unique identifier where it has one (Shopify's `Id`), since order numbers repeat
   * across stores.
   */
  orderId: string;
  /**
   * The order number people see ("#1001") when `orderId` is another identifier. Earlier imports
   * keyed orders by it: a row under it is the same order when customer, amount and date agree.
   */
  orderNumber?: string;
  /** Normalised (trimmed, lower case) or '' when the file has none or it is not an address. */
  email: string;
  /** E.164 or '' when missing or not a valid number. */
  phone: string;
  name: string;
  company: string;
  /** Marketing consent as the channel states it: 'yes', 'no' or '' when it does not say. */
  consent: '' | 'yes' | 'no';
  tags: string;
  date: Date;
  /** Net amount in `currency` (refunds deducted). */
  amount: number;
  /** What was refunded (already deducted from `amount`); 0 or absent when nothing was. */
  refunded?: number;
  /** ISO 4217 code, upper case; '' when the file has none and no default was given. */
  currency: string;
  product: string;
  quantity: number;
  /** One of ORDER_STATUSES; refunded and cancelled orders are kept but excluded from analytics. */
  status: string;
  /** The channel's own customer ID (Stripe "cus_…"), when it has one. */
  customerRef: string;
  /**
   * The CRM's Customer ID ("C000123") the file names (generic mapping): the order goes to that
   * customer, found in Customers; an ID not there rejects the order, it never creates a customer.
   */
  customerId?: string;
}

/** One survey answer (Google Forms). */
export interface IncomingSurvey {
  row: number;
  date: Date;
  email: string;
  name: string;
  nps: number | '';
  csat: number | '';
  comment: string;
}

/** The result of a preset over one file (or one part of it). */
export interface PresetResult {
  /** Channel written on customers and orders (shopify, stripe, woocommerce, forms, or the generic mapping's). */
  channel: string;
  orders: IncomingOrder[];
  surveys: IncomingSurvey[];
  /** Rows not imported because something in them is wrong (bad amount, bad date, missing ID, …). */
  rejected: RowProblem[];
  /** Rows left out on purpose (failed or test-mode payments, a Totals line); not errors. */
  skipped: RowProblem[];
  /** Rows imported with a value dropped (an email or phone that does not parse). */
  warnings: RowProblem[];
}

/** Options every preset understands. */
export interface PresetOptions {
  /** Zone of timestamps the file writes without an offset (the store's; default the spreadsheet's). */
  timeZone: string;
  /** Country of phone numbers without a country code (Settings "Default country"). */
  defaultCountry?: string;
  /**
   * Currency of files that do not say (WooCommerce Analytics): the base currency when Settings
   * name one, else '' so the order counts in whichever base refresh uses (see orderCurrency).
   */
  defaultCurrency?: string;
  /** Order of day and month in slashed dates, when the preset cannot know it. */
  dateOrder?: DateOrder;
  /** Decimal separator of amounts; default '.'. */
  decimal?: '.' | ',';
  /** When the import runs: dates before 1970 or after tomorrow are then rejected (see parseInstant). */
  now?: Date;
}
