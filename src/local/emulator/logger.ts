// Emulated Logger and console: both write into a LogBook stamped with the virtual clock.
import { format } from 'node:util';
import type { ServiceMeter } from './service-meter';

export type LogLevel = 'log' | 'info' | 'warn' | 'error';

export interface LogEntry {
  /** Which API wrote it: Logger.log or console.*. */
  source: 'Logger' | 'console';
  level: LogLevel;
  message: string;
  /** Virtual time of the call. */
  at: Date;
}

export type EmulatedLogger = {
  log(data: unknown, ...values: unknown[]): EmulatedLogger;
  getLog(): string;
  clear(): void;
};

export type EmulatedConsole = Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'>;

/** Every log line of an execution, in order; `clock` stamps console lines (the runtime passes its meter). */
export class LogBook {
  readonly entries: LogEntry[] = [];
  /** Index of the first entry Logger.getLog still reports (Logger.clear moves it). */
  loggerStart = 0;

  constructor(readonly clock: { now(): Date }) {}

  add(source: LogEntry['source'], level: LogLevel, message: string, at: Date): void {
    this.entries.push({ source, level, message, at });
  }

  /** The messages alone, oldest first. */
  messages(): string[] {
    return this.entries.map((e) => e.message);
  }
}

/** Logger.log's text of one value: strings as they are, plain objects and arrays as JSON. */
function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined || value instanceof Date || typeof value !== 'object')
    return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/**
 * Logger.log's formatting: with more than one argument the first is a format whose %s, %d (number) and
 * %i (integer) take the following values in turn and %% is a percent sign; values without a placeholder
 * are dropped, as in Java's String.format.
 */
function formatLog(data: unknown, values: unknown[]): string {
  if (values.length === 0) return show(data);
  let next = 0;
  return String(data).replace(/%([sdi%])/g, (whole, kind: string) => {
    if (kind === '%') return '%';
    if (next >= values.length) return whole;
    const value = values[next++];
    if (kind === 's') return show(value);
    if (kind === 'd') return String(Number(value));
    return String(Number.parseInt(String(value), 10));
  });
}

/**
 * Logger for one execution: log(data) or log(format, ...values), getLog (the messages logged since the
 * last clear, one per line) and clear. Each call is metered.
 */
export function createLogger(book: LogBook, meter: ServiceMeter): EmulatedLogger {
  const logger: EmulatedLogger = {
    log(data, ...values) {
      meter.call('Logger', 'log');
      book.add('Logger', 'log', formatLog(data, values), meter.now());
      return logger;
    },
    getLog() {
      meter.call('Logger', 'getLog');
      return book.entries
        .slice(book.loggerStart)
        .filter((e) => e.source === 'Logger')
        .map((e) => e.message)
        .join('\n');
    },
    clear() {
      meter.call('Logger', 'clear');
      book.loggerStart = book.entries.length;
    },
  };
  return logger;
}

/**
 * console for one execution, with Node's format specifiers; time/timeEnd measure virtual time and log
 * "label: Nms". The console is not a metered service in Apps Script, so these calls are not counted.
 */
export function createConsole(book: LogBook): EmulatedConsole {
  const timers = new Map<string, number>();
  const write =
    (level: LogLevel) =>
    (...args: unknown[]) => {
      book.add('console', level, args.length === 0 ? '' : format(...args), book.clock.now());
    };
  return {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    time(label = 'default') {
      timers.set(String(label), book.clock.now().getTime());
    },
    timeEnd(label = 'default') {
      const started = timers.get(String(label));
      const now = book.clock.now();
      if (started === undefined) {
        book.add('console', 'warn', `Timer '${label}' does not exist`, now);
        return;
      }
      timers.delete(String(label));
      book.add('console', 'log', `${label}: ${now.getTime() - started}ms`, now);
    },
  };
}
