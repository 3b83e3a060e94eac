// Reads an .eml file back for tests, written from the RFCs rather than from the writer: unfolds and decodes headers, splits MIME parts, decodes quoted-printable and base64.

export interface ParsedPart {
  headers: Map<string, string>;
  text: string;
}

export interface ParsedEml {
  /** Header values by lowercase name, unfolded and with RFC 2047 encoded words decoded. */
  headers: Map<string, string>;
  /** The raw (still encoded) header lines, unfolded, for checks on the encoding itself. */
  rawHeaders: Map<string, string>;
  parts: ParsedPart[];
}

/** RFC 2047 section 6: decodes encoded words; whitespace between two adjacent encoded words is dropped. */
export function decodeEncodedWords(value: string): string {
  const word = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1');
  const bytes: number[] = [];
  let out = '';
  let last = 0;
  const flush = () => {
    out += Buffer.from(bytes).toString('utf8');
    bytes.length = 0;
  };
  for (const match of joined.matchAll(word)) {
    if (match.index > last) {
      flush();
      out += joined.slice(last, match.index);
    }
    const [, charset, encoding, text] = match;
    if (charset.toUpperCase() !== 'UTF-8') throw new Error(`unexpected charset ${charset}`);
    const decoded =
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : Buffer.from(decodeQuotedPrintable(text.replace(/_/g, ' ')), 'utf8');
    bytes.push(...decoded);
    last = match.index + match[0].length;
  }
  flush();
  return out + joined.slice(last);
}

/** RFC 2045 section 6.7: soft line breaks removed, =XX turned back into bytes, read as UTF-8. */
export function decodeQuotedPrintable(text: string): string {
  const unwrapped = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unwrapped.length; i++) {
    if (unwrapped[i] === '=' && /^[0-9A-F]{2}$/.test(unwrapped.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(unwrapped.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(unwrapped[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Header block → raw values by lowercase name (folding undone: CRLF before a space or tab removed). */
function headerBlock(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r\n(?=[ \t])/g, '').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`not a header line: ${JSON.stringify(line)}`);
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function decodedBody(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

/** One entity (headers, empty line, body). */
function entity(text: string): { headers: Map<string, string>; body: string } {
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) throw new Error('no empty line after the headers');
  return { headers: headerBlock(text.slice(0, split)), body: text.slice(split + 4) };
}

/** Parses `eml`: its headers and its text parts (one for a single-part message). */
export function parseEml(eml: string): ParsedEml {
  if (/[^\r]\n/.test(eml)) throw new Error('a bare LF: lines must end with CRLF');
  const { headers: rawHeaders, body } = entity(eml);
  const headers = new Map([...rawHeaders].map(([name, value]) => [name, decodeEncodedWords(value)]));
  const type = rawHeaders.get('content-type') ?? 'text/plain';
  const boundary = /boundary="([^"]+)"/.exec(type)?.[1];
  if (!boundary) {
    return { headers, rawHeaders, parts: [{ headers: rawHeaders, text: decodedBody(rawHeaders, body) }] };
  }
  const end = body.indexOf(`\r\n--${boundary}--`);
  if (end < 0) throw new Error('no closing boundary');
  const sections = body.slice(0, end).split(`--${boundary}\r\n`).slice(1);
  const parts = sections.map((section) => {
    const part = entity(section.replace(/\r\n$/, ''));
    return { headers: part.headers, text: decodedBody(part.headers, part.body) };
  });
  return { headers, rawHeaders, parts };
}
