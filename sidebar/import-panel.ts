// The Import tab of the sidebar: pick a preset and a CSV export, preview it, import it with progress, undo.
import { addImportReports } from '../src/app/add-import-reports';
import type { CsvImportReport, ImportPreview, ImportRequest } from '../src/app/import';
import type { DateOrder } from '../src/core/clean/parse-instant';
import { decodeText } from '../src/core/import/decode-text';
import { GENERIC_FIELDS } from '../src/core/import/generic-mapping';
import { groupRejections } from '../src/core/import/group-rejections';
import { guessMapping, REQUIRED_MAPPED_FIELDS } from '../src/core/import/guess-mapping';
import { parseCsv } from '../src/core/import/parse-csv';
import { rejectedRowsCsv } from '../src/core/import/rejected-rows-csv';
import { suggestPreset } from '../src/core/import/suggest-preset';
import { byId, element, rowList, textTable } from './dom';
import { callServer } from './server';

/** Seconds one import call may take before it saves its place, so the progress bar moves. */
const STEP_SECONDS = 60;
/** Calls one import may take before the sidebar stops asking (a file that never finishes). */
const MAX_STEPS = 500;

interface State {
  /** The file's bytes in base64: the server decodes them as the CLI's are (readCsvFile). */
  base64: string;
  /** The file decoded, to list its headers for the mapping. */
  text: string;
  fileName: string;
  headers: string[];
  /** The first data rows, to guess the generic mapping from their values. */
  sample: string[][];
  /** Whether the user chose the preset (then a suggestion is offered, not applied). */
  presetChosen: boolean;
}

const state: State = { base64: '', text: '', fileName: '', headers: [], sample: [], presetChosen: false };
/** Rows the guess looks at. */
const SAMPLE_ROWS = 20;

/**
 * A preset's name as the Export list shows it, read from the list itself (the build writes its
 * options from the preset registry): importing the registry would bundle every preset's code.
 */
function presetLabel(name: string): string {
  const options = byId<HTMLSelectElement>('import-preset').options;
  return [...options].find((o) => o.value === name)?.textContent?.trim() || name;
}

/** Base64 of the bytes, built in slices so a large file does not overflow the call stack. */
function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += 0x8000) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(at, at + 0x8000) as never));
  }
  return btoa(parts.join(''));
}

/** The separator chosen in the form, or undefined to use the one found in the file. */
function chosenDelimiter(): string | undefined {
  const chosen = byId<HTMLSelectElement>('import-delimiter').value;
  if (!chosen) return undefined;
  return chosen === 'tab' ? '\t' : chosen;
}

/** Whether the chosen preset takes a column mapping (its option is marked data-mapped by the build). */
function presetIsMapped(): boolean {
  return byId<HTMLSelectElement>('import-preset').selectedOptions[0]?.hasAttribute('data-mapped') ?? false;
}

/** The request for the current form: preset, file bytes, reading options and, for the generic preset, the mapping. */
function request(): ImportRequest {
  const preset = byId<HTMLSelectElement>('import-preset').value;
  const base: ImportRequest = { preset, base64: state.base64, stepSeconds: STEP_SECONDS };
  const dateOrder = byId<HTMLSelectElement>('import-date-order').value;
  if (dateOrder) base.dateOrder = dateOrder as DateOrder;
  const delimiter = chosenDelimiter();
  if (delimiter) base.delimiter = delimiter;
  const decimal = byId<HTMLSelectElement>('import-decimal').value;
  if (decimal) base.decimal = decimal as '.' | ',';
  if (!presetIsMapped()) return base;
  const mapping: Record<string, string> = {};
  for (const select of byId('import-mapping').querySelectorAll('select')) {
    if (select.value) mapping[select.dataset.field ?? ''] = select.value;
  }
  const channel = byId<HTMLInputElement>('import-channel').value.trim();
  return { ...base, mapping, ...(channel ? { channel } : {}) };
}

