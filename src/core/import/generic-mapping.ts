// Import preset for any CSV of orders, given which of its columns holds each Orders field.

import { duplicateOrderIds } from '../orders/duplicate-order-ids';
import { orderStatus } from '../orders/order-status';
import { normalizeHeader } from '../table/normalize-header';
import { buildOrder, type RawOrder } from './build-order';
import { type CsvTable, csvColumns } from './csv-table';
import type { PresetOptions, PresetResult } from './incoming-records';
import { newPresetResult } from './new-preset-result';
import { takeBuiltOrder } from './take-built-order';

/** The fields a mapping may fill, by the Orders/Customers header the user knows them by. */
const FIELDS: ReadonlyArray<[string, keyof RawOrder]> = [
  ['Order ID', 'orderId'],
  ['Email', 'email'],
  ['Phone', 'phone'],
  ['Country', 'country'],
  ['Name', 'name'],
  ['Company', 'company'],
  ['Consent', 'consent'],
  ['Tags', 'tags'],
  ['Date', 'date'],
  ['Amount', 'amount'],
  ['Refunded', 'refunded'],
  ['Currency', 'currency'],
  ['Product', 'product'],
  ['Quantity', 'quantity'],
  ['Status', 'status'],
  ['Customer ID', 'customerId'],
];
/** The Orders fields a generic mapping may name, as the user knows them (the sidebar lists them). */
export const GENERIC_FIELDS: readonly string[] = FIELDS.map(([header]) => header);
let targets: ReadonlyMap<string, keyof RawOrder> | undefined;

/**
 * The field a mapping key names, by header comparison key, so "order id" and "OrderID" name the same
 * field. The table is built on first use: Code.js is evaluated at the start of every execution, and
 * normalizing the headers there cost more than anything else its top level did.
 */
function targetOf(key: string): keyof RawOrder | undefined {
  // A Map, not an object: a key such as "constructor" must not find Object.prototype's.
  targets ??= new Map(FIELDS.map(([header, field]) => [normalizeHeader(header), field]));
  return targets.get(normalizeHeader(key));
}

export interface GenericOptions extends PresetOptions {
  /** Channel written on the orders and customers (default "generic"), part of the orders' key. */
  channel?: string;
}

/**
 * Orders of any CSV through a column mapping `{ "Order ID": "Invoice", "Email": "E-mail",
 * "Date": "Paid on", "Amount": "Total", … }`: keys are Orders fields (Order ID, Email, Phone,
 * Country, Name, Company, Consent, Tags, Date, Amount, Refunded, Currency, Product, Quantity,
 * Status, Customer ID), values the file's headers, both compared with normalizeHeader. Order ID,
 * Date and Amount must be mapped. Customer ID is the CRM's own ("C000123"): a row with one needs no
 * email, phone or name, and its order goes to that customer (see importRecords). Dates, amounts and status are read as in the other presets
 * (`options.dateOrder`, `options.decimal`, orderStatus; an unmapped status means paid).
 * @throws {Error} when a key is not a known field, a field is named twice or a required field is not mapped: the mapping
 * is the caller's input and must be fixed before any row is read.
 */
export function genericMapping(
  table: CsvTable,
  mapping: Readonly<Record<string, string>>,
  options: GenericOptions,
): PresetResult {
  const fields = new Map<keyof RawOrder, string>();
  const named = new Map<keyof RawOrder, string>();
  for (const [target, source] of Object.entries(mapping)) {
    const field = targetOf(target);
    if (!field)
      throw new Error(
        `unknown field "${target}" in the column mapping (known: ${FIELDS.map(([header]) => header).join(', ')})`,
      );
    // "Email" and "e-mail" are one field: which of the two columns was meant cannot be known.
    const earlier = named.get(field);
    if (earlier !== undefined)
      throw new Error(
        `the column mapping names the field ${earlier} twice (as "${earlier}" and "${target}")`,
      );
    named.set(field, target);
    if (source.trim() !== '') fields.set(field, source);
  }
  const unmapped = (['orderId', 'date', 'amount'] as const).filter((field) => !fields.has(field));
  if (unmapped.length > 0)
    throw new Error(
      `the column mapping must name the columns of ${unmapped
        .map((field) => FIELDS.find(([, f]) => f === field)![0])
        .join(', ')}`,
    );
  const channel = (options.channel ?? 'generic').trim().toLowerCase() || 'generic';
  const result = newPresetResult(channel);
  const col = csvColumns(table.header);
  const absent = [...fields.values()].filter((source) => !col.has(source));
  if (absent.length > 0) {
    result.rejected.push({
      row: 1,
      column: absent.join(', '),
      reason: `the file has no column ${absent.map((a) => `"${a}"`).join(', ')}`,
    });
    return result;
  }
  const labels = Object.fromEntries([...fields].map(([field, source]) => [field, col.label(source)]));
  const duplicates = duplicateOrderIds({ quoted: true });
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const line = table.lines[i];
    const value = (field: keyof RawOrder) => {
      const source = fields.get(field);
      return source === undefined ? undefined : col.get(row, source);
    };
    const decision = orderStatus(value('status') ?? '');
    if ('skip' in decision) {
      result.skipped.push({ row: line, column: labels.status ?? 'Status', reason: decision.skip });
      continue;
    }
    const id = value('orderId') ?? '';
    const duplicate = duplicates.check(id, line);
    if (duplicate) {
      result.rejected.push({ row: line, column: labels.orderId, reason: duplicate });
      continue;
    }
    const built = buildOrder(
      {
        orderId: id,
        email: value('email'),
        phone: value('phone'),
        country: value('country'),
        name: value('name'),
        company: value('company'),
        consent: value('consent'),
        tags: value('tags'),
        date: value('date') ?? '',
        amount: value('amount') ?? '',
        refunded: value('refunded'),
        currency: value('currency'),
        product: value('product'),
        quantity: value('quantity'),
        status: decision.status,
        customerId: value('customerId'),
      },
      line,
      labels,
      options,
    );
    const order = takeBuiltOrder(result, built);
    if (order) result.orders.push(order);
  }
  return result;
}
