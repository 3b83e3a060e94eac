// The browser tests must find a Chromium by themselves, in a fixed order, on any machine.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ChromiumChoice, type ChromiumSearch, findChromium, QUIET_FLAGS } from './find-chromium';

const PACKAGED: ChromiumChoice = {
  executablePath: '/cache/chromium',
  args: ['--single-process'],
  source: 'package',
};

/** A machine whose files are exactly `files`. */
function machine(files: string[], env: Record<string, string>, platform = 'linux'): ChromiumSearch {
  return { env, platform, exists: (path) => files.includes(path), packaged: async () => PACKAGED };
}

describe('findChromium', () => {
  it('uses CHROMIUM_PATH before any browser of the system', async () => {
    const search = machine(['/opt/my/chrome', '/usr/bin/chromium'], {
      CHROMIUM_PATH: '/opt/my/chrome',
      PATH: '/usr/bin',
    });
    expect(await findChromium(search)).toEqual({
      executablePath: '/opt/my/chrome',
      args: QUIET_FLAGS,
      source: 'CHROMIUM_PATH',
    });
  });

  it('refuses a CHROMIUM_PATH that does not exist rather than quietly using another browser', async () => {
    const search = machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nope/chrome', PATH: '/usr/bin' });
    await expect(findChromium(search)).rejects.toThrow('CHROMIUM_PATH is /nope/chrome, which does not exist');
  });

  it("finds the system's Chromium or Chrome on PATH, in PATH order", async () => {
    const search = machine(['/usr/bin/google-chrome', '/snap/bin/chromium'], {
      PATH: '/usr/local/bin:/snap/bin:/usr/bin',
    });
    expect((await findChromium(search)).executablePath).toBe('/snap/bin/chromium');
    const chrome = machine(['/usr/bin/google-chrome-stable'], { PATH: '/usr/bin' });
    expect((await findChromium(chrome)).executablePath).toBe('/usr/bin/google-chrome-stable');
  });

  it('finds Chrome where macOS installs it', async () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect((await findChromium(machine([mac], { PATH: '/usr/bin' }, 'darwin'))).executablePath).toBe(mac);
  });

  it('falls back to the Chromium of @sparticuz/chromium on Linux without a browser', async () => {
    expect(await findChromium(machine([], { PATH: '/usr/bin:/bin' }))).toBe(PACKAGED);
  });

  it('says what to do on another system without a browser', async () => {
    await expect(findChromium(machine([], { PATH: '/usr/bin' }, 'darwin'))).rejects.toThrow(
      /no Chromium or Chrome found: install one or set CHROMIUM_PATH/,
    );
  });

  it('finds a browser that exists on this machine', async () => {
    const found = await findChromium();
    expect(existsSync(found.executablePath)).toBe(true);
  });
});
