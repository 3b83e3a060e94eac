// The Settings tab (Key, Value rows) as a validated, defaulted configuration object.
// Plain checks rather than a schema library: Code.js is evaluated at the start of every Apps Script
// execution, and building schemas there cost more than the rest of the bundle's top level together.
import { ANALYTICS_UNITS, PURCHASE_MODEL_CHOICES } from './choices';

/** Every setting, defaulted; the Settings tab overrides any of them by Key. */
export interface Settings {
  ownerEmail?: string | undefined;
  senderName: string;
  baseCurrency: string;
  /** Value of one unit of each currency in the base currency. */
  currencyRates: Record<string, number>;
  /** Monthly discount rate of Predicted CLV (lifetimes' default for monthly cash flows is 0.01). */
  discountRate: number;
  analyticsUnit: (typeof ANALYTICS_UNITS)[number];
  /** The purchase model of the scores: auto chooses by a holdout check at each refresh. */
  model: (typeof PURCHASE_MODEL_CHOICES)[number];
  triggerHour: number;
  /** Sending allowed from `from`:00 to (`to` - 1):59 in the spreadsheet's zone. */
  sendHours: { from: number; to: number };
  /** A dry run plans and logs follow-ups without sending; on until the owner turns it off. */
  dryRun: boolean;
  /** Match Gmail addresses without dots and +tags (off: other providers treat dots as significant). */
  gmailDots: boolean;
  /** Country of phone numbers written without a country code (ISO 3166 alpha-2). */
  defaultCountry?: string | undefined;
  minDaysBetween: number;
  /** Hour (0–23, sheet's zone) of the daily follow-up run; undefined: follow-ups run every hour. */
  followUpHour?: number | undefined;
  /** The acknowledgement a service-form answer gets; merge fields of Customers allowed. */
  acknowledgementSubject: string;
  acknowledgementBody: string;
}

/** The Key written in the Settings tab for each setting, in the order Set up lists them. */
export const SETTING_KEYS: Readonly<Record<keyof Settings, string>> = {
  ownerEmail: 'Owner email',
  senderName: 'Sender name',
  baseCurrency: 'Base currency',
  currencyRates: 'Currency rates',
  discountRate: 'Discount rate',
  analyticsUnit: 'Analytics unit',
  model: 'Model',
  triggerHour: 'Trigger hour',
  sendHours: 'Send hours',
  dryRun: 'Dry run',
  gmailDots: 'Gmail dots',
  defaultCountry: 'Default country',
  minDaysBetween: 'Min days between',
  followUpHour: 'Follow-up hour',
  acknowledgementSubject: 'Acknowledgement subject',
  acknowledgementBody: 'Acknowledgement body',
};

/** The acknowledgement of a service-form answer when Settings leaves it blank. */
export const DEFAULT_ACKNOWLEDGEMENT = {
  subject: 'We received your message',
  body: 'Hi {{First name|there}},\n\nThank you for writing to us. We read every message and will answer soon.',
} as const;

/** One setting's value read: the value (undefined: the setting is left out), or why it was refused. */
export type SettingReading<T> = { ok: true; value: T } | { ok: false; reason: string };

type Rules = { readonly [K in keyof Settings]-?: (value: unknown) => SettingReading<Settings[K]> };

const accept = <T>(value: T): SettingReading<T> => ({ ok: true, value });
const refuse = (reason: string): SettingReading<never> => ({ ok: false, reason });

/** The name a refusal gives a value's type: "string", "NaN", "Infinity", "Date", … */
function typeName(value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    return Number.isFinite(value) ? 'number' : String(value);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') {
    const maker = (value as { constructor?: { name?: string } }).constructor;
    if (Object.getPrototypeOf(value) !== Object.prototype && maker) return String(maker.name);
  }
  return typeof value;
}

const wrongType = (expected: string, value: unknown) =>
  refuse(`Invalid input: expected ${expected}, received ${typeName(value)}`);

interface NumberRule {
  whole?: boolean;
  /** Inclusive bounds. */
  min?: number;
  max?: number;
  positive?: boolean;
}

