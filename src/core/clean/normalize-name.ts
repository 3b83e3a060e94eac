// A person's or company's name tidied for display: trimmed, single spaces, title case only when shouting or all lower.

// Particles that stay lower case inside a name ("Ana de Souza", "Jan van der Berg").
const PARTICLES = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'del',
  'della',
  'di',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'y',
  'e',
  'bin',
  'al',
]);

function capitalize(word: string): string {
  // Upper-case the first letter of the word and of each part after a hyphen or apostrophe ("O'Neil", "Anne-Marie").
  return word.replace(/(^|[-'’])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}

/**
 * The name trimmed (also a leading apostrophe), with runs of whitespace collapsed to one space.
 * Case is changed only when the whole name is upper case or lower case ("ANA SILVA", "ana silva"
 * → "Ana Silva"); mixed case ("McDonald", "iPhone Repairs") is the person's choice and is kept.
 * @example normalizeName('  ANA   DE SOUZA ') // => 'Ana de Souza'
 */
export function normalizeName(value: unknown): string {
  if (typeof value !== 'string') return '';
  const text = value.trim().replace(/^'/, '').trim().replace(/\s+/gu, ' ');
  const hasLetters = /\p{L}/u.test(text);
  const allUpper = text === text.toUpperCase();
  const allLower = text === text.toLowerCase();
  if (!hasLetters || (!allUpper && !allLower)) return text;
  return text
    .toLowerCase()
    .split(' ')
    .map((word, i) => (i > 0 && PARTICLES.has(word) ? word : capitalize(word)))
    .join(' ');
}
