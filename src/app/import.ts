// Import of a CSV export (Shopify, Stripe, WooCommerce, Google Forms, generic mapping): preview and run.
import type { DateOrder } from '../core/clean/parse-instant';
import { decodeBase64 } from '../core/import/decode-base64';
import type { PresetResult } from '../core/import/incoming-records';
import { type FileReading, readCsvFile } from '../core/import/read-csv-file';
import { PRESET_NAMES, runPreset } from '../core/import/run-preset';
import { validSettings } from '../core/model/valid-settings';
import { COLUMNS } from '../core/table/columns';
import type { RowProblem } from '../core/table/row-problem';
import { type ImportReport, importRecords, type ParsedImport } from './import-records';
import type { Rejection } from './log';
import type { Ports, Workbook } from './ports';
import { TAB } from './tab-layouts';

/** What the sidebar or the CLI sends: the preset, the file (its bytes, or text) and the options it needs. */
export interface ImportRequest {
  preset: string;
  /** The file's name, shown in the Problems tab beside each problem it has. */
  fileName?: string;
  /** The file's bytes in base64 (google.script.run carries JSON only): decoded on the server (readCsvFile). */
  base64?: string;
  /** The file as text, already decoded (tests, scripts); `base64` wins when both are given. */
  csv?: string;
  /** Field separator, instead of the one found in the file (detectDelimiter). */
  delimiter?: string;
  /** Generic preset: Orders field → the file's header ({ "Order ID": "Invoice", … }). */
  mapping?: Record<string, string>;
  /** Generic preset: the channel written on orders and customers (default "generic"). */
  channel?: string;
  /** Order of day and month in numeric dates, instead of the one found in the file's dates. */
  dateOrder?: DateOrder;
  /** Decimal separator of amounts, instead of the one found in the file's numbers. */
  decimal?: '.' | ',';
  /**
   * Seconds one execution may spend before it saves its place and returns `complete: false`
   * (default 270, well inside Apps Script's 6 minutes); the sidebar asks for short steps to show progress.
   */
  stepSeconds?: number;
}

/** A look at a file before importing it. */
export interface ImportPreview {
  preset: string;
  channel: string;
  /** The file's headers, as written. */
  headers: string[];
  /** Data rows of the file (a Shopify order spans one row per line item). */
  rows: number;
  orders: number;
  surveys: number;
  /** The first orders and answers as they would be imported (dates as ISO text). */
  sample: Array<Record<string, string | number>>;
  rejected: Rejection[];
  skipped: Rejection[];
  warnings: Rejection[];
  /** How the file was read: encoding, separator, decimal mark, date order, and the notes on them. */
  reading: FileReading;
}

/** An ImportReport with the preset's intentional skips and warnings, and how the file was read. */
export interface CsvImportReport extends ImportReport {
  preset: string;
  skipped: Rejection[];
  warnings: Rejection[];
  reading: FileReading;
}

const SAMPLE_SIZE = 5;

/**
 * Problems of file rows as the Log shows them, one per row ("Date: not a date; Amount: not a
 * number"), in row order: a row counts once however many problems it has.
 */
function rejections(problems: readonly RowProblem[]): Rejection[] {
  const byRow = new Map<number, string[]>();
  const fields = new Map<number, string[]>();
  for (const problem of problems) {
    const reason = problem.column ? `${problem.column}: ${problem.reason}` : problem.reason;
    const reasons = byRow.get(problem.row) ?? [];
    if (!reasons.includes(reason)) reasons.push(reason);
    byRow.set(problem.row, reasons);
    const columns = fields.get(problem.row) ?? [];
    if (problem.column && !columns.includes(problem.column)) columns.push(problem.column);
    fields.set(problem.row, columns);
  }
  return [...byRow]
    .sort(([a], [b]) => a - b)
    .map(([row, reasons]) => {
      const columns = fields.get(row) ?? [];
      return columns.length
        ? { row, reason: reasons.join('; '), field: columns.join(', ') }
        : { row, reason: reasons.join('; ') };
    });
}

