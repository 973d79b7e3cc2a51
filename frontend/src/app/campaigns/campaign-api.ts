import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { apiUrl } from '../core/api-url';
import { TcrEvent } from '../registry/tcr-events';

/** What POST /api/v1/campaigns takes (compliance-rules `CampaignSubmission` plus the brand). */
export interface CampaignSubmission {
  usecase: string;
  subUsecases: string[];
  description: string;
  messageFlow: string;
  samples: string[];
  helpMessage: string;
  optinMessage: string;
  optoutMessage: string;
  helpKeywords: string[];
  optinKeywords: string[];
  optoutKeywords: string[];
  subscriberOptin: boolean;
  subscriberOptout: boolean;
  subscriberHelp: boolean;
  embeddedLink: boolean;
  embeddedLinkSample: string;
  embeddedPhone: boolean;
  numberPool: boolean;
  ageGated: boolean;
  directLending: boolean;
  affiliateMarketing: boolean;
  privacyPolicyLink: string;
  termsAndConditionsLink: string;
  autoRenewal: boolean;
}

export interface CampaignRequest extends CampaignSubmission {
  brandId: string;
}

/** A carrier's word on a campaign: APPROVED, REVIEW, REJECTED or SUSPENDED (or an object with a reason). */
export type CarrierStatus = string | { status: string; reason?: string | null };

export interface Campaign extends Partial<CampaignSubmission> {
  id: string;
  brandId: string;
  usecase: string;
  tcrCampaignId: string | null;
  status: string;
  carrierStatuses?: Partial<Record<'ATT' | 'TMOBILE' | 'VERIZON', CarrierStatus>> | null;
  limits?: { attMessagesPerMinute?: number | null; tmobileDailySegments?: number | null } | null;
  statusReason?: string | null;
  createdAt?: string;
  updatedAt?: string;
}

/** GET /api/v1/campaigns/usecases: whether the brand may choose a use case, and why. */
export interface UsecaseOption {
  usecase: string;
  allowed: boolean;
  reason: string | null;
}

/** A campaign stays PENDING while any carrier is still reviewing it. */
export function campaignSettled(campaign: Campaign): boolean {
  return campaign.status !== 'PENDING';
}

@Injectable({ providedIn: 'root' })
export class CampaignApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Campaign[]> {
    return this.http.get<Campaign[]>(apiUrl('/campaigns'));
  }

  get(id: string): Observable<Campaign> {
    return this.http.get<Campaign>(url(id));
  }

  events(id: string): Observable<TcrEvent[]> {
    return this.http.get<TcrEvent[]>(url(id, '/events'));
  }

  usecases(brandId: string): Observable<UsecaseOption[]> {
    return this.http.get<UsecaseOption[]>(apiUrl('/campaigns/usecases'), {
      params: { brandId },
    });
  }

  create(request: CampaignRequest): Observable<Campaign> {
    return this.http.post<Campaign>(apiUrl('/campaigns'), request);
  }

  update(id: string, changes: Partial<CampaignRequest>): Observable<Campaign> {
    return this.http.patch<Campaign>(url(id), changes);
  }

  /** Sends the campaign to the carriers for review again (after a rejection). */
  resubmit(id: string): Observable<unknown> {
    return this.http.post(url(id, '/resubmit'), {});
  }

  /** Deactivates the campaign at TCR (it becomes EXPIRED). */
  deactivate(id: string): Observable<void> {
    return this.http.delete<void>(url(id)).pipe(map(() => undefined));
  }
}

function url(id: string, suffix = ''): string {
  return apiUrl(`/campaigns/${encodeURIComponent(id)}${suffix}`);
}
