// A name compared loosely, only ever to suggest that two customers may be one.

/**
 * The name without accents, case and punctuation, its words sorted ("Silva, Ana" and
 * "ana  silva" both give "ana silva"); '' for a value without letters or digits.
 * @example nameKey("  SILVA, Ána ") // => 'ana silva'
 */
export function nameKey(name: unknown): string {
  return String(name ?? '')
    .trim()
    .replace(/^'/, '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(' ');
}
