// Writes the messages a run sent into a folder, one .eml file each, as a mail program would keep them.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SentMessage } from '../emulator/mail-app';
import { emlMessage } from './eml-message';
import { outboxFileName } from './outbox-file-name';

/** Most other names tried for one message when its name is taken by a file of an earlier run. */
const MAX_ATTEMPTS = 1000;

/** Writes `text` to a new file named `name` in `dir`, or `name` with "-2", "-3", … when it is taken; returns the path. */
async function writeNew(dir: string, name: string, text: string): Promise<string> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const path = join(dir, attempt === 1 ? name : name.replace(/\.eml$/, `-${attempt}.eml`));
    try {
      await writeFile(path, text, { flag: 'wx' });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`${join(dir, name)} and ${MAX_ATTEMPTS - 1} other names are taken.`);
}

/**
 * Writes each of `messages`, sent from the account `from`, as an .eml file (emlMessage) in `dir`,
 * created when missing, named by outboxFileName; never overwrites a file (a replayed tick adds a
 * suffix). Returns the paths written, in the order of `messages`.
 */
export async function writeOutbox(
  dir: string,
  messages: readonly SentMessage[],
  from: string,
): Promise<string[]> {
  if (messages.length === 0) return [];
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [i, message] of messages.entries()) {
    const name = outboxFileName(message, i + 1, messages.length);
    paths.push(await writeNew(dir, name, emlMessage(message, { from, index: i + 1 })));
  }
  return paths;
}