/** One select per Orders field, listing the file's headers; a header with the field's name is chosen. */
function showMapping(): void {
  const box = byId('import-mapping');
  const mapped = presetIsMapped();
  byId('import-generic').hidden = !mapped;
  if (!mapped) return;
  const guess = guessMapping(state.headers, state.sample);
  box.replaceChildren(
    ...GENERIC_FIELDS.map((field) => {
      const required = (REQUIRED_MAPPED_FIELDS as readonly string[]).includes(field);
      const label = element('label', 'field', required ? `${field} (needed)` : field);
      const select = element('select');
      select.dataset.field = field;
      select.required = required;
      select.append(element('option', '', '(not in the file)'));
      (select.firstChild as HTMLOptionElement).value = '';
      for (const header of state.headers) {
        const option = element('option', '', header);
        option.value = header;
        if (guess[field] === header) option.selected = true;
        select.append(option);
      }
      label.append(select);
      return label;
    }),
  );
}

function setStatus(text: string, kind: 'info' | 'warning' | 'error' = 'info'): void {
  const status = byId('import-status');
  status.className = kind === 'info' ? '' : kind;
  status.textContent = text;
}

/**
 * Rejected rows grouped by reason ("12 rows: Date: "…" is not a date"), each group opening to its
 * rows, and a link that downloads the rejected rows with their reason as a CSV to fix and import again.
 */
function rejectedRows(title: string, rows: ReadonlyArray<{ row: number; reason: string }>): HTMLElement {
  const box = element('div', 'rows');
  if (rows.length === 0) return box;
  box.append(element('h3', '', `${title} (${rows.length})`));
  for (const group of groupRejections(rows).slice(0, 30)) {
    const details = element('details');
    details.append(
      element('summary', '', `${group.count} row${group.count === 1 ? '' : 's'}: ${group.reason}`),
    );
    const list = element('ul');
    const byRow = new Map(rows.map((r) => [r.row, r.reason]));
    for (const row of group.rows.slice(0, 50))
      list.append(element('li', '', `row ${row}: ${byRow.get(row) ?? ''}`));
    if (group.rows.length > 50) list.append(element('li', 'hint', `… and ${group.rows.length - 50} more`));
    details.append(list);
    box.append(details);
  }
  if (state.text) {
    const csv = rejectedRowsCsv(state.text, rows, chosenDelimiter() ? { delimiter: chosenDelimiter() } : {});
    const link = element('a', '', 'Download the rejected rows (CSV)');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    link.download = `${state.fileName.replace(/\.[^.]*$/, '') || 'import'}-rejected.csv`;
    box.append(element('p', '', ''), link);
  }
  return box;
}

/** Offers the preset the file looks like when another is chosen; picks it when the user chose none. */
function suggest(): void {
  const box = byId('import-suggestion');
  const select = byId<HTMLSelectElement>('import-preset');
  const { preset } = suggestPreset(state.headers);
  if (preset === select.value || (preset === 'generic' && !state.presetChosen)) {
    box.hidden = true;
    return;
  }
  if (!state.presetChosen) {
    select.value = preset;
    box.hidden = true;
    return;
  }
  byId('import-suggestion-text').textContent =
    preset === 'generic'
      ? `${state.fileName} does not look like ${presetLabel(select.value)}: its columns can be chosen with "${presetLabel(preset)}".`
      : `${state.fileName} looks like ${presetLabel(preset)}, not ${presetLabel(select.value)}.`;
  const use = byId<HTMLButtonElement>('import-suggestion-use');
  use.textContent = `Use ${presetLabel(preset)}`;
  use.onclick = () => {
    select.value = preset;
    box.hidden = true;
    showMapping();
  };
  box.hidden = false;
}

function busy(on: boolean): void {
  for (const id of ['import-preview', 'import-run', 'import-undo']) byId<HTMLButtonElement>(id).disabled = on;
}

/** How the file was read (encoding, separator, decimal comma, date order), when it was not plainly. */
function readingNotes(notes: readonly string[]): HTMLElement[] {
  if (notes.length === 0) return [];
  const list = element('ul');
  for (const note of notes) list.append(element('li', '', note));
  return [element('p', 'hint', 'File read:'), list];
}

