import { describe, expect, it } from 'vitest';
import { parseProgressLine } from '../../src/app/progress-line';
import { consoleProgress } from '../../src/gas/console-progress';
import { environment, inExecution } from './gas-globals';

describe('consoleProgress', () => {
  it('writes one execution-log line per report, without a spreadsheet call', () => {
    const env = environment();
    const execution = inExecution(env, () => {
      consoleProgress(500, 26_000, 'import');
      consoleProgress(26_000, 26_000, 'import');
    });
    const lines = env.logBook.entries.filter((e) => e.source === 'console');
    expect(lines.map((e) => [e.level, e.message])).toEqual([
      ['info', 'Solo CRM progress import: 500 of 26000'],
      ['info', 'Solo CRM progress import: 26000 of 26000'],
    ]);
    expect(lines.map((e) => parseProgressLine(e.message))).toEqual([
      [500, 26_000, 'import'],
      [26_000, 26_000, 'import'],
    ]);
    expect([...execution.calls.keys()].filter((call) => call.startsWith('Range'))).toEqual([]);
  });
});
