// The Dashboard rows refresh writes: customers, activity, revenue, repeat rate, retention, NPS, CSAT and CLV.

import { PURCHASE_MODEL_TITLES } from '../btyd/purchase-model-title';
import type { TinyData } from '../btyd/tiny-data';
import { customerSatisfaction } from '../metrics/customer-satisfaction';
import { netPromoterScore } from '../metrics/net-promoter-score';
import { repeatRate } from '../metrics/repeat-rate';
import { retentionRate } from '../metrics/retention-rate';
import type { Cell } from '../table/cell';
import { COLUMNS, type TabTable } from '../table/columns';
import { cellOf } from '../table/sheet-table';
import type { ModelChoice } from './choose-purchase-model';
import type { CustomerTotals } from './customer-totals';
import type { FittedModels } from './fit-models';
import type { Transaction } from './read-transactions';
import { retentionWindow } from './retention-window';
import { roundTo } from './round-to';
import type { CustomerScore } from './score-customers';
import type { DataMaturity } from './young-business';

/** A count as a person reads it: 6919 → "6,919". */
function grouped(count: number): string {
  return count.toLocaleString('en-US');
}

/** How a KPI's value reads: a count, money in the base currency, a share (49 %), a score (NPS), text. */
export type KpiFormat = 'count' | 'money' | 'share' | 'score' | 'text';

/** One Dashboard row. */
export interface Kpi {
  kpi: string;
  value: Cell;
  note: string;
  format: KpiFormat;
}

/** What the KPIs are computed from. */
export interface DashboardFacts {
  base: string;
  customers: number;
  transactions: readonly Transaction[];
  excludedCount: number;
  totals: ReadonlyMap<string, CustomerTotals>;
  scores: ReadonlyMap<string, CustomerScore>;
  models: FittedModels;
  maturity: DataMaturity;
  /** The purchase model chosen and why; absent, the model rows are left out. */
  choice?: ModelChoice;
  /** Whether the fit was penalised for tiny data. */
  small?: TinyData;
  asOfDay: number;
  surveys: TabTable<'surveys'>;
  discountRate: number;
}

/** P(alive) from which a customer counts as active on the Dashboard. */
const ACTIVE_P_ALIVE = 0.5;

function activeKpi(d: DashboardFacts): Kpi {
  if (d.scores.size === 0)
    return {
      kpi: 'Active customers',
      value: '',
      note: d.models.purchaseProblem || 'no orders yet',
      format: 'count',
    };
  const active = [...d.scores.values()].filter((m) => m.alive >= ACTIVE_P_ALIVE).length;
  return {
    kpi: 'Active customers',
    value: active,
    note: `P(alive) ≥ ${ACTIVE_P_ALIVE}${d.maturity.rough}`,
    format: 'count',
  };
}

function revenueKpi(d: DashboardFacts): Kpi {
  const revenue = d.transactions.reduce((sum, t) => sum + t.amount, 0);
  return {
    kpi: `Revenue (${d.base || 'no currency'})`,
    value: roundTo(revenue, 2),
    note: `${grouped(d.transactions.length)} orders used; ${grouped(d.excludedCount)} left out (see Problems)`,
    format: 'money',
  };
}

function repeatRateKpi(d: DashboardFacts): Kpi {
  const counts = [...d.totals.values()].map((c) => c.orders);
  if (counts.length === 0) return { kpi: 'Repeat rate', value: '', note: 'no orders yet', format: 'share' };
  return {
    kpi: 'Repeat rate',
    value: roundTo(repeatRate(counts), 4),
    note: 'share of buyers with 2 or more orders',
    format: 'share',
  };
}

function retentionKpi(d: DashboardFacts): Kpi {
  const { S, E, N } = retentionWindow(d.transactions, d.asOfDay);
  if (S === 0)
    return {
      kpi: 'Retention (12 months)',
      value: '',
      note: 'needs orders older than a year',
      format: 'share',
    };
  return {
    kpi: 'Retention (12 months)',
    value: roundTo(retentionRate(E, N, S), 4),
    note: `(E − N) / S with S = ${grouped(S)} active a year ago, E = ${grouped(E)} active now, N = ${grouped(N)} new`,
    format: 'share',
  };
}

/** The numeric answers of a Surveys column; text and blanks are not answers. */
function answers(
  surveys: TabTable<'surveys'>,
  header: typeof COLUMNS.surveys.nps | typeof COLUMNS.surveys.csat,
) {
  return surveys.rows
    .map((row) => cellOf(surveys, row, header))
    .filter((v): v is number => typeof v === 'number');
}

