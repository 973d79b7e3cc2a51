import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { apiUrl } from '../core/api-url';

/**
 * The calls behind the links auth-service mails: verify an email address, reset a forgotten
 * password. All but `resendVerification` work without being signed in.
 */
@Injectable({ providedIn: 'root' })
export class AccountLinksApi {
  private readonly http = inject(HttpClient);

  verifyEmail(token: string): Observable<void> {
    return this.http.post<void>(apiUrl('/auth/verify-email'), { token }).pipe(map(() => undefined));
  }

  /** Mails a new verification link to the signed-in user. */
  resendVerification(): Observable<void> {
    return this.http.post<void>(apiUrl('/auth/verify-email/resend'), {}).pipe(map(() => undefined));
  }

  /** Always accepted, whether or not the address has an account. */
  requestPasswordReset(email: string): Observable<void> {
    return this.http
      .post<void>(apiUrl('/auth/password-reset'), { email })
      .pipe(map(() => undefined));
  }

  confirmPasswordReset(token: string, newPassword: string): Observable<void> {
    return this.http
      .post<void>(apiUrl('/auth/password-reset/confirm'), { token, newPassword })
      .pipe(map(() => undefined));
  }
}
