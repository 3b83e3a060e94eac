// npm run deploy must refuse to push, and say what to do, until .clasp.json and the clasp login are ready.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { deployBlocker } from '../../scripts/deploy-readiness.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project directory with the given .clasp.json text (none when null) and a home, logged in or not. */
function project(claspJson: string | null, loggedIn = false): { root: string; home: string } {
  const root = mkdtempSync(join(tmpdir(), 'crm-deploy-'));
  dirs.push(root);
  const home = join(root, 'home');
  mkdirSync(home);
  if (claspJson !== null) writeFileSync(join(root, '.clasp.json'), claspJson);
  if (loggedIn) writeFileSync(join(home, '.clasprc.json'), '{}');
  return { root, home };
}

describe('deployBlocker', () => {
  it('with an empty scriptId explains both ways to get one, and that the empty entry must go first', () => {
    const { root, home } = project('{ "scriptId": "", "rootDir": "dist" }', true);
    const message = deployBlocker(root, home) ?? '';
    expect(message).toMatch(/^\.clasp\.json has no scriptId, so there is nothing to push to yet\./);
    expect(message).toContain('npx clasp create-script --type sheets --title "Solo CRM" --rootDir dist');
    // clasp 3 create-script stops with this message while the key exists (see deploy-readiness.mjs).
    expect(message).toContain('"Project file already exists."');
    expect(message).toContain('remove that entry');
    expect(message).toContain('Extensions > Apps Script > Project Settings');
    expect(message).toContain('https://script.google.com/home/usersettings');
  });

  it('without a scriptId key gives the create-script command without asking to remove anything', () => {
    const { root, home } = project('{ "rootDir": "dist" }', true);
    const message = deployBlocker(root, home) ?? '';
    expect(message).toContain('npx clasp create-script --type sheets --title "Solo CRM" --rootDir dist');
    expect(message).not.toContain('remove that entry');
  });

  it('treats a blank scriptId like an empty one', () => {
    const { root, home } = project('{ "scriptId": "   ", "rootDir": "dist" }', true);
    expect(deployBlocker(root, home)).toContain('has no scriptId');
  });

  it('names a missing, unreadable or wrongly rooted .clasp.json', () => {
    const missing = project(null, true);
    expect(deployBlocker(missing.root, missing.home)).toMatch(/^there is no \.clasp\.json\./);
    const broken = project('{ scriptId: ', true);
    expect(deployBlocker(broken.root, broken.home)).toMatch(/^\.clasp\.json is not valid JSON/);
    const array = project('[]', true);
    expect(deployBlocker(array.root, array.home)).toBe(
      '.clasp.json must hold a JSON object with "scriptId" and "rootDir".',
    );
    const src = project('{ "scriptId": "abc", "rootDir": "src" }', true);
    expect(deployBlocker(src.root, src.home)).toBe(
      '.clasp.json must have "rootDir": "dist" (clasp pushes the built bundle, not src/).',
    );
  });

  it('asks for a clasp login when there are no credentials, and lets a ready project through', () => {
    const out = project('{ "scriptId": "abc", "rootDir": "dist" }', false);
    expect(deployBlocker(out.root, out.home)).toBe(
      'clasp is not logged in on this machine. Run `npx clasp login` and then npm run deploy again.',
    );
    const ready = project('{ "scriptId": "abc", "rootDir": "dist" }', true);
    expect(deployBlocker(ready.root, ready.home)).toBeNull();
  });
});

describe('scripts/deploy.mjs', () => {
  it('with the shipped placeholder .clasp.json stops before any check or push, exit code 1', () => {
    const { root, home } = project('{ "scriptId": "", "rootDir": "dist" }', true);
    mkdirSync(join(root, 'scripts'));
    for (const file of ['deploy.mjs', 'deploy-readiness.mjs']) {
      copyFileSync(
        fileURLToPath(new URL(`../../scripts/${file}`, import.meta.url)),
        join(root, 'scripts', file),
      );
    }
    const result = spawnSync(process.execPath, [join(root, 'scripts/deploy.mjs')], {
      cwd: root,
      env: { ...process.env, HOME: home, USERPROFILE: home },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Deploy stopped: .clasp.json has no scriptId');
    expect(result.stderr).toContain(
      'npx clasp create-script --type sheets --title "Solo CRM" --rootDir dist',
    );
    // It stopped before `npm test` and `clasp push`.
    expect(result.stdout).not.toContain('Running every check');
  });
});
