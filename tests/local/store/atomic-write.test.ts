import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../src/local/store/atomic-write';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'atomic-write-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('writeFileAtomically', () => {
  it('replaces the target with what was written and leaves no temp file', async () => {
    const target = join(directory, 'book.xlsx');
    await writeFile(target, 'old');
    await writeFileAtomically(target, async (stream) => {
      stream.write('new ');
      stream.end('content');
    });
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(await readdir(directory)).toEqual(['book.xlsx']);
  });

  it('creates the target when it does not exist and ends a stream the writer left open', async () => {
    const target = join(directory, 'fresh.xlsx');
    await writeFileAtomically(target, async (stream) => {
      stream.write('only part');
    });
    expect(await readFile(target, 'utf8')).toBe('only part');
  });

  it('leaves the original byte for byte and removes the temp file when the writer throws mid-way', async () => {
    const target = join(directory, 'book.xlsx');
    const original = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x7f]);
    await writeFile(target, original);
    let tempSeen = false;
    await expect(
      writeFileAtomically(target, async (stream) => {
        await new Promise<void>((resolve) => stream.write('x'.repeat(100_000), () => resolve()));
        tempSeen = (await readdir(directory)).some((name) => name.endsWith('.tmp'));
        throw new Error('serialisation failed');
      }),
    ).rejects.toThrow('serialisation failed');
    expect(tempSeen).toBe(true);
    expect(await readFile(target)).toEqual(original);
    expect(await readdir(directory)).toEqual(['book.xlsx']);
  });

  it('rejects when the directory does not exist', async () => {
    await expect(
      writeFileAtomically(join(directory, 'missing', 'book.xlsx'), async () => {}),
    ).rejects.toThrow(/ENOENT/);
  });
});
