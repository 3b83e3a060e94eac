import { describe, expect, it } from 'vitest';
import type { IncomingSurvey } from '../../../src/core/import/incoming-records';
import { surveyProblem } from '../../../src/core/import/survey-problem';

const answer = (fields: Partial<IncomingSurvey>): IncomingSurvey => ({
  row: 2,
  date: new Date('2024-03-05T10:12:44Z'),
  email: 'ana@example.com',
  name: '',
  nps: 9,
  csat: 4,
  comment: '',
  ...fields,
});

describe('surveyProblem', () => {
  it('accepts an answer with a timestamp and an email, scores blank or in range', () => {
    expect(surveyProblem(answer({}))).toBe('');
    expect(surveyProblem(answer({ nps: '', csat: '', comment: 'Lovely' }))).toBe('');
    expect(surveyProblem(answer({ nps: 0, csat: 5 }))).toBe('');
  });

  it('says why an answer cannot be imported', () => {
    expect(
      [{ date: new Date('nope') }, { email: 'not an address' }, { nps: 11 }, { nps: 7.5 }, { csat: 0 }].map(
        (fields) => surveyProblem(answer(fields)),
      ),
    ).toEqual([
      'timestamp is missing or not a valid date',
      'no valid email address',
      'NPS is not a whole number from 0 to 10',
      'NPS is not a whole number from 0 to 10',
      'CSAT is not a whole number from 1 to 5',
    ]);
  });
});
