// A row of the Outbox tab (owned by the add-on) as a validated record.
import { z } from 'zod';
import { OUTBOX_STATUSES } from './choices';

/** One planned or sent email, keyed by its deterministic key (rule, customer, occurrence). */
export const OutboxEntrySchema = z.object({
  key: z.string().min(1, 'missing Key'),
  rule: z.string(),
  customerId: z.string(),
  email: z.string(),
  subject: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  reason: z.string(),
  plannedAt: z.date().nullable(),
  sentAt: z.date().nullable(),
});

export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;
