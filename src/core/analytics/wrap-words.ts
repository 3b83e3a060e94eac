// Breaks a sentence into lines of at most a given length, at spaces, for cells that cannot wrap.

/**
 * The words of `text` joined into lines of at most `width` characters; a word longer than that
 * gets a line of its own. O(length).
 * @example wrapWords('one two three', 7) // => ['one two', 'three']
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
