import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../src/local/cli/bundle-session';
import { readWorkbook } from '../../../src/local/store/read-workbook';
import { crmInProcess as crm, crmChildProcess as crmProcess } from './run-crm';
import { tempFolder } from './temp-folder';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'imports');
const SHOPIFY = join(FIXTURES, 'shopify_orders_export.csv');
const STRIPE = join(FIXTURES, 'stripe_unified_payments.csv');

/** A file's bytes and change time, to prove a refused command left it alone. */
function fingerprint(path: string): string {
  const stats = statSync(path, { bigint: true });
  const bytes = createHash('sha256').update(readFileSync(path)).digest('hex');
  return `${bytes}@${stats.mtimeNs}/${stats.ctimeNs}`;
}

/** A pid that no process has any more: a child that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid as number;
}

/** Exports customer C000001 of the workbook to `out`, as the --out checks below try it. */
function exportTo(workbook: string, out: string) {
  return crm('export-customer', '--workbook', workbook, '--customer', 'C000001', '--out', out);
}

describe('the workbook file under the crm command line', () => {
  const temp = tempFolder('crm-file-');
  let base: string;
  let count = 0;

  /** A copy of a set-up workbook, so each test starts from its own file. */
  function freshWorkbook(): string {
    const path = temp.file(`shop-${++count}.xlsx`);
    copyFileSync(base, path);
    return path;
  }

  beforeAll(async () => {
    base = temp.file('base.xlsx');
    expect((await crm('setup', '--workbook', base)).status).toBe(0);
  });

  it('lands both of two imports started together as separate processes on one workbook', async () => {
    const workbook = freshWorkbook();
    const [shopify, stripe] = await Promise.all([
      crmProcess('import', '--workbook', workbook, '--preset', 'shopify', '--file', SHOPIFY, '--json'),
      crmProcess('import', '--workbook', workbook, '--preset', 'stripe', '--file', STRIPE, '--json'),
    ]);
    expect([shopify.status, stripe.status, shopify.err, stripe.err]).toEqual([0, 0, '', '']);
    const added = JSON.parse(shopify.out).ordersAdded + JSON.parse(stripe.out).ordersAdded;
    expect(JSON.parse(shopify.out).ordersAdded).toBe(24);
    const orders = (await readWorkbook(workbook)).sheets.find((sheet) => sheet.name === 'Orders')!;
    const channel = orders.values[0].indexOf('Channel');
    const rows = orders.values.slice(1).filter((row) => row[0] !== '');
    expect(rows).toHaveLength(added);
    expect(rows.filter((row) => row[channel] === 'shopify')).toHaveLength(24);
    expect(rows.filter((row) => row[channel] === 'stripe')).toHaveLength(added - 24);
    expect(readdirSync(temp.path).filter((name) => name.endsWith('.tmp') || name.endsWith('.lock'))).toEqual(
      [],
    );
  });

  it('refuses a read-only workbook and leaves its bytes and mode as they were', async () => {
    const workbook = freshWorkbook();
    chmodSync(workbook, 0o444);
    const before = fingerprint(workbook);
    const refresh = await crm('refresh', '--workbook', workbook);
    expect(refresh.status).toBe(1);
    expect(refresh.err).toContain(`${workbook}: the workbook is read-only; nothing was changed`);
    expect(fingerprint(workbook)).toBe(before);
    expect(statSync(workbook).mode & 0o7777).toBe(0o444);
  });

  it('keeps the mode of the workbook it replaces', async () => {
    const workbook = freshWorkbook();
    chmodSync(workbook, 0o640);
    expect((await crm('refresh', '--workbook', workbook)).status).toBe(0);
    expect(statSync(workbook).mode & 0o7777).toBe(0o640);
    chmodSync(workbook, 0o604);
    expect(
      (await crm('import', '--workbook', workbook, '--preset', 'shopify', '--file', SHOPIFY)).status,
    ).toBe(0);
    expect(statSync(workbook).mode & 0o7777).toBe(0o604);
  });

  it('removes the temp file and takes over the lock a killed writer left, and keeps a running one’s temp file', async () => {
    const workbook = freshWorkbook();
    const name = workbook.slice(temp.path.length + 1);
    const stale = temp.file(`.${name}.${deadPid()}.0b6e7c4e-4a51-4b1e-9d8c-2f4f1a0c9e11.tmp`);
    const running = temp.file(`.${name}.${process.ppid}.5d1f3a2b-7c64-4e8f-a9b0-1c2d3e4f5a6b.tmp`);
    writeFileSync(stale, 'half a workbook');
    writeFileSync(running, 'being written');
    // The lock directory of a killed command: nobody has refreshed it for a minute.
    mkdirSync(`${workbook}.lock`);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(`${workbook}.lock`, minuteAgo, minuteAgo);
    const refresh = await crm('refresh', '--workbook', workbook);
    expect(refresh.status).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(`${workbook}.lock`)).toBe(false);
  });

  it('refuses an export --out that is the workbook under any name, or another .xlsx, with exit 2', async () => {
    const workbook = freshWorkbook();
    const other = freshWorkbook();
    const linked = temp.file('linked.json');
    symlinkSync(workbook, linked);
    const hard = temp.file('hard.json');
    linkSync(workbook, hard);
    const before = fingerprint(workbook);
    const otherBefore = fingerprint(other);
    const spellings = [
      workbook,
      temp.file('.', '..', temp.path.split('/').pop()!, workbook.slice(temp.path.length + 1)),
      linked,
      hard,
    ];
    for (const out of spellings) {
      const result = await exportTo(workbook, out);
      expect(result.status).toBe(2);
      expect(result.err).toContain(
        `--out ${out} is the workbook itself (${workbook}); the JSON would replace it.`,
      );
    }
    const overOther = await exportTo(workbook, other);
    expect(overOther.status).toBe(2);
    expect(overOther.err).toContain(
      `--out ${other} is an existing .xlsx workbook; JSON is not written over a workbook.`,
    );
    const disguised = temp.file('disguised.json');
    copyFileSync(other, disguised);
    const overDisguised = await exportTo(workbook, disguised);
    expect(overDisguised.status).toBe(2);
    expect(overDisguised.err).toContain(`--out ${disguised} is an existing .xlsx workbook`);
    expect(fingerprint(workbook)).toBe(before);
    expect(fingerprint(other)).toBe(otherBefore);
  });
});
