// Builds the blocks refresh writes: owned columns only, rows matched by key, other columns untouched.
import { normalizeHeader } from './normalize-header';

/** One rectangular write: `values` goes to the block whose top-left cell is (row, column), both 1-based. */
export interface OwnedPatch {
  row: number;
  column: number;
  /** Headers of the block's columns, left to right. */
  headers: string[];
  values: unknown[][];
}

export interface OwnedPatchInput {
  /** The tab's header row as it is now. */
  headerRow: readonly unknown[];
  /** Data rows as they are now (row 2 onwards), read just before writing so the user's new rows are seen. */
  rows: readonly (readonly unknown[])[];
  /** Header of the column that identifies a row ("Customer ID"). */
  keyHeader: string;
  /** Owned headers the add-on writes. */
  owned: readonly string[];
  /** New values by key, then by owned header (any spelling normalizeHeader accepts), as an object or a Map. */
  updates: ReadonlyMap<string, Readonly<Record<string, unknown>> | ReadonlyMap<string, unknown>>;
}

/** An owned header found in the header row: its column, as given and as compared. */
type OwnedColumn = { column: number; header: string; norm: string };

export interface OwnedPatches {
  /** One patch per run of adjacent owned columns, so each owned block is written with one call. */
  patches: OwnedPatch[];
  /** Keys of `updates` no row has any more (deleted or re-keyed by the user meanwhile). */
  unmatchedKeys: string[];
  /** Owned headers absent from the header row (Set up adds them); nothing is written for them. */
  missingColumns: string[];
}

/**
 * The writes that put `updates` into the owned columns, matching rows by the key column of the
 * current rows rather than by position, so rows the user inserted, sorted or added meanwhile get
 * the right values. A row whose key has no update, or an owned header an update leaves out,
 * keeps its current value, so the patches rewrite nothing else. Columns the add-on does not own
 * are never part of a patch. Throws when `keyHeader` is not in the header row.
 */
export function buildOwnedPatches(input: OwnedPatchInput): OwnedPatches {
  const positions = new Map<string, number>();
  input.headerRow.forEach((header, column) => {
    const key = normalizeHeader(header);
    if (key && !positions.has(key)) positions.set(key, column);
  });
  const keyColumn = positions.get(normalizeHeader(input.keyHeader));
  if (keyColumn === undefined) throw new Error(`column ${input.keyHeader} not found`);
  const missingColumns: string[] = [];
  const owned: OwnedColumn[] = [];
  for (const header of input.owned) {
    const norm = normalizeHeader(header);
    const column = positions.get(norm);
    if (column === undefined || column === keyColumn) missingColumns.push(header);
    else if (!owned.some((o) => o.column === column)) owned.push({ column, header, norm });
  }
  owned.sort((a, b) => a.column - b.column);
  // Each update as an array along `owned` (undefined: no new value), its field names normalised
  // once per distinct spelling; a later spelling of the same header wins, as in a Map.
  const ownedAt = new Map<string, number>();
  owned.forEach(({ norm }, i) => {
    ownedAt.set(norm, i);
  });
  const positionOf = new Map<string, number>();
  const updates = new Map<string, { has: boolean[]; values: unknown[] }>();
  const place = (update: { has: boolean[]; values: unknown[] }, header: string, value: unknown) => {
    let at = positionOf.get(header);
    if (at === undefined) {
      at = ownedAt.get(normalizeHeader(header)) ?? -1;
      positionOf.set(header, at);
    }
    if (at < 0) return;
    update.has[at] = true;
    update.values[at] = value;
  };
  for (const [key, values] of input.updates) {
    const update = {
      has: new Array<boolean>(owned.length).fill(false),
      values: new Array<unknown>(owned.length),
    };
    if (values instanceof Map) for (const [header, value] of values) place(update, String(header), value);
    else for (const [header, value] of Object.entries(values)) place(update, header, value);
    updates.set(String(key).trim(), update);
  }
  const matched = new Set<string>();
  const blocks: { column: number; cols: (OwnedColumn & { at: number })[] }[] = [];
  owned.forEach((column, at) => {
    const last = blocks[blocks.length - 1];
    if (last && last.column + last.cols.length === column.column) last.cols.push({ ...column, at });
    else blocks.push({ column: column.column, cols: [{ ...column, at }] });
  });
  const rowUpdates = input.rows.map((row) => {
    const key = String(row[keyColumn] ?? '').trim();
    const update = key === '' ? undefined : updates.get(key);
    if (update) matched.add(key);
    return update;
  });
  const patches: OwnedPatch[] = [];
  if (input.rows.length > 0) {
    for (const block of blocks) {
      const values = input.rows.map((row, i) =>
        block.cols.map(({ column, at }) => {
          const update = rowUpdates[i];
          return update?.has[at] ? update.values[at] : (row[column] ?? '');
        }),
      );
      patches.push({ row: 2, column: block.column + 1, headers: block.cols.map((c) => c.header), values });
    }
  }
  const unmatchedKeys = [...updates.keys()].filter((key) => !matched.has(key));
  return { patches, unmatchedKeys, missingColumns };
}
