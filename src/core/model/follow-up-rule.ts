// A row of the Follow-ups tab as a validated record.
import { z } from 'zod';
import { FOLLOW_UP_TRIGGERS } from './choices';

/** A follow-up rule: who (audience) gets which email (subject, body) when (trigger, value). */
export const FollowUpRuleSchema = z.object({
  rule: z.string().min(1, 'missing Rule'),
  active: z.boolean().nullable(),
  audience: z.string().min(1, 'missing Audience'),
  trigger: z.enum(FOLLOW_UP_TRIGGERS, { error: `Trigger must be one of ${FOLLOW_UP_TRIGGERS.join(', ')}` }),
  value: z.number().nullable(),
  subject: z.string().min(1, 'missing Subject'),
  body: z.string().min(1, 'missing Body'),
  sendHours: z.string(),
  minDaysBetween: z.number().int().min(0).nullable(),
  maxPerRun: z.number().int().min(0).nullable(),
});

export type FollowUpRule = z.infer<typeof FollowUpRuleSchema>;
