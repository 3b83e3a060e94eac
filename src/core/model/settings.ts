// The Settings tab (Key, Value rows) as a validated, defaulted configuration object.
// zod/mini imported as a namespace so the bundle keeps only the validators used here (full zod is ~770 KB).
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { ANALYTICS_UNITS } from './choices';

function text(value: unknown): unknown {
  if (value === '' || value === null || value === undefined) return undefined;
  return typeof value === 'string' ? value.trim() : value;
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

// Full zod installs its English messages itself; zod/mini leaves them out unless asked.
z.config(en());

const hour = z.number().check(z.int(), z.minimum(0), z.maximum(23));

/** Every setting with its default; the Settings tab overrides any of them by Key. */
export const SettingsSchema = z.object({
  ownerEmail: z.pipe(z.transform(text), z.optional(z.email())),
  senderName: z.pipe(z.transform(text), z._default(z.string(), '')),
  baseCurrency: z.pipe(
    z.transform((v) => (typeof text(v) === 'string' ? (text(v) as string).toUpperCase() : text(v))),
    z._default(z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code')), 'USD'),
  ),
  currencyRates: z.pipe(
    z.transform(rates),
    z._default(z.record(z.string(), z.number().check(z.positive())), {}),
  ),
  /** Monthly discount rate of Predicted CLV (lifetimes' default for monthly cash flows is 0.01). */
  discountRate: z.pipe(z.transform(numeric), z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.01)),
  analyticsUnit: z.pipe(
    z.transform((v) => (typeof text(v) === 'string' ? (text(v) as string).toLowerCase() : text(v))),
    z._default(z.enum(ANALYTICS_UNITS), 'days'),
  ),
  triggerHour: z.pipe(z.transform(numeric), z._default(hour, 7)),
  sendHours: z.pipe(
    z.transform(hours),
    z._default(
      z
        .object({ from: hour, to: z.number().check(z.int(), z.minimum(1), z.maximum(24)) })
        .check(z.refine((h) => h.from < h.to, 'start must be before end')),
      { from: 9, to: 18 },
    ),
  ),
  /** A dry run plans and logs follow-ups without sending; on until the owner turns it off. */
  dryRun: z.pipe(z.transform(flag), z._default(z.boolean(), true)),
  /** Match Gmail addresses without dots and +tags (off: other providers treat dots as significant). */
  gmailDots: z.pipe(z.transform(flag), z._default(z.boolean(), false)),
  /** Country of phone numbers written without a country code (ISO 3166 alpha-2). */
  defaultCountry: z.pipe(
    z.transform((v) => (typeof text(v) === 'string' ? (text(v) as string).toUpperCase() : text(v))),
    z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'must be a 2-letter country code'))),
  ),
  minDaysBetween: z.pipe(z.transform(numeric), z._default(z.number().check(z.int(), z.minimum(0)), 7)),
});

export type Settings = z.infer<typeof SettingsSchema>;

/** The Key written in the Settings tab for each setting, in the order Set up lists them. */
export const SETTING_KEYS: Readonly<Record<keyof Settings, string>> = {
  ownerEmail: 'Owner email',
  senderName: 'Sender name',
  baseCurrency: 'Base currency',
  currencyRates: 'Currency rates',
  discountRate: 'Discount rate',
  analyticsUnit: 'Analytics unit',
  triggerHour: 'Trigger hour',
  sendHours: 'Send hours',
  dryRun: 'Dry run',
  gmailDots: 'Gmail dots',
  defaultCountry: 'Default country',
  minDaysBetween: 'Min days between',
};
