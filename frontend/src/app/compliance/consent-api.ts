import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { apiUrl } from '../core/api-url';

/** One entry of the consent ledger (compliance-service), as `GET /api/v1/consent?phone=` lists it. */
export interface ConsentEntry {
  seq?: number;
  phone?: string;
  type: 'OPT_IN' | 'OPT_OUT' | 'RE_OPT_IN' | string;
  scope?: 'BRAND' | 'CAMPAIGN' | string | null;
  channel?: 'SMS' | 'WEB' | 'IMPORT' | 'API' | 'CARRIER' | string | null;
  source?: string | null;
  disclosure?: string | null;
  disclosureVersion?: string | null;
  brandId?: string | null;
  campaignId?: string | null;
  ipAddress?: string | null;
  userAgent?: string | null;
  messageSid?: string | null;
  occurredAt: string;
  timeZone?: string | null;
  hash?: string | null;
}

export interface ChainVerification {
  intact: boolean;
  entries: number;
  firstBrokenSeq?: number | null;
  /** What is wrong with the first broken entry. */
  problem?: string | null;
  checkedAt?: string | null;
}

export interface AuditEntry {
  seq?: number;
  actor?: string | null;
  action: string;
  resourceType?: string | null;
  resourceId?: string | null;
  /** JSON text of the state before (null when created) and after (null when deleted). */
  before?: string | null;
  after?: string | null;
  occurredAt: string;
}

/** A page of the audit log, newest first; `nextBefore` asks for the older page. */
export interface AuditPage {
  items: AuditEntry[];
  nextBefore: number | null;
}

export type ExportFormat = 'csv' | 'json';

/** A list answered as an array, `{items}` or (the consent history) `{entries}`. */
function list<T>(answer: T[] | { items?: T[]; entries?: T[] } | null | undefined): T[] {
  return Array.isArray(answer) ? answer : (answer?.entries ?? answer?.items ?? []);
}

/** compliance-service: the consent ledger and the audit log. */
@Injectable({ providedIn: 'root' })
export class ConsentApi {
  private readonly http = inject(HttpClient);

  /** One person's consent history, oldest first (the service sends `{phone, status, entries}`). */
  history(phone: string): Observable<ConsentEntry[]> {
    return this.http
      .get<ConsentEntry[] | { entries: ConsentEntry[] }>(apiUrl('/consent'), {
        params: new HttpParams().set('phone', phone),
      })
      .pipe(
        map(list),
        map((entries) =>
          [...entries].sort(
            (a, b) =>
              (a.seq ?? 0) - (b.seq ?? 0) || Date.parse(a.occurredAt) - Date.parse(b.occurredAt),
          ),
        ),
      );
  }

  verify(): Observable<ChainVerification> {
    return this.http.get<ChainVerification>(apiUrl('/consent/verify'));
  }

  audit(resourceType?: string, before: number | null = null, limit = 100): Observable<AuditPage> {
    let params = new HttpParams().set('limit', limit);
    if (resourceType) {
      params = params.set('resourceType', resourceType);
    }
    if (before !== null) {
      params = params.set('before', before);
    }
    return this.http
      .get<AuditEntry[] | { items: AuditEntry[]; nextBefore?: number | null }>(apiUrl('/audit'), {
        params,
      })
      .pipe(
        map((answer) => ({
          items: list(answer),
          nextBefore: Array.isArray(answer) ? null : (answer?.nextBefore ?? null),
        })),
      );
  }
}

export function consentExportUrl(phone: string, format: ExportFormat): string {
  return apiUrl(`/consent/export?phone=${encodeURIComponent(phone)}&format=${format}`);
}
