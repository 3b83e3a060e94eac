// The parsed form of a segment rule (the audience language of Segments and Follow-ups).

/** A value written in a rule: a number (60% is 0.6), a quoted or bare text, a calendar day, a day relative to today, TRUE/FALSE. */
export type SegmentValue =
  | { kind: 'number'; value: number; text: string }
  | { kind: 'text'; value: string; text: string }
  /** `day` counts days since 1970-01-01, the same count dayNumber gives a cell in the spreadsheet's zone. */
  | { kind: 'date'; day: number; text: string }
  /** TODAY, TODAY - 30, TODAY + 7: the day of the evaluation instant in the spreadsheet's zone, plus `days`. */
  | { kind: 'today'; days: number; text: string }
  | { kind: 'boolean'; value: boolean; text: string };

/** The comparison operators; `==` and `<>` are read as `=` and `!=`. */
export type SegmentOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** A column of the Customers tab, as its header is written in the header row the rule was parsed against. */
export interface SegmentColumn {
  header: string;
  /** 0-based offset of the name in the rule text. */
  at: number;
}

/** One node of a parsed rule; AND and OR keep all their terms in one list, so long chains stay flat. */
export type SegmentRule =
  | { kind: 'and' | 'or'; terms: SegmentRule[] }
  | { kind: 'not'; term: SegmentRule }
  | { kind: 'compare'; column: SegmentColumn; operator: SegmentOperator; value: SegmentValue }
  | { kind: 'in'; column: SegmentColumn; values: SegmentValue[]; negated: boolean }
  | { kind: 'contains'; column: SegmentColumn; value: SegmentValue; negated: boolean }
  | { kind: 'blank'; column: SegmentColumn; negated: boolean };
