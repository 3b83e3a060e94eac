// A service-form answer (the namedValues of a form-submit event) read into email, scores and message.
import { normalizeHeader } from '../table/normalize-header';

/** What a support or feedback form answer says. */
export interface FormAnswer {
  email: string;
  /** 0–10 ("How likely are you to recommend us…"), or null when the form has no such question or it is unanswered. */
  nps: number | null;
  /** 1–5 ("How satisfied are you…"), or null. */
  csat: number | null;
  /** The free-text answers, "Question: answer" joined by " | ". */
  message: string;
}

/** One answer as text: forms give each question a list of answers (checkboxes give several). */
function answerText(value: unknown): string {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((v) => String(v ?? '').trim())
    .filter(Boolean)
    .join(', ');
}

function score(text: string, min: number, max: number): number | null {
  const match = /^\s*(\d{1,2})\b/.exec(text);
  if (!match) return null;
  const n = Number(match[1]);
  return n >= min && n <= max ? n : null;
}

/**
 * Reads the answer by its questions: the email from a question naming "email" (or the respondent's
 * address Forms collects); NPS from one naming "recommend" or "NPS" (0–10); CSAT from one naming
 * "satisfied", "satisfaction" or "CSAT" (1–5); every other non-empty answer but the Timestamp is the
 * message. A score outside its range is kept in the message, not taken as a score.
 * @example readFormAnswer({ Email: ['ana@example.com'], 'How likely are you to recommend us?': ['3'] }).nps // => 3
 */
export function readFormAnswer(namedValues: Readonly<Record<string, unknown>>): FormAnswer {
  const answer: FormAnswer = { email: '', nps: null, csat: null, message: '' };
  const message: string[] = [];
  for (const [question, value] of Object.entries(namedValues)) {
    const key = normalizeHeader(question);
    const text = answerText(value);
    if (!text || key === 'timestamp') continue;
    if (!answer.email && key.includes('email')) {
      answer.email = text;
      continue;
    }
    if (answer.nps === null && (key.includes('recommend') || key.includes('nps'))) {
      answer.nps = score(text, 0, 10);
      if (answer.nps !== null) continue;
    }
    if (answer.csat === null && (key.includes('satisf') || key.includes('csat'))) {
      answer.csat = score(text, 1, 5);
      if (answer.csat !== null) continue;
    }
    message.push(`${question.trim()}: ${text}`);
  }
  answer.message = message.join(' | ');
  return answer;
}
