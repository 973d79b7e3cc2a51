import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { apiUrl } from '../core/api-url';

export interface Membership {
  organizationId: string;
  organizationName: string;
  role: string;
}

/** GET /api/v1/users/me (user-service). */
export interface UserProfile {
  userId: string;
  email: string;
  name: string;
  timeZone: string | null;
  emailVerified: boolean;
  memberships: Membership[];
}

export interface ProfileChanges {
  name?: string;
  timeZone?: string;
}

/** GET /api/v1/auth/me (auth-service): the sign-in side of the account. */
export interface AuthAccount {
  userId: string;
  email: string;
  name: string;
  emailVerified: boolean;
  mfaEnabled: boolean;
  organizationId: string;
  role: string;
  organizations: { organizationId: string; role: string }[];
}

/** POST /api/v1/auth/mfa/enrollment */
export interface MfaEnrollment {
  secret: string;
  otpauthUri: string;
  /** `data:image/png;base64,...` */
  qrCode: string;
}

export interface RecoveryCodes {
  recoveryCodes: string[];
}

/** The signed-in person's own account: profile, password and two-step verification. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  profile(): Observable<UserProfile> {
    return this.http.get<UserProfile>(apiUrl('/users/me'));
  }

  /** Answers the updated profile, or null when the service answers 204. */
  updateProfile(changes: ProfileChanges): Observable<UserProfile | null> {
    return this.http
      .patch<UserProfile | null>(apiUrl('/users/me'), changes)
      .pipe(map((profile) => profile ?? null));
  }

  account(): Observable<AuthAccount> {
    return this.http.get<AuthAccount>(apiUrl('/auth/me'));
  }

  changePassword(currentPassword: string, newPassword: string): Observable<void> {
    return this.http
      .post<void>(apiUrl('/auth/password'), { currentPassword, newPassword })
      .pipe(map(() => undefined));
  }

  startMfaEnrollment(): Observable<MfaEnrollment> {
    return this.http.post<MfaEnrollment>(apiUrl('/auth/mfa/enrollment'), {});
  }

  confirmMfaEnrollment(code: string): Observable<string[]> {
    return this.http
      .post<RecoveryCodes>(apiUrl('/auth/mfa/enrollment/confirm'), { code })
      .pipe(map((answer) => answer.recoveryCodes));
  }

  disableMfa(code: string): Observable<void> {
    return this.http
      .delete<void>(apiUrl('/auth/mfa'), { body: { code } })
      .pipe(map(() => undefined));
  }

  newRecoveryCodes(code: string): Observable<string[]> {
    return this.http
      .post<RecoveryCodes>(apiUrl('/auth/mfa/recovery-codes'), { code })
      .pipe(map((answer) => answer.recoveryCodes));
  }
}
