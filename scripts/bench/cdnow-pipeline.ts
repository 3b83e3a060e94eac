// The four steps of section (a) on parsed CDNOW transactions: summary, BG/NBD fit, Gamma-Gamma fit, 12-month CLV.
import { fitBgNbd } from '../../src/core/btyd/fit-bg-nbd';
import { fitGammaGamma } from '../../src/core/btyd/gamma-gamma';
import { predictClvMany } from '../../src/core/btyd/predict-clv';
import { summarizeTransactionColumns } from '../../src/core/btyd/summarize-transaction-columns';
import type { Transaction } from './cdnow';

export const CLV_OPTIONS = { months: 12, monthlyDiscount: 0.01, unit: 'weeks' } as const;

/** The summary in weeks as of `asOfDay`, both fits, and every customer's 12-month CLV. */
export function cdnowPipeline(transactions: readonly Transaction[], asOfDay: number) {
  // Columns, as lifetimes' summary is a DataFrame of columns.
  const summary = summarizeTransactionColumns(transactions, { asOfDay, unit: 'weeks' });
  const { frequency, recency, T, monetaryValue: monetary } = summary;
  const bg = fitBgNbd({ frequency, recency, T });
  const gg = fitGammaGamma(frequency, monetary);
  const clv = predictClvMany(bg, gg, { frequency, recency, T, monetary }, CLV_OPTIONS);
  return { summary, frequency, recency, T, monetary, bg, gg, clv };
}
