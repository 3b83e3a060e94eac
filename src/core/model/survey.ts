// A row of the Surveys tab as a validated record.
import { z } from 'zod';

/** A Surveys row: an NPS (0–10) and/or CSAT (1–5) answer by email. */
export const SurveySchema = z.object({
  date: z.date({ error: 'missing date' }),
  email: z.string().min(1, 'missing Email'),
  nps: z.number().int().min(0, 'NPS must be 0 to 10').max(10, 'NPS must be 0 to 10').nullable(),
  csat: z.number().int().min(1, 'CSAT must be 1 to 5').max(5, 'CSAT must be 1 to 5').nullable(),
  comment: z.string(),
});

export type Survey = z.infer<typeof SurveySchema>;
