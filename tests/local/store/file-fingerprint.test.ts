// fileFingerprint and sameFingerprint: the version of a file on disk, to notice another program changed it.
import { mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type FileFingerprint,
  fileFingerprint,
  sameFingerprint,
} from '../../../src/local/store/file-fingerprint';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'file-fingerprint-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const BASE: FileFingerprint = Object.freeze({ dev: 1n, ino: 2n, size: 3n, mtimeNs: 4n, ctimeNs: 5n });

describe('fileFingerprint', () => {
  it('is the device, inode, size and nanosecond change times the file system reports', async () => {
    const path = join(directory, 'book.xlsx');
    await writeFile(path, 'twelve bytes');
    const stats = await stat(path, { bigint: true });
    expect(await fileFingerprint(path)).toEqual({
      dev: stats.dev,
      ino: stats.ino,
      size: 12n,
      mtimeNs: stats.mtimeNs,
      ctimeNs: stats.ctimeNs,
    });
  });

  it('is null for a file that does not exist', async () => {
    expect(await fileFingerprint(join(directory, 'missing.xlsx'))).toBeNull();
  });

  it('rethrows other errors, such as a path through a file', async () => {
    const file = join(directory, 'book.xlsx');
    await writeFile(file, 'x');
    await expect(fileFingerprint(join(file, 'inside'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it('stays the same while nobody touches the file, and changes when it is rewritten or replaced', async () => {
    const path = join(directory, 'book.xlsx');
    await writeFile(path, 'one');
    const first = await fileFingerprint(path);
    expect(sameFingerprint(first, await fileFingerprint(path))).toBe(true);
    await writeFile(path, 'three');
    const rewritten = await fileFingerprint(path);
    expect(sameFingerprint(first, rewritten)).toBe(false);
    // Same bytes under a new inode: another program saved the file by replacing it.
    const other = join(directory, 'other.xlsx');
    await writeFile(other, 'three');
    await rename(other, path);
    const replaced = await fileFingerprint(path);
    expect(replaced?.size).toBe(rewritten?.size);
    expect(sameFingerprint(rewritten, replaced)).toBe(false);
  });
});

describe('sameFingerprint', () => {
  it('holds for equal fields, even of different objects', () => {
    expect(sameFingerprint(BASE, { ...BASE })).toBe(true);
  });

  it('fails when any one field differs', () => {
    for (const field of ['dev', 'ino', 'size', 'mtimeNs', 'ctimeNs'] as const) {
      expect(sameFingerprint(BASE, { ...BASE, [field]: BASE[field] + 1n })).toBe(false);
    }
  });

  it('treats two missing files as the same version, and a missing file as unlike any file', () => {
    expect(sameFingerprint(null, null)).toBe(true);
    expect(sameFingerprint(null, BASE)).toBe(false);
    expect(sameFingerprint(BASE, null)).toBe(false);
  });
});
