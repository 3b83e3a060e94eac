// Deploys to Google: runs every check (npm test builds dist/ too), then `clasp push` of dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

const clasp = JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8'));
if (!clasp.scriptId) {
  fail(`.clasp.json has no scriptId, so there is nothing to push to yet. Either:
  - create a new spreadsheet with its bound script:
      npx clasp login
      npx clasp create-script --type sheets --title "Solo CRM" --rootDir dist
    (clasp writes the new scriptId into .clasp.json), or
  - open your existing spreadsheet, Extensions > Apps Script > Project Settings, copy the Script ID
    and put it in .clasp.json as "scriptId".
  The Apps Script API must be on first: https://script.google.com/home/usersettings
  Then run npm run deploy again.`);
}
if (clasp.rootDir !== 'dist')
  fail('.clasp.json must have "rootDir": "dist" (clasp pushes the built bundle, not src/).');
if (!existsSync(join(homedir(), '.clasprc.json'))) {
  fail('clasp is not logged in on this machine. Run `npx clasp login` and then npm run deploy again.');
}

console.log('Running every check before pushing (npm test)…');
if (run('npm', ['test']) !== 0) fail('a check failed (see above); nothing was pushed.');

console.log('\nPushing dist/ with clasp (this replaces the whole remote project)…');
if (run('npx', ['clasp', 'push', '--force']) !== 0) fail('clasp push failed (see above).');
console.log('\nDeployed. Reload the spreadsheet: the "Solo CRM" menu appears after a few seconds.');
