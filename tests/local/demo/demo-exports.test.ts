import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/import/parse-csv';
import { buildDemoExports, DEMO_ORDER_MAPPING, parseCdnow } from '../../../src/local/demo/demo-exports';

const sample = readFileSync(join(__dirname, '../../../src/local/demo/cdnow-sample.txt'), 'utf8');
const purchases = parseCdnow(sample);
const today = new Date('2026-12-01T21:00:00Z');

function rows(csv: string): string[][] {
  return parseCsv(csv).rows;
}

describe('the demo exports', () => {
  it('reads every purchase of the CDNOW sample (6,919 lines, 2,357 customers, per tests/fixtures/cdnow/README.md)', () => {
    expect(purchases).toHaveLength(6919);
    expect(new Set(purchases.map((p) => p.customer)).size).toBe(2357);
    expect(purchases[0]).toEqual({ customer: 4, date: '19970101', cds: 2, dollars: 29.33 });
  });

  it('names the line that is not a CDNOW purchase', () => {
    expect(() =>
      parseCdnow(' 00004 0001 19970101  2   29.33\r\n 00004 0001 1997-01-18  2   29.73\r\n'),
    ).toThrow('line 2 of the CDNOW sample');
  });

  it('writes one order per purchase, its amount and CD count unchanged, in the mapped columns', () => {
    const ex = buildDemoExports(purchases, today);
    const [header, ...orders] = rows(ex.ordersCsv);
    expect(ex.orders).toBe(6919);
    expect(orders).toHaveLength(6919);
    for (const source of Object.values(DEMO_ORDER_MAPPING)) expect(header).toContain(source);
    const total = orders.reduce((sum, o) => sum + Number(o[header.indexOf('Total')]), 0);
    // awk '{s+=$5} END {print s}' CDNOW_sample.txt = 244091.94
    expect(total).toBeCloseTo(244091.94, 2);
    expect(new Set(orders.map((o) => o[header.indexOf('Order number')])).size).toBe(6919);
  });

  it('moves every date by the same whole weeks so the last order is yesterday at the latest', () => {
    const ex = buildDemoExports(purchases, today);
    const [header, ...orders] = rows(ex.ordersCsv);
    const dates = orders.map((o) => o[header.indexOf('Order date')]);
    const last = [...dates].sort().at(-1);
    // 1998-06-30 (the sample's last day) + 1,482 weeks = 2026-11-24; one more week would pass 2026-11-30.
    expect(ex.shiftWeeks).toBe(1482);
    expect(last).toBe('2026-11-24');
    // The first purchase, 1997-01-01 (a Wednesday), lands 1,482 weeks later on Wednesday 2025-05-28.
    expect(dates[0]).toBe('2025-05-28');
  });

  it('gives each customer one made-up name and an address at a domain reserved for examples', () => {
    const ex = buildDemoExports(purchases, today);
    const [header, ...orders] = rows(ex.ordersCsv);
    const emailOf = new Map<string, Set<string>>();
    for (const o of orders) {
      const customer = o[header.indexOf('Order number')].split('-')[1];
      const set = emailOf.get(customer) ?? new Set();
      set.add(o[header.indexOf('Email')]);
      emailOf.set(customer, set);
    }
    expect(emailOf.size).toBe(2357);
    for (const emails of emailOf.values()) expect(emails.size).toBe(1);
    const all = [...emailOf.values()].map((s) => [...s][0]);
    expect(new Set(all).size).toBe(2357);
    for (const email of all) expect(email).toMatch(/^[a-z-]+\.[a-z-]+\d+@example\.(com|org|net)$/);
    const names = new Set(orders.map((o) => o[header.indexOf('Customer name')]));
    expect(names.size).toBe(2357);
  });

  it('answers the survey on valid scales, by known customers, before today', () => {
    const ex = buildDemoExports(purchases, today);
    const [header, ...answers] = rows(ex.surveysCsv);
    const [, ...orders] = rows(ex.ordersCsv);
    const emails = new Set(orders.map((o) => o[2]));
    expect(answers).toHaveLength(ex.surveys);
    expect(ex.surveys).toBeGreaterThan(300);
    expect(ex.surveys).toBeLessThan(600);
    for (const a of answers) {
      expect(emails.has(a[header.indexOf('Email Address')])).toBe(true);
      const nps = Number(a[3]);
      const csat = Number(a[4]);
      expect(Number.isInteger(nps) && nps >= 0 && nps <= 10).toBe(true);
      expect(Number.isInteger(csat) && csat >= 1 && csat <= 5).toBe(true);
      const [m, d, y] = a[0].split(' ')[0].split('/').map(Number);
      expect(Date.UTC(y, m - 1, d)).toBeLessThan(Date.UTC(2026, 11, 1));
    }
  });

  it('gives the same files for the same day', () => {
    expect(buildDemoExports(purchases, today)).toEqual(buildDemoExports(purchases, today));
  });
});
