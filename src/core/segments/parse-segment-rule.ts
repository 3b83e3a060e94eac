// Reads the text of a segment or audience rule ("Churn risk > 0.6 AND Channel = shopify") into a SegmentRule, or says where it is wrong.

import { normalizeHeader } from '../table/normalize-header';
import { calendarDay } from './calendar-day';
import { closestHeader } from './closest-header';
import type { SegmentColumn, SegmentOperator, SegmentRule, SegmentValue } from './segment-rule';

/** A parsed rule, or the first mistake: `at` is its 0-based offset, the message counts from 1 ("at 23: …"). */
export type SegmentRuleParse = { rule: SegmentRule } | { error: string; at: number };

/** Longest rule read: a Google Sheets cell holds at most 50,000 characters. */
const MAX_LENGTH = 50_000;
/** Deepest nesting of brackets and NOTs: far beyond what a person writes, well inside the call stack. */
const MAX_DEPTH = 50;
/** Most words an unquoted column name is read over ("Predicted CLV 12m" has three). */
const MAX_NAME_WORDS = 12;
/** Characters that end a bare word: spaces, brackets, commas, quotes and comparison signs. */
const STOP = /[\s(),"=!<>]/;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?%?$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TODAY = /^today[+-]\d+$/i;
const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'IN', 'CONTAINS', 'IS']);
const OPERATORS = '=, !=, <, <=, >, >=, IN, CONTAINS or IS BLANK';

class RuleError {
  constructor(
    readonly at: number,
    readonly message: string,
  ) {}
}

/** Reads one rule; every method either advances `pos` past what it read or throws a RuleError. */
class RuleReader {
  pos = 0;
  private readonly byKey = new Map<string, string>();
  /** Headers longest first, to read names the word rules cannot ("P(alive)", "Sign in date") as written. */
  private readonly byLength: string[];

  constructor(
    private readonly text: string,
    private readonly headers: readonly string[],
  ) {
    for (const header of headers) {
      const key = normalizeHeader(header);
      if (key && !this.byKey.has(key)) this.byKey.set(key, header);
    }
    this.byLength = [...headers].sort((a, b) => b.length - a.length);
  }

  fail(at: number, message: string): never {
    throw new RuleError(at, message);
  }

  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  /** The bare word starting at `at` (possibly ''), without moving. */
  wordAt(at: number): string {
    let end = at;
    while (end < this.text.length && !STOP.test(this.text[end]!)) end++;
    return this.text.slice(at, end);
  }

  /** True when the next word is the keyword (any case); consumes it when it is. */
  takeKeyword(keyword: string): boolean {
    this.skipSpace();
    const word = this.wordAt(this.pos);
    if (word.toUpperCase() !== keyword) return false;
    this.pos += word.length;
    return true;
  }

  isKeywordAt(at: number): boolean {
    return KEYWORDS.has(this.wordAt(at).toUpperCase());
  }

  /** What stands at `at`, for messages: a word, a character, or the end. */
  found(at: number): string {
    if (at >= this.text.length) return 'the end of the rule';
    const word = this.wordAt(at);
    const shown = word || this.text[at]!;
    return `'${shown.length > 20 ? shown.slice(0, 20) + '…' : shown}'`;
  }

  /** A quoted text starting at `pos` (either quote; the quote doubled stands for itself). */
  quoted(): string {
    const start = this.pos;
    const quote = this.text[start]!;
    let value = '';
    let at = start + 1;
    for (;;) {
      const next = this.text.indexOf(quote, at);
      if (next < 0) this.fail(start, `the text in quotes starting here has no closing ${quote}`);
      value += this.text.slice(at, next);
      if (this.text[next + 1] === quote) {
        value += quote;
        at = next + 2;
      } else {
        this.pos = next + 1;
        return value;
      }
    }
  }

  or(depth: number, after?: string): SegmentRule {
    const terms = [this.and(depth, after)];
    while (this.takeKeyword('OR')) terms.push(this.and(depth, 'OR'));
    return terms.length === 1 ? terms[0]! : { kind: 'or', terms };
  }

