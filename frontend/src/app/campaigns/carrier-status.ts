import { CARRIERS } from '../registry/carriers';
import { TcrEvent, latestCarrierNews } from '../registry/tcr-events';
import { Campaign, CarrierStatus } from './campaign-api';

export interface CarrierView {
  key: string;
  label: string;
  status: string | null;
  reason: string | null;
}

function parts(value: CarrierStatus | undefined): { status: string | null; reason: string | null } {
  if (!value) {
    return { status: null, reason: null };
  }
  if (typeof value === 'string') {
    return { status: value, reason: null };
  }
  return { status: value.status ?? null, reason: value.reason ?? null };
}

/**
 * Each carrier's status of the campaign, with a reason: the campaign's own when it carries one, else
 * the description of that carrier's latest webhook (a rejection's reason comes that way).
 */
export function carrierViews(
  campaign: Campaign,
  events: readonly TcrEvent[] | null,
): CarrierView[] {
  const news = latestCarrierNews(events);
  return CARRIERS.map((carrier) => {
    const own = parts(campaign.carrierStatuses?.[carrier.key]);
    const latest = news.get(carrier.key);
    const status = own.status ?? latest?.status ?? null;
    const reason =
      own.reason ?? (latest && (!status || latest.status === status) ? latest.detail : null);
    return { key: carrier.key, label: carrier.label, status, reason };
  });
}
