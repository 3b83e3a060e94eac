import { describe, expect, it } from 'vitest';
import { parseSegmentRule } from '../../../src/core/segments/parse-segment-rule';
import type { SegmentRule } from '../../../src/core/segments/segment-rule';

/** The Customers header row of TAB_SPECS, plus a user's own column whose name holds a keyword. */
const HEADERS = Object.freeze([
  'Customer ID',
  'Name',
  'Email',
  'Channel',
  'Tags',
  'Consent',
  'Revenue',
  'P(alive)',
  'Churn risk',
  'Predicted CLV 12m',
  'Last order',
  'RFM segment',
  'Segments',
  'Orders',
  'Orders in 2024',
]);

function ruleOf(text: string): SegmentRule {
  const parsed = parseSegmentRule(text, HEADERS);
  if (!('rule' in parsed)) throw new Error(parsed.error);
  return parsed.rule;
}

describe('parseSegmentRule', () => {
  it('reads the product example into one flat AND of three comparisons', () => {
    expect(ruleOf('Churn risk > 0.6 AND Revenue > 200 AND Channel = shopify')).toEqual({
      kind: 'and',
      terms: [
        {
          kind: 'compare',
          column: { header: 'Churn risk', at: 0 },
          operator: '>',
          value: { kind: 'number', value: 0.6, text: '0.6' },
        },
        {
          kind: 'compare',
          column: { header: 'Revenue', at: 21 },
          operator: '>',
          value: { kind: 'number', value: 200, text: '200' },
        },
        {
          kind: 'compare',
          column: { header: 'Channel', at: 39 },
          operator: '=',
          value: { kind: 'text', value: 'shopify', text: 'shopify' },
        },
      ],
    });
  });

  it('gives AND precedence over OR and NOT precedence over AND; brackets override', () => {
    const rule = ruleOf('Revenue > 1 OR Revenue > 2 AND NOT Revenue > 3');
    expect(rule.kind).toBe('or');
    if (rule.kind !== 'or') return;
    expect(rule.terms[0]).toMatchObject({ kind: 'compare', value: { value: 1 } });
    expect(rule.terms[1]).toMatchObject({
      kind: 'and',
      terms: [
        { kind: 'compare', value: { value: 2 } },
        { kind: 'not', term: { kind: 'compare', value: { value: 3 } } },
      ],
    });
    expect(ruleOf('(Revenue > 1 OR Revenue > 2) AND Revenue > 3')).toMatchObject({
      kind: 'and',
      terms: [{ kind: 'or' }, { kind: 'compare', value: { value: 3 } }],
    });
  });

  it('matches column names like headers and reads names with punctuation as written or in quotes', () => {
    expect(ruleOf('churn_risk >= 1')).toMatchObject({ column: { header: 'Churn risk' } });
    expect(ruleOf('PREDICTED clv 12M < 5')).toMatchObject({ column: { header: 'Predicted CLV 12m' } });
    expect(ruleOf('P(alive) < 50%')).toMatchObject({
      column: { header: 'P(alive)' },
      value: { kind: 'number', value: 0.5 },
    });
    expect(ruleOf('"P(alive)" <= 0.25')).toMatchObject({ column: { header: 'P(alive)' }, operator: '<=' });
    expect(ruleOf("'palive' != 1")).toMatchObject({ column: { header: 'P(alive)' }, operator: '!=' });
    // The longest header written at that place wins over a shorter one followed by IN.
    expect(ruleOf('Orders in 2024 > 1')).toMatchObject({ column: { header: 'Orders in 2024' } });
    expect(ruleOf('Orders IN (1, 2)')).toMatchObject({ kind: 'in', column: { header: 'Orders' } });
  });

  it('reads every kind of value', () => {
    expect(ruleOf('Last order >= 2024-05-01')).toMatchObject({
      value: { kind: 'date', day: Date.UTC(2024, 4, 1) / 86_400_000, text: '2024-05-01' },
    });
    expect(ruleOf('Revenue > -1.5e2')).toMatchObject({ value: { kind: 'number', value: -150 } });
    expect(ruleOf('Consent = true')).toMatchObject({ value: { kind: 'boolean', value: true } });
    expect(ruleOf('RFM segment = At   risk')).toMatchObject({ value: { kind: 'text', value: 'At risk' } });
    expect(ruleOf("Name = 'O''Brien'")).toMatchObject({ value: { kind: 'text', value: "O'Brien" } });
    expect(ruleOf('Name = "a AND b = (c)"')).toMatchObject({
      value: { kind: 'text', value: 'a AND b = (c)' },
    });
    expect(ruleOf('Tags = ""')).toMatchObject({ value: { kind: 'text', value: '' } });
    expect(ruleOf('Last order < TODAY - 90 days')).toMatchObject({
      value: { kind: 'today', days: -90, text: 'TODAY - 90 days' },
    });
    expect(ruleOf('Last order > today+7 AND Revenue > 1')).toMatchObject({
      kind: 'and',
      terms: [{ value: { kind: 'today', days: 7, text: 'today+7' } }, { column: { header: 'Revenue' } }],
    });
    expect(ruleOf('Last order = Today')).toMatchObject({ value: { kind: 'today', days: 0, text: 'Today' } });
  });

  it('reads IN, NOT IN, CONTAINS, NOT CONTAINS and IS [NOT] BLANK, keywords in any case', () => {
    expect(ruleOf('Channel not in (web shop, "stripe", 3)')).toEqual({
      kind: 'in',
      column: { header: 'Channel', at: 0 },
      negated: true,
      values: [
        { kind: 'text', value: 'web shop', text: 'web shop' },
        { kind: 'text', value: 'stripe', text: '"stripe"' },
        { kind: 'number', value: 3, text: '3' },
      ],
    });
    expect(ruleOf('Tags CONTAINS vip')).toMatchObject({
      kind: 'contains',
      negated: false,
      value: { value: 'vip' },
    });
    expect(ruleOf('Segments NOT CONTAINS Loyal')).toMatchObject({ kind: 'contains', negated: true });
    expect(ruleOf('Tags is blank')).toEqual({
      kind: 'blank',
      column: { header: 'Tags', at: 0 },
      negated: false,
    });
    expect(ruleOf('Email IS NOT BLANK')).toMatchObject({ kind: 'blank', negated: true });
    expect(ruleOf('Revenue==1 or Revenue<>2')).toMatchObject({
      kind: 'or',
      terms: [{ operator: '=' }, { operator: '!=' }],
    });
  });

  it('names the position (counted from 1) and what was expected', () => {
    const cases: Array<[string, string, number]> = [
      ['Churn risk > 0.6 AND Revenue > ', "at 32: expected a value after '>', found the end of the rule", 31],
      ['Revenue > AND Tags IS BLANK', "at 11: expected a value after '>', found 'AND'", 10],
      ['', 'at 1: the rule is empty: write a condition such as Revenue > 200', 0],
      ['   ', 'at 1: the rule is empty: write a condition such as Revenue > 200', 0],
      ['Revenue > 1 AND', 'at 16: expected a condition after AND, found the end of the rule', 15],
      ['Revenue > 1 OR )', "at 16: expected a condition after OR, found ')'", 15],
      ['(Revenue > 1', "at 13: expected ')' to close the '(' at 1, found the end of the rule", 12],
      ['Revenue > 1)', "at 12: this ')' has no matching '('", 11],
      ['Revenue > 200 euros', "at 15: expected AND, OR or the end of the rule, found 'euros'", 14],
      [
        'Channel shopify',
        "at 9: expected an operator (=, !=, <, <=, >, >=, IN, CONTAINS or IS BLANK) after 'Channel', found 'shopify'",
        8,
      ],
      ['Revenue ! 3', "at 9: expected '=' after '!' (write != for 'is not')", 8],
      [
        'Revenue > abc',
        "at 11: '>' compares numbers or dates (such as 200, 60%, 2024-05-01 or TODAY - 30), not the text abc",
        10,
      ],
      [
        'Consent < TRUE',
        "at 11: '<' compares numbers or dates (such as 200, 60%, 2024-05-01 or TODAY - 30), not TRUE",
        10,
      ],
      ['Last order >= 2024-02-30', 'at 15: 2024-02-30 is not a date (write yyyy-mm-dd)', 14],
      ['Channel IN shopify', "at 12: expected '(' after IN, found 'shopify'", 11],
      ['Channel IN (a b', "at 16: expected ',' or ')' in the IN list, found the end of the rule", 15],
      ['Channel IN ()', "at 13: expected a value after '(' of IN, found ')'", 12],
      ['Channel IN (a,)', "at 15: expected a value after ',' of IN, found ')'", 14],
      ['Tags NOT = x', "at 10: expected IN or CONTAINS after NOT, found '='", 9],
      ['Tags IS vip', "at 9: expected BLANK after IS, found 'vip'", 8],
      ['Name = "Ana', 'at 8: the text in quotes starting here has no closing "', 7],
      ['> 3', "at 1: expected a condition, found '>'", 0],
      ['Revenue > 1e999', 'at 11: 1e999 is too large a number', 10],
      ['Last order < TODAY - x', "at 22: expected a whole number of days after TODAY -, found 'x'", 21],
      ['Last order < TODAY - 99999999', 'at 14: TODAY may move by at most 1,000,000 days', 13],
    ];
    for (const [text, error, at] of cases)
      expect(parseSegmentRule(text, HEADERS), text).toEqual({ error, at });
  });

  it('reports an unknown column with the closest header', () => {
    expect(parseSegmentRule('Revenue > 1 AND Churn rsk > 0.6', HEADERS)).toEqual({
      error: 'at 17: unknown column "Churn rsk"; did you mean "Churn risk"?',
      at: 16,
    });
    expect(parseSegmentRule('Predicted > 100', HEADERS)).toEqual({
      error: 'at 1: unknown column "Predicted"; did you mean "Predicted CLV 12m"?',
      at: 0,
    });
    expect(parseSegmentRule('"Favourite colour" = red', HEADERS)).toEqual({
      error: 'at 1: unknown column "Favourite colour"',
      at: 0,
    });
    // Blank and non-text cells of a header row are no headers.
    expect(parseSegmentRule('Revenue > 1', ['', 42, 'Revenu'])).toEqual({
      error: 'at 1: unknown column "Revenue"; did you mean "Revenu"?',
      at: 0,
    });
  });

  it('refuses hostile input with a position instead of throwing or overflowing the stack', () => {
    const deep = '('.repeat(10_000) + 'Revenue > 1' + ')'.repeat(10_000);
    expect(parseSegmentRule(deep, HEADERS)).toEqual({
      error: 'at 52: brackets and NOTs are nested more than 50 deep',
      at: 51,
    });
    const nots = 'NOT '.repeat(60) + 'Revenue > 1';
    expect(parseSegmentRule(nots, HEADERS)).toEqual({
      error: 'at 205: brackets and NOTs are nested more than 50 deep',
      at: 204,
    });
    expect(parseSegmentRule(`Name = "${'x'.repeat(50_000)}"`, HEADERS)).toEqual({
      error: 'at 50001: the rule is longer than 50,000 characters',
      at: 50_000,
    });
    // 50 levels are fine, the 51st is not.
    expect('rule' in parseSegmentRule('('.repeat(50) + 'Revenue > 1' + ')'.repeat(50), HEADERS)).toBe(true);
    expect('rule' in parseSegmentRule('NOT '.repeat(50) + 'Revenue > 1', HEADERS)).toBe(true);
    expect(parseSegmentRule('('.repeat(51) + 'Revenue > 1' + ')'.repeat(51), HEADERS)).toMatchObject({
      at: 51,
    });
    // A long flat chain within the limit parses into one list of terms.
    const chain = Array.from({ length: 2_000 }, (_, i) => `Revenue > ${i}`).join(' OR ');
    expect(chain.length).toBeLessThan(50_000);
    const parsed = ruleOf(chain);
    expect(parsed.kind === 'or' && parsed.terms.length).toBe(2_000);
    // Thousands of words where a column belongs are read only as far as a header could reach.
    expect(parseSegmentRule('a '.repeat(24_999), HEADERS)).toEqual({
      error: `at 1: unknown column "${'a '.repeat(12).trim()}"`,
      at: 0,
    });
    expect(parseSegmentRule('"'.repeat(49_999), HEADERS)).toEqual({
      error: 'at 1: the text in quotes starting here has no closing "',
      at: 0,
    });
    const words = ruleOf(`Name = ${'x '.repeat(20_000)}`);
    expect(words.kind === 'compare' && words.value.kind === 'text' && words.value.value.length).toBe(39_999);
    const list = ruleOf(`Channel IN (${'x, '.repeat(15_000)}y)`);
    expect(list.kind === 'in' && list.values.length).toBe(15_001);
    // A long unknown name is shown cut short.
    expect(parseSegmentRule(`${'z'.repeat(300)} > 1`, HEADERS)).toEqual({
      error: `at 1: unknown column "${'z'.repeat(40)}…"`,
      at: 0,
    });
    // Markup and control characters are only text.
    expect(ruleOf('Name = "<img src=x onerror=alert(1)>"')).toMatchObject({
      value: { kind: 'text', value: '<img src=x onerror=alert(1)>' },
    });
    expect(parseSegmentRule('Name = x\u0000\nOR', HEADERS)).toEqual({
      error: 'at 13: expected a condition after OR, found the end of the rule',
      at: 12,
    });
  });
});
