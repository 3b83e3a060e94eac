import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookFile } from '../../../src/local/store/read-workbook';
import { crmInProcess as crm } from './run-crm';
import { tempFolder } from './temp-folder';

describe('crm triggers', () => {
  const temp = tempFolder('crm-triggers-');
  let book: string;

  beforeAll(async () => {
    book = temp.file('shop.xlsx');
    expect((await crm('setup', '--workbook', book)).status).toBe(0);
  });

  it('installs once, removes what --which names, and the workbook keeps the triggers and their schedules', async () => {
    const first = JSON.parse(
      (await crm('triggers', 'install', '--workbook', book, '--which', 'followups', '--json')).out,
    );
    expect(first.changed).toEqual(['followups']);
    const again = JSON.parse((await crm('triggers', 'install', '--workbook', book, '--json')).out);
    expect(again).toMatchObject({ changed: ['refresh', 'form'], unchanged: ['followups'] });

    const { properties } = await readWorkbookFile(book);
    const triggers = Object.keys(properties.emulator).filter((key) => key.startsWith('trigger.'));
    expect(triggers).toHaveLength(3);
    // ScriptAppTriggers keeps each schedule in the user properties under the trigger's id.
    expect(Object.keys(properties.user).sort()).toEqual(triggers.map((key) => `crm.${key}`).sort());

    const removed = JSON.parse(
      (await crm('triggers', 'remove', '--workbook', book, '--which', 'form', '--json')).out,
    );
    expect(removed.changed).toEqual(['form']);
    const listed = await crm('triggers', 'list', '--workbook', book);
    expect(listed.status).toBe(0);
    expect(listed.out).toMatch(/form +onServiceFormSubmit +off/);
    expect(listed.out).toMatch(/refresh +onNightlyRefresh +on, daily at \d+:00/);
  });

  it('exits 2 without one of its words, or for a --which it does not know', async () => {
    const cases: Array<[string[], string]> = [
      [[], 'triggers needs one of install, remove, list.'],
      [['start'], 'triggers takes one of install, remove, list (got "start").'],
      [['install', 'now'], 'Unexpected argument "now".'],
      [['install', '--which', 'mail'], '--which must be one of all, followups, refresh, form (got "mail").'],
      [['list', '--which', 'form'], '--which is for install and remove; list shows every automation.'],
    ];
    for (const [args, message] of cases) {
      const result = await crm('triggers', '--workbook', book, ...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.err).toContain(message);
    }
  });
});
