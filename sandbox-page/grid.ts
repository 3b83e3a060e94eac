// The virtualised grid: only the rows in view are in the page, fetched in bands; a cell is edited in place.
import { api, type RowWindow, type SheetShape } from './api';
import { type ChartView, drawChart } from './charts';

const ROW_HEIGHT = 21;
const NUMBER_WIDTH = 46;
const DEFAULT_WIDTH = 100;
/** Rows fetched at once. */
const BAND = 200;

/** Sheets' column letters: 0 → A, 26 → AA. */
export function columnName(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

interface RowData {
  texts: string[];
}

/** One tab in the grid element; `onEdited` hears each saved edit (the workbook changed). */
export class Grid {
  private sheet: SheetShape | null = null;
  private rows = new Map<number, RowData>();
  private inputs = new Map<string, string>();
  private right = new Set<string>();
  private bold = new Set<string>();
  private notes = new Map<string, string>();
  private bands = new Set<number>();
  private lefts: number[] = [];
  private widths: number[] = [];
  private readonly spacer = document.createElement('div');
  private readonly body = document.createElement('div');
  /** The tab's charts, over the cells at their anchors. */
  private readonly charts = document.createElement('div');
  private selected = { row: 0, column: 0 };
  private editor: HTMLInputElement | null = null;
  private generation = 0;

  constructor(
    private readonly element: HTMLElement,
    private readonly onEdited: () => void,
    private readonly showCell: (name: string, input: string) => void,
  ) {
    // Focusable, so the arrow keys, Enter and typing reach the grid.
    element.tabIndex = 0;
    this.spacer.className = 'spacer';
    this.charts.className = 'charts';
    this.spacer.append(this.charts);
    element.append(this.spacer);
    element.addEventListener('scroll', () => this.render());
    element.addEventListener('keydown', (event) => this.key(event));
    new ResizeObserver(() => this.render()).observe(element);
  }

  /** Shows `sheet`, dropping what was fetched (a new tab, or the workbook changed). */
  show(sheet: SheetShape, keepScroll: boolean): void {
    const same = this.sheet?.name === sheet.name;
    this.sheet = sheet;
    this.rows.clear();
    this.inputs.clear();
    this.right.clear();
    this.bold.clear();
    this.notes.clear();
    this.bands.clear();
    this.generation++;
    this.widths = Array.from({ length: sheet.columns }, (_, c) => sheet.columnWidths[c] ?? DEFAULT_WIDTH);
    this.lefts = [];
    let left = NUMBER_WIDTH;
    for (const width of this.widths) {
      this.lefts.push(left);
      left += width;
    }
    this.spacer.style.width = `${left}px`;
    this.spacer.style.height = `${(sheet.rows + 1) * ROW_HEIGHT}px`;
    if (!same || !keepScroll) {
      this.element.scrollTop = 0;
      this.element.scrollLeft = 0;
      this.selected = { row: 0, column: 0 };
    }
    this.closeEditor();
    this.render();
    void this.fetchCharts(sheet);
  }

  private async fetchCharts(sheet: SheetShape): Promise<void> {
    const generation = this.generation;
    const charts = await api<ChartView[]>(`/api/charts?sheet=${encodeURIComponent(sheet.name)}`);
    if (generation !== this.generation) return;
    this.charts.replaceChildren(
      ...charts.map((chart) => {
        const box = document.createElement('div');
        box.className = 'chart-box';
        box.style.top = `${chart.anchorRow * ROW_HEIGHT}px`;
        box.style.left = `${this.lefts[chart.anchorColumn - 1] ?? NUMBER_WIDTH}px`;
        box.append(drawChart(chart));
        return box;
      }),
    );
  }

  private async fetchBand(band: number): Promise<void> {
    const sheet = this.sheet;
    if (!sheet || this.bands.has(band)) return;
    this.bands.add(band);
    const generation = this.generation;
    const from = band * BAND;
    const window = await api<RowWindow>(
      `/api/rows?sheet=${encodeURIComponent(sheet.name)}&from=${from}&to=${from + BAND}`,
    );
    if (generation !== this.generation) return;
    window.rows.forEach((texts, i) => {
      this.rows.set(window.from + i, { texts });
    });
    for (const [key, input] of Object.entries(window.inputs)) this.inputs.set(key, input);
    for (const key of window.right) this.right.add(key);
    for (const key of window.bold) this.bold.add(key);
    for (const [key, note] of Object.entries(window.notes)) this.notes.set(key, note);
    const { row, column } = this.selected;
    if (row >= window.from && row < window.from + BAND) {
      this.showCell(`${columnName(column)}${row + 1}`, this.input(row, column));
    }
    this.render();
  }

  /** Puts in the page the rows and columns in view, and no others. */
  render(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    const top = this.element.scrollTop;
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - 1);
    const last = Math.min(sheet.rows, first + Math.ceil(this.element.clientHeight / ROW_HEIGHT) + 2);
    const left = this.element.scrollLeft;
    const right = left + this.element.clientWidth;
    const columns: number[] = [];
    for (let c = 0; c < sheet.columns; c++) {
      if (this.lefts[c] + this.widths[c] >= left && this.lefts[c] <= right) columns.push(c);
    }
    for (let band = Math.floor(first / BAND); band <= Math.floor(Math.max(first, last - 1) / BAND); band++) {
      if (!this.bands.has(band)) void this.fetchBand(band);
    }
    const fragment = document.createDocumentFragment();
    const head = this.rowElement(-1, 0);
    head.classList.add('head');
    head.style.top = `${top}px`;
    head.append(this.cellElement('', 0, NUMBER_WIDTH, 'num'));
    for (const c of columns) head.append(this.cellElement(columnName(c), this.lefts[c], this.widths[c]));
    for (let r = first; r < last; r++) {
      const row = this.rowElement(r, (r + 1) * ROW_HEIGHT);
      const number = this.cellElement(String(r + 1), 0, NUMBER_WIDTH, 'num');
      number.style.left = `${left}px`;
      row.append(number);
      const data = this.rows.get(r);
      for (const c of columns) {
        const key = `${r}:${c}`;
        const text = data?.texts[c] ?? '';
        const cell = this.cellElement(text, this.lefts[c], this.widths[c]);
        cell.dataset.row = String(r);
        cell.dataset.column = String(c);
        if (this.right.has(key)) cell.classList.add('right');
        if (this.bold.has(key)) cell.classList.add('bold');
        if (text.startsWith('#') && this.notes.has(key)) cell.classList.add('error');
        const note = this.notes.get(key);
        if (note) cell.title = note;
        if (r === this.selected.row && c === this.selected.column) cell.classList.add('selected');
        if (r === sheet.frozenRows - 1) cell.classList.add('frozen-line');
        cell.addEventListener('mousedown', () => this.select(r, c));
        cell.addEventListener('dblclick', () => this.openEditor(null));
        row.append(cell);
      }
      fragment.append(row);
    }
    this.body.replaceChildren(fragment);
    head.style.width = this.spacer.style.width;
    if (!this.body.isConnected) this.spacer.append(this.body);
    this.body.prepend(head);
    if (this.editor) this.spacer.append(this.editor);
  }

  private rowElement(row: number, top: number): HTMLDivElement {
    const element = document.createElement('div');
    element.className = 'row';
    element.style.top = `${top}px`;
    if (row >= 0) element.dataset.row = String(row);
    return element;
  }

  private cellElement(text: string, left: number, width: number, extra?: string): HTMLDivElement {
    const cell = document.createElement('div');
    cell.className = extra ? `cell ${extra}` : 'cell';
    cell.style.position = 'absolute';
    cell.style.left = `${left}px`;
    cell.style.width = `${width}px`;
    cell.textContent = text;
    return cell;
  }

  private input(row: number, column: number): string {
    return this.inputs.get(`${row}:${column}`) ?? this.rows.get(row)?.texts[column] ?? '';
  }

  private select(row: number, column: number): void {
    if (!this.sheet) return;
    this.selected = {
      row: Math.max(0, Math.min(this.sheet.rows - 1, row)),
      column: Math.max(0, Math.min(this.sheet.columns - 1, column)),
    };
    this.showCell(
      `${columnName(this.selected.column)}${this.selected.row + 1}`,
      this.input(this.selected.row, this.selected.column),
    );
    this.scrollIntoView();
    this.render();
    this.element.focus();
  }

  private scrollIntoView(): void {
    const { row, column } = this.selected;
    const top = (row + 1) * ROW_HEIGHT;
    if (top < this.element.scrollTop + ROW_HEIGHT) this.element.scrollTop = top - ROW_HEIGHT;
    if (top + ROW_HEIGHT > this.element.scrollTop + this.element.clientHeight)
      this.element.scrollTop = top + ROW_HEIGHT - this.element.clientHeight;
    const left = this.lefts[column] ?? 0;
    if (left < this.element.scrollLeft + NUMBER_WIDTH) this.element.scrollLeft = left - NUMBER_WIDTH;
    if (left + (this.widths[column] ?? 0) > this.element.scrollLeft + this.element.clientWidth)
      this.element.scrollLeft = left + this.widths[column] - this.element.clientWidth;
  }

  private key(event: KeyboardEvent): void {
    if (this.editor) return;
    const { row, column } = this.selected;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      this.select(row + move[0], column + move[1]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      this.openEditor(null);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      void this.save(row, column, '');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.openEditor(event.key);
    }
  }

  /** Opens the edit box on the selected cell, holding its input or `typed` (typing replaces the cell). */
  private openEditor(typed: string | null): void {
    const { row, column } = this.selected;
    const editor = document.createElement('input');
    editor.className = 'editor';
    editor.setAttribute('aria-label', `Edit ${columnName(column)}${row + 1}`);
    editor.value = typed ?? this.input(row, column);
    editor.style.top = `${(row + 1) * ROW_HEIGHT}px`;
    editor.style.left = `${this.lefts[column]}px`;
    editor.style.minWidth = `${this.widths[column]}px`;
    editor.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        const text = editor.value;
        this.closeEditor();
        void this.save(row, column, text).then(() => this.select(row + 1, column));
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.closeEditor();
        this.element.focus();
      }
    });
    this.editor = editor;
    this.spacer.append(editor);
    editor.focus();
  }

  private closeEditor(): void {
    this.editor?.remove();
    this.editor = null;
  }

  private async save(row: number, column: number, text: string): Promise<void> {
    if (!this.sheet) return;
    await api('/api/edit', { sheet: this.sheet.name, row, column, text });
    this.onEdited();
  }
}
