import { describe, expect, it } from 'vitest';
import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  defaultDateFormat,
} from '../../../src/local/store/default-date-format';

describe('defaultDateFormat', () => {
  it('shows the date alone at midnight and the time too otherwise', () => {
    expect(defaultDateFormat(new Date('2026-03-08T00:00:00Z'))).toBe(DATE_FORMAT);
    expect(defaultDateFormat(new Date('2026-03-08T00:00:00.001Z'))).toBe(DATE_TIME_FORMAT);
    expect(defaultDateFormat(new Date('1899-12-30T09:00:00Z'))).toBe(DATE_TIME_FORMAT);
    expect(defaultDateFormat(new Date('1850-01-01T00:00:00Z'))).toBe(DATE_FORMAT);
  });
});
