// Data validation rules and SpreadsheetApp.newDataValidation()'s builder over WorkbookData's ValidationRule.
import type { ServiceMeter } from './service-meter';
import type { ValidationRule } from './workbook-data';

/** A built rule: Range.setDataValidation stores its `rule`, Range.getDataValidation returns one. */
export class EmulatedDataValidation
  implements Pick<GoogleAppsScript.Spreadsheet.DataValidation, 'getAllowInvalid' | 'getCriteriaValues'>
{
  constructor(readonly rule: ValidationRule) {}

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  /** The criteria's arguments as Apps Script gives them: [values, showDropdown] for a list, [min, max] for a range. */
  getCriteriaValues(): unknown[] {
    switch (this.rule.kind) {
      case 'list':
        return [[...this.rule.values], true];
      case 'number-between':
        return [this.rule.min, this.rule.max];
      default:
        return [];
    }
  }
}

/** SpreadsheetApp.newDataValidation(): choose one criterion, optionally setAllowInvalid, then build(). */
export class EmulatedDataValidationBuilder {
  private criterion: ValidationRule | null = null;
  private allowInvalid = true;

  constructor(private readonly meter: ServiceMeter) {}

  requireValueInList(values: string[], _showDropdown?: boolean): this {
    this.meter.call('DataValidationBuilder', 'requireValueInList');
    this.criterion = { kind: 'list', values: values.map(String), allowInvalid: true };
    return this;
  }

  requireNumberBetween(start: number, end: number): this {
    this.meter.call('DataValidationBuilder', 'requireNumberBetween');
    this.criterion = { kind: 'number-between', min: start, max: end, allowInvalid: true };
    return this;
  }

  /** Requires a date (the argument-less form: any valid date). */
  requireDate(): this {
    this.meter.call('DataValidationBuilder', 'requireDate');
    this.criterion = { kind: 'date', allowInvalid: true };
    return this;
  }

  requireCheckbox(): this {
    this.meter.call('DataValidationBuilder', 'requireCheckbox');
    this.criterion = { kind: 'checkbox', allowInvalid: true };
    return this;
  }

  /** false rejects invalid input; Google's default is true (show a warning only). */
  setAllowInvalid(allowInvalidData: boolean): this {
    this.meter.call('DataValidationBuilder', 'setAllowInvalid');
    this.allowInvalid = Boolean(allowInvalidData);
    return this;
  }

  /** The rule; throws "You must specify a criteria type." (as Apps Script does) when no criterion was chosen. */
  build(): EmulatedDataValidation {
    this.meter.call('DataValidationBuilder', 'build');
    if (!this.criterion) throw new Error('You must specify a criteria type.');
    return new EmulatedDataValidation({ ...this.criterion, allowInvalid: this.allowInvalid });
  }
}