/** A finite number within the rule; the first failed condition is the reason, in the order listed. */
function numberWithin(value: unknown, rule: NumberRule): SettingReading<number> {
  if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType('number', value);
  if (rule.whole) {
    if (!Number.isInteger(value)) return wrongType('int', value);
    if (!Number.isSafeInteger(value)) {
      return refuse(
        value > 0
          ? `Too big: expected int to be <=${Number.MAX_SAFE_INTEGER}`
          : `Too small: expected int to be >=${Number.MIN_SAFE_INTEGER}`,
      );
    }
  }
  if (rule.min !== undefined && !(value >= rule.min))
    return refuse(`Too small: expected number to be >=${rule.min}`);
  if (rule.max !== undefined && !(value <= rule.max))
    return refuse(`Too big: expected number to be <=${rule.max}`);
  if (rule.positive && !(value > 0)) return refuse('Too small: expected number to be >0');
  return accept(value);
}

/** A string matching `pattern`, else `message`. */
function stringMatching(value: unknown, pattern: RegExp, message: string): SettingReading<string> {
  if (typeof value !== 'string') return wrongType('string', value);
  return pattern.test(value) ? accept(value) : refuse(message);
}

function text(value: unknown): unknown {
  if (value === '' || value === null || value === undefined) return undefined;
  return typeof value === 'string' ? value.trim() : value;
}

function upper(value: unknown): unknown {
  const v = text(value);
  return typeof v === 'string' ? v.toUpperCase() : v;
}

function flag(value: unknown): unknown {
  const v = text(value);
  if (typeof v !== 'string') return v;
  if (/^(yes|true|on|1|y)$/i.test(v)) return true;
  if (/^(no|false|off|0|n)$/i.test(v)) return false;
  return v;
}

function numeric(value: unknown): unknown {
  const v = text(value);
  if (typeof v !== 'string') return v;
  const n = Number(v.replace(/%$/, ''));
  if (Number.isNaN(n)) return v;
  return v.endsWith('%') ? n / 100 : n;
}

/** "EUR=1.08; GBP 1.27" → { EUR: 1.08, GBP: 1.27 }: value of one unit in the base currency. */
function rates(value: unknown): unknown {
  const v = text(value);
  if (typeof v !== 'string') return v;
  const table: Record<string, number> = {};
  for (const entry of v.split(/[;,\n]+/)) {
    const part = entry.trim();
    if (!part) continue;
    const match = /^([A-Za-z]{3})\s*[=: ]\s*([0-9]*\.?[0-9]+)$/.exec(part);
    if (!match) return `bad rate "${part}"`;
    table[match[1].toUpperCase()] = Number(match[2]);
  }
  return table;
}

/** "9-18" → { from: 9, to: 18 }: sending allowed from 09:00 to 17:59 in the spreadsheet's zone. */
function hours(value: unknown): unknown {
  const v = text(value);
  if (typeof v !== 'string') return v;
  const match = /^(\d{1,2})(?::00)?\s*[-–]\s*(\d{1,2})(?::00)?$/.exec(v);
  return match ? { from: Number(match[1]), to: Number(match[2]) } : v;
}

