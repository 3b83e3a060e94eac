// Quoted-printable, the MIME transfer encoding that keeps mostly-ASCII text readable (RFC 2045, section 6.7).

/** Longest encoded line before its soft break "=" (76 characters with it, as the RFC allows). */
const LINE = 75;

/** Whether byte `b` may stand for itself: printable ASCII but "=", or a space or tab not ending its line. */
function literal(b: number, endsLine: boolean): boolean {
  if (b === 0x20 || b === 0x09) return !endsLine;
  return b >= 0x21 && b <= 0x7e && b !== 0x3d;
}

/** One line of text (no line break in it), encoded and cut by soft line breaks. */
function encodeLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  const lines: string[] = [];
  let current = '';
  bytes.forEach((b, i) => {
    const token = literal(b, i === bytes.length - 1)
      ? String.fromCharCode(b)
      : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    // An escape is never cut: the soft break goes before it.
    if (current.length + token.length > LINE) {
      lines.push(`${current}=`);
      current = '';
    }
    current += token;
  });
  lines.push(current);
  return lines.join('\r\n');
}

/**
 * `text` as UTF-8 quoted-printable: every line break (CRLF, CR or LF) becomes CRLF, bytes outside
 * printable ASCII, "=" and a space or tab at the end of a line become =XX, and lines longer than 76
 * characters are cut with soft line breaks ("=" then CRLF), never inside an =XX.
 * @example quotedPrintable('Olá = hi') // => 'Ol=C3=A1 =3D hi'
 */
export function quotedPrintable(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(encodeLine)
    .join('\r\n');
}
