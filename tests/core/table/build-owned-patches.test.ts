import { describe, expect, it } from 'vitest';
import { buildOwnedPatches } from '../../../src/core/table/build-owned-patches';

describe('buildOwnedPatches', () => {
  const headerRow = Object.freeze(['Customer ID', 'Orders', 'Revenue', 'My note', 'P(alive)']);

  it('takes updates as Maps too, the later of two spellings of a header winning', () => {
    const rows = Object.freeze([
      Object.freeze(['C-1', 4, 100, '', 0.9]),
      Object.freeze(['C-2', 1, 10, 'vip', 0.5]),
    ]);
    const updates = new Map<string, ReadonlyMap<string, unknown>>([
      [
        'C-1',
        new Map<string, unknown>([
          ['P(alive)', 0.7],
          ['orders', 6],
          ['palive', 0.6],
          ['Unowned', 'x'],
        ]),
      ],
      ['C-2', new Map<string, unknown>([['Revenue', undefined]])],
    ]);
    const result = buildOwnedPatches({
      headerRow,
      rows,
      keyHeader: 'Customer ID',
      owned: ['Orders', 'Revenue', 'P(alive)'],
      updates,
    });
    expect(result.patches).toEqual([
      {
        row: 2,
        column: 2,
        headers: ['Orders', 'Revenue'],
        values: [
          [6, 100],
          [1, undefined],
        ],
      },
      { row: 2, column: 5, headers: ['P(alive)'], values: [[0.6], [0.5]] },
    ]);
  });

  it('writes each contiguous owned block once, matched by key, keeping other rows and columns', () => {
    // The user sorted the rows and added C-9 since refresh read them.
    const rows = Object.freeze([
      Object.freeze(['C-2', 1, 10, 'vip', 0.5]),
      Object.freeze(['C-9', '', '', 'new', '']),
      Object.freeze(['C-1', 4, 100, '', 0.9]),
    ]);
    const updates = new Map([
      ['C-1', { Orders: 5, revenue: 120, 'P(alive)': 0.8 }],
      ['C-2', { Orders: 2, Revenue: 20, palive: 0.4 }],
      ['C-7', { Orders: 1 }],
    ]);
    const result = buildOwnedPatches({
      headerRow,
      rows,
      keyHeader: 'Customer ID',
      owned: ['Orders', 'Revenue', 'P(alive)', 'Churn risk'],
      updates,
    });
    expect(result.patches).toEqual([
      {
        row: 2,
        column: 2,
        headers: ['Orders', 'Revenue'],
        values: [
          [2, 20],
          ['', ''],
          [5, 120],
        ],
      },
      { row: 2, column: 5, headers: ['P(alive)'], values: [[0.4], [''], [0.8]] },
    ]);
    expect(result.unmatchedKeys).toEqual(['C-7']);
    expect(result.missingColumns).toEqual(['Churn risk']);
  });

  it('writes nothing for an empty tab and throws without the key column', () => {
    expect(
      buildOwnedPatches({
        headerRow,
        rows: [],
        keyHeader: 'Customer ID',
        owned: ['Orders'],
        updates: new Map(),
      }).patches,
    ).toEqual([]);
    expect(() =>
      buildOwnedPatches({
        headerRow: ['Orders'],
        rows: [],
        keyHeader: 'Customer ID',
        owned: [],
        updates: new Map(),
      }),
    ).toThrow('column Customer ID not found');
  });
});