  and(depth: number, after?: string): SegmentRule {
    const terms = [this.unary(depth, after)];
    while (this.takeKeyword('AND')) terms.push(this.unary(depth, 'AND'));
    return terms.length === 1 ? terms[0]! : { kind: 'and', terms };
  }

  unary(depth: number, after?: string): SegmentRule {
    this.skipSpace();
    const start = this.pos;
    if (depth > MAX_DEPTH) {
      this.fail(start, `brackets and NOTs are nested more than ${MAX_DEPTH} deep`);
    }
    if (this.takeKeyword('NOT')) return { kind: 'not', term: this.unary(depth + 1, 'NOT') };
    if (this.text[this.pos] === '(') {
      this.pos++;
      const inner = this.or(depth + 1, "'('");
      this.skipSpace();
      if (this.text[this.pos] !== ')') {
        this.fail(this.pos, `expected ')' to close the '(' at ${start + 1}, found ${this.found(this.pos)}`);
      }
      this.pos++;
      return inner;
    }
    return this.condition(after);
  }

  condition(after?: string): SegmentRule {
    const column = this.column(after);
    this.skipSpace();
    const at = this.pos;
    const sign = this.operator();
    if (sign) return { kind: 'compare', column, operator: sign, value: this.comparedValue(sign) };
    const negated = this.takeKeyword('NOT');
    if (this.takeKeyword('IN')) return { kind: 'in', column, values: this.list(), negated };
    if (this.takeKeyword('CONTAINS'))
      return { kind: 'contains', column, value: this.value('CONTAINS'), negated };
    if (negated) this.fail(this.pos, `expected IN or CONTAINS after NOT, found ${this.found(this.pos)}`);
    if (this.takeKeyword('IS')) {
      const not = this.takeKeyword('NOT');
      if (!this.takeKeyword('BLANK') && !this.takeKeyword('EMPTY')) {
        this.skipSpace();
        this.fail(this.pos, `expected BLANK after IS${not ? ' NOT' : ''}, found ${this.found(this.pos)}`);
      }
      return { kind: 'blank', column, negated: not };
    }
    this.fail(at, `expected an operator (${OPERATORS}) after '${column.header}', found ${this.found(at)}`);
  }

  column(after?: string): SegmentColumn {
    const at = this.pos;
    const wanted = after ? `expected a condition after ${after}` : 'expected a condition';
    if (this.atEnd()) {
      this.fail(
        at,
        at === 0
          ? 'the rule is empty: write a condition such as Revenue > 200'
          : `${wanted}, found the end of the rule`,
      );
    }
    const first = this.text[at]!;
    if (first === '"' || first === "'") {
      const name = this.quoted();
      return { header: this.known(name, at), at };
    }
    // The longest header written here as it is in the header row wins ("Orders in 2024" over "Orders").
    const lower = this.text.slice(at, at + (this.byLength[0]?.length ?? 0)).toLowerCase();
    const written = this.byLength.find((header) => {
      if (!header || !lower.startsWith(header.toLowerCase())) return false;
      const next = this.text[at + header.length];
      return next === undefined || STOP.test(next);
    });
    // Otherwise the most words that name a header ("Channel shopify" is Channel, then a missing operator).
    const ends: number[] = [];
    let end = at;
    for (;;) {
      let probe = end;
      while (probe < this.text.length && /\s/.test(this.text[probe]!)) probe++;
      const word = this.wordAt(probe);
      if (!word || KEYWORDS.has(word.toUpperCase())) break;
      end = probe + word.length;
      ends.push(end);
      // Headers are a few words long; looking further would only make hostile text slow.
      if (ends.length === MAX_NAME_WORDS) break;
    }
    if (ends.length === 0) this.fail(at, `${wanted}, found ${this.found(at)}`);
    for (let i = ends.length - 1; i >= 0; i--) {
      const header = this.byKey.get(normalizeHeader(this.text.slice(at, ends[i])));
      if (header === undefined) continue;
      if (written !== undefined && written.length > ends[i]! - at) break;
      this.pos = ends[i]!;
      return { header, at };
    }
    if (written !== undefined) {
      this.pos = at + written.length;
      return { header: written, at };
    }
    return { header: this.known(this.text.slice(at, end), at), at };
  }

