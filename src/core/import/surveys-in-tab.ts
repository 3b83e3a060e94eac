// The survey answers the Surveys tab holds while an import adds more: which incoming answers are new.
import type { Cell } from '../table/cell';
import { COLUMNS, type Header, type TabTable } from '../table/columns';
import { rowKey } from '../table/sheet-table';
import { tableRow } from '../table/table-row';
import type { IncomingSurvey } from './incoming-records';
import { sheetText } from './sheet-text';
import { surveyProblem } from './survey-problem';

const S = COLUMNS.surveys;

/** An answer is the one already there when its (Date, Email) is: one person answers once at a time. */
export const SURVEY_KEY: readonly Header<'surveys'>[] = [S.date, S.email];

/** What the import does with an incoming answer: reject it, skip it (there already), or append this row. */
export type SurveyPlacement = { rejected: string } | { alreadyThere: true } | { add: Cell[]; key: string };

/** The Surveys tab as read, and the answers this import has added to it so far. */
export class SurveysInTab {
  private readonly known = new Set<string>();

  constructor(private readonly surveys: TabTable<'surveys'>) {
    for (const row of surveys.rows) this.known.add(rowKey(surveys, row, SURVEY_KEY).toLowerCase());
  }

  /**
   * Where an answer goes: rejected with surveyProblem's reason; already there when the tab or
   * this import has its (Date, Email), the email compared without case; else its Surveys row
   * (text neutralised) and its key as Undo finds it, and it counts as there from now on.
   */
  place(survey: IncomingSurvey): SurveyPlacement {
    const problem = surveyProblem(survey);
    if (problem) return { rejected: problem };
    const row = tableRow(this.surveys, {
      [S.date]: survey.date,
      [S.email]: sheetText(survey.email),
      [S.nps]: survey.nps,
      [S.csat]: survey.csat,
      [S.comment]: sheetText(survey.comment),
    });
    const key = rowKey(this.surveys, row, SURVEY_KEY);
    if (this.known.has(key.toLowerCase())) return { alreadyThere: true };
    this.known.add(key.toLowerCase());
    return { add: row, key };
  }
}
