// fingerprintHeaders and fingerprintRow: what undo compares to tell an appended row the user edited from one left as written.
import { describe, expect, it } from 'vitest';
import { fingerprintHeaders, fingerprintRow } from '../../src/app/fingerprint-rows';
import type { Cell } from '../../src/app/ports';
import { toSheetTable } from '../../src/core/table/sheet-table';

/**
 * 32-bit FNV-1a test vectors published with the algorithm (Fowler, Noll, Vo; IETF
 * draft-eastlake-fnv, "FNV-1a" 32-bit): the offset basis for the empty text, then "a" and "foobar".
 */
const FNV1A_EMPTY = '811c9dc5';
const FNV1A_A = 'e40c292c';
const FNV1A_FOOBAR = 'bf9cf968';

function table(tab: string, values: Cell[][]) {
  const rows = values.map((row) => Object.freeze(row.slice()) as Cell[]);
  return toSheetTable(tab, Object.freeze(rows) as Cell[][]);
}

describe('fingerprintRow', () => {
  it('is the FNV-1a hash of the one covered cell, as 8 hex digits', () => {
    const t = table('Extra', [['Note']]);
    expect(fingerprintRow(t, Object.freeze(['a']), ['Note'])).toBe(FNV1A_A);
    expect(fingerprintRow(t, Object.freeze(['foobar']), ['Note'])).toBe(FNV1A_FOOBAR);
  });

  it('hashes the empty text when no header is covered or the covered column is missing', () => {
    const t = table('Extra', [['Note']]);
    expect(fingerprintRow(t, ['a'], [])).toBe(FNV1A_EMPTY);
    expect(fingerprintRow(t, ['a'], ['Missing'])).toBe(FNV1A_EMPTY);
    // A short row reads '' in the covered column.
    expect(fingerprintRow(t, [], ['Note'])).toBe(FNV1A_EMPTY);
  });

  it('joins the covered cells with U+241F, so the cells "a" and "b" hash as the text "a\\u241fb"', () => {
    const two = table('Extra', [['A', 'B']]);
    const one = table('Extra', [['Joined']]);
    expect(fingerprintRow(two, ['a', 'b'], ['A', 'B'])).toBe(fingerprintRow(one, ['a\u241fb'], ['Joined']));
    expect(fingerprintRow(two, ['a', 'b'], ['A', 'B'])).toBe('d5a188b1');
    // The order of the headers is the order of the hashed cells.
    expect(fingerprintRow(two, ['a', 'b'], ['B', 'A'])).not.toBe('d5a188b1');
  });

  it('finds the columns by header, so a column moved since gives the same fingerprint', () => {
    const written = table('Extra', [['Order ID', 'Amount']]);
    const moved = table('Extra', [['Amount', 'note', 'order id']]);
    const headers = ['Order ID', 'Amount'];
    expect(fingerprintRow(moved, [46.9, 'mine', '#1001'], headers)).toBe(
      fingerprintRow(written, ['#1001', 46.9], headers),
    );
  });

  it('compares cells as Sheets hands them back: number-like text, TRUE, apostrophes, spaces, dates to the second', () => {
    const t = table('Extra', [['A', 'B', 'C', 'D']]);
    const headers = ['A', 'B', 'C', 'D'];
    const asWritten: Cell[] = ['00042', 'TRUE', "'-1001", new Date('2024-06-01T12:00:00.400Z')];
    const asRead: Cell[] = [42, true, ' -1001 ', new Date('2024-06-01T12:00:00.000Z')];
    expect(fingerprintRow(t, asWritten, headers)).toBe(fingerprintRow(t, asRead, headers));
  });

  it('changes when a covered cell changes', () => {
    const t = table('Extra', [['A', 'B']]);
    expect(fingerprintRow(t, ['x', 1], ['A', 'B'])).not.toBe(fingerprintRow(t, ['x', 2], ['A', 'B']));
  });
});

describe('fingerprintHeaders', () => {
  it("covers a laid-out tab's own columns, in layout order, and leaves the user's columns out", () => {
    const orders = table('Orders', [['Amount', 'My formula', 'Order ID', 'Status']]);
    expect(fingerprintHeaders(orders)).toEqual(['Order ID', 'Amount', 'Status']);
  });

  it('leaves out the columns of the layout that the tab does not have', () => {
    expect(fingerprintHeaders(table('Customers', [['Customer ID', 'Email']]))).toEqual([
      'Customer ID',
      'Email',
    ]);
    expect(fingerprintHeaders(table('Customers', []))).toEqual([]);
  });

  it('covers every non-empty header, trimmed, of a tab the add-on does not lay out', () => {
    expect(fingerprintHeaders(table('Leads', [[' Name ', '', 'Phone', 7]]))).toEqual(['Name', 'Phone', '7']);
  });
});
