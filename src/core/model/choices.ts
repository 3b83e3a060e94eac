// The closed lists of values some columns accept (data validation lists and zod enums share them).

/** Interactions channels (product.md section 2). */
export const INTERACTION_CHANNELS = ['email', 'phone', 'social', 'web', 'form', 'meeting', 'chat'] as const;

/** Direction of an interaction, seen from the business. */
export const DIRECTIONS = ['in', 'out'] as const;

/**
 * Order statuses: only paid orders are revenue. Pending ones are money promised, not received yet;
 * refunded and cancelled ones are money gone back. Words of the channels, and typed by hand, map
 * onto these (statusKind in core/orders).
 */
export const ORDER_STATUSES = ['paid', 'pending', 'refunded', 'cancelled'] as const;

/** One of ORDER_STATUSES. */
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Statuses of an order whose money went back: excluded from revenue, frequency and the models for good. */
export const EXCLUDED_ORDER_STATUSES: ReadonlySet<string> = new Set<OrderStatus>(['refunded', 'cancelled']);

/** Outbox statuses of the exactly-once send protocol (product.md section 5). */
export const OUTBOX_STATUSES = ['planned', 'sending', 'sent', 'failed', 'skipped', 'uncertain'] as const;

/** Follow-up triggers (product.md section 5). */
export const FOLLOW_UP_TRIGGERS = [
  'days_after_first_order',
  'days_after_last_order',
  'days_since_last_contact',
  'churn_risk_above',
  'clv_above',
  'nps_detractor',
  'new_segment_member',
] as const;

/** Each follow-up trigger as the Follow-ups dropdown shows it; the rules read both forms. */
export const FOLLOW_UP_TRIGGER_LABELS: Readonly<Record<(typeof FOLLOW_UP_TRIGGERS)[number], string>> = {
  days_after_first_order: 'Days after first order',
  days_after_last_order: 'Days after last order',
  days_since_last_contact: 'Days since last contact',
  churn_risk_above: 'Churn risk above',
  clv_above: 'CLV above',
  nps_detractor: 'NPS detractor',
  new_segment_member: 'New segment member',
};

/** Analytics period unit of the BTYD models. */
export const ANALYTICS_UNITS = ['days', 'weeks'] as const;

/** Settings "Model": which purchase model refresh scores with; auto picks the one that predicts the holdout best. */
export const PURCHASE_MODEL_CHOICES = ['auto', 'bgnbd', 'mbgnbd', 'paretonbd'] as const;

/** One of PURCHASE_MODEL_CHOICES. */
export type PurchaseModelChoice = (typeof PURCHASE_MODEL_CHOICES)[number];
