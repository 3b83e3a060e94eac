import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../src/local/cli/parse-args';

const VALUED = new Set(['workbook', 'file']);

describe('parseArgs', () => {
  it('splits the command, valued options in both spellings and flags', () => {
    const args = parseArgs(
      Object.freeze(['import', '--workbook', 'w.xlsx', '--file=f.csv', '--json']),
      VALUED,
    );
    expect(args.command).toBe('import');
    expect([...args.options]).toEqual([
      ['workbook', 'w.xlsx'],
      ['file', 'f.csv'],
    ]);
    expect([...args.flags]).toEqual(['json']);
  });

  it('reads -h as --help', () => {
    expect(parseArgs(['-h'], VALUED).flags.has('help')).toBe(true);
  });

  it('refuses a missing value, a repeated option, a value on a flag and a second command', () => {
    expect(() => parseArgs(['setup', '--workbook'], VALUED)).toThrow(
      new UsageError('--workbook needs a value.'),
    );
    expect(() => parseArgs(['setup', '--workbook', '--json'], VALUED)).toThrow('--workbook needs a value.');
    expect(() => parseArgs(['setup', '--workbook', 'a', '--workbook', 'b'], VALUED)).toThrow(
      '--workbook is given twice.',
    );
    expect(() => parseArgs(['setup', '--json=yes'], VALUED)).toThrow('--json takes no value.');
  });

  it('keeps the bare words after the command, wherever the options are', () => {
    const args = parseArgs(['triggers', '--workbook', 'w.xlsx', 'install', '--json', 'extra'], VALUED);
    expect(args.command).toBe('triggers');
    expect(args.positionals).toEqual(['install', 'extra']);
    expect(args.options.get('workbook')).toBe('w.xlsx');
    expect(parseArgs(['setup'], VALUED).positionals).toEqual([]);
  });
});
