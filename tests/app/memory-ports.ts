// Test double of the lowest layer: the Workbook, KeyValueStore, Lock, Clock and Triggers ports in memory, with call counts.
import type {
  Cell,
  ChartSpec,
  Clock,
  ColumnValidation,
  InstalledTrigger,
  KeyValueStore,
  Lock,
  Ports,
  TriggerSchedule,
  Triggers,
  Workbook,
} from '../../src/app/ports';

/** One tab: its rows (ragged allowed), formats and validation per column, frozen rows, hidden flag. */
export interface MemoryTab {
  rows: Cell[][];
  formats: Map<number, string>;
  validations: Map<number, ColumnValidation>;
  /** One-cell validations by "row:column". */
  cellValidations?: Map<string, ColumnValidation>;
  frozen: number;
  hidden: boolean;
  /** Formats set cell by cell (formatBlock), by "row:column" (1-based). */
  cellFormats?: Map<string, string>;
  boldColumns?: number;
  widths?: number[];
  filterColumns?: number;
  notes?: string[];
  charts?: ChartSpec[];
}

/** An in-memory workbook that counts reads and writes per method, like the emulator's meter. */
export class MemoryWorkbook implements Workbook {
  readonly tabs = new Map<string, MemoryTab>();
  readonly calls = new Map<string, number>();
  /** Runs before each call is served, so a test can edit the sheet mid-operation. */
  beforeCall: ((method: string, tab: string) => void) | null = null;

  constructor(readonly zone = 'Etc/UTC') {}

  private count(method: string, tab: string): void {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    this.beforeCall?.(method, tab);
  }

  callCount(method: string): number {
    return this.calls.get(method) ?? 0;
  }

  tab(name: string): MemoryTab {
    const tab = this.tabs.get(name);
    if (!tab) throw new Error(`no tab ${name}`);
    return tab;
  }

  /** The tab as a rectangle (last row with data, widest row), '' for missing cells. */
  values(name: string): Cell[][] {
    const rows = this.tab(name).rows;
    let last = rows.length;
    while (last > 0 && rows[last - 1].every((c) => c === '')) last--;
    // As getDataRange: up to the last column holding a value, cleared cells on the right do not count.
    const filled = (r: Cell[]) => {
      let end = r.length;
      while (end > 0 && r[end - 1] === '') end--;
      return end;
    };
    const width = Math.max(0, ...rows.slice(0, last).map(filled));
    return rows.slice(0, last).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  }

