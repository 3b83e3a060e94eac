// The Customers columns a parsed segment rule reads, so a caller can fetch only those.
import type { SegmentRule } from './segment-rule';

/**
 * Every header the rule names, once each, in the order they first appear.
 * @example ruleHeaders(parse('Churn risk > 0.6 AND (Revenue > 200 OR Churn risk IS BLANK)')) // => ['Churn risk', 'Revenue']
 */
export function ruleHeaders(rule: SegmentRule): string[] {
  const found = new Set<string>();
  const visit = (node: SegmentRule): void => {
    switch (node.kind) {
      case 'and':
      case 'or':
        node.terms.forEach(visit);
        return;
      case 'not':
        visit(node.term);
        return;
      default:
        found.add(node.column.header);
    }
  };
  visit(rule);
  return [...found];
}
