// Settings for an operation that must not run on a guess: an invalid value stops it with what to write instead.
import { readSettings } from './read-settings';
import { SETTING_KEYS, type Settings } from './settings';

/** What each setting accepts, as the message to the user says it. */
export const ACCEPTED_FORMS: Readonly<Record<keyof Settings, string>> = {
  ownerEmail: 'an email address (owner@example.com)',
  senderName: 'any text',
  baseCurrency:
    "a 3-letter ISO 4217 currency code such as EUR, USD or GBP, or blank to use the orders' most frequent currency",
  currencyRates:
    'CODE=rate pairs separated by ";", each rate the value of one unit in the base currency with a decimal point (USD=0.92; GBP=1.17)',
  discountRate: 'a number from 0 to 1 or a percentage (0.01 or 1%)',
  analyticsUnit: 'days or weeks',
  model: 'auto, bgnbd, mbgnbd or paretonbd',
  triggerHour: 'a whole hour from 0 to 23',
  sendHours: 'a start and an end hour, start first (9-18)',
  dryRun: 'yes or no',
  gmailDots: 'yes or no',
  defaultCountry: 'a 2-letter ISO 3166 country code such as PT, GB or US',
  minDaysBetween: 'a whole number of days, 0 or more',
  followUpHour: 'a whole hour from 0 to 23 for a daily run, or blank to run every hour',
  acknowledgementSubject: 'any text',
  acknowledgementBody: 'any text; {{Column}} fields of Customers allowed',
};

/**
 * Reads the Settings tab (readSettings) for an import or a refresh, whose results depend on the
 * values: rather than fall back to a default (and stamp or convert orders in a currency the user
 * did not mean), any value that does not validate stops the operation.
 * @throws {Error} naming, for each invalid setting, its Key, row and value and the forms it accepts,
 * e.g. `Settings row 4: "Base currency" is "Euro"; use a 3-letter ISO 4217 currency code …`.
 */
export function validSettings(
  cells: readonly (readonly unknown[])[],
  operation: string,
): { settings: Settings; given: ReadonlySet<keyof Settings> } {
  const { settings, problems, given } = readSettings(cells);
  if (problems.length > 0) {
    const each = problems.map(
      (p) =>
        `Settings row ${p.row}: "${SETTING_KEYS[p.field]}" is "${p.value}"; use ${ACCEPTED_FORMS[p.field]}.`,
    );
    throw new Error(
      `${each.join(' ')} Nothing was changed: correct the Settings tab and run the ${operation} again.`,
    );
  }
  return { settings, given };
}
