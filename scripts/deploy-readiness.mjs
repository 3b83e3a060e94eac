// Decides whether this checkout can be pushed with clasp, and says what to do when it cannot.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CREATE_SCRIPT = 'npx clasp create-script --type sheets --title "Solo CRM" --rootDir dist';

/**
 * What to do to get a scriptId. clasp 3's create-script stops with "Project file already exists." as soon
 * as .clasp.json has a `scriptId` key, even an empty one (it tests `scriptId !== undefined`), so the
 * advice depends on whether the key is there.
 * @param {boolean} hasScriptIdKey
 */
function noScriptIdAdvice(hasScriptIdKey) {
  const create = hasScriptIdKey
    ? `  - create a new spreadsheet with its bound script. clasp refuses to create one while .clasp.json
    has a "scriptId" entry, even an empty one ("Project file already exists."), so remove that entry
    first (keep "rootDir": "dist"), then:
      npx clasp login
      ${CREATE_SCRIPT}
    (clasp writes the new scriptId into .clasp.json), or`
    : `  - create a new spreadsheet with its bound script:
      npx clasp login
      ${CREATE_SCRIPT}
    (clasp writes the new scriptId into .clasp.json), or`;
  return `.clasp.json has no scriptId, so there is nothing to push to yet. Either:
${create}
  - open your existing spreadsheet, Extensions > Apps Script > Project Settings, copy the Script ID
    and put it in .clasp.json as "scriptId".
  The Apps Script API must be on first: https://script.google.com/home/usersettings
  Then run npm run deploy again.`;
}

/**
 * Why `root` cannot be pushed yet, or null when it can: .clasp.json must exist, parse, hold a scriptId
 * and `"rootDir": "dist"`, and clasp must be logged in (`home`/.clasprc.json, where clasp 3 keeps its
 * credentials).
 * @param {string} root the project directory (where .clasp.json lives)
 * @param {string} home the user's home directory
 * @returns {string | null}
 */
export function deployBlocker(root, home) {
  const configPath = join(root, '.clasp.json');
  if (!existsSync(configPath)) {
    return `there is no .clasp.json. Create one with ${CREATE_SCRIPT}
  (after npx clasp login), or write {"scriptId": "<your script id>", "rootDir": "dist"} into it.`;
  }
  let config;
  try {
    config = JSON.parse(readFileSync(configPath, 'utf8'));
  } catch (error) {
    return `.clasp.json is not valid JSON (${error.message}).`;
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    return '.clasp.json must hold a JSON object with "scriptId" and "rootDir".';
  }
  const scriptId = typeof config.scriptId === 'string' ? config.scriptId.trim() : '';
  if (!scriptId) return noScriptIdAdvice(Object.hasOwn(config, 'scriptId'));
  if (config.rootDir !== 'dist') {
    return '.clasp.json must have "rootDir": "dist" (clasp pushes the built bundle, not src/).';
  }
  if (!existsSync(join(home, '.clasprc.json'))) {
    return 'clasp is not logged in on this machine. Run `npx clasp login` and then npm run deploy again.';
  }
  return null;
}
