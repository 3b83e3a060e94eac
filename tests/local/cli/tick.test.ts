import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../../src/local/store/read-workbook';
import { writeWorkbook } from '../../../src/local/store/write-workbook';
import { crmInProcess as crm } from './run-crm';
import { tempFolder } from './temp-folder';

/** Installs, as ScriptApp would have stored it, a daily 03:00 UTC trigger of the bundle's nightly refresh. */
async function installNightlyRefresh(path: string): Promise<void> {
  const { workbook, source, properties } = await readWorkbookFile(path);
  properties.emulator['trigger.1000001'] = JSON.stringify({
    id: '1000001',
    handler: 'onNightlyRefresh',
    eventType: 'CLOCK',
    source: 'CLOCK',
    sourceId: null,
    createdAt: '2025-03-01T00:00:00.000Z',
    schedule: { atHour: 3, everyDays: 1, timeZone: 'Etc/UTC' },
  });
  await writeWorkbook(path, workbook, { source, properties });
}

describe('crm tick', () => {
  const temp = tempFolder('crm-tick-');
  let book: string;

  beforeAll(async () => {
    book = temp.file('shop.xlsx');
    expect((await crm('setup', '--workbook', book)).status).toBe(0);
    await installNightlyRefresh(book);
  });

  it('fires each due run in time order and leaves the clock at --until, kept by the workbook', async () => {
    const first = await crm(
      'tick',
      '--workbook',
      book,
      '--from',
      '2025-03-01',
      '--until',
      '2025-03-03',
      '--json',
    );
    expect(first.status, first.err).toBe(0);
    const report = JSON.parse(first.out);
    expect(report.from).toBe('2025-03-01T00:00:00.000Z');
    expect(report.runs.map((r: { at: string; handler: string }) => [r.at, r.handler])).toEqual([
      ['2025-03-01T03:00:00.000Z', 'onNightlyRefresh'],
      ['2025-03-02T03:00:00.000Z', 'onNightlyRefresh'],
    ]);
    expect(report.sent).toEqual([]);
    const { properties, workbook } = await readWorkbookFile(book);
    expect(properties.emulator.clock).toBe('"2025-03-03T00:00:00.000Z"');
    expect(properties.emulator['trigger.1000001']).toContain('"handler":"onNightlyRefresh"');
    // The refresh ran as the nightly trigger, at its virtual time: the Log says so.
    const log = workbook.sheets.find((sheet) => sheet.name === 'Log')!.values;
    expect(log.slice(1).some((row) => String(row[1]).includes('refresh'))).toBe(true);

    const next = await crm('tick', '--workbook', book, '--until', '2025-03-04', '--json');
    expect(next.status, next.err).toBe(0);
    expect(JSON.parse(next.out).from).toBe('2025-03-03T00:00:00.000Z');
    expect(JSON.parse(next.out).runs.map((r: { at: string }) => r.at)).toEqual(['2025-03-03T03:00:00.000Z']);
  });

  it('refuses to go back before the clock unless --from says where to start', async () => {
    const back = await crm('tick', '--workbook', book, '--until', '2025-03-02');
    expect(back.status).toBe(2);
    expect(back.err).toContain(
      "--until 2025-03-02T00:00:00.000Z is before the workbook's clock, 2025-03-04T00:00:00.000Z; to play an earlier stretch again, give --from.",
    );
    const replay = await crm(
      'tick',
      '--workbook',
      book,
      '--from',
      '2025-03-01T12:00Z',
      '--until',
      '2025-03-02',
      '--json',
    );
    expect(replay.status, replay.err).toBe(0);
    expect(JSON.parse(replay.out).runs).toEqual([]);
    expect((await readWorkbookFile(book)).properties.emulator.clock).toBe('"2025-03-02T00:00:00.000Z"');
  });

  it('keeps --mail-quota for later commands', async () => {
    expect(
      (await crm('tick', '--workbook', book, '--until', '2025-03-02T01:00Z', '--mail-quota', '1500')).status,
    ).toBe(0);
    expect((await readWorkbookFile(book)).properties.emulator['mail.dailyQuota']).toBe('1500');
    expect((await crm('tick', '--workbook', book, '--until', '2025-03-02T02:00Z')).status).toBe(0);
    expect((await readWorkbookFile(book)).properties.emulator['mail.dailyQuota']).toBe('1500');
  });

  it('exits 2 for arguments that cannot be right, before touching the workbook', async () => {
    const file = temp.file('not-a-folder');
    writeFileSync(file, 'x');
    const cases: Array<[string[], string]> = [
      [['--until', 'next week'], '--until must be a day or an instant with its zone'],
      [['--until', '2025-03-08T09:00'], '--until must be a day or an instant with its zone'],
      [
        ['--from', '2025-03-08', '--until', '2025-03-07'],
        '--until 2025-03-07T00:00:00.000Z is before --from 2025-03-08T00:00:00.000Z.',
      ],
      [
        ['--until', '2025-03-08', '--mail-quota', 'lots'],
        '--mail-quota must be a whole number (got "lots").',
      ],
      [['--until', '2025-03-08', '--outbox', file], 'is a file, not a folder'],
      [[], '--until is required.'],
      [['--until', '2025-03-08', 'now'], 'Unexpected argument "now".'],
    ];
    for (const [args, message] of cases) {
      const result = await crm('tick', '--workbook', book, ...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.err).toContain(message);
    }
  });
});
