// Header text that may hold any character: plain when it is printable ASCII, else RFC 2047 encoded words.

/** UTF-8 bytes per encoded word: 39 bytes are 52 base64 characters, 64 with "=?UTF-8?B?" and "?=". */
const WORD_BYTES = 39;

/** Whether `text` can go into a header as it is: printable ASCII and spaces, and nothing a reader would decode. */
export function isPlainHeaderText(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text) && !text.includes('=?');
}

/**
 * `text` as the value of an unstructured header such as Subject. Printable ASCII stays as it is;
 * anything else becomes UTF-8 "B" encoded words of at most 39 bytes each (64 characters, under the
 * RFC's 75), cut between characters, never inside one, and joined by folding (CRLF and a space), which
 * a reader drops between encoded words. Line breaks in `text` become spaces: a header is one line.
 * @example encodedHeaderText('Olá') // => '=?UTF-8?B?T2zDoQ==?='
 */
export function encodedHeaderText(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ');
  if (isPlainHeaderText(oneLine)) return oneLine;
  const words: string[] = [];
  let chunk = '';
  for (const character of oneLine) {
    if (Buffer.byteLength(chunk + character, 'utf8') > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word, 'utf8').toString('base64')}?=`).join('\r\n ');
}