function npsKpi(d: DashboardFacts): Kpi {
  const nps = answers(d.surveys, COLUMNS.surveys.nps);
  if (nps.length === 0) return { kpi: 'NPS', value: '', note: 'no NPS answers in Surveys', format: 'score' };
  return {
    kpi: 'NPS',
    value: roundTo(netPromoterScore(nps), 1),
    note: `${grouped(nps.length)} answers`,
    format: 'score',
  };
}

function csatKpi(d: DashboardFacts): Kpi {
  const csat = answers(d.surveys, COLUMNS.surveys.csat);
  if (csat.length === 0)
    return { kpi: 'CSAT', value: '', note: 'no CSAT answers in Surveys', format: 'share' };
  return {
    kpi: 'CSAT',
    value: roundTo(customerSatisfaction(csat), 4),
    note: `share of ${grouped(csat.length)} answers ≥ 4`,
    format: 'share',
  };
}

function clvKpi(d: DashboardFacts): Kpi {
  const clvs = [...d.scores.values()].map((m) => m.clv).filter(Number.isFinite);
  if (clvs.length === 0) {
    const note = d.models.purchaseProblem || d.models.ggProblem || 'no orders yet';
    return { kpi: 'Total predicted CLV 12m', value: '', note, format: 'money' };
  }
  return {
    kpi: `Total predicted CLV 12m (${d.base})`,
    value: roundTo(
      clvs.reduce((a, b) => a + b, 0),
      2,
    ),
    note: `${PURCHASE_MODEL_TITLES[d.models.purchase?.kind ?? 'bgnbd']} + Gamma-Gamma, ${d.discountRate} monthly discount${d.maturity.rough}`,
    format: 'money',
  };
}

/** The short note of the model row; the Dashboard spells the whole reason out below the KPIs. */
const BASIS_NOTES: Readonly<Record<ModelChoice['basis'], (choice: ModelChoice) => string>> = {
  holdout: (c) => `predicted the last ${Math.round(c.check?.holdoutWeeks ?? 0)} weeks best`,
  setting: () => 'as Settings asks',
  likelihood: () => 'fits all orders best; not tested on recent weeks',
  none: () => 'not fitted yet',
};

function modelKpis(d: DashboardFacts): Kpi[] {
  const { choice } = d;
  if (!choice) return [];
  const penalised = d.small?.tiny ? `; ${d.small.note}` : '';
  const rows: Kpi[] = [
    {
      kpi: 'Purchase model',
      value: PURCHASE_MODEL_TITLES[choice.model],
      note: `${BASIS_NOTES[choice.basis](choice)} (see "Why this model" below)${penalised}`,
      format: 'text',
    },
  ];
  const check = choice.check;
  if (check && Number.isFinite(check.bias)) {
    const predicted = check.byFrequency.reduce((sum, g) => sum + g.predicted, 0);
    const actual = check.byFrequency.reduce((sum, g) => sum + g.actual, 0);
    // Signed with one decimal: a bias of 0.4 % would read "0 %" in the share format.
    const bias = `${check.bias >= 0 ? '+' : '−'}${Math.abs(check.bias * 100).toFixed(1)} %`;
    rows.push({
      kpi: 'Model check',
      value: bias,
      note: `predicted ${Math.round(predicted)} repeat orders in the last ${Math.round(check.holdoutWeeks)} weeks; ${actual} were made`,
      format: 'text',
    });
  }
  return rows;
}

function youngBusinessKpi(d: DashboardFacts): Kpi[] {
  if (!d.maturity.young) return [];
  return [
    {
      kpi: 'Data',
      value: 'young business',
      note: `only ${d.maturity.repeaters} customers with repeat orders: the models are fitted with a small L2 penalty and the estimates are rough`,
      format: 'text',
    },
  ];
}

/**
 * The Dashboard rows, in order: Customers, Active customers (P(alive) ≥ 0.5), Revenue in the base
 * currency, Repeat rate, Retention over the last 12 months, NPS, CSAT, Total predicted CLV 12m, the
 * purchase model with the sentence saying why, the model check's bias (predicted against actual
 * repeat orders in the holdout) when there was one, and for a young business a Data row saying the
 * estimates are rough. A KPI that cannot be computed
 * has an empty value and the reason as its note.
 */
export function dashboardKpis(d: DashboardFacts): Kpi[] {
  return [
    { kpi: 'Customers', value: d.customers, note: 'rows of Customers with a Customer ID', format: 'count' },
    activeKpi(d),
    revenueKpi(d),
    repeatRateKpi(d),
    retentionKpi(d),
    npsKpi(d),
    csatKpi(d),
    clvKpi(d),
    ...modelKpis(d),
    ...youngBusinessKpi(d),
  ];
}
