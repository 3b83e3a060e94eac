import { describe, expect, it } from 'vitest';
import { describeSegmentRule } from '../../../src/core/segments/describe-segment-rule';
import { parseSegmentRule } from '../../../src/core/segments/parse-segment-rule';

const HEADERS = ['Churn risk', 'Revenue', 'Channel', 'Tags', 'Consent', 'Last order'];

function described(text: string): string {
  const parsed = parseSegmentRule(text, HEADERS);
  if (!('rule' in parsed)) throw new Error(parsed.error);
  return describeSegmentRule(parsed.rule);
}

describe('describeSegmentRule', () => {
  it('writes the rule in words with the headers as the header row has them', () => {
    expect(described('churn_risk > 60% AND (channel = shopify OR tags contains vip)')).toBe(
      'Churn risk is above 60% and (Channel is "shopify" or Tags lists "vip")',
    );
    expect(described('Revenue <= 10 OR Revenue >= 20 AND NOT Consent = TRUE')).toBe(
      'Revenue is at most 10 or (Revenue is at least 20 and not Consent is checked)',
    );
    expect(described('NOT (Revenue < 1 OR Revenue != 5)')).toBe(
      'not (Revenue is below 1 or Revenue is not 5)',
    );
    expect(described('Channel NOT IN (a, b, c)')).toBe('Channel is none of "a", "b" and "c"');
    expect(described('Channel IN (a, b)')).toBe('Channel is "a" or "b"');
    expect(described('Tags IS BLANK OR Last order IS NOT BLANK OR Tags = ""')).toBe(
      'Tags is blank or Last order is filled in or Tags is blank',
    );
    expect(described('Last order < 2024-05-01 AND Tags NOT CONTAINS x')).toBe(
      'Last order is before 2024-05-01 and Tags does not list "x"',
    );
    expect(described('Last order < TODAY - 90 OR Last order > TODAY + 1 OR Last order = TODAY')).toBe(
      'Last order is before today − 90 days or Last order is after today + 1 day or Last order is on today',
    );
  });
});
