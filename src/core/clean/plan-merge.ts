// Plans the merge of an incoming record into an existing customer: nothing is lost, every change can be undone.
import { nameKey } from './name-key';
import { normalizeEmail } from './normalize-email';
import { normalizePhone } from './normalize-phone';

/** Where the incoming values come from, written beside every value kept in Notes. */
export interface MergeSource {
  /** Channel of the import ("shopify"). */
  channel: string;
  /** Day of the source record, "yyyy-mm-dd". */
  date: string;
}

export interface MergeOptions {
  gmailDots?: boolean;
  defaultCountry?: string;
}

/** One cell the merge changes: undo puts `before` back. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** What merging one record into a customer does. */
export interface MergePlan {
  /** The customer after the merge (only the fields involved, with Notes). */
  after: Record<string, unknown>;
  /** Cells that change, with their values before and after. */
  changes: FieldChange[];
  /** Incoming values that differ from the kept ones, as written to Notes. */
  conflicts: { field: string; kept: unknown; incoming: unknown }[];
}

function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

function consentOf(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  if (/^(yes|true|1|y|subscribed)$/.test(text)) return true;
  if (/^(no|false|0|n|unsubscribed|not_subscribed)$/.test(text)) return false;
  return null;
}

function display(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/**
 * Merges `incoming` (fields by Customers header: Name, Email, Phone, Company, Tags, Consent,
 * Notes, …) into `existing`, keeping every value:
 * - a blank existing field takes the incoming value;
 * - equal values (Email compared normalised, Phone as E.164, Name and Company ignoring case,
 *   accents and word order) change nothing;
 * - Tags are joined (comma-separated, without repeats);
 * - Consent: an explicit "no" replaces a "yes", because withdrawing consent must be as easy as
 *   giving it (GDPR art. 7(3)); the earlier value goes to Notes;
 * - any other differing value stays as it is and the incoming one is added to Notes with its
 *   source: "Phone: +4917612345678 (from shopify, 2024-01-05)"; incoming Notes are appended the
 *   same way. A line already in Notes is not added twice, so re-importing a file changes nothing.
 * Customer ID is never changed. Returns the plan; applying it and logging it is the caller's job.
 */
export function planMerge(
  existing: Readonly<Record<string, unknown>>,
  incoming: Readonly<Record<string, unknown>>,
  source: MergeSource,
  options: MergeOptions = {},
): MergePlan {
  const after: Record<string, unknown> = {};
  const conflicts: MergePlan['conflicts'] = [];
  const noteLines: string[] = [];
  const from = `(from ${source.channel}, ${source.date})`;
  const same = (field: string, a: unknown, b: unknown): boolean => {
    const key = field.toLowerCase();
    if (key === 'email') {
      const x = normalizeEmail(String(a), options);
      const y = normalizeEmail(String(b), options);
      return x !== '' ? x === y : String(a).trim() === String(b).trim();
    }
    if (key === 'phone') {
      const x = normalizePhone(String(a), options.defaultCountry);
      const y = normalizePhone(String(b), options.defaultCountry);
      return x !== '' ? x === y : String(a).trim() === String(b).trim();
    }
    if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
    if (key === 'name' || key === 'company') return nameKey(a) === nameKey(b);
    return String(a).trim().toLowerCase() === String(b).trim().toLowerCase();
  };
  for (const [field, value] of Object.entries(incoming)) {
    const key = field.toLowerCase();
    if (key === 'customer id' || key === 'notes' || isBlank(value)) continue;
    const current = existing[field];
    if (key === 'tags') {
      const tags = [...String(current ?? '').split(','), ...String(value).split(',')]
        .map((tag) => tag.trim())
        .filter(Boolean);
      // The first spelling of a tag wins, so the customer's existing tags are never rewritten.
      const byKey = new Map<string, string>();
      for (const tag of tags) if (!byKey.has(tag.toLowerCase())) byKey.set(tag.toLowerCase(), tag);
      const unique = [...byKey.values()].join(', ');
      if (unique !== String(current ?? '')) after[field] = unique;
      continue;
    }
    if (isBlank(current)) {
      after[field] = value;
      continue;
    }
    if (same(field, current, value)) continue;
    if (key === 'consent') {
      const was = consentOf(current);
      const now = consentOf(value);
      if (now === false && was === true) {
        after[field] = value;
        conflicts.push({ field, kept: value, incoming: current });
        noteLines.push(`${field}: ${display(current)} before ${display(value)} ${from}`);
        continue;
      }
    }
    conflicts.push({ field, kept: current, incoming: value });
    noteLines.push(`${field}: ${display(value)} ${from}`);
  }
  const incomingNotes = incoming.Notes ?? incoming.notes;
  if (!isBlank(incomingNotes)) noteLines.push(`Note: ${display(incomingNotes)} ${from}`);
  const notesField = 'Notes' in existing || !('notes' in existing) ? 'Notes' : 'notes';
  const notes = String(existing[notesField] ?? '');
  const present = new Set(notes.split('\n').map((line) => line.trim()));
  const added = noteLines.filter((line) => !present.has(line));
  if (added.length > 0) after[notesField] = [notes, ...added].filter((part) => part !== '').join('\n');
  const changes: FieldChange[] = Object.entries(after).map(([field, value]) => ({
    field,
    before: existing[field] ?? '',
    after: value,
  }));
  return { after, changes, conflicts };
}
