// Deploys to Google: runs every check (npm test builds dist/ too), then `clasp push` of dist/.
import { spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deployBlocker } from './deploy-readiness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

function fail(message) {
  console.error(`\nDeploy stopped: ${message}`);
  process.exit(1);
}

const blocker = deployBlocker(root, homedir());
if (blocker) fail(blocker);

console.log('Running every check before pushing (npm test)…');
if (run('npm', ['test']) !== 0) fail('a check failed (see above); nothing was pushed.');

console.log('\nPushing dist/ with clasp (this replaces the whole remote project)…');
if (run('npx', ['clasp', 'push', '--force']) !== 0) fail('clasp push failed (see above).');
console.log('\nDeployed. Reload the spreadsheet: the "Solo CRM" menu appears after a few seconds.');
