// A row of the Interactions tab as a validated record.
import { z } from 'zod';
import { DIRECTIONS, INTERACTION_CHANNELS } from './choices';

/** An Interactions row: one contact with a customer on one channel. */
export const InteractionSchema = z
  .object({
    date: z.date({ error: 'missing date' }),
    customerId: z.string(),
    email: z.string(),
    channel: z.enum(INTERACTION_CHANNELS, {
      error: `Channel must be one of ${INTERACTION_CHANNELS.join(', ')}`,
    }),
    direction: z.union([z.enum(DIRECTIONS), z.literal('')], { error: 'Direction must be in or out' }),
    subject: z.string(),
    notes: z.string(),
    source: z.string(),
  })
  .refine((row) => row.customerId !== '' || row.email !== '', {
    message: 'missing Customer ID and Email',
    path: ['customerId'],
  });

export type Interaction = z.infer<typeof InteractionSchema>;
