import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { apiUrl } from '../core/api-url';

/**
 * One of `GET /api/v1/numbers/available` (Twilio's AvailablePhoneNumbers/US/Local). Only
 * `phoneNumber` is relied on; the rest is shown when present (Twilio's own field names).
 */
export interface AvailableNumber {
  phoneNumber: string;
  friendlyName?: string | null;
  locality?: string | null;
  region?: string | null;
  postalCode?: string | null;
}

export type NumberStatus =
  'UNASSIGNED' | 'PENDING_ASSIGNMENT' | 'ASSIGNED' | 'FAILED_ASSIGNMENT' | 'RELEASED';

/** One of the organization's numbers. The failure reason is read from `reason` or `statusReason`. */
export interface PhoneNumber {
  id: string;
  e164: string;
  status: NumberStatus | string;
  campaignId: string | null;
  twilioSid?: string | null;
  reason?: string | null;
  statusReason?: string | null;
  createdAt?: string;
}

export interface NumberSearch {
  areaCode?: string;
  contains?: string;
  limit?: number;
}

export function numberReason(number: PhoneNumber): string | null {
  return number.reason ?? number.statusReason ?? null;
}

@Injectable({ providedIn: 'root' })
export class NumberApi {
  private readonly http = inject(HttpClient);

  available(search: NumberSearch): Observable<AvailableNumber[]> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(search)) {
      if (value !== undefined && value !== null && value !== '') {
        params = params.set(key, String(value));
      }
    }
    return this.http.get<AvailableNumber[]>(apiUrl('/numbers/available'), { params });
  }

  buy(phoneNumber: string): Observable<PhoneNumber> {
    return this.http.post<PhoneNumber>(apiUrl('/numbers'), { phoneNumber });
  }

  list(): Observable<PhoneNumber[]> {
    return this.http.get<PhoneNumber[]>(apiUrl('/numbers'));
  }

  get(id: string): Observable<PhoneNumber> {
    return this.http.get<PhoneNumber>(url(id));
  }

  /** Answers 202: the number is PENDING_ASSIGNMENT until Twilio has attached it. */
  assign(id: string, campaignId: string): Observable<PhoneNumber | null> {
    return this.http.put<PhoneNumber | null>(url(id, '/campaign'), { campaignId });
  }

  unassign(id: string): Observable<PhoneNumber | null> {
    return this.http.delete<PhoneNumber | null>(url(id, '/campaign'));
  }

  release(id: string): Observable<void> {
    return this.http.delete<void>(url(id)).pipe(map(() => undefined));
  }
}

function url(id: string, suffix = ''): string {
  return apiUrl(`/numbers/${encodeURIComponent(id)}${suffix}`);
}
