// Reads the CDNOW transaction logs of tests/fixtures/cdnow into plain transactions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One purchase: customer, day number (days since 1970-01-01) and amount in dollars. */
export interface Transaction {
  customerId: string;
  day: number;
  amount: number;
}

/** Day number of a YYYYMMDD date. */
export function dayOf(yyyymmdd: string): number {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/**
 * The transactions of CDNOW_master.txt (header line, then: customer id, YYYYMMDD date, number
 * of CDs, dollar value) found in `root`/tests/fixtures/cdnow.
 */
export function readCdnowMaster(root: string): Transaction[] {
  const text = readFileSync(join(root, 'tests/fixtures/cdnow/CDNOW_master.txt'), 'utf8');
  const out: Transaction[] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 4) continue;
    out.push({ customerId: fields[0], day: dayOf(fields[1]), amount: Number(fields[3]) });
  }
  return out;
}
