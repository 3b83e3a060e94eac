// A parsed segment rule in plain words, for the sidebar and the Follow-ups preview ("customers whose Revenue is above 200").
import type { SegmentOperator, SegmentRule, SegmentValue } from './segment-rule';

const WORDS: Record<SegmentOperator, string> = {
  '=': 'is',
  '!=': 'is not',
  '<': 'is below',
  '<=': 'is at most',
  '>': 'is above',
  '>=': 'is at least',
};

/** Comparisons with a day read as time. */
const DAY_WORDS: Record<SegmentOperator, string> = {
  '=': 'is on',
  '!=': 'is not on',
  '<': 'is before',
  '<=': 'is on or before',
  '>': 'is after',
  '>=': 'is on or after',
};

function shown(value: SegmentValue): string {
  if (value.kind === 'text') return value.value === '' ? 'blank' : `"${value.value}"`;
  if (value.kind === 'boolean') return value.value ? 'checked' : 'unchecked';
  if (value.kind === 'today') {
    const days = Math.abs(value.days);
    const count = `${days} day${days === 1 ? '' : 's'}`;
    return value.days === 0 ? 'today' : `today ${value.days < 0 ? '−' : '+'} ${count}`;
  }
  return value.text;
}

function either(values: readonly SegmentValue[], joiner: string): string {
  const texts = values.map(shown);
  return texts.length === 1
    ? texts[0]!
    : `${texts.slice(0, -1).join(', ')} ${joiner} ${texts[texts.length - 1]}`;
}

/** Words for a node; `inside` says which joiner surrounds it, so a mixed AND/OR gets brackets. */
function words(rule: SegmentRule, inside: 'and' | 'or' | 'not' | 'top'): string {
  switch (rule.kind) {
    case 'and':
    case 'or': {
      const text = rule.terms.map((term) => words(term, rule.kind as 'and' | 'or')).join(` ${rule.kind} `);
      return inside === 'top' || inside === rule.kind ? text : `(${text})`;
    }
    case 'not':
      return `not ${words(rule.term, 'not')}`;
    case 'compare':
      return `${rule.column.header} ${(rule.value.kind === 'date' || rule.value.kind === 'today' ? DAY_WORDS : WORDS)[rule.operator]} ${shown(rule.value)}`;
    case 'in':
      return `${rule.column.header} ${rule.negated ? 'is none of' : 'is'} ${either(rule.values, rule.negated ? 'and' : 'or')}`;
    case 'contains':
      return `${rule.column.header} ${rule.negated ? 'does not list' : 'lists'} ${shown(rule.value)}`;
    case 'blank':
      return `${rule.column.header} is ${rule.negated ? 'filled in' : 'blank'}`;
  }
}

/**
 * The rule in words, with the headers as the header row writes them and brackets only where AND
 * and OR mix, so the owner can check what an audience means before it is emailed.
 * @example describeSegmentRule(rule) // => 'Churn risk is above 0.6 and (Channel is "shopify" or Tags lists "vip")'
 */
export function describeSegmentRule(rule: SegmentRule): string {
  return words(rule, 'top');
}