  /** The header a name stands for, or an "unknown column" error naming the closest header. */
  known(name: string, at: number): string {
    const header = this.byKey.get(normalizeHeader(name));
    if (header !== undefined) return header;
    const shown = name.length > 40 ? name.slice(0, 40) + '…' : name;
    const closest = closestHeader(name, this.headers);
    this.fail(
      at,
      `unknown column "${shown}"` + (closest === undefined ? '' : `; did you mean "${closest}"?`),
    );
  }

  operator(): SegmentOperator | undefined {
    const two = this.text.slice(this.pos, this.pos + 2);
    const sign: SegmentOperator | undefined =
      two === '=='
        ? '='
        : two === '<>' || two === '!='
          ? '!='
          : two === '<=' || two === '>='
            ? two
            : undefined;
    if (sign) {
      this.pos += 2;
      return sign;
    }
    const one = this.text[this.pos];
    if (one === '!') this.fail(this.pos, "expected '=' after '!' (write != for 'is not')");
    if (one === '=' || one === '<' || one === '>') {
      this.pos++;
      return one;
    }
    return undefined;
  }

  /** The value after a comparison sign: ordering needs a number or a date. */
  comparedValue(sign: SegmentOperator): SegmentValue {
    this.skipSpace();
    const at = this.pos;
    const value = this.value(`'${sign}'`);
    if (
      sign !== '=' &&
      sign !== '!=' &&
      value.kind !== 'number' &&
      value.kind !== 'date' &&
      value.kind !== 'today'
    ) {
      this.fail(
        at,
        `'${sign}' compares numbers or dates (such as 200, 60%, 2024-05-01 or TODAY - 30), not ${value.kind === 'text' ? 'the text ' : ''}${value.text}`,
      );
    }
    return value;
  }

  list(): SegmentValue[] {
    this.skipSpace();
    if (this.text[this.pos] !== '(')
      this.fail(this.pos, `expected '(' after IN, found ${this.found(this.pos)}`);
    this.pos++;
    const values = [this.value("'(' of IN")];
    for (;;) {
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === ')') {
        this.pos++;
        return values;
      }
      if (next !== ',')
        this.fail(this.pos, `expected ',' or ')' in the IN list, found ${this.found(this.pos)}`);
      this.pos++;
      values.push(this.value("',' of IN"));
    }
  }

  /** TODAY with an optional whole number of days added or taken ("TODAY - 30", "today+7 days"). */
  today(at: number, word: string): SegmentValue {
    let days = 0;
    let end = this.pos;
    const glued = /[+-]\d+$/.exec(word);
    if (glued) days = Number(glued[0]);
    else {
      let probe = end;
      while (probe < this.text.length && /\s/.test(this.text[probe]!)) probe++;
      const sign = this.text[probe];
      if (sign === '+' || sign === '-') {
        let digits = probe + 1;
        while (digits < this.text.length && /\s/.test(this.text[digits]!)) digits++;
        const count = this.wordAt(digits);
        if (!/^\d+$/.test(count)) {
          this.fail(
            digits,
            `expected a whole number of days after TODAY ${sign}, found ${this.found(digits)}`,
          );
        }
        days = (sign === '-' ? -1 : 1) * Number(count);
        end = digits + count.length;
      }
    }
    if (Math.abs(days) > 1_000_000) this.fail(at, 'TODAY may move by at most 1,000,000 days');
    if (end !== this.pos || glued) {
      // An optional unit word reads naturally: TODAY - 90 days.
      let probe = end;
      while (probe < this.text.length && /\s/.test(this.text[probe]!)) probe++;
      const unit = this.wordAt(probe).toLowerCase();
      if (unit === 'days' || unit === 'day') end = probe + unit.length;
    }
    this.pos = end;
    return { kind: 'today', days, text: this.text.slice(at, end) };
  }

  /** A number, percentage, date, TRUE/FALSE, quoted text, or bare words up to a keyword or sign. */
  value(after: string): SegmentValue {
    this.skipSpace();
    const at = this.pos;
    const first = this.text[at];
    if (first === '"' || first === "'") {
      const value = this.quoted();
      return { kind: 'text', value, text: this.text.slice(at, this.pos) };
    }
    const word = this.wordAt(at);
    if (!word || KEYWORDS.has(word.toUpperCase()))
      this.fail(at, `expected a value after ${after}, found ${this.found(at)}`);
    this.pos = at + word.length;
    const date = DATE.exec(word);
    if (date) {
      const day = calendarDay(Number(date[1]), Number(date[2]), Number(date[3]));
      if (day === undefined) this.fail(at, `${word} is not a date (write yyyy-mm-dd)`);
      return { kind: 'date', day, text: word };
    }
    if (NUMBER.test(word)) {
      const percent = word.endsWith('%');
      const value = Number(percent ? word.slice(0, -1) : word);
      if (!Number.isFinite(value)) this.fail(at, `${word} is too large a number`);
      return { kind: 'number', value: percent ? value / 100 : value, text: word };
    }
    const upper = word.toUpperCase();
    if (upper === 'TODAY' || TODAY.test(word)) return this.today(at, word);
    if (upper === 'TRUE' || upper === 'FALSE')
      return { kind: 'boolean', value: upper === 'TRUE', text: word };
    // Bare text may run over several words ("At risk"), up to a keyword, a sign or a bracket.
    let end = this.pos;
    for (;;) {
      let probe = end;
      while (probe < this.text.length && /\s/.test(this.text[probe]!)) probe++;
      const next = this.wordAt(probe);
      if (!next || this.isKeywordAt(probe)) break;
      end = probe + next.length;
    }
    this.pos = end;
    const text = this.text.slice(at, end);
    return { kind: 'text', value: text.replace(/\s+/g, ' '), text };
  }
}

