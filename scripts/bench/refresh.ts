// Section: refresh analytics on 5,000/50,000 and 50,000/500,000 customers/orders, through the bundle.
import { childReport } from './child-process';
import { formatMs } from './measure';
import type { RefreshBenchReport } from './refresh-child';
import type { BenchSection, SectionResult } from './section';

/** Apps Script's execution limit [developers.google.com/apps-script/guides/services/quotas]. */
const LIMIT_MS = 6 * 60 * 1000;
const SIZES: Array<[number, number]> = [
  [5_000, 50_000],
  [50_000, 500_000],
];

/**
 * The refresh section: spreadsheet calls (which must not grow with the rows), virtual time on the
 * emulator's clock (which must stay under Apps Script's 6 minutes), Node time and peak memory.
 */
export function refreshSection(root: string): BenchSection {
  return {
    title: 'Refresh analytics (app layer, through the bundle)',
    async run(): Promise<SectionResult> {
      const reports = SIZES.map(([customers, orders]) =>
        childReport<RefreshBenchReport>(root, 'scripts/bench/refresh-child.ts', [
          String(customers),
          String(orders),
        ]),
      );
      const sameCalls = reports.every(
        (r) =>
          r.calls === reports[0].calls &&
          r.getValues === reports[0].getValues &&
          r.setValues === reports[0].setValues,
      );
      const n = (value: number) => value.toLocaleString('en-US');
      return {
        title: this.title,
        intro:
          'refreshNow of dist/Code.js run by the local runtime on an emulated workbook (one execution): it reads ' +
          'Customers, Orders, Surveys, Interactions, Outbox, Settings and the Dashboard once each, chooses the purchase ' +
          'model (Model auto: BG/NBD, MBG/NBD and Pareto/NBD each fitted on all but the last third of the history and ' +
          'checked on it), fits it on all orders with Gamma-Gamma, scores every customer (P(alive), expected orders, CLV, RFM, k-means cluster, ' +
          'recommendations), then under the document lock saves the undo snapshot, re-reads the Customer ID column ' +
          'and writes the computed columns, the Dashboard and a Log row. Customers buy 10 times on average over two ' +
          'years (seeded generator). Each size runs in its own child process; peak memory is its maxRSS, workbook included.',
        columns: [
          'customers',
          'orders',
          'getValues',
          'setValues',
          'all calls',
          'virtual time',
          'Node time',
          'peak memory',
        ],
        rows: reports.map((r) => [
          n(r.customers),
          n(r.orders),
          String(r.getValues),
          String(r.setValues),
          String(r.calls),
          formatMs(r.virtualMs),
          formatMs(r.nodeMs),
          `${r.maxRssMb.toFixed(0)} MB`,
        ]),
        notes: [
          `Spreadsheet calls ${sameCalls ? 'are the same' : 'DIFFER'} at both sizes (target: constant as rows grow).`,
          ...reports.map(
            (r) =>
              `${n(r.customers)} customers: virtual time ${formatMs(r.virtualMs)} of the 6-minute limit ` +
              `(${r.virtualMs < LIMIT_MS ? 'meets' : 'MISSES'}); ${n(r.scored)} customers scored by the models.`,
          ),
          'Virtual time counts service calls only (7 ms a round trip plus 0.01 ms a cell, src/local/emulator/call-costs.ts); ' +
            'the script’s own computation is the Node time column, which Apps Script adds on its slower runtime.',
        ],
      };
    },
  };
}
