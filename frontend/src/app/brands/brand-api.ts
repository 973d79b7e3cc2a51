import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { apiUrl } from '../core/api-url';
import { TcrEvent } from '../registry/tcr-events';

export type EntityType =
  'PRIVATE_PROFIT' | 'PUBLIC_PROFIT' | 'NON_PROFIT' | 'GOVERNMENT' | 'SOLE_PROPRIETOR';

export type BrandStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'SUSPENDED' | 'DELETED';

/** What POST /api/v1/brands takes (TCR's field names); PATCH takes the same, in part. */
export interface BrandRequest {
  entityType: EntityType;
  displayName: string;
  companyName?: string;
  ein?: string;
  einIssuingCountry?: string;
  phone: string;
  email: string;
  street: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
  website?: string;
  vertical?: string;
  stockSymbol?: string;
  stockExchange?: string;
  altBusinessId?: string;
  altBusinessIdType?: string;
  firstName?: string;
  lastName?: string;
  mobilePhone?: string;
  brandRelationship?: string;
}

/** brand-service's brand: the request's fields plus where TCR is with it. */
export interface Brand extends Partial<Omit<BrandRequest, 'entityType' | 'displayName'>> {
  id: string;
  entityType: EntityType;
  displayName: string;
  status: BrandStatus | string;
  tcrBrandId: string | null;
  identityStatus: string | null;
  vettingScore: number | null;
  vettingStatus: string | null;
  throughputTier?: string | null;
  statusReason?: string | null;
  createdAt?: string;
  updatedAt?: string;
}

/** Statuses that will not change without someone acting. */
export function brandSettled(brand: Brand): boolean {
  return brand.status !== 'PENDING' && brand.vettingStatus !== 'PENDING';
}

@Injectable({ providedIn: 'root' })
export class BrandApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Brand[]> {
    return this.http.get<Brand[]>(apiUrl('/brands'));
  }

  get(id: string): Observable<Brand> {
    return this.http.get<Brand>(url(id));
  }

  events(id: string): Observable<TcrEvent[]> {
    return this.http.get<TcrEvent[]>(url(id, '/events'));
  }

  create(request: BrandRequest): Observable<Brand> {
    return this.http.post<Brand>(apiUrl('/brands'), request);
  }

  update(id: string, changes: Partial<BrandRequest>): Observable<Brand> {
    return this.http.patch<Brand>(url(id), changes);
  }

  /** Asks TCR to verify the brand again, after it came back UNVERIFIED. */
  resubmit(id: string): Observable<unknown> {
    return this.http.post(url(id, '/resubmit'), {});
  }

  /** Orders external vetting (a score that raises the throughput tier). */
  orderVetting(id: string): Observable<unknown> {
    return this.http.post(url(id, '/vetting'), {});
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(url(id)).pipe(map(() => undefined));
  }
}

function url(id: string, suffix = ''): string {
  return apiUrl(`/brands/${encodeURIComponent(id)}${suffix}`);
}
