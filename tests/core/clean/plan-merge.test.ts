import { describe, expect, it } from 'vitest';
import { planMerge } from '../../../src/core/clean/plan-merge';

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

describe('planMerge', () => {
  it('fills blanks, joins tags and keeps every conflicting value in Notes with its source', () => {
    const incoming = {
      'Customer ID': 'C-99',
      Name: 'ANA SILVA',
      Email: 'Ana.Silva+candles@googlemail.com',
      Phone: '+4915123456789',
      Company: 'Lumen Candles',
      Tags: 'repeat, VIP',
    };
    const plan = planMerge(existing, incoming, source, { gmailDots: true });
    expect(plan.after).toEqual({
      Company: 'Lumen Candles',
      Tags: 'vip, repeat',
      Notes: 'Met at the Lisbon fair\nPhone: +4915123456789 (from stripe, 2024-02-01)',
    });
    expect(plan.conflicts).toEqual([{ field: 'Phone', kept: '+351910000001', incoming: '+4915123456789' }]);
    expect(plan.changes).toEqual([
      { field: 'Company', before: '', after: 'Lumen Candles' },
      { field: 'Tags', before: 'vip', after: 'vip, repeat' },
      {
        field: 'Notes',
        before: 'Met at the Lisbon fair',
        after: 'Met at the Lisbon fair\nPhone: +4915123456789 (from stripe, 2024-02-01)',
      },
    ]);
  });

  it('treats a different email as a conflict unless Gmail normalisation makes them equal', () => {
    const plan = planMerge(existing, { Email: 'Ana.Silva+candles@googlemail.com' }, source);
    expect(plan.after.Notes).toBe(
      'Met at the Lisbon fair\nEmail: Ana.Silva+candles@googlemail.com (from stripe, 2024-02-01)',
    );
    expect(
      planMerge(existing, { Email: ' ANA.SILVA@gmail.com ', Phone: '910 000 001' }, source, {
        defaultCountry: 'PT',
      }).changes,
    ).toEqual([]);
  });

  it('lets a withdrawn consent win, noting the earlier one', () => {
    const plan = planMerge(existing, { Consent: 'no' }, { channel: 'shopify', date: '2024-01-05' });
    expect(plan.after.Consent).toBe('no');
    expect(plan.after.Notes).toBe(
      'Met at the Lisbon fair\nConsent: true before no (from shopify, 2024-01-05)',
    );
  });

  it('changes nothing when the same record is merged again (re-import)', () => {
    const incoming = { Phone: '+4915123456789', Notes: 'Prefers gift wrap' };
    const first = planMerge(existing, incoming, source);
    const merged = { ...existing, ...first.after };
    expect(merged.Notes).toBe(
      'Met at the Lisbon fair\nPhone: +4915123456789 (from stripe, 2024-02-01)\nNote: Prefers gift wrap (from stripe, 2024-02-01)',
    );
    expect(planMerge(merged, incoming, source).changes).toEqual([]);
  });
});
