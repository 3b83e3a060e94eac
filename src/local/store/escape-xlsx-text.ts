// Escape cell text the way .xlsx stores characters XML cannot hold [ECMA-376 Part 1, 22.9.2.19 ST_Xstring].

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const LITERAL_ESCAPE = /_(?=x[0-9a-f]{4}_)/gi;

/**
 * `text` with each character XML 1.0 forbids (C0 controls other than tab, line feed and carriage return)
 * written as _xHHHH_, and each literal _xHHHH_ protected by escaping its underscore as _x005F_, so readers
 * that decode the escapes (Excel, LibreOffice, exceljs) get `text` back. exceljs would otherwise drop the
 * control characters and turn a literal "_x0041_" into "A".
 * @example escapeXlsxText('a\u0001b_x0041_') // => 'a_x0001_b_x005F_x0041_'
 */
export function escapeXlsxText(text: string): string {
  return text
    .replace(LITERAL_ESCAPE, '_x005F_')
    .replace(
      FORBIDDEN_IN_XML,
      (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
}
