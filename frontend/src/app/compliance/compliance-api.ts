import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { apiUrl } from '../core/api-url';
import { CheckResult, isFinding, normalized } from './finding';

/** compliance-service: the same checks brand- and campaign-service run before they submit to TCR. */
@Injectable({ providedIn: 'root' })
export class ComplianceApi {
  private readonly http = inject(HttpClient);

  /** `{campaign, brandId}` or `{brand}`; answers 200 whether or not the submission passes. */
  check(
    request: { campaign: object; brandId: string } | { brand: object },
  ): Observable<CheckResult> {
    return this.http.post<CheckResult>(apiUrl('/compliance/check'), request).pipe(
      map((result) => ({
        passed: !!result?.passed,
        findings: (result?.findings ?? []).filter(isFinding).map(normalized),
      })),
    );
  }
}
