import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, EmulatorEnvironment } from '../../../src/local/emulator/emulator-environment';
import { emptyWorkbook } from '../../../src/local/emulator/workbook-data';

describe('EmulatorEnvironment', () => {
  it('starts with an empty workbook, the default config and the given time', () => {
    const env = new EmulatorEnvironment({ now: new Date('2026-01-15T12:00:00Z') });
    expect(env.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(env.config).toEqual(DEFAULT_CONFIG);
    expect(env.now.toISOString()).toBe('2026-01-15T12:00:00.000Z');
  });

  it('merges a partial config and keeps a given workbook', () => {
    const workbook = emptyWorkbook('CRM', 'Europe/Paris');
    const env = new EmulatorEnvironment({ workbook, config: { mailDailyQuota: 1500 } });
    expect(env.workbook).toBe(workbook);
    expect(env.config.mailDailyQuota).toBe(1500);
    expect(env.mailbox.dailyQuota).toBe(1500);
    expect(env.config.userEmail).toBe(DEFAULT_CONFIG.userEmail);
  });

  it('starts executions at `now` and moves `now` to where each execution stopped', () => {
    const env = new EmulatorEnvironment({ now: new Date('2026-01-15T12:00:00Z') });
    const first = env.startExecution('menu');
    expect(first.kind).toBe('menu');
    expect(first.workbook).toBe(env.workbook);
    first.advance(90_000);
    env.finishExecution(first);
    expect(env.now.toISOString()).toBe('2026-01-15T12:01:30.000Z');
    const second = env.startExecution('custom-function');
    expect(second.startedAt.toISOString()).toBe('2026-01-15T12:01:30.000Z');
    expect(second.limitMs).toBe(30_000);
    expect(env.startExecution('trigger', { limitMs: 5 }).limitMs).toBe(5);
  });

  it('stamps log entries with the running execution clock', () => {
    const env = new EmulatorEnvironment({ now: new Date('2026-01-15T12:00:00Z') });
    const execution = env.startExecution('editor');
    execution.advance(2000);
    expect(env.logBook.clock.now().toISOString()).toBe('2026-01-15T12:00:02.000Z');
    env.finishExecution(execution);
    expect(env.logBook.clock.now().toISOString()).toBe('2026-01-15T12:00:02.000Z');
  });
});
