// The spreadsheet time zone and id, kept as tags in the file's keywords (docProps/core.xml).
// exceljs reads and writes the core properties but not custom ones, and keywords are a list of tags, so
// these survive Excel and LibreOffice saving the file next to any tags a person adds.

const TIME_ZONE_TAG = 'timeZone=';
const ID_TAG = 'spreadsheetId=';

/** Tags are split on spaces, commas and semicolons, so values are percent-encoded ('/' kept readable). */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2F/g, '/');
}

function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value) || undefined;
  } catch {
    return undefined;
  }
}

function tags(keywords: string | undefined): string[] {
  return (keywords ?? '').split(/[;,\s]+/).filter((tag) => tag !== '');
}

/** The keywords with the time zone and id tags set, other tags kept in order. */
export function keywordsWithSettings(keywords: string | undefined, timeZone: string, id: string): string {
  const others = tags(keywords).filter((tag) => !tag.startsWith(TIME_ZONE_TAG) && !tag.startsWith(ID_TAG));
  return [...others, `${TIME_ZONE_TAG}${encode(timeZone)}`, `${ID_TAG}${encode(id)}`].join(' ');
}

/** The time zone and id tags in `keywords`; a missing tag is undefined. */
export function settingsFromKeywords(keywords: string | undefined): { timeZone?: string; id?: string } {
  const all = tags(keywords);
  const timeZone = all.find((tag) => tag.startsWith(TIME_ZONE_TAG))?.slice(TIME_ZONE_TAG.length);
  const id = all.find((tag) => tag.startsWith(ID_TAG))?.slice(ID_TAG.length);
  return {
    timeZone: timeZone === undefined ? undefined : decode(timeZone),
    id: id === undefined ? undefined : decode(id),
  };
}
