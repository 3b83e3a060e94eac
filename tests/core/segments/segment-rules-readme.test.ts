import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TAB_SPECS } from '../../../src/core/model/tab-specs';
import { describeSegmentRule } from '../../../src/core/segments/describe-segment-rule';
import { parseSegmentRule } from '../../../src/core/segments/parse-segment-rule';

const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
const CUSTOMERS_HEADERS = TAB_SPECS.customers.columns.map((column) => column.header);

/** The rules of the first code block of README's "Segment rules" section, one a line. */
function readmeExamples(): string[] {
  const section = readme.slice(readme.indexOf('## Segment rules'));
  const block = /```\n([\s\S]*?)```/.exec(section);
  return block ? block[1]!.trim().split('\n') : [];
}

describe('the README segment rules', () => {
  it('has examples that parse against the Customers headers as the README says', () => {
    const examples = readmeExamples();
    expect(examples).toHaveLength(4);
    const described = examples.map((text) => {
      const parsed = parseSegmentRule(text, CUSTOMERS_HEADERS);
      if (!('rule' in parsed)) throw new Error(`${text}: ${parsed.error}`);
      return describeSegmentRule(parsed.rule);
    });
    expect(described).toEqual([
      'Churn risk is above 0.6 and Revenue is above 200 and Channel is "shopify"',
      'P(alive) is below 50% and (Tags lists "vip" or RFM segment is "At risk" or "Can\'t lose them")',
      'Last order is before today − 90 days and Consent is checked and Unsubscribed at is blank',
      'Predicted CLV 12m is at least 500 and not Segments lists "Loyal" and First order is on or after 2024-01-01',
    ]);
  });

  it('quotes the error messages the parser gives', () => {
    for (const text of ['Churn risk > 0.6 AND Revenue > ', 'Churn rsk > 1']) {
      const parsed = parseSegmentRule(text, CUSTOMERS_HEADERS);
      expect('error' in parsed && readme.includes(`\`${parsed.error}\``), text).toBe(true);
    }
  });
});
