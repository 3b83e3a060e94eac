import { describe, expect, it } from 'vitest';
import type { IncomingSurvey } from '../../../src/core/import/incoming-records';
import { SurveysInTab } from '../../../src/core/import/surveys-in-tab';
import { tabTable } from './incoming-order';

const DATE = new Date('2024-03-05T10:12:44Z');

const answer = (row: number, fields: Partial<IncomingSurvey> = {}): IncomingSurvey => ({
  row,
  date: DATE,
  email: 'ana@example.com',
  name: '',
  nps: 9,
  csat: '',
  comment: '',
  ...fields,
});

describe('SurveysInTab', () => {
  it('adds a new answer as a Surveys row, and takes one with the same Date and Email for the one there', () => {
    const surveys = new SurveysInTab(tabTable('surveys', [{ Date: DATE, Email: 'ANA@example.com', NPS: 9 }]));
    expect(surveys.place(answer(2))).toEqual({ alreadyThere: true });
    const later = new Date('2024-03-06T09:00:00Z');
    expect(surveys.place(answer(3, { date: later, comment: '=1+1' }))).toEqual({
      add: [later, 'ana@example.com', 9, '', "'=1+1"],
      key: `${later.toISOString()}\u241fana@example.com`,
    });
    // Once added, the same answer later in the file is there too.
    expect(surveys.place(answer(4, { date: later }))).toEqual({ alreadyThere: true });
  });

  it('rejects an answer with its reason', () => {
    const surveys = new SurveysInTab(tabTable('surveys', []));
    expect(surveys.place(answer(2, { email: '' }))).toEqual({ rejected: 'no valid email address' });
  });
});
