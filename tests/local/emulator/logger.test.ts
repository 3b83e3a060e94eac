import { describe, expect, it } from 'vitest';
import { createConsole, createLogger, LogBook } from '../../../src/local/emulator/logger';
import { TestMeter } from './test-meter';

describe('createLogger', () => {
  it('logs values and printf-style formats with the virtual time', () => {
    const meter = new TestMeter();
    const book = new LogBook(meter);
    const logger = createLogger(book, meter);
    logger.log('plain');
    meter.advance(250);
    logger.log('%s has %d orders (%i%%)', 'Ada', 3, '42.9');
    logger.log({ a: 1, b: [2, 3] });
    logger.log(12.5);
    expect(book.messages()).toEqual(['plain', 'Ada has 3 orders (42%)', '{"a":1,"b":[2,3]}', '12.5']);
    expect(book.entries[1].at.toISOString()).toBe('2026-01-15T12:00:00.250Z');
    expect(book.entries[1].source).toBe('Logger');
  });

  it('leaves a placeholder without a value and drops values without a placeholder', () => {
    const meter = new TestMeter();
    const book = new LogBook(meter);
    createLogger(book, meter).log('%s and %s', 'one').log('no placeholders', 'extra');
    expect(book.messages()).toEqual(['one and %s', 'no placeholders']);
  });

  it('getLog returns what was logged since clear, one message per line', () => {
    const meter = new TestMeter();
    const book = new LogBook(meter);
    const logger = createLogger(book, meter);
    logger.log('first').log('second');
    createConsole(book).log('console lines are not part of Logger.getLog');
    expect(logger.getLog()).toBe('first\nsecond');
    logger.clear();
    logger.log('third');
    expect(logger.getLog()).toBe('third');
    expect(meter.count('Logger')).toBe(6);
  });
});

describe('createConsole', () => {
  it('records levels with Node-style formatting', () => {
    const meter = new TestMeter();
    const book = new LogBook(meter);
    const console = createConsole(book);
    console.log('n=%d', 4);
    console.info('info');
    console.warn('careful', { x: 1 });
    console.error('bad');
    expect(book.entries.map((e) => [e.level, e.message])).toEqual([
      ['log', 'n=4'],
      ['info', 'info'],
      ['warn', 'careful { x: 1 }'],
      ['error', 'bad'],
    ]);
    expect(meter.calls).toEqual([]);
  });

  it('time/timeEnd measure virtual time', () => {
    const meter = new TestMeter();
    const book = new LogBook(meter);
    const console = createConsole(book);
    console.time('refresh');
    meter.advance(1234);
    console.timeEnd('refresh');
    console.timeEnd('refresh');
    expect(book.messages()).toEqual(['refresh: 1234ms', "Timer 'refresh' does not exist"]);
  });
});
