// Section: refresh analytics on 5,000/50,000 and 50,000/500,000 customers/orders, through the bundle.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { childReport, runScript } from './child-process';
import { formatMs } from './measure';
import { writePlainBundle } from './plain-bundle';
import { profileSteps, type StepShare } from './profile-steps';
import type { RefreshBenchReport } from './refresh-child';
import type { BenchSection, SectionResult } from './section';

/** Issue 11's targets for the largest size: Node time and peak memory (Apps Script's V8 is slower and smaller). */
const TARGET_NODE_MS = 6000;
const TARGET_MB = 400;

/** The steps of refreshAnalytics (src/app/refresh.ts, core/analytics) by their functions' source names. */
const STEPS = [
  { step: 'read the tabs (getValues)', functions: ['readAnalyticsInput'] },
  {
    step: 'orders to transactions',
    functions: ['readTransactions', 'analyticsBaseCurrency', 'findOrphanOrders'],
  },
  {
    step: 'summarise (totals, BTYD summaries)',
    functions: ['customerTotals', 'modelSummaries', 'dataMaturity'],
  },
  { step: 'fit the models', functions: ['fitModels'] },
  { step: 'score (P(alive), expected orders, CLV)', functions: ['scoreCustomers'] },
  { step: 'RFM', functions: ['rfmByCustomer'] },
  { step: 'k-means clusters', functions: ['customerClusters'] },
  { step: 'recommendations', functions: ['recommendations'] },
  { step: 'engagement (surveys, interactions, outbox)', functions: ['readEngagement'] },
  { step: 'customer columns', functions: ['customerColumns', 'keepSavedSegments'] },
  {
    step: 'Dashboard (KPIs, sheet, write)',
    functions: ['dashboardKpis', 'dashboardSheet', 'writeDashboard'],
  },
  { step: 'undo snapshot', functions: ['refreshSnapshot', 'saveSnapshot'] },
  { step: 'write the columns (setValues)', functions: ['writeOwnedColumns'] },
  { step: 'Log row', functions: ['logRefresh'] },
] as const;

/**
 * The largest size once more, under node --cpu-prof with an unminified bundle, and its time by
 * step. The profiler slows the run a little; the shares, not the times, are the point.
 */
async function stepShares(root: string, customers: number, orders: number): Promise<StepShare[]> {
  const bundle = await writePlainBundle(root);
  const folder = mkdtempSync(join(tmpdir(), 'solo-crm-profile-'));
  try {
    runScript(
      root,
      'scripts/bench/refresh-child.ts',
      [String(customers), String(orders), bundle],
      ['--cpu-prof', `--cpu-prof-dir=${folder}`],
    );
    // The loader's worker thread writes a profile too; the refresh is in the largest.
    const files = readdirSync(folder).map((name) => join(folder, name));
    const texts = files.map((file) => readFileSync(file, 'utf8')).sort((a, b) => b.length - a.length);
    return profileSteps(JSON.parse(texts[0]), 'refreshAnalytics', STEPS);
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(dirname(bundle), { recursive: true, force: true });
  }
}

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
      const [largestCustomers, largestOrders] = SIZES[SIZES.length - 1];
      const shares = await stepShares(root, largestCustomers, largestOrders);
      const largest = reports[reports.length - 1];
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
          'CPU time',
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
          formatMs(r.cpuMs),
          `${r.maxRssMb.toFixed(0)} MB`,
        ]),
        notes: [
          `Spreadsheet calls ${sameCalls ? 'are the same' : 'DIFFER'} at both sizes (target: constant as rows grow).`,
          ...reports.map(
            (r) =>
              `${n(r.customers)} customers: virtual time ${formatMs(r.virtualMs)} of the 6-minute limit ` +
              `(${r.virtualMs < LIMIT_MS ? 'meets' : 'MISSES'}); ${n(r.scored)} customers scored by the models.`,
          ),
          `${n(largest.customers)} customers: Node time ${formatMs(largest.nodeMs)}, target < ${TARGET_NODE_MS / 1000} s ` +
            `(${largest.nodeMs < TARGET_NODE_MS ? 'meets' : 'MISSES'}); peak memory ${largest.maxRssMb.toFixed(0)} MB, ` +
            `target < ${TARGET_MB} MB (${largest.maxRssMb < TARGET_MB ? 'meets' : 'MISSES'}), of which ${largest.rssBeforeMb.toFixed(0)} MB ` +
            'were held before the refresh began (Node, the TypeScript loader, the bundle and the emulated workbook). ' +
            "Before issue 11's work: 17–20 s and about 1 GB.",
          `Share of the ${n(largest.customers)}-customer refresh by step (a second run under node --cpu-prof with an ` +
            'unminified bundle; the workbook is the emulator\u2019s, its getValues and setValues copies are in the read and ' +
            `write steps): ${shares.map((s) => `${s.step} ${(s.share * 100).toFixed(0)} %`).join(', ')}.`,
          'CPU time is user + system time of the child over the refresh (V8\u2019s helper threads included); a CPU time ' +
            'well below the Node time means the process waited for the processor, busy with other work.',
          'Virtual time counts service calls only (7 ms a round trip plus 0.01 ms a cell, src/local/emulator/call-costs.ts); ' +
            'the script’s own computation is the Node time column, which Apps Script adds on its slower runtime.',
        ],
      };
    },
  };
}
