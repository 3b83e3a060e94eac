// The pre-send check: for each active rule step, the customers of its audience whose merge fields are blank.
import { compileAudience } from '../core/follow-up/follow-up-audience';
import { compileTemplate } from '../core/follow-up/merge-fields';
import { keyText } from '../core/table/sheet-table';
import type { Ports, UnsubscribeQueue } from './ports';
import { readFollowUpContext } from './read-follow-up-input';

/** One rule step and what its template lacks. */
export interface FieldCheck {
  rule: string;
  step: number;
  /** Sheet row of the step in Follow-ups. */
  row: number;
  /** Fields that are no column of Customers: the step cannot be sent at all. */
  unknownFields: string[];
  /** Customers of the audience with a blank field that has no fallback (Customers sheet row). */
  blank: Array<{ customerId: string; customerRow: number; fields: string[] }>;
  audienceError?: string;
}

/**
 * Checks every active rule step against the whole audience, whatever the trigger says today, so the
 * owner can fill the blanks or add a fallback ({{First name|there}}) before any email goes out.
 * Reads each tab once, writes nothing.
 */
export function checkFollowUpFields(ports: Ports, queue: UnsubscribeQueue): FieldCheck[] {
  const now = ports.clock.now();
  const context = readFollowUpContext(ports.workbook, queue, now, 0);
  const { header, rows } = context.input.customers;
  const idColumn = header.findIndex((h) => keyText(h).toLowerCase() === 'customer id');
  return context.sequences.flatMap((sequence) => {
    const audience = compileAudience(sequence.steps[0].audience, context.input.segments, header, {
      timeZone: context.input.timeZone,
      now,
    });
    return sequence.steps.map((step): FieldCheck => {
      const template = compileTemplate([step.subject, step.body], header, context.input.format);
      const check: FieldCheck = {
        rule: step.rule,
        step: step.step,
        row: step.row,
        unknownFields: template.unknown,
        blank: [],
      };
      if ('error' in audience) {
        check.audienceError = audience.error;
        return check;
      }
      rows.forEach((row, i) => {
        if (!audience.matches(row)) return;
        const fields = template.blank(row);
        if (fields.length)
          check.blank.push({ customerId: keyText(row[idColumn] ?? ''), customerRow: i + 2, fields });
      });
      return check;
    });
  });
}
