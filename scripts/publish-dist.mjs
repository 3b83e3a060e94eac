// Moves a checked build into dist/ file by file, so readers never see dist/ half-written or a failed build.
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkBundle, SHIPPED } from './check-bundle.mjs';

/**
 * Checks the build staged in `stageDir` and, only when the check passes, renames each shipped file over
 * its namesake in `distDir` (a rename replaces a file atomically, so a test or CLI run reading
 * dist/Code.js meanwhile gets the old file or the new one, never a missing or partial one) and then
 * removes anything else from `distDir`. When the check fails `distDir` is left exactly as it was, so
 * the last good bundle stays and a stale dist/ is still seen as stale. `stageDir` must be on the same
 * file system as `distDir`.
 * @param {string} stageDir
 * @param {string} distDir
 * @returns {string[]} the bundle check's problems; empty when dist/ was replaced
 */
export function publishDist(stageDir, distDir) {
  const problems = checkBundle(stageDir);
  if (problems.length) return problems;
  mkdirSync(distDir, { recursive: true });
  for (const file of SHIPPED) renameSync(join(stageDir, file), join(distDir, file));
  for (const entry of readdirSync(distDir)) {
    if (!SHIPPED.includes(entry)) rmSync(join(distDir, entry), { recursive: true, force: true });
  }
  return [];
}