function showPreview(preview: ImportPreview): void {
  const out = byId('import-result');
  const what =
    preview.surveys > 0 && preview.orders === 0
      ? `${preview.surveys} survey answers`
      : `${preview.orders} orders${preview.surveys ? ` and ${preview.surveys} survey answers` : ''}`;
  const columns = [...new Set(preview.sample.flatMap((r) => Object.keys(r)))];
  out.replaceChildren(
    element(
      'p',
      '',
      `${preview.rows} rows of ${state.fileName} (channel ${preview.channel}) would give ${what}.`,
    ),
    element('p', 'hint', `Columns: ${preview.headers.join(', ')}`),
    ...readingNotes(preview.reading.notes),
    ...(preview.sample.length
      ? [
          textTable(
            columns,
            preview.sample.map((r) => columns.map((c) => r[c])),
          ),
        ]
      : []),
    rejectedRows('Would be rejected', preview.rejected),
    rowList('Left out on purpose', preview.skipped),
    rowList('Imported with a value left out', preview.warnings),
  );
}

function showReport(report: CsvImportReport, steps: number): void {
  const out = byId('import-result');
  const counts = [
    `customers added ${report.customersAdded}, merged ${report.customersMerged}`,
    `orders added ${report.ordersAdded}, already there ${report.ordersAlreadyThere}`,
    ...(report.ordersUpdated
      ? [`orders changed since, Status or Amount updated: ${report.ordersUpdated}`]
      : []),
    ...(report.surveysAdded + report.surveysAlreadyThere
      ? [`survey answers added ${report.surveysAdded}, already there ${report.surveysAlreadyThere}`]
      : []),
  ];
  const list = element('ul');
  for (const line of counts) list.append(element('li', '', line));
  const suggestions = element('div', 'rows');
  if (report.suggestions.length) {
    suggestions.append(
      element('h3', '', `Possible duplicates to check (${report.suggestions.length}; none merged)`),
    );
    const items = element('ul');
    for (const s of report.suggestions.slice(0, 50)) {
      items.append(element('li', '', `${s.customerId} looks like ${s.similarTo}: ${s.reason}`));
    }
    suggestions.append(items);
  }
  out.replaceChildren(
    element(
      'p',
      '',
      `Imported ${report.processed} records of ${state.fileName} in ${steps} step${steps === 1 ? '' : 's'}:`,
    ),
    list,
    ...readingNotes(report.reading.notes),
    rowList('Conflicts: another order under the same Order ID, not imported', report.conflicts),
    rejectedRows('Rejected rows', report.rejected),
    rowList('Left out on purpose', report.skipped),
    rowList('Imported with a value left out', report.warnings),
    rowList('Updated', report.updated),
    suggestions,
  );
}

/** The file's header row, split by the chosen separator or the one found in it. */
function readHeaders(): void {
  const delimiter = chosenDelimiter();
  const head = parseCsv(state.text, { maxRows: SAMPLE_ROWS + 1, ...(delimiter ? { delimiter } : {}) });
  state.headers = head.rows[0] ?? [];
  state.sample = head.rows.slice(1);
}

async function onFile(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  state.base64 = toBase64(bytes);
  state.fileName = file.name;
  // Decoded here only to list the headers for the mapping; the server decodes the same bytes the same way.
  state.text = decodeText(bytes).text;
  readHeaders();
  suggest();
  showMapping();
  setStatus(
    `${file.name}: ${(file.size / 1024).toFixed(0)} KB, ${state.headers.length} columns. Preview it or import it.`,
  );
  byId('import-result').replaceChildren();
}

async function onPreview(): Promise<void> {
  if (!state.base64) return setStatus('Choose a CSV file first.', 'error');
  busy(true);
  setStatus('Reading the file…');
  try {
    showPreview(await callServer('previewImport', request()));
    setStatus('Nothing was written yet.');
  } catch (error) {
    setStatus(`Preview failed: ${(error as Error).message}`, 'error');
  } finally {
    busy(false);
  }
}

