import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../src/core/import/csv-table';
import { googleFormsResponses } from '../../../src/core/import/google-forms-responses';
import { parseCsv } from '../../../src/core/import/parse-csv';

const parsed = parseCsv(
  readFileSync(new URL('../../fixtures/imports/google_forms_responses.csv', import.meta.url), 'utf8'),
);
const table = csvTable(parsed.rows, parsed.lines);

describe('googleFormsResponses (fixture google_forms_responses.csv)', () => {
  const result = googleFormsResponses(table, { timeZone: 'America/New_York' });

  it('finds the NPS, CSAT and comment questions by their text and reads answers', () => {
    expect(result.channel).toBe('forms');
    expect(result.surveys.slice(0, 3)).toEqual([
      {
        row: 2,
        // 3/5/2024 10:12:44 in New York (EST, −5) = 15:12:44 UTC.
        date: new Date('2024-03-05T15:12:44Z'),
        email: 'ana.silva@gmail.com',
        name: 'Ana Silva',
        nps: 9,
        csat: 5,
        comment: 'Lovely packaging',
      },
      {
        row: 3,
        date: new Date('2024-03-06T13:01:02Z'),
        email: 'ben.okafor@example.com',
        name: 'Ben',
        nps: 4,
        csat: 2,
        comment: 'Arrived late, box was "crushed"',
      },
      // Upper-case email normalised; CSAT left blank stays blank.
      {
        row: 4,
        date: new Date('2024-03-08T02:30:15Z'),
        email: 'chloe.m@example.com',
        name: 'Chloe Martin',
        nps: 10,
        csat: '',
        comment: '',
      },
    ]);
    const hana = result.surveys.find((s) => s.email === 'hana@example.com');
    expect(hana).toMatchObject({ nps: 10, comment: `'=HYPERLINK("http://evil.example","win")` });
    const jo = result.surveys.find((s) => s.email === 'jo@example.com');
    expect(jo).toMatchObject({ row: 12, nps: 6, comment: 'Multi-line\nanswer with, commas' });
  });

  it('rejects out-of-range scores, missing emails, impossible dates and #N/A', () => {
    expect(result.rejected).toEqual([
      {
        row: 5,
        column: 'How likely are you to recommend us? (0-10)',
        reason: 'NPS must be a whole number from 0 to 10 (got "11")',
      },
      {
        row: 6,
        column: 'How satisfied are you with your order? (1-5)',
        reason: 'CSAT must be a whole number from 1 to 5 (got "0")',
      },
      { row: 7, column: 'Email Address', reason: 'missing email' },
      { row: 8, column: 'Timestamp', reason: 'impossible date "2/30/2024 9:00:00"' },
      {
        row: 9,
        column: 'How likely are you to recommend us? (0-10)',
        reason: 'NPS must be a whole number from 0 to 10 (got "#N/A")',
      },
      {
        row: 11,
        column: 'How likely are you to recommend us? (0-10)',
        reason: 'NPS must be a whole number from 0 to 10 (got "very likely")',
      },
    ]);
    // 28 responses − 6 rejected = 22.
    expect(result.surveys).toHaveLength(22);
  });

  it('reads day-first timestamps and the Forms CSV download format when told', () => {
    const dayFirst = googleFormsResponses(
      {
        header: ['Timestamp', 'Email address', 'NPS'],
        rows: [['05/03/2024 10:00:00', 'a@example.com', '8']],
        lines: [2],
      },
      { timeZone: 'UTC', dateOrder: 'dmy' },
    );
    expect(dayFirst.surveys[0].date).toEqual(new Date('2024-03-05T10:00:00Z'));
    const download = googleFormsResponses(
      {
        header: ['Timestamp', 'Email Address', 'Score'],
        rows: [['2022/06/22 11:07:29 PM AST', 'a@example.com', '3']],
        lines: [2],
      },
      { timeZone: 'America/Halifax', csatColumn: 'Score' },
    );
    // 23:07:29 in Halifax (ADT, −3) = 02:07:29 UTC next day.
    expect(download.surveys[0]).toMatchObject({ date: new Date('2022-06-23T02:07:29Z'), csat: 3, nps: '' });
  });

  it('refuses a sheet without an email column or a score question', () => {
    const result = googleFormsResponses(
      { header: ['Timestamp', 'Your name'], rows: [], lines: [] },
      { timeZone: 'UTC' },
    );
    expect(result.rejected).toEqual([
      {
        row: 1,
        column: 'Email Address, an NPS (0-10) or CSAT (1-5) question',
        reason: 'not a survey response sheet: missing Email Address, an NPS (0-10) or CSAT (1-5) question',
      },
    ]);
  });
});
