// Whether bytes open as a zip archive, as every .xlsx file does.

/** Every .xlsx is a zip archive, which starts with a local file header [PKWARE APPNOTE.TXT 4.3.7]. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** How many leading bytes startsLikeZip looks at. */
export const ZIP_SIGNATURE_LENGTH = ZIP_SIGNATURE.length;

/**
 * Whether `bytes` (a file's content, or at least its first ZIP_SIGNATURE_LENGTH bytes) start with
 * the zip local file header signature: a file that does not is no .xlsx workbook.
 */
export function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= ZIP_SIGNATURE.length && ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte);
}
