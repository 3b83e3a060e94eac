// Why an incoming survey answer cannot be imported.
import { normalizeEmail } from '../clean/normalize-email';
import { isValidDate } from '../table/is-valid-date';
import type { IncomingSurvey } from './incoming-records';

/**
 * Why a survey answer cannot be imported, or '' when it can: no valid timestamp or email, an NPS
 * that is not a whole number from 0 to 10 or a CSAT not from 1 to 5 (either may be blank).
 * @example surveyProblem({ …, nps: 11 }) // => 'NPS is not a whole number from 0 to 10'
 */
export function surveyProblem(survey: IncomingSurvey): string {
  if (!isValidDate(survey.date)) return 'timestamp is missing or not a valid date';
  if (!normalizeEmail(survey.email)) return 'no valid email address';
  if (survey.nps !== '' && !(Number.isInteger(survey.nps) && survey.nps >= 0 && survey.nps <= 10)) {
    return 'NPS is not a whole number from 0 to 10';
  }
  if (survey.csat !== '' && !(Number.isInteger(survey.csat) && survey.csat >= 1 && survey.csat <= 5)) {
    return 'CSAT is not a whole number from 1 to 5';
  }
  return '';
}
