// Finds the Chromium the browser tests drive: $CHROMIUM_PATH, else the system's Chromium or Chrome, else the one inside @sparticuz/chromium.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';

/** An executable to launch, the flags it needs, and where it was found (for messages). */
export interface ChromiumChoice {
  executablePath: string;
  args: string[];
  source: string;
}

/** What the search looks at; tests replace any of it. */
export interface ChromiumSearch {
  env: Record<string, string | undefined>;
  platform: string;
  exists: (path: string) => boolean;
  /** Unpacks the Chromium shipped in @sparticuz/chromium (Linux only) and returns it. */
  packaged: () => Promise<ChromiumChoice>;
}

/** Names a system Chromium or Chrome goes by on PATH (Debian, Ubuntu, Fedora, Google's packages). */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
/** Where macOS and Windows install them (not on PATH there). */
const INSTALLED: Record<string, string[]> = {
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

/** Flags for a headless browser run as root on a closed network. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The browser for the tests, so that `npm test` needs no system package: $CHROMIUM_PATH when set
 * (and then it must exist), else the first Chromium or Chrome on PATH or in the usual install
 * places, else the Chromium inside the npm package @sparticuz/chromium.
 */
export async function findChromium(search: ChromiumSearch = defaultSearch()): Promise<ChromiumChoice> {
  const chosen = search.env.CHROMIUM_PATH;
  if (chosen) {
    if (!search.exists(chosen)) throw new Error(`CHROMIUM_PATH is ${chosen}, which does not exist`);
    return { executablePath: chosen, args: QUIET_FLAGS, source: 'CHROMIUM_PATH' };
  }
  const onPath = (search.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => COMMANDS.map((command) => join(dir, command)));
  for (const candidate of [...onPath, ...(INSTALLED[search.platform] ?? [])]) {
    if (search.exists(candidate))
      return { executablePath: candidate, args: QUIET_FLAGS, source: 'the system' };
  }
  if (search.platform !== 'linux') {
    throw new Error(
      'no Chromium or Chrome found: install one or set CHROMIUM_PATH (the Chromium of @sparticuz/chromium runs on Linux only)',
    );
  }
  return search.packaged();
}

function defaultSearch(): ChromiumSearch {
  return { env: process.env, platform: process.platform, exists: existsSync, packaged: unpackChromium };
}

/**
 * The Chromium of @sparticuz/chromium, unpacked once into node_modules/.cache (writable wherever the
 * install is, unlike /tmp on some machines) and reused. The package unpacks into os.tmpdir(), so it is
 * pointed at a fresh staging folder that is then renamed into place: test files running in parallel
 * never see a half-written binary, and a second unpacking simply loses the race.
 */
export async function unpackChromium(): Promise<ChromiumChoice> {
  // The package exports only its entry (somewhere under build/): its folder is the first one up
  // holding the package's own package.json.
  let packageDir = dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium'));
  while (!isPackageDir(packageDir)) {
    if (dirname(packageDir) === packageDir) throw new Error('@sparticuz/chromium has no package.json');
    packageDir = dirname(packageDir);
  }
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const cacheRoot = join(dirname(dirname(packageDir)), '.cache', 'sparticuz-chromium');
  const target = join(cacheRoot, version);
  const executablePath = join(target, 'chromium');
  const { default: chromium } = await import('@sparticuz/chromium');
  if (!existsSync(executablePath)) {
    mkdirSync(cacheRoot, { recursive: true });
    const staging = mkdtempSync(join(cacheRoot, `${version}-unpacking-`));
    // The package reads os.tmpdir() when unpacking starts (before its first await), so TMPDIR is
    // changed only for that synchronous start and restored before anything else runs.
    const tmpdir = process.env.TMPDIR;
    process.env.TMPDIR = staging;
    let unpacking: Promise<string>;
    try {
      unpacking = chromium.executablePath();
    } finally {
      if (tmpdir === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmpdir;
    }
    await unpacking;
    try {
      renameSync(staging, target);
    } catch (error) {
      // Another test process renamed its copy first; use that one.
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(executablePath)) throw error;
    }
  }
  const args = [...chromium.args, ...QUIET_FLAGS.filter((flag) => !chromium.args.includes(flag))];
  return { executablePath, args, source: `@sparticuz/chromium ${version}` };
}

/** Whether `dir` holds the package.json of @sparticuz/chromium (not a nested one of its build). */
function isPackageDir(dir: string): boolean {
  const file = join(dir, 'package.json');
  return (
    existsSync(file) &&
    (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === '@sparticuz/chromium'
  );
}