async function onImport(): Promise<void> {
  if (!state.base64) return setStatus('Choose a CSV file first.', 'error');
  busy(true);
  const progress = byId<HTMLProgressElement>('import-progress');
  progress.hidden = false;
  progress.removeAttribute('value');
  let total: CsvImportReport | null = null;
  try {
    for (let step = 1; step <= MAX_STEPS; step++) {
      const part: CsvImportReport = await callServer('runImport', request());
      total = addImportReports(total, part);
      progress.max = Math.max(1, total.total);
      progress.value = total.processed;
      setStatus(`Imported ${total.processed} of ${total.total} records…`);
      if (part.complete) {
        showReport(total, step);
        const records =
          total.ordersAdded + total.ordersAlreadyThere + total.surveysAdded + total.surveysAlreadyThere;
        if (records === 0) {
          setStatus(
            `Nothing was imported: no row of ${state.fileName} became an order or an answer. Check that the export is a ${presetLabel(total.preset)} file, and the rejected rows below.`,
            'warning',
          );
        } else {
          setStatus('Done. The Log tab has a row for this import; Undo puts back what it changed.');
        }
        return;
      }
    }
    setStatus('The import stopped making progress; run it again to continue where it stopped.', 'error');
  } catch (error) {
    setStatus(
      `Import failed: ${(error as Error).message.replace(/\.$/, '')}. What was imported before the failure stays; running it again continues.`,
      'error',
    );
  } finally {
    progress.hidden = true;
    busy(false);
    // An import can be the first to need the tabs: say again whether any are missing.
    void checkWorkbook();
  }
}

async function onUndo(): Promise<void> {
  busy(true);
  try {
    const { undo } = await callServer('getWorkbookStatus');
    if (!undo) {
      setStatus('There is nothing to undo.');
      return;
    }
    const question = `Undo ${undo.operation}?\n\n${undo.tabs.join('\n')}\n\nCells you edited since stay as you made them.`;
    if (!window.confirm(question)) {
      setStatus('Nothing was undone.');
      return;
    }
    const report = await callServer('undoLast');
    setStatus(`Undone: ${report.description}.`);
    byId('import-result').replaceChildren();
  } catch (error) {
    setStatus(`Undo failed: ${(error as Error).message}`, 'error');
  } finally {
    busy(false);
  }
}

/** Offers Set up when tabs are missing. */
async function checkWorkbook(): Promise<void> {
  try {
    const { missingTabs } = await callServer('getWorkbookStatus');
    byId('import-setup').hidden = missingTabs.length === 0;
    byId('import-setup-text').textContent =
      `The workbook has no ${missingTabs.join(', ')} tab${missingTabs.length === 1 ? '' : 's'} yet. Set up creates them; it never changes your data.`;
  } catch (error) {
    setStatus(`Could not read the workbook: ${(error as Error).message}`, 'error');
  }
}

async function onSetUp(): Promise<void> {
  busy(true);
  try {
    const report = await callServer('setUpWorkbook');
    byId('import-setup').hidden = true;
    setStatus(
      report.createdTabs.length
        ? `Set up created ${report.createdTabs.join(', ')}.`
        : 'Every tab was already there.',
    );
  } catch (error) {
    setStatus(`Set up failed: ${(error as Error).message}`, 'error');
  } finally {
    busy(false);
  }
}

/** Wires the Import tab's controls. */
export function setUpImportPanel(): void {
  byId<HTMLInputElement>('import-file').addEventListener(
    'change',
    (e) => void onFile(e.target as HTMLInputElement),
  );
  byId('import-preset').addEventListener('change', () => {
    state.presetChosen = true;
    byId('import-suggestion').hidden = true;
    showMapping();
  });
  byId('import-setup-run').addEventListener('click', () => void onSetUp());
  byId('import-delimiter').addEventListener('change', () => {
    readHeaders();
    showMapping();
  });
  byId('import-preview').addEventListener('click', () => void onPreview());
  byId('import-run').addEventListener('click', () => void onImport());
  byId('import-undo').addEventListener('click', () => void onUndo());
  showMapping();
}

/** Runs each time the Import tab is shown: Set up may have run from the menu meanwhile. */
export function showImportPanel(): void {
  void checkWorkbook();
}
