import { describe, expect, it } from 'vitest';
import { parseProgressLine, progressLine } from '../../src/app/progress-line';

describe('progressLine', () => {
  it('round-trips a report through its log line, and ignores other lines', () => {
    expect(progressLine(2, 3, 'computed')).toBe('Solo CRM progress computed: 2 of 3');
    expect(parseProgressLine(progressLine(2, 3, 'computed'))).toEqual([2, 3, 'computed']);
    expect(parseProgressLine('Solo CRM progress import: 5 of')).toBeNull();
    expect(parseProgressLine('something else: 1 of 2')).toBeNull();
  });
});
