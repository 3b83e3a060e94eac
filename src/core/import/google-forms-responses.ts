// Import preset for Google Forms responses (the response sheet or its CSV download) of an NPS/CSAT survey.

import { neutralizeFormula } from '../clean/neutralize-formula';
import { normalizeEmail } from '../clean/normalize-email';
import { normalizeName } from '../clean/normalize-name';
import { parseInstant } from '../clean/parse-instant';
import type { RowProblem } from '../table/row-problem';
import { type CsvTable, csvColumns } from './csv-table';
import type { PresetOptions, PresetResult } from './incoming-records';
import { newPresetResult } from './new-preset-result';
import { rejectMissingColumns } from './reject-missing-columns';

export interface FormsOptions extends PresetOptions {
  /** Header of the NPS question; default: the first header that mentions recommending, NPS or 0-10. */
  npsColumn?: string;
  /** Header of the CSAT question; default: the first header that mentions satisfaction, CSAT or 1-5. */
  csatColumn?: string;
  /** Header of the free-text comment; default: the first header that mentions comments or "anything else". */
  commentColumn?: string;
}

const NPS_QUESTION = /recommend|\bnps\b|0\s*[-–to]+\s*10/i;
const CSAT_QUESTION = /satisf|\bcsat\b|1\s*[-–to]+\s*5/i;
const COMMENT_QUESTION = /comment|anything else|feedback|suggest|tell us|remarks/i;

/** "9", "9 - very likely", "10 (Extremely likely)": the leading whole number; NaN for other text. */
function score(text: string): number {
  const match = /^(\d{1,2})(?:\s*[-–:(.].*)?$/.exec(text.trim());
  return match ? Number(match[1]) : Number.NaN;
}

function findHeader(header: readonly string[], pattern: RegExp, taken: ReadonlySet<number>): number {
  return header.findIndex((name, i) => !taken.has(i) && pattern.test(name));
}

/**
 * Survey answers of a Google Forms response sheet: `Timestamp`, `Email Address` (or "Email
 * address", compared case-insensitively), then one column per question. The NPS, CSAT and
 * comment columns are found by their question text unless named in `options`. Timestamps are in
 * the spreadsheet's locale and zone: "3/5/2024 10:12:44" is read in `options.dateOrder` (default
 * 'mdy', Google's US-English format) and `options.timeZone`; the Forms CSV download's
 * "2022/06/22 11:07:29 AM AST" is read too, its zone abbreviation (ambiguous: AST is both
 * Atlantic and Arabia) replaced by `options.timeZone`. A row without a valid email or timestamp,
 * or with an NPS outside 0–10 or CSAT outside 1–5, is rejected; both blank is allowed (a comment only).
 */
export function googleFormsResponses(table: CsvTable, options: FormsOptions): PresetResult {
  const result = newPresetResult('forms');
  const col = csvColumns(table.header);
  const missing = col.missing(['Timestamp'], ['Email Address', 'Email', 'Email address']);
  const header = table.header;
  const taken = new Set<number>();
  const pick = (explicit: string | undefined, pattern: RegExp): number => {
    const at =
      explicit === undefined
        ? findHeader(header, pattern, taken)
        : header.findIndex((h) => h.trim() === explicit.trim());
    if (explicit !== undefined && at < 0) missing.push(explicit);
    if (at >= 0) taken.add(at);
    return at;
  };
  const npsAt = pick(options.npsColumn, NPS_QUESTION);
  const csatAt = pick(options.csatColumn, CSAT_QUESTION);
  const commentAt = pick(options.commentColumn, COMMENT_QUESTION);
  if (npsAt < 0 && csatAt < 0 && options.npsColumn === undefined && options.csatColumn === undefined) {
    missing.push('an NPS (0-10) or CSAT (1-5) question');
  }
  if (missing.length > 0) return rejectMissingColumns(result, missing, 'a survey response sheet');
  const nameAt = header.findIndex((name, i) => !taken.has(i) && /\bname\b/i.test(name));
  const instant = {
    timeZone: options.timeZone,
    dateOrder: options.dateOrder ?? 'mdy',
    plausibleAt: options.now,
  } as const;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const line = table.lines[i];
    const problems: RowProblem[] = [];
    const stamp = col.get(row, 'Timestamp').replace(/\s+[A-Z]{2,5}$/, '');
    const date = parseInstant(stamp, instant);
    if (!date.ok) problems.push({ row: line, column: 'Timestamp', reason: date.reason });
    const rawEmail = col.get(row, 'Email Address', 'Email', 'Email address');
    const email = normalizeEmail(rawEmail);
    if (email === '') {
      problems.push({
        row: line,
        column: col.label('Email Address', 'Email', 'Email address'),
        reason:
          rawEmail === '' ? 'missing email' : `"${neutralizeFormula(rawEmail)}" is not an email address`,
      });
    }
    const read = (at: number, min: number, max: number, label: string): number | '' => {
      const text = at < 0 ? '' : (row[at] ?? '').trim();
      if (text === '') return '';
      const value = score(text);
      if (!(value >= min && value <= max)) {
        problems.push({
          row: line,
          column: header[at],
          reason: `${label} must be a whole number from ${min} to ${max} (got "${neutralizeFormula(text)}")`,
        });
        return '';
      }
      return value;
    };
    const nps = read(npsAt, 0, 10, 'NPS');
    const csat = read(csatAt, 1, 5, 'CSAT');
    if (problems.length > 0 || !date.ok) {
      result.rejected.push(...problems);
      continue;
    }
    result.surveys.push({
      row: line,
      date: date.value,
      email,
      name: String(neutralizeFormula(normalizeName(nameAt < 0 ? '' : (row[nameAt] ?? '')))),
      nps,
      csat,
      comment: String(neutralizeFormula(commentAt < 0 ? '' : (row[commentAt] ?? '').trim())),
    });
  }
  return result;
}
