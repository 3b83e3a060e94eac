import { describe, expect, it } from 'vitest';
import { planMerge } from '../../../src/core/clean/plan-merge';
import { undoMerge } from '../../../src/core/clean/undo-merge';

const existing = Object.freeze({
  'Customer ID': 'C-1',
  Name: 'Ana Silva',
  Email: 'ana.silva@gmail.com',
  Phone: '+351910000001',
  Company: '',
  Tags: 'vip',
  Consent: true,
  Notes: 'Met at the Lisbon fair',
});
const source = { channel: 'stripe', date: '2024-02-01' };

describe('undoMerge', () => {
  it('restores the values before the merge, but not fields edited since', () => {
    const plan = planMerge(existing, { Company: 'Lumen Candles', Tags: 'repeat' }, source);
    const merged = { ...existing, ...plan.after };
    expect(undoMerge(merged, plan.changes)).toEqual({ restore: { Company: '', Tags: 'vip' }, kept: [] });
    const edited = { ...merged, Tags: 'vip, repeat, wholesale' };
    expect(undoMerge(edited, plan.changes)).toEqual({ restore: { Company: '' }, kept: ['Tags'] });
  });
});
