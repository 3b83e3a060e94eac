// Child process of section (a): reads CDNOW_master.txt and runs the pipeline, then reports its peak memory.
// Bundled and run with bare Node (bundledChildReport), so the figure is this project's code alone.

import { dayOf, readCdnowMaster } from './cdnow';
import { cdnowPipeline } from './cdnow-pipeline';

/** What the child reports. */
export interface CdnowMemoryReport {
  /** Peak resident memory of the process: Node itself, the file, its transactions and the pipeline. */
  maxRssMb: number;
  /** Resident memory of bare Node before anything was read. */
  startRssMb: number;
  customers: number;
}

const RUNS = 5;

function main(): void {
  const startRssMb = process.resourceUsage().maxRSS / 1024;
  const transactions = readCdnowMaster(process.cwd());
  let customers = 0;
  for (let k = 0; k < RUNS; k++)
    customers = cdnowPipeline(transactions, dayOf('19980630')).summary.customerIds.length;
  const report: CdnowMemoryReport = {
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    startRssMb,
    customers,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main();
