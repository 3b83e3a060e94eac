import { spawnSync } from 'node:child_process';
import { chmod, lstat, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTempFiles, writeFileAtomically } from '../../../src/local/store/atomic-write';
import { fileFingerprint } from '../../../src/local/store/file-fingerprint';

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

  it('gives the new file the permissions of the one it replaces', async () => {
    const target = join(directory, 'book.xlsx');
    await writeFile(target, 'old');
    await chmod(target, 0o640);
    await writeFileAtomically(target, async (stream) => {
      stream.end('new');
    });
    expect((await stat(target)).mode & 0o7777).toBe(0o640);
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('keeps the version another program wrote after the expected one, and leaves no temp file', async () => {
    const target = join(directory, 'book.xlsx');
    await writeFile(target, 'as read');
    const expected = await fileFingerprint(target);
    // Another program saves the file in place (same inode, same size) after it was read.
    await writeFile(target, 'theirs!');
    await expect(
      writeFileAtomically(
        target,
        async (stream) => {
          stream.end('ours');
        },
        { expected },
      ),
    ).rejects.toThrow(
      `${target}: the file was changed by another program since it was read; that version is kept`,
    );
    expect(await readFile(target, 'utf8')).toBe('theirs!');
    expect(await readdir(directory)).toEqual(['book.xlsx']);
  });

  it('does not replace a file another program created where none was when it was read', async () => {
    const target = join(directory, 'new.xlsx');
    const expected = await fileFingerprint(target);
    expect(expected).toBeNull();
    await writeFile(target, 'theirs');
    await expect(
      writeFileAtomically(
        target,
        async (stream) => {
          stream.end('ours');
        },
        { expected },
      ),
    ).rejects.toThrow('changed by another program');
    expect(await readFile(target, 'utf8')).toBe('theirs');
  });

  it('removes the temp files of writers that no longer run, and only of this target', async () => {
    const target = join(directory, 'book.xlsx');
    await writeFile(target, 'old');
    const dead = spawnSync(process.execPath, ['-e', '']).pid as number;
    const uuid = '0b6e7c4e-4a51-4b1e-9d8c-2f4f1a0c9e11';
    const stale = `.book.xlsx.${dead}.${uuid}.tmp`;
    const live = `.book.xlsx.${process.ppid}.${uuid}.tmp`;
    const otherBook = `.other.xlsx.${dead}.${uuid}.tmp`;
    for (const name of [stale, live, otherBook]) await writeFile(join(directory, name), 'part');
    await removeStaleTempFiles(target);
    expect((await readdir(directory)).sort()).toEqual([live, otherBook, 'book.xlsx'].sort());
    await writeFileAtomically(join(directory, 'other.xlsx'), async (stream) => {
      stream.end('x');
    });
    expect((await readdir(directory)).sort()).toEqual([live, 'book.xlsx', 'other.xlsx'].sort());
  });

  it('keeps a symlink to the target a symlink and replaces the file it points to', async () => {
    const target = join(directory, 'book.xlsx');
    const link = join(directory, 'link.xlsx');
    await writeFile(target, 'old');
    await symlink(target, link);
    await writeFileAtomically(link, async (stream) => {
      stream.end('new');
    });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('new');
  });
});
