// A generic-preset import request for the bundle tests: CSV lines whose header names are the fields.

/**
 * The request for `lines` (header first) with each header mapped to the field of the same name, as
 * a person whose columns are already called Order ID, Email, … would map them.
 */
export function genericRequest(lines: readonly string[]): {
  preset: 'generic';
  csv: string;
  mapping: Record<string, string>;
} {
  const header = lines[0].split(',');
  return {
    preset: 'generic',
    csv: lines.join('\n'),
    mapping: Object.fromEntries(header.map((name) => [name, name])),
  };
}
