import { carrierByMnoId } from './carriers';
import { statusText } from './status-chip';

/**
 * One stored TCR webhook, as `GET /api/v1/brands/{id}/events` and `/campaigns/{id}/events` list them.
 * The contract says only "the raw TCR webhook history": the webhook's own fields are read at the top
 * level or inside `payload` (an object or its JSON text), and the time from whichever is there.
 */
export interface TcrEvent {
  id?: string;
  eventId?: string;
  eventType?: string;
  type?: string;
  mnoId?: string | number;
  brandIdentityStatus?: string;
  vettingScore?: number;
  vettingStatus?: string;
  description?: string;
  timestamp?: string;
  receivedAt?: string;
  createdAt?: string;
  payload?: unknown;
}

export type EntryTone = 'good' | 'waiting' | 'bad' | 'info';

export interface TimelineEntry {
  key: string;
  eventType: string;
  at: string | null;
  title: string;
  detail: string | null;
  tone: EntryTone;
}

/** The events as timeline entries, oldest first; duplicates of one eventId are shown once. */
export function timelineOf(events: readonly TcrEvent[] | null | undefined): TimelineEntry[] {
  return history(events).map(([key, raw]) => entryOf(raw, key));
}

/** The latest word of each carrier (its outcome and the description), for the reasons on its chip. */
export function latestCarrierNews(
  events: readonly TcrEvent[] | null | undefined,
): Map<string, { status: string; detail: string | null }> {
  const news = new Map<string, { status: string; detail: string | null }>();
  for (const [, raw] of history(events)) {
    const mno = /^MNO_CAMPAIGN_OPERATION_(\w+)$/.exec(String(raw.eventType ?? raw.type ?? ''));
    const carrier = carrierByMnoId(raw.mnoId);
    if (mno && carrier) {
      news.set(carrier.key, { status: mno[1], detail: raw.description?.trim() || null });
    }
  }
  return news;
}

/** The events flattened, once per eventId, oldest first (an event without a time goes last). */
function history(events: readonly TcrEvent[] | null | undefined): [string, TcrEvent][] {
  const byKey = new Map<string, TcrEvent>();
  (events ?? []).forEach((event, index) => {
    const raw = flatten(event);
    const key = String(raw.eventId ?? raw.id ?? `#${index}`);
    if (!byKey.has(key)) {
      byKey.set(key, raw);
    }
  });
  return [...byKey.entries()].sort(([, a], [, b]) => time(atOf(a)) - time(atOf(b)));
}

function atOf(raw: TcrEvent): string | null {
  return raw.timestamp ?? raw.receivedAt ?? raw.createdAt ?? null;
}

function entryOf(raw: TcrEvent, key: string): TimelineEntry {
  const eventType = String(raw.eventType ?? raw.type ?? 'EVENT');
  const at = atOf(raw);
  const description = raw.description?.trim() || null;
  const carrier =
    carrierByMnoId(raw.mnoId)?.label ?? (raw.mnoId ? `Carrier ${raw.mnoId}` : 'Carrier');
  const mno = /^MNO_CAMPAIGN_OPERATION_(\w+)$/.exec(eventType);
  if (mno) {
    const outcome = mno[1];
    return {
      key,
      eventType,
      at,
      title: `${carrier}: ${statusText(outcome)}`,
      detail: description,
      tone: toneOf(outcome),
    };
  }
  switch (eventType) {
    case 'BRAND_ADD':
      return {
        key,
        eventType,
        at,
        title: 'Registered with TCR',
        detail: description,
        tone: 'info',
      };
    case 'BRAND_IDENTITY_STATUS_UPDATE': {
      const status = raw.brandIdentityStatus ?? '';
      return {
        key,
        eventType,
        at,
        title: `Identity ${statusText(status).toLowerCase()}`,
        detail: description,
        tone: toneOf(status),
      };
    }
    case 'BRAND_SCORE_UPDATE':
      return {
        key,
        eventType,
        at,
        title:
          raw.vettingScore !== undefined && raw.vettingScore !== null
            ? `Vetting score ${raw.vettingScore}`
            : 'Vetting score updated',
        detail:
          description ?? (raw.vettingStatus ? `Vetting ${statusText(raw.vettingStatus)}` : null),
        tone: 'info',
      };
    case 'CAMPAIGN_ADD':
      return {
        key,
        eventType,
        at,
        title: 'Campaign created at TCR',
        detail: description,
        tone: 'info',
      };
    case 'CAMPAIGN_RESUBMISSION':
      return { key, eventType, at, title: 'Resubmitted', detail: description, tone: 'waiting' };
    case 'CAMPAIGN_EXPIRED':
      return {
        key,
        eventType,
        at,
        title: 'Deactivated (expired)',
        detail: description,
        tone: 'bad',
      };
    default:
      return {
        key,
        eventType,
        at,
        title: statusText(eventType),
        detail: description,
        tone: 'info',
      };
  }
}

function toneOf(status: string): EntryTone {
  switch (status) {
    case 'APPROVED':
    case 'VERIFIED':
    case 'VETTED_VERIFIED':
    case 'UNSUSPENDED':
      return 'good';
    case 'REJECTED':
    case 'UNVERIFIED':
    case 'SUSPENDED':
      return 'bad';
    case 'REVIEW':
      return 'waiting';
    default:
      return 'info';
  }
}

function flatten(event: TcrEvent): TcrEvent {
  let payload = event.payload;
  if (typeof payload === 'string') {
    try {
      payload = JSON.parse(payload);
    } catch {
      payload = null;
    }
  }
  return payload && typeof payload === 'object'
    ? { ...(payload as TcrEvent), ...strip(event) }
    : event;
}

function strip(event: TcrEvent): TcrEvent {
  const copy: TcrEvent = { ...event };
  delete copy.payload;
  for (const key of Object.keys(copy) as (keyof TcrEvent)[]) {
    if (copy[key] === null || copy[key] === undefined) {
      delete copy[key];
    }
  }
  return copy;
}

function time(at: string | null): number {
  const t = at ? Date.parse(at) : NaN;
  return Number.isNaN(t) ? Number.MAX_SAFE_INTEGER : t;
}
