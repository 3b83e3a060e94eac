// `npm start`'s options: --report keeps the terminal report; wrong options are refused before anything runs.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/local/demo/main';

function capture(stream: NodeJS.WriteStream): string[] {
  const lines: string[] = [];
  vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('npm start', () => {
  it('describes the sandbox and its options in --help', async () => {
    const out = capture(process.stdout);
    expect(await main(['--help'])).toBe(0);
    expect(out.join('')).toMatch(/--open .*\n.*--report/);
  });

  it('refuses unknown options and a port that is not a number, starting nothing', async () => {
    const err = capture(process.stderr);
    expect(await main(['--serve'])).toBe(2);
    expect(await main(['--port', 'http'])).toBe(2);
    expect(await main(['--port', '70000'])).toBe(2);
    expect(err.join('')).toContain('Unknown arguments: --port 70000');
  });

  it('--report makes the demo workbook, prints the report and exits without serving', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'crm-start-')), 'demo.xlsx');
    const out = capture(process.stdout);
    capture(process.stderr);
    expect(await main(['--report', '--workbook', path])).toBe(0);
    expect(existsSync(path)).toBe(true);
    const text = out.join('');
    expect(text).toContain(path);
    expect(text).not.toContain('sandbox on');
  });
});
