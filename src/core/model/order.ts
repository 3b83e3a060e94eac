// A row of the Orders tab as a validated record.
import { z } from 'zod';

/**
 * An Orders row. Keyed by (Channel, Order ID); the customer is named by Customer ID or Email.
 * Status is free text because users type their own; see EXCLUDED_ORDER_STATUSES for what analytics skip.
 */
export const OrderSchema = z
  .object({
    orderId: z.string().min(1, 'missing Order ID'),
    customerId: z.string(),
    email: z.string(),
    date: z.date({ error: 'missing date' }),
    amount: z.number({ error: 'missing Amount' }),
    currency: z.string(),
    product: z.string(),
    quantity: z.number().int().min(0, 'negative quantity').nullable(),
    channel: z.string(),
    status: z.string(),
  })
  .refine((order) => order.customerId !== '' || order.email !== '', {
    message: 'missing Customer ID and Email',
    path: ['customerId'],
  });

export type Order = z.infer<typeof OrderSchema>;
