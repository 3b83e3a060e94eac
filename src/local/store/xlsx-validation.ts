// Solo CRM's data validation rules <-> the data validations of an .xlsx worksheet.
import type { DataValidation } from 'exceljs';
import type { ValidationRule } from '../emulator/workbook-data';

/** Excel refuses an inline list source ("a,b,c" with its quotes) longer than 255 characters. */
const MAX_INLINE_LIST_LENGTH = 255;

/** Excel has no "is a valid date" rule; "on or after 1900-01-01" (serial 1, its first date) admits every date. */
const FIRST_EXCEL_DATE = new Date(Date.UTC(1899, 11, 31));

/** What exceljs reads back; the operator and formulae are absent for rules without them. */
type ReadValidation = Partial<DataValidation> & { type?: string };

function errorStyle(allowInvalid: boolean): Pick<DataValidation, 'showErrorMessage' | 'errorStyle'> {
  // 'warning' lets the user keep an invalid entry after a prompt, like Sheets' "Show a warning".
  return { showErrorMessage: true, errorStyle: allowInvalid ? 'warning' : 'stop' };
}

function inlineList(values: string[]): string {
  for (const value of values) {
    if (value.includes(',')) {
      throw new Error(
        `list item ${JSON.stringify(value)} contains a comma, which an inline .xlsx list cannot hold`,
      );
    }
  }
  const text = `"${values.join(',').replace(/"/g, '""')}"`;
  if (text.length > MAX_INLINE_LIST_LENGTH) {
    throw new Error(
      `list ${text.slice(0, 40)}... is longer than the ${MAX_INLINE_LIST_LENGTH} characters .xlsx allows`,
    );
  }
  return text;
}

/**
 * The exceljs data validation for a rule. Checkboxes become the list TRUE,FALSE, which is what Sheets
 * itself exports for them. Throws Error when a list item contains a comma or the list is too long for an
 * inline .xlsx list.
 */
export function toXlsxValidation(rule: ValidationRule): DataValidation {
  switch (rule.kind) {
    case 'list':
      return {
        type: 'list',
        allowBlank: true,
        formulae: [inlineList(rule.values)],
        ...errorStyle(rule.allowInvalid),
      };
    case 'checkbox':
      return { type: 'list', allowBlank: true, formulae: ['"TRUE,FALSE"'], ...errorStyle(rule.allowInvalid) };
    case 'number-between':
      return {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [rule.min, rule.max],
        ...errorStyle(rule.allowInvalid),
      };
    case 'date':
      return {
        type: 'date',
        operator: 'greaterThanOrEqual',
        allowBlank: true,
        formulae: [FIRST_EXCEL_DATE],
        ...errorStyle(rule.allowInvalid),
      };
  }
}

function parseInlineList(formula: string): string[] | null {
  const text = formula.trim();
  if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"')) return null;
  return text.slice(1, -1).replace(/""/g, '"').split(',');
}

/**
 * The rule for an exceljs data validation, or null for kinds Solo CRM does not use (custom formulas, text
 * length, whole numbers or decimals compared with one bound, ...). A list given as a range reference is
 * resolved through `resolveRange` (null when it cannot be). An entry is allowed to be invalid when no error
 * message is shown or the message is only a warning or information.
 */
export function fromXlsxValidation(
  validation: ReadValidation,
  resolveRange: (reference: string) => string[] | null,
): ValidationRule | null {
  const allowInvalid =
    validation.showErrorMessage !== true ||
    validation.errorStyle === 'warning' ||
    validation.errorStyle === 'information';
  const formulae = validation.formulae ?? [];
  switch (validation.type) {
    case 'list': {
      const formula = String(formulae[0] ?? '');
      const values = parseInlineList(formula) ?? resolveRange(formula.replace(/^=/, ''));
      if (!values) return null;
      const upper = values.map((value) => value.trim().toUpperCase());
      if (upper.length === 2 && upper[0] === 'TRUE' && upper[1] === 'FALSE')
        return { kind: 'checkbox', allowInvalid };
      return { kind: 'list', values, allowInvalid };
    }
    case 'decimal':
    case 'whole': {
      const [min, max] = formulae.map(Number);
      if (
        (validation.operator ?? 'between') !== 'between' ||
        !Number.isFinite(min) ||
        !Number.isFinite(max)
      ) {
        return null;
      }
      return { kind: 'number-between', min, max, allowInvalid };
    }
    case 'date':
      return { kind: 'date', allowInvalid };
    default:
      return null;
  }
}