/** 32-bit FNV-1a of the text with its length: tells one file from another for resuming an import. */
function fileKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${text.length}`;
}

/** Validates the request; throws with a message for the user before anything is read. */
function checkRequest(request: ImportRequest): void {
  if (!request || typeof request !== 'object') throw new Error('The import request is missing.');
  if (!(PRESET_NAMES as readonly string[]).includes(request.preset)) {
    throw new Error(`Unknown preset "${request.preset}": use one of ${PRESET_NAMES.join(', ')}.`);
  }
  const data = typeof request.base64 === 'string' ? request.base64 : request.csv;
  if (typeof data !== 'string' || data.trim() === '') throw new Error('The file is empty.');
  if (request.stepSeconds !== undefined && !(request.stepSeconds >= 0 && request.stepSeconds <= 330)) {
    throw new Error('stepSeconds must be a number of seconds from 0 to 330.');
  }
}

/** Decodes and parses the whole file (readCsvFile) and runs the preset on it. Throws when the file has no header row. */
function readFile(
  request: ImportRequest,
  timeZone: string,
  settings: ImportSettings,
  now: Date,
): { result: PresetResult; header: string[]; rows: number; text: string; reading: FileReading } {
  const file = readCsvFile(
    typeof request.base64 === 'string'
      ? { bytes: decodeBase64(request.base64) }
      : { text: request.csv ?? '' },
    { delimiter: request.delimiter, decimal: request.decimal, dateOrder: request.dateOrder },
  );
  const { table, reading } = file;
  const result = runPreset(request.preset, table, {
    timeZone,
    defaultCountry: settings.settings.defaultCountry,
    // One rule with refresh (orderCurrency): the set base currency, else blank, never the default USD.
    defaultCurrency: settings.given.has('baseCurrency') ? settings.settings.baseCurrency : undefined,
    dateOrder: reading.dateOrder,
    decimal: reading.decimal,
    now,
    mapping: request.mapping,
    channel: request.channel,
  });
  for (const error of file.errors)
    result.rejected.push({ row: error.line, column: '', reason: error.message });
  result.rejected.sort((a, b) => a.row - b.row);
  return { result, header: table.header, rows: table.rows.length, text: file.text, reading };
}

/** The settings of an import as validSettings reads them, and which of them the tab sets. */
type ImportSettings = ReturnType<typeof validSettings>;

/** Settings of an import; throws (validSettings) when one of them has an invalid value. */
function settingsOf(workbook: Workbook): ImportSettings {
  return validSettings(workbook.readTab(TAB.settings), 'import');
}

/**
 * What importing the file would do, without writing anything: its headers, how many orders and
 * survey answers the preset reads, the first few as they would be written, and the rows it would
 * reject or skip. Reads only the Settings tab. Throws for an unknown preset, an empty file or a
 * generic mapping that does not name Order ID, Date and Amount.
 */
export function previewImport(workbook: Workbook, request: ImportRequest, now: Date): ImportPreview {
  checkRequest(request);
  const { result, header, rows, reading } = readFile(request, workbook.timeZone(), settingsOf(workbook), now);
  const iso = (date: Date) => (Number.isNaN(date.getTime()) ? '' : date.toISOString());
  const O = COLUMNS.orders;
  const S = COLUMNS.surveys;
  const sample = [
    ...result.orders.slice(0, SAMPLE_SIZE).map((o) => ({
      row: o.row,
      [O.orderId]: o.orderId,
      ...(o.orderNumber ? { 'Order number': o.orderNumber } : {}),
      [O.email]: o.email,
      [COLUMNS.customers.name]: o.name,
      [O.date]: iso(o.date),
      [O.amount]: o.amount,
      [O.currency]: o.currency,
      [O.product]: o.product,
      [O.status]: o.status,
    })),
    ...result.surveys.slice(0, SAMPLE_SIZE).map((s) => ({
      row: s.row,
      [S.date]: iso(s.date),
      [S.email]: s.email,
      [S.nps]: s.nps,
      [S.csat]: s.csat,
      [S.comment]: s.comment,
    })),
  ];
  return {
    preset: request.preset,
    channel: result.channel,
    headers: header,
    rows,
    orders: result.orders.length,
    surveys: result.surveys.length,
    sample,
    rejected: rejections(result.rejected),
    skipped: rejections(result.skipped),
    warnings: rejections(result.warnings),
    reading,
  };
}

/**
 * Imports the file (see importRecords for matching, merging, idempotency, undo and the Log):
 * the preset reads it, Settings give the phone country and the Gmail option, and the rows the
 * preset rejected are reported with the others. When the execution's time budget runs out the
 * report says `complete: false`; calling it again with the same file continues where it stopped.
 * Throws for an unknown preset, an empty file, a bad generic mapping, a header row the preset cannot
 * read (the file is another export, or lacks a mapped column) or missing tabs.
 */
export function importCsv(
  ports: Ports,
  request: ImportRequest,
  options: { budgetMs?: number; startedAt?: Date } = {},
): CsvImportReport {
  const startedAt = options.startedAt ?? ports.clock.now();
  checkRequest(request);
  const imported = settingsOf(ports.workbook);
  const { settings } = imported;
  const { result, text, reading } = readFile(request, ports.workbook.timeZone(), imported, startedAt);
  // Line 1 is the header: a problem there (another export, a mapped column the file lacks, a broken
  // quote) means no row can be read, so the import is refused before anything, even the Log, is written.
  const header = result.rejected.filter((problem) => problem.row === 1);
  if (header.length > 0) {
    throw new Error(
      `This file cannot be imported with the ${request.preset} preset: ${header
        .map((problem) => problem.reason)
        .join('; ')}.`,
    );
  }
  const parsed: ParsedImport = {
    channel: result.channel,
    orders: result.orders,
    surveys: result.surveys,
    rejected: rejections(result.rejected),
    fileKey: `${request.preset}:${fileKey(text)}:${fileKey(JSON.stringify(request.mapping ?? {}))}`,
    fileName: request.fileName,
    skipped: rejections(result.skipped),
    warnings: rejections(result.warnings),
    reading: reading.notes,
  };
  const report = importRecords(ports, parsed, {
    gmailDots: settings.gmailDots,
    defaultCountry: settings.defaultCountry,
    budgetMs:
      options.budgetMs ?? (request.stepSeconds === undefined ? undefined : request.stepSeconds * 1000),
    startedAt,
  });
  return {
    ...report,
    preset: request.preset,
    skipped: parsed.skipped ?? [],
    warnings: parsed.warnings ?? [],
    reading,
  };
}
