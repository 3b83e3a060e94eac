// What each setting does, in plain words, with the values it accepts: the Description column of Settings.
import type { Settings } from './settings';
import { ACCEPTED_FORMS } from './valid-settings';

const PURPOSES: Readonly<Record<keyof Settings, string>> = {
  ownerEmail: 'Your address: replies to follow-ups go there, and alerts about unhappy customers.',
  senderName: 'The name customers see as the sender of follow-up emails.',
  baseCurrency: 'The currency revenue and CLV are counted in.',
  currencyRates:
    'How much one unit of another currency is worth in the base currency; orders without a rate are left out.',
  discountRate: 'How much less money next month is worth than today, for Predicted CLV.',
  analyticsUnit: 'Whether Frequency, Recency and T count days or weeks.',
  model:
    'Which model predicts purchases, P(alive) and CLV: auto tries each on your older orders and keeps the one that best predicts the recent ones; bgnbd is BG/NBD, mbgnbd the modified BG/NBD (a customer may leave right after the first order), paretonbd Pareto/NBD.',
  triggerHour: 'The hour the nightly Refresh analytics runs.',
  sendHours: 'The hours in which follow-up emails may be sent.',
  dryRun: 'Yes: follow-ups are planned and listed in Outbox but not sent.',
  gmailDots: 'Yes: a.b@gmail.com and ab@gmail.com count as one customer.',
  defaultCountry: 'The country of phone numbers written without a country code.',
  minDaysBetween: 'The fewest days between two follow-up emails to one customer.',
  followUpHour: 'The hour of the daily follow-up run.',
  acknowledgementSubject: 'Subject of the email that thanks a customer for a form answer.',
  acknowledgementBody: 'Text of that email.',
};

/**
 * The Description of a setting: what it does, then what it accepts.
 * @example settingDescription('dryRun') // => 'Yes: follow-ups are planned and listed in Outbox but not sent. Accepts yes or no.'
 */
export function settingDescription(field: keyof Settings): string {
  return `${PURPOSES[field]} Accepts ${ACCEPTED_FORMS[field]}.`;
}
