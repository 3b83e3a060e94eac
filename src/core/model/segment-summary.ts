// A row of the Segments tab (owned by the add-on) as a validated record.
import { z } from 'zod';

/** A saved segment and its statistics at the last refresh. */
export const SegmentSummarySchema = z.object({
  segment: z.string().min(1, 'missing Segment'),
  definition: z.string(),
  customers: z.number().int().min(0).nullable(),
  revenueShare: z.number().min(0).max(1).nullable(),
  avgClv: z.number().nullable(),
  avgChurnRisk: z.number().min(0).max(1).nullable(),
  updatedAt: z.date().nullable(),
});

export type SegmentSummary = z.infer<typeof SegmentSummarySchema>;
