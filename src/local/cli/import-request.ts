// The `import` command's options as the request the bundle's runImport takes (the sidebar sends the same).

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportRequest } from '../../app/import';
import { DATE_ORDERS, type DateOrder } from '../../core/clean/parse-instant';
import { findPreset, IMPORT_PRESETS, type ImportPreset, PRESET_NAMES } from '../../core/import/run-preset';
import { normalizeHeader } from '../../core/table/normalize-header';
import { type ParsedArgs, UsageError } from './parse-args';
import { requiredOption } from './required-option';

/** What the usual reasons a file cannot be read mean, in words. */
const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** What --delimiter accepts, by the character it stands for. */
const DELIMITERS: Record<string, string> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\\t': '\t',
  '|': '|',
};

/** The options only a preset whose columns the user maps (the generic one) takes. */
const MAPPING_OPTIONS = ['map', 'channel'];

/** The preset --preset names; throws UsageError listing the registry's names for any other. */
function presetOption(args: ParsedArgs): ImportPreset {
  const name = requiredOption(args, 'preset');
  const preset = findPreset(name);
  if (!preset) throw new UsageError(`--preset must be one of ${PRESET_NAMES.join(', ')} (got "${name}").`);
  return preset;
}

/** The file's bytes in base64: decoding (UTF-8, UTF-16, Windows-1252) is the bundle's, as for the sidebar. */
function fileBase64(file: string): string {
  try {
    return readFileSync(file).toString('base64');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new Error(`Cannot read the file ${file}: ${READ_ERRORS[code] ?? (error as Error).message}.`);
  }
}

/**
 * "Order ID=Invoice,Email=E-mail" → { 'Order ID': 'Invoice', Email: 'E-mail' }. A field given twice
 * is refused: one of the two columns would be ignored without a word.
 */
function parseMapping(text: string): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq < 1 || eq === pair.length - 1) throw new UsageError(`--map: "${pair}" is not FIELD=HEADER.`);
    const field = pair.slice(0, eq).trim();
    const earlier = Object.keys(mapping).find((known) => normalizeHeader(known) === normalizeHeader(field));
    if (earlier !== undefined) {
      throw new UsageError(
        `--map names the field ${earlier} twice (${earlier}=${mapping[earlier]} and ${pair.trim()}): give each field one column.`,
      );
    }
    mapping[field] = pair.slice(eq + 1).trim();
  }
  return mapping;
}

/** --map and --channel, which only a mapped preset takes: the others know their columns and channel. */
function mappingOptions(args: ParsedArgs, preset: ImportPreset): Pick<ImportRequest, 'mapping' | 'channel'> {
  const map = args.options.get('map');
  if (preset.mapped && !map) throw new UsageError(`The ${preset.name} preset needs --map FIELD=HEADER,….`);
  if (!preset.mapped) {
    const mapped = IMPORT_PRESETS.filter((p: ImportPreset) => p.mapped).map((p) => p.name);
    for (const name of MAPPING_OPTIONS) {
      if (args.options.has(name))
        throw new UsageError(
          `--${name} is for the ${mapped.join(' or ')} preset only (got --preset ${preset.name}).`,
        );
    }
  }
  const channel = args.options.get('channel');
  return { ...(map ? { mapping: parseMapping(map) } : {}), ...(channel ? { channel } : {}) };
}

/** --delimiter, --date-order and --decimal-comma/--decimal-point: how to read the file, instead of what it suggests. */
function readingOptions(args: ParsedArgs): Pick<ImportRequest, 'delimiter' | 'dateOrder' | 'decimal'> {
  const dateOrder = args.options.get('date-order');
  if (dateOrder !== undefined && !(DATE_ORDERS as readonly string[]).includes(dateOrder)) {
    throw new UsageError(
      `--date-order must be ${DATE_ORDERS.slice(0, -1).join(', ')} or ${DATE_ORDERS.at(-1)} (got "${dateOrder}").`,
    );
  }
  const delimiterName = args.options.get('delimiter');
  const delimiter = delimiterName === undefined ? undefined : DELIMITERS[delimiterName.toLowerCase()];
  if (delimiterName !== undefined && delimiter === undefined) {
    throw new UsageError(`--delimiter must be comma, semicolon, tab or | (got "${delimiterName}").`);
  }
  if (args.flags.has('decimal-comma') && args.flags.has('decimal-point')) {
    throw new UsageError('--decimal-comma and --decimal-point cannot both be given.');
  }
  const decimal = args.flags.has('decimal-comma') ? ',' : args.flags.has('decimal-point') ? '.' : undefined;
  return {
    ...(delimiter ? { delimiter } : {}),
    ...(dateOrder ? { dateOrder: dateOrder as DateOrder } : {}),
    ...(decimal ? { decimal } : {}),
  };
}

/**
 * The request of `npm run crm -- import …`: the preset, the file's bytes, its column mapping (a
 * mapped preset only) and the reading options given. Throws UsageError for options that do not
 * fit, Error when the file cannot be read.
 */
export function importRequest(args: ParsedArgs): ImportRequest {
  const preset = presetOption(args);
  const file = requiredOption(args, 'file');
  const base64 = fileBase64(file);
  return {
    preset: preset.name,
    fileName: basename(file),
    base64,
    ...mappingOptions(args, preset),
    ...readingOptions(args),
  };
}
