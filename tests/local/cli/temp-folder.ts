// A temporary folder for the workbooks of one describe block, with the bundle built before its tests run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ensureBundle } from '../../../src/local/cli/bundle-session';

/** The folder of a describe block: its path, and the path of a file in it. */
export interface TempFolder {
  readonly path: string;
  file(...names: string[]): string;
}

/**
 * Registers the hooks that build the bundle and make the folder before the block's tests, and
 * remove the folder after them, so each CLI test file does not write them out again.
 */
export function tempFolder(prefix: string): TempFolder {
  let path = '';
  beforeAll(() => {
    ensureBundle(() => {});
    path = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    rmSync(path, { recursive: true, force: true });
  });
  return {
    get path() {
      return path;
    },
    file: (...names: string[]) => join(path, ...names),
  };
}