/**
 * Parses a rule of the segment language against the Customers header row. Column names are
 * matched like headers (case, spaces and punctuation ignored: `churn_risk` is "Churn risk"), or as
 * written in the header row ("P(alive)"), or in quotes. Values are numbers (`0.6`, `60%`), dates
 * (`2024-05-01`, a calendar day in the spreadsheet's zone; `TODAY - 90`, counted from the day the
 * rule is evaluated), TRUE/FALSE, quoted text, or bare words
 * (`shopify`, `At risk`). Conditions combine with NOT, AND, OR (in that order of precedence) and
 * brackets. The first mistake is returned with its position and what was expected, never thrown;
 * rules over 50,000 characters or nested over 50 deep are refused. Runs in time linear in the text
 * (times the number of headers).
 * @example parseSegmentRule('Revenue >', ['Revenue']) // => { error: "at 10: expected a value after '>', found the end of the rule", at: 9 }
 */
export function parseSegmentRule(text: string, knownHeaders: readonly unknown[]): SegmentRuleParse {
  const source = String(text ?? '');
  if (source.length > MAX_LENGTH) {
    return {
      error: `at ${MAX_LENGTH + 1}: the rule is longer than ${MAX_LENGTH.toLocaleString('en-US')} characters`,
      at: MAX_LENGTH,
    };
  }
  const headers = knownHeaders.filter(
    (header): header is string => typeof header === 'string' && header.trim() !== '',
  );
  if (source.trim() === '') {
    return { error: 'at 1: the rule is empty: write a condition such as Revenue > 200', at: 0 };
  }
  const reader = new RuleReader(source, headers);
  try {
    reader.skipSpace();
    const rule = reader.or(0);
    reader.skipSpace();
    if (!reader.atEnd()) {
      const at = reader.pos;
      if (source[at] === ')') reader.fail(at, "this ')' has no matching '('");
      reader.fail(at, `expected AND, OR or the end of the rule, found ${reader.found(at)}`);
    }
    return { rule };
  } catch (error) {
    if (error instanceof RuleError) return { error: `at ${error.at + 1}: ${error.message}`, at: error.at };
    throw error;
  }
}
