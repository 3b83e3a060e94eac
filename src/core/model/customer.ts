// A row of the Customers tab as a validated record.
import { z } from 'zod';

const count = z.number().int().min(0).nullable();
const amount = z.number().nullable();
const probability = z.number().min(0).max(1).nullable();
const when = z.date().nullable();

/** A Customers row: the user's columns, then the computed ones (null when refresh has not written them). */
export const CustomerSchema = z.object({
  customerId: z.string().min(1, 'missing Customer ID'),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  company: z.string(),
  channel: z.string(),
  tags: z.string(),
  consent: z.boolean().nullable(),
  unsubscribedAt: when,
  createdAt: when,
  notes: z.string(),
  orders: count,
  firstOrder: when,
  lastOrder: when,
  revenue: amount,
  frequency: count,
  recency: z.number().min(0).nullable(),
  t: z.number().min(0).nullable(),
  avgOrderValue: amount,
  pAlive: probability,
  churnRisk: probability,
  expectedOrders90d: z.number().min(0).nullable(),
  predictedClv12m: amount,
  rfm: z.string(),
  rfmSegment: z.string(),
  cluster: z.number().int().nullable(),
  leadScore: amount,
  lastNps: z.number().int().min(0).max(10).nullable(),
  recommended: z.string(),
  lastContacted: when,
  segments: z.string(),
  updatedAt: when,
});

export type Customer = z.infer<typeof CustomerSchema>;
