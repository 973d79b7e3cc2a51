import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  Observable,
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';

import { ComplianceApi } from './compliance-api';
import { FieldFindings } from './field-findings';
import { CheckResult } from './finding';

/** How long after the last edit the campaign is checked. */
export const LIVE_CHECK_DEBOUNCE_MS = 600;

export type LiveCheckState = 'idle' | 'checking' | 'checked' | 'unavailable';

export interface CampaignCheckRequest {
  campaign: object;
  brandId: string;
}

/**
 * Runs compliance-service's check as the person edits: once the edits pause, the latest version only
 * (an answer to an older one is dropped). A failed check leaves the last findings in place.
 */
@Injectable()
export class LiveComplianceCheck {
  private readonly api = inject(ComplianceApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly findings = new FieldFindings();
  readonly state = signal<LiveCheckState>('idle');
  readonly passed = signal<boolean | null>(null);

  /** Follows the requests (null: not enough to check yet) until the component goes. */
  follow(requests: Observable<CampaignCheckRequest | null>): void {
    requests
      .pipe(
        debounceTime(LIVE_CHECK_DEBOUNCE_MS),
        map((request) => (request ? JSON.stringify(request) : null)),
        distinctUntilChanged(),
        tap((request) => this.state.set(request ? 'checking' : 'idle')),
        switchMap((request) =>
          request
            ? this.api.check(JSON.parse(request)).pipe(catchError(() => of('unavailable' as const)))
            : of(null),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((result) => this.show(result));
  }

  /** The answer of a submission (a 422's findings) replaces the live one. */
  showSubmitted(result: CheckResult): void {
    this.show(result);
  }

  private show(result: CheckResult | 'unavailable' | null): void {
    if (result === 'unavailable') {
      this.state.set('unavailable');
      return;
    }
    if (result === null) {
      this.findings.clear();
      this.passed.set(null);
      return;
    }
    this.findings.set(result.findings);
    this.passed.set(result.passed);
    this.state.set('checked');
  }
}
