// Sheets-shaped arguments (2-D ranges, Date cells) of every CRM_ formula, for n customer rows.
import { simulateBgNbd } from '../../src/core/btyd/simulate-bg-nbd';
import { customFunctionEntryPoints } from '../../src/entry/custom-functions';

export type FormulaName = keyof typeof customFunctionEntryPoints;

/** The arguments of one call and a short description of what they are. */
export interface FormulaCall {
  args: unknown[];
  input: string;
}

/** A small deterministic generator (mulberry32), so every bench run sees the same data. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const col = (values: unknown[]): unknown[][] => values.map((v) => [v]);
const run = (name: FormulaName, ...args: unknown[]) =>
  (customFunctionEntryPoints[name].run as (...a: unknown[]) => unknown)(...args);

/**
 * Arguments for every formula with `n` rows of customers (or transactions, orders, answers),
 * built the way Sheets passes them. Fitted parameters are produced by calling the fit formulas
 * once here, so the timed calls receive exactly what a spreadsheet would pass along.
 */
export function formulaCalls(n: number, seed = 20260101): Record<FormulaName, FormulaCall> {
  const random = generator(seed);
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const round2 = (v: number) => Math.round(v * 100) / 100;

  // A customer base in weeks drawn from BG/NBD with the CDNOW estimates of Fader, Hardie & Lee
  // (2005), observed 27 to 39 weeks like the CDNOW cohort, recency to 2 decimals like its summary;
  // mean repeat spend $5–200 (0 without repeats).
  const simulated = simulateBgNbd({ r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 }, n, {
    T: (i) => 27 + (i % 13),
    seed,
    timeStep: 0.01,
  });
  const x = Array.from(simulated.frequency);
  const tx = Array.from(simulated.recency);
  const T = Array.from(simulated.T);
  const m = x.map((repeats) => (repeats === 0 ? 0 : round2(5 + random() * 195)));
  const X = col(x);
  const TX = col(tx);
  const TT = col(T);
  const M = col(m);

  // n transactions of n/4 customers in 1997–1998, dates as Sheets passes them (Date objects).
  const ids: unknown[][] = [];
  const dates: unknown[][] = [];
  const amounts: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    ids.push([`C${int(1, Math.max(1, n >> 2))}`]);
    dates.push([new Date(1997, 0, 1 + int(0, 545))]);
    amounts.push([round2(5 + random() * 95)]);
  }

  const bg = run('CRM_BGNBD_FIT', X, TX, TT);
  const gg = run('CRM_GAMMAGAMMA_FIT', X, M);

  // Churn data: three features and an outcome drawn from a known logistic model.
  const features: number[][] = [];
  const churned: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    const row = [x[i], T[i] - tx[i], m[i]];
    const z = -0.5 - 0.3 * row[0] + 0.05 * row[1] - 0.002 * row[2];
    features.push(row);
    churned.push([random() < 1 / (1 + Math.exp(-z)) ? 1 : 0]);
  }
  const model = run('CRM_CHURN_MODEL', features, churned);
  const probability = col(features.map((row) => 1 / (1 + Math.exp(0.5 + 0.3 * row[0] - 0.05 * row[1]))));

  // Orders for recommendations: every customer buys 1–3 of 50 products, popular ones more often.
  const orderIds: unknown[][] = [];
  const products: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    const count = int(1, 3);
    for (let k = 0; k < count; k++) {
      orderIds.push([`C${i}`]);
      products.push([`P${Math.floor(50 * random() ** 2)}`]);
    }
  }
  const customers = col(Array.from({ length: n }, (_, i) => `C${i}`));

  const revenue = Array.from({ length: n }, () => Array.from({ length: 12 }, () => round2(random() * 100)));
  const scores = col(Array.from({ length: n }, () => int(0, 10)));
  const csat = col(Array.from({ length: n }, () => int(1, 5)));
  const start = Array.from({ length: n }, () => int(100, 1000));
  const lost = start.map((s) => int(0, s));
  const added = start.map(() => int(0, 100));
  const end = start.map((s, i) => s - lost[i] + added[i]);
  const recencyDays = col(T.map((t, i) => Math.round((t - tx[i]) * 7)));
  const rates = col(Array.from({ length: n }, () => round2(random())));

  return {
    CRM_SUMMARY: {
      args: [ids, dates, amounts, '', 'weeks'],
      input: `${n} transactions, ${n >> 2} customers`,
    },
    CRM_MODEL_CHECK: {
      args: [ids, dates, amounts, '1997-09-30', '1998-06-30'],
      input: `${n} transactions, ${n >> 2} customers, 39 + 39 weeks`,
    },
    CRM_BGNBD_FIT: { args: [X, TX, TT], input: `${n} customers` },
    CRM_MBGNBD_FIT: { args: [X, TX, TT], input: `${n} customers` },
    CRM_PARETO_NBD_FIT: { args: [X, TX, TT], input: `${n} customers` },
    CRM_PALIVE: { args: [X, TX, TT, bg], input: `${n} customers` },
    CRM_CHURN_RISK: { args: [X, TX, TT, bg], input: `${n} customers` },
    CRM_EXPECTED_PURCHASES: { args: [39, X, TX, TT, bg], input: `${n} customers, horizon 39` },
    CRM_GAMMAGAMMA_FIT: { args: [X, M], input: `${n} customers` },
    CRM_EXPECTED_SPEND: { args: [X, M, gg], input: `${n} customers` },
    CRM_CLV_PREDICT: { args: [X, TX, TT, M, bg, gg, 12, 0.01, 'weeks'], input: `${n} customers, 12 months` },
    CRM_CLV: { args: [revenue, 0.1, '', 0.8], input: `${n} customers × 12 periods` },
    CRM_RFM: { args: [recencyDays, X, M], input: `${n} customers` },
    CRM_NPS: { args: [scores], input: `${n} answers` },
    CRM_CSAT: { args: [csat], input: `${n} answers` },
    CRM_RETENTION_RATE: { args: [col(end), col(added), col(start)], input: `${n} rows` },
    CRM_CHURN_RATE: { args: [col(lost), col(start)], input: `${n} rows` },
    CRM_REPEAT_RATE: { args: [col(x.map((v) => v + 1))], input: `${n} customers` },
    CRM_LOYALTY_INDEX: { args: [rates, rates], input: `${n} rows` },
    CRM_ROI: { args: [col(end), col(start)], input: `${n} rows` },
    CRM_CLV_SHARE: { args: [M], input: `${n} customers` },
    CRM_CHURN_MODEL: { args: [features, churned], input: `${n} customers × 3 features` },
    CRM_CHURN_SCORE: { args: [features, model], input: `${n} customers × 3 features` },
    CRM_CLASSIFICATION_REPORT: { args: [churned, probability], input: `${n} customers` },
    CRM_RECOMMEND: {
      args: [orderIds, products, customers, 3],
      input: `${orderIds.length} orders, ${n} customers, 50 products`,
    },
  };
}
