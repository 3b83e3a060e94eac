// Section (a): the CDNOW master pipeline (summary, BG/NBD fit, Gamma-Gamma fit, 12-month CLV), in-process.
import { fitBgNbd } from '../../src/core/btyd/fit-bg-nbd';
import { fitGammaGamma } from '../../src/core/btyd/gamma-gamma';
import { predictClvMany } from '../../src/core/btyd/predict-clv';
import { summarizeTransactions } from '../../src/core/btyd/summarize-transactions';
import { dayOf, readCdnowMaster } from './cdnow';
import { formatMs, time, timeOnce } from './measure';
import type { BenchSection, SectionResult } from './section';

const RUNS = 15;
const WARMUP = 3;
const TARGET_MS = 100;
const PEER_MS = 500;
// The master file ends on 1998-06-30 (fixture README); the observation period ends there too.
const AS_OF = '19980630';
const CLV_OPTIONS = { months: 12, monthlyDiscount: 0.01, unit: 'weeks' } as const;

/** The four steps of the pipeline on parsed transactions. */
function pipeline(transactions: ReturnType<typeof readCdnowMaster>, asOfDay: number) {
  const summary = summarizeTransactions(transactions, { asOfDay, unit: 'weeks' });
  const frequency = summary.map((s) => s.frequency);
  const recency = summary.map((s) => s.recency);
  const T = summary.map((s) => s.T);
  const monetary = summary.map((s) => s.monetaryValue);
  const bg = fitBgNbd({ frequency, recency, T });
  const gg = fitGammaGamma(frequency, monetary);
  const clv = predictClvMany(bg, gg, { frequency, recency, T, monetary }, CLV_OPTIONS);
  return { summary, frequency, recency, T, monetary, bg, gg, clv };
}

export function cdnowMasterSection(root: string): BenchSection {
  return {
    title: '(a) CDNOW master pipeline',
    async run(): Promise<SectionResult> {
      const parsed = timeOnce(() => readCdnowMaster(root));
      const transactions = parsed.value;
      const asOfDay = dayOf(AS_OF);
      const result = pipeline(transactions, asOfDay);
      const { frequency, recency, T, monetary } = result;

      const steps: Array<[string, () => unknown]> = [
        [
          'summary (weeks, as of 1998-06-30)',
          () => summarizeTransactions(transactions, { asOfDay, unit: 'weeks' }),
        ],
        ['BG/NBD fit', () => fitBgNbd({ frequency, recency, T })],
        ['Gamma-Gamma fit', () => fitGammaGamma(frequency, monetary)],
        [
          `12-month CLV, ${result.summary.length} customers`,
          () => predictClvMany(result.bg, result.gg, { frequency, recency, T, monetary }, CLV_OPTIONS),
        ],
      ];
      const rows = steps.map(([name, work]) => {
        const t = time(work, RUNS, WARMUP);
        return [name, formatMs(t.median), formatMs(t.min), ''];
      });
      const total = time(() => pipeline(transactions, asOfDay), RUNS, WARMUP);
      rows.push([
        '**all four steps**',
        formatMs(total.median),
        formatMs(total.min),
        `${total.median < TARGET_MS ? 'meets' : 'MISSES'} < ${TARGET_MS} ms; ${(PEER_MS / total.median).toFixed(0)}× faster than lifetimes (~0.5 s)`,
      ]);

      const repeaters = frequency.filter((x) => x > 0).length;
      const totalClv = result.clv.reduce((a, b) => a + b, 0);
      return {
        title: this.title,
        intro:
          `${transactions.length.toLocaleString('en-US')} transactions of tests/fixtures/cdnow/CDNOW_master.txt, ` +
          `already parsed (parsing the file took ${formatMs(parsed.ms)}, not counted). Median and fastest of ` +
          `${RUNS} runs after ${WARMUP} warm-up runs, in this process. The summary is in weeks as of 1998-06-30, ` +
          'the last day the data covers. Peer: lifetimes 0.11 takes about 0.5 s for the same four steps.',
        columns: ['step', 'median', 'fastest', 'against target'],
        rows,
        notes: [
          `${result.summary.length.toLocaleString('en-US')} customers, ${repeaters.toLocaleString('en-US')} with repeat purchases.`,
          `BG/NBD: r ${result.bg.r.toFixed(4)}, alpha ${result.bg.alpha.toFixed(4)}, a ${result.bg.a.toFixed(4)}, b ${result.bg.b.toFixed(4)}, LL ${result.bg.logLikelihood.toFixed(2)}.`,
          `Gamma-Gamma: p ${result.gg.p.toFixed(4)}, q ${result.gg.q.toFixed(4)}, gamma ${result.gg.gamma.toFixed(4)} on ${result.gg.used.toLocaleString('en-US')} customers; ` +
            `${result.gg.excludedZeroMonetary} repeat buyers excluded because their monetary value is $0 ` +
            '(lifetimes refuses the whole fit on this data).',
          `Total predicted 12-month CLV: $${totalClv.toLocaleString('en-US', { maximumFractionDigits: 0 })}.`,
        ],
      };
    },
  };
}
