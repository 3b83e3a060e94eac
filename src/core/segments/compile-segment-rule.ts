// A parsed segment rule as a fast test of one customer record (header → Cell).
import type { Cell } from '../table/cell';
import { compileSegmentCondition, type SegmentMatchOptions } from './compile-segment-condition';
import type { SegmentRule } from './segment-rule';

/** A customer's cells by header, keyed by the header texts the rule was parsed against. */
export type CustomerRecord = Readonly<Record<string, Cell | undefined>>;

/**
 * Compiles a rule once into a predicate of a customer record; a header the record lacks reads as
 * blank. Calling it parses nothing, so 50,000 customers × 10 rules cost 500,000 small calls. See
 * compileSegmentCondition for what each operator means; dates are days in `options.timeZone`.
 * @throws {RangeError} when the time zone is unknown.
 * @example
 * const parsed = parseSegmentRule('Revenue > 200', ['Revenue']);
 * if ('rule' in parsed) compileSegmentRule(parsed.rule, { timeZone: 'Europe/Lisbon' })({ Revenue: 250 }) // => true
 */
export function compileSegmentRule(
  rule: SegmentRule,
  options: SegmentMatchOptions,
): (customer: CustomerRecord) => boolean {
  return compileSegmentCondition<CustomerRecord>(rule, (header) => (customer) => customer[header], options);
}