const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const HOUR: NumberRule = { whole: true, min: 0, max: 23 };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Each setting from its cell: blank gives the default (or leaves an optional one out). */
const RULES: Rules = {
  ownerEmail(value) {
    const v = text(value);
    if (v === undefined) return accept(undefined);
    return stringMatching(v, EMAIL, 'Invalid email address');
  },
  senderName(value) {
    const v = text(value);
    if (v === undefined) return accept('');
    return typeof v === 'string' ? accept(v) : wrongType('string', v);
  },
  baseCurrency(value) {
    const v = upper(value);
    return v === undefined
      ? accept('USD')
      : stringMatching(v, /^[A-Z]{3}$/, 'must be a 3-letter currency code');
  },
  currencyRates(value) {
    const v = rates(value);
    if (v === undefined) return accept({});
    if (!isPlainObject(v)) return wrongType('record', v);
    const table: Record<string, number> = {};
    for (const currency of Object.keys(v)) {
      const rate = numberWithin(v[currency], { positive: true });
      if (!rate.ok) return rate;
      table[currency] = rate.value;
    }
    return accept(table);
  },
  discountRate(value) {
    const v = numeric(value);
    return v === undefined ? accept(0.01) : numberWithin(v, { min: 0, max: 1 });
  },
  analyticsUnit(value) {
    const t = text(value);
    const v = typeof t === 'string' ? t.toLowerCase() : t;
    if (v === undefined) return accept('days');
    const unit = ANALYTICS_UNITS.find((u) => u === v);
    return unit
      ? accept(unit)
      : refuse(`Invalid option: expected one of ${ANALYTICS_UNITS.map((u) => `"${u}"`).join('|')}`);
  },
  model(value) {
    const t = text(value);
    const v = typeof t === 'string' ? t.toLowerCase().replace(/[^a-z]/g, '') : t;
    if (v === undefined) return accept('auto');
    const model = PURCHASE_MODEL_CHOICES.find((m) => m === v);
    return model
      ? accept(model)
      : refuse(`Invalid option: expected one of ${PURCHASE_MODEL_CHOICES.map((m) => `"${m}"`).join('|')}`);
  },
  triggerHour(value) {
    const v = numeric(value);
    return v === undefined ? accept(7) : numberWithin(v, HOUR);
  },
  sendHours(value) {
    const v = hours(value);
    if (v === undefined) return accept({ from: 9, to: 18 });
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return wrongType('object', v);
    const from = numberWithin((v as { from?: unknown }).from, HOUR);
    if (!from.ok) return from;
    const to = numberWithin((v as { to?: unknown }).to, { whole: true, min: 1, max: 24 });
    if (!to.ok) return to;
    return from.value < to.value
      ? accept({ from: from.value, to: to.value })
      : refuse('start must be before end');
  },
  dryRun(value) {
    const v = flag(value);
    if (v === undefined) return accept(true);
    return typeof v === 'boolean' ? accept(v) : wrongType('boolean', v);
  },
  gmailDots(value) {
    const v = flag(value);
    if (v === undefined) return accept(false);
    return typeof v === 'boolean' ? accept(v) : wrongType('boolean', v);
  },
  defaultCountry(value) {
    const v = upper(value);
    if (v === undefined) return accept(undefined);
    return stringMatching(v, /^[A-Z]{2}$/, 'must be a 2-letter country code');
  },
  minDaysBetween(value) {
    const v = numeric(value);
    return v === undefined ? accept(7) : numberWithin(v, { whole: true, min: 0 });
  },
  followUpHour(value) {
    const v = numeric(value);
    return v === undefined ? accept(undefined) : numberWithin(v, HOUR);
  },
  acknowledgementSubject(value) {
    const v = text(value);
    if (v === undefined) return accept(DEFAULT_ACKNOWLEDGEMENT.subject);
    return typeof v === 'string' ? accept(v) : wrongType('string', v);
  },
  acknowledgementBody(value) {
    if (typeof value === 'string' && value.trim() !== '') return accept(value);
    const v = text(value);
    if (v === undefined) return accept(DEFAULT_ACKNOWLEDGEMENT.body);
    return wrongType('string', v);
  },
};

/**
 * Reads one setting from its cell value (blank: its default). A refusal says why in the words the
 * Settings problems have always used ("Too big: expected number to be <=23").
 */
export function readSetting<K extends keyof Settings>(field: K, value: unknown): SettingReading<Settings[K]> {
  return (RULES[field] as (value: unknown) => SettingReading<Settings[K]>)(value);
}

/**
 * Settings from raw cell values by field: every setting not given takes its default; an optional one
 * given blank is present as undefined. Throws on a value readSetting refuses.
 */
export function settingsFrom(raw: Readonly<Partial<Record<keyof Settings, unknown>>>): Settings {
  const settings: Record<string, unknown> = {};
  for (const field of Object.keys(RULES) as (keyof Settings)[]) {
    const optional = field === 'ownerEmail' || field === 'defaultCountry' || field === 'followUpHour';
    if (optional && !(field in raw)) continue;
    const reading = RULES[field](raw[field]);
    if (!reading.ok) throw new Error(`${SETTING_KEYS[field]}: ${reading.reason}`);
    settings[field] = reading.value;
  }
  return settings as unknown as Settings;
}
