// The libphonenumber-js "min" metadata, which the server bundle parses on first use rather than on every load.
import type { MetadataJson } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';

/**
 * The metadata normalizePhone reads numbers with. In dist/Code.js this module is replaced
 * (scripts/server-bundle.mjs) by one that keeps the same data as a JSON string and parses it on the
 * first call: Apps Script evaluates Code.js at the start of every execution, and building the ~80 KB
 * object there cost more than the rest of the top level, while most executions read no phone number.
 */
export function phoneMetadata(): MetadataJson {
  return metadata;
}
