// The three per-transaction arguments of the formulas that read a transaction log, documented once.
import type { ParamDoc } from '../entry-point';

/** customer_ids, dates and amounts, as CRM_SUMMARY and CRM_MODEL_CHECK describe them. */
export const TRANSACTION_PARAMS: ParamDoc[] = [
  { name: 'customer_ids', description: 'Customer of each transaction.' },
  {
    name: 'dates',
    description:
      "Date of each transaction (a date, or ISO text such as 2024-01-05), dated in the spreadsheet's time zone.",
  },
  { name: 'amounts', description: 'Amount of each transaction.' },
];
