/**
 * Twilio's message lifecycle as the platform reports it. Callbacks may arrive out of order,
 * so a message is never moved backwards: a status only replaces one of lower or equal rank.
 */
export type MessageStatus =
  | 'accepted'
  | 'scheduled'
  | 'queued'
  | 'sending'
  | 'sent'
  | 'delivered'
  | 'undelivered'
  | 'failed'
  | 'canceled';

/** The statuses the analytics summary counts, in lifecycle order. */
export const SUMMARY_STATUSES = [
  'accepted',
  'queued',
  'sent',
  'delivered',
  'undelivered',
  'failed',
] as const;

const RANK: Record<MessageStatus, number> = {
  accepted: 0,
  scheduled: 1,
  queued: 2,
  sending: 3,
  sent: 4,
  delivered: 5,
  undelivered: 5,
  failed: 5,
  canceled: 5,
};

const FAILURES: ReadonlySet<string> = new Set(['undelivered', 'failed', 'canceled']);

export function statusRank(status: string): number {
  return RANK[status as MessageStatus] ?? -1;
}

export function isFinalStatus(status: string | null | undefined): boolean {
  return !!status && statusRank(status) === RANK.delivered;
}

export function isFailureStatus(status: string | null | undefined): boolean {
  return !!status && FAILURES.has(status);
}

export function statusLabel(status: string): string {
  return status ? status.charAt(0).toUpperCase() + status.slice(1) : status;
}
