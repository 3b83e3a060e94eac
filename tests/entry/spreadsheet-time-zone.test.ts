// Formulas date purchases in the spreadsheet's time zone, not the script's or the host's, on the bundle.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle } from './bundle-harness';
import { runTokyoScenario } from './tokyo-same-day-scenario';

const SCENARIO = fileURLToPath(new URL('./tokyo-same-day-scenario.ts', import.meta.url));

describe("CRM_SUMMARY in a Tokyo spreadsheet with the manifest's UTC script zone", () => {
  beforeAll(() => {
    bundle();
  });

  it('counts 00:30 and 23:30 of one local day as one period and agrees with Refresh', () => {
    const result = runTokyoScenario();
    expect(result.scriptTimeZone).toBe('Etc/UTC');
    // The two purchases of 2024-03-05 fall on two UTC dates.
    expect(result.orderDates).toEqual([
      '2024-03-04T15:30:00.000Z',
      '2024-03-05T14:30:00.000Z',
      '2024-03-15T03:00:00.000Z',
    ]);
    // Days 03-05 (10 + 20) and 03-15 (30): one repeat period, recency 10 days, T 03-05 → 06-01 = 88 days.
    const [header, row] = result.summary as unknown[][];
    expect(header).toEqual(['Customer', 'Frequency', 'Recency', 'T', 'Monetary']);
    expect(row.slice(1)).toEqual([1, 10, 88, 30]);
    expect(result.customers).toEqual([{ id: row[0], orders: 3, frequency: 1, recency: 10, t: 88 }]);
  });

  it('gives the same answer whatever the host time zone is', () => {
    const outputs = ['Asia/Tokyo', 'America/New_York', 'UTC', 'Pacific/Kiritimati'].map((tz) => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', SCENARIO], {
        encoding: 'utf8',
        env: { ...process.env, TZ: tz },
      });
      if (child.status !== 0) throw new Error(`TZ=${tz}: ${child.stderr}`);
      return JSON.parse(child.stdout) as unknown;
    });
    const here = JSON.parse(JSON.stringify(runTokyoScenario()));
    for (const output of outputs) expect(output).toEqual(here);
  });
});
