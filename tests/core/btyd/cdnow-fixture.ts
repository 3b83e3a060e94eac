// Loads the CDNOW fixtures (tests/fixtures/cdnow, copied from the lifetimes datasets) for the BTYD tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../../fixtures/cdnow/', import.meta.url));

/** Whole days since 1970-01-01 of a YYYYMMDD date, the day numbers summarizeTransactions expects. */
export function dayNumber(yyyymmdd: string): number {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export type CdnowTransaction = { customerId: string; day: number; amount: number };

/** CDNOW_sample.txt: 6,919 rows "master id, sample id, YYYYMMDD, CDs, dollars"; ids are the sample ids. */
export function loadSampleTransactions(): CdnowTransaction[] {
  return rows('CDNOW_sample.txt').map((fields) => ({
    customerId: String(Number(fields[1])),
    day: dayNumber(fields[2]),
    amount: Number(fields[4]),
  }));
}

/** CDNOW_master.txt: a header, then 69,659 rows "id, YYYYMMDD, CDs, dollars". */
export function loadMasterTransactions(): CdnowTransaction[] {
  return rows('CDNOW_master.txt')
    .slice(1)
    .map((fields) => ({ customerId: fields[0], day: dayNumber(fields[1]), amount: Number(fields[3]) }));
}

export type CdnowSummaryRow = { id: string; x: number; tx: number; T: number; zbar: number };

/** cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar for the 2,357 sample customers (weeks). */
export function loadSummaryWithSpend(): CdnowSummaryRow[] {
  return lines('cdnow_customers_summary_with_transactions.csv')
    .slice(1)
    .map((line) => {
      const [id, x, tx, T, zbar] = line.split(',');
      return { id, x: Number(x), tx: Number(tx), T: Number(T), zbar: Number(zbar) };
    });
}

/** cdnow_customers_summary.csv: ID,frequency,recency,T (weeks), as columns. */
export function loadSummaryColumns(): { frequency: number[]; recency: number[]; T: number[] } {
  const frequency: number[] = [];
  const recency: number[] = [];
  const T: number[] = [];
  for (const line of lines('cdnow_customers_summary.csv').slice(1)) {
    const [, x, tx, age] = line.split(',');
    frequency.push(Number(x));
    recency.push(Number(tx));
    T.push(Number(age));
  }
  return { frequency, recency, T };
}

function lines(name: string): string[] {
  return readFileSync(folder + name, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

function rows(name: string): string[][] {
  return lines(name).map((line) => line.trim().split(/\s+/));
}