  timeZone(): string {
    return this.zone;
  }
  tabNames(): string[] {
    this.count('tabNames', '');
    return [...this.tabs.keys()];
  }
  readTab(tab: string): Cell[][] {
    this.count('readTab', tab);
    return this.tabs.has(tab) ? this.values(tab).map((r) => r.slice()) : [];
  }
  readHeader(tab: string): Cell[] {
    this.count('readHeader', tab);
    if (!this.tabs.has(tab)) return [];
    const header = (this.tab(tab).rows[0] ?? []).slice();
    while (header.length && header[header.length - 1] === '') header.pop();
    return header;
  }
  readBlock(tab: string, row: number, column: number, rows: number, columns: number): Cell[][] {
    this.count('readBlock', tab);
    const data = this.tab(tab).rows;
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => data[row - 1 + r]?.[column - 1 + c] ?? ''),
    );
  }
  readColumn(tab: string, column: number, fromRow: number): Cell[] {
    this.count('readColumn', tab);
    if (!this.tabs.has(tab)) return [];
    return this.values(tab)
      .slice(fromRow - 1)
      .map((r) => r[column - 1] ?? '');
  }
  writeBlock(tab: string, row: number, column: number, values: Cell[][]): void {
    this.count('writeBlock', tab);
    const data = this.tab(tab).rows;
    values.forEach((cells, r) => {
      while (data.length < row + r) data.push([]);
      const target = data[row - 1 + r];
      cells.forEach((cell, c) => {
        while (target.length < column - 1 + c) target.push('');
        target[column - 1 + c] = cell;
      });
    });
  }
  appendRows(tab: string, rows: Cell[][]): number {
    this.count('appendRows', tab);
    const first = this.values(tab).length + 1;
    const data = this.tab(tab).rows;
    data.length = first - 1;
    for (const row of rows) data.push(row.slice());
    return first;
  }
  deleteRows(tab: string, row: number, count: number): void {
    this.count('deleteRows', tab);
    this.tab(tab).rows.splice(row - 1, count);
  }
  clearRows(tab: string, fromRow: number): void {
    this.count('clearRows', tab);
    if (!this.tabs.has(tab)) return;
    const data = this.tab(tab).rows;
    for (let r = fromRow - 1; r < data.length; r++) data[r] = data[r].map(() => '');
  }
  createTab(tab: string): void {
    this.count('createTab', tab);
    if (this.tabs.has(tab)) throw new Error(`A tab named "${tab}" already exists.`);
    this.tabs.set(tab, { rows: [], formats: new Map(), validations: new Map(), frozen: 0, hidden: false });
  }
  hideTab(tab: string): void {
    this.count('hideTab', tab);
    this.tab(tab).hidden = true;
  }
  freezeRows(tab: string, rows: number): void {
    this.count('freezeRows', tab);
    this.tab(tab).frozen = rows;
  }
  formatColumn(tab: string, column: number, numberFormat: string): void {
    this.count('formatColumn', tab);
    this.tab(tab).formats.set(column, numberFormat);
  }
  validateColumn(tab: string, column: number, rule: ColumnValidation): void {
    this.count('validateColumn', tab);
    this.tab(tab).validations.set(column, rule);
  }
  validateCell(tab: string, row: number, column: number, rule: ColumnValidation): void {
    this.count('validateCell', tab);
    this.tab(tab).cellValidations ??= new Map();
    this.tab(tab).cellValidations?.set(`${row}:${column}`, rule);
  }
  formatBlock(tab: string, row: number, column: number, numberFormats: string[][]): void {
    this.count('formatBlock', tab);
    this.tab(tab).cellFormats ??= new Map();
    const formats = this.tab(tab).cellFormats;
    numberFormats.forEach((cells, r) => {
      cells.forEach((format, c) => {
        formats?.set(`${row + r}:${column + c}`, format);
      });
    });
  }
  boldHeader(tab: string, first: number, count: number): void {
    this.count('boldHeader', tab);
    this.tab(tab).boldColumns = first + count - 1;
  }
  setColumnWidths(tab: string, first: number, widths: readonly number[]): void {
    this.count('setColumnWidths', tab);
    this.tab(tab).widths ??= [];
    const all = this.tab(tab).widths;
    widths.forEach((width, i) => {
      (all as number[])[first - 1 + i] = width;
    });
  }
  addFilter(tab: string, columns: number): void {
    this.count('addFilter', tab);
    this.tab(tab).filterColumns ??= columns;
  }
  setHeaderNotes(tab: string, first: number, notes: readonly string[]): void {
    this.count('setHeaderNotes', tab);
    this.tab(tab).notes ??= [];
    const all = this.tab(tab).notes;
    notes.forEach((note, i) => {
      (all as string[])[first - 1 + i] = note;
    });
  }
  replaceCharts(tab: string, charts: readonly ChartSpec[]): void {
    this.count('replaceCharts', tab);
    this.tab(tab).charts = charts.map((chart) => structuredClone(chart));
  }
  /** The tab activateTab chose last. */
  active: string | null = null;
  activateTab(tab: string): void {
    this.count('activateTab', tab);
    this.tab(tab);
    this.active = tab;
  }
  deleteTab(tab: string): void {
    this.count('deleteTab', tab);
    this.tab(tab);
    this.tabs.delete(tab);
  }
  flush(): void {
    this.count('flush', '');
  }

  /** Creates a tab holding the given rows (test set-up, not counted). */
  put(name: string, rows: Cell[][]): void {
    this.tabs.set(name, {
      rows: rows.map((r) => r.slice()),
      formats: new Map(),
      validations: new Map(),
      frozen: 1,
      hidden: false,
    });
  }
}

/** Document properties in memory. */
export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  get(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.data.set(key, value);
  }
  delete(key: string): void {
    this.data.delete(key);
  }
}

/** A lock that records how often it was taken and whether work ran inside it. */
export class MemoryLock implements Lock {
  held = false;
  taken = 0;
  withLock<T>(_timeoutMs: number, work: () => T): T {
    if (this.held) throw new Error('Lock timeout: another execution holds the document lock.');
    this.held = true;
    this.taken++;
    try {
      return work();
    } finally {
      this.held = false;
    }
  }
}

/** A clock that starts at a fixed instant and advances `stepMs` at each reading. */
export class SteppingClock implements Clock {
  constructor(
    public time: number,
    public stepMs = 0,
  ) {}
  now(): Date {
    const now = new Date(this.time);
    this.time += this.stepMs;
    return now;
  }
}

/** Installed triggers in memory, in the order they were installed, each with the schedule it was given. */
export class MemoryTriggers implements Triggers {
  readonly installed: InstalledTrigger[] = [];
  install(handler: string, schedule: TriggerSchedule): void {
    this.installed.push({ handler, ...schedule });
  }
  list(): InstalledTrigger[] {
    return this.installed.map((trigger) => ({ ...trigger }));
  }
  remove(handler: string): number {
    const before = this.installed.length;
    const kept = this.installed.filter((trigger) => trigger.handler !== handler);
    this.installed.splice(0, before, ...kept);
    return before - kept.length;
  }
}

/** A full set of memory ports. */
export function memoryPorts(start = Date.UTC(2024, 5, 1, 12), stepMs = 0) {
  const workbook = new MemoryWorkbook();
  const store = new MemoryStore();
  const lock = new MemoryLock();
  const clock = new SteppingClock(start, stepMs);
  const triggers = new MemoryTriggers();
  const ports: Ports = { workbook, store, lock, clock, triggers };
  return { ports, workbook, store, lock, clock, triggers };
}
