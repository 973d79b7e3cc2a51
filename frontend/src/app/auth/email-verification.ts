import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable, catchError, of, tap } from 'rxjs';

import { CallTracker } from '../core/call-tracker';
import { AccountLinksApi } from './account-links-api';
import { AuthStore } from './auth-store';

export const NOT_VERIFIED_YET = 'Not verified yet. Open the link in the mail we sent you.';

/**
 * Email verification: the link from the mail, a new link, and a fresh token once the address is
 * verified (the access token's `email_verified` is what the app and the services go by). Provided
 * by each component that offers it, so each shows its own progress.
 */
@Injectable()
export class EmailVerification {
  private readonly api = inject(AccountLinksApi);
  private readonly auth = inject(AuthStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly calls = new CallTracker();

  /** A resend or recheck is under way. */
  readonly busy = this.calls.busy.asReadonly();
  /** Why the last resend or recheck failed. */
  readonly error = this.calls.error.asReadonly();
  /** A new link was mailed. */
  readonly sent = signal(false);

  /** Posts the token from the link; a signed-in tab then gets a token that says verified. */
  verify(token: string): Observable<void> {
    return this.api.verifyEmail(token).pipe(tap(() => this.refreshQuietly()));
  }

  /** Mails a new link to the signed-in person. */
  resend(): void {
    this.calls.run(this.api.resendVerification(), { next: () => this.sent.set(true) });
  }

  /** Verified in another tab or device: a fresh token carries the new claim. */
  recheck(): void {
    this.calls.run(this.auth.refresh(), {
      next: () => {
        if (this.auth.emailUnverified()) {
          this.calls.error.set(NOT_VERIFIED_YET);
        }
      },
    });
  }

  /** Just verified here: no need to say anything if the refresh fails. */
  private refreshQuietly(): void {
    if (!this.auth.isAuthenticated()) {
      return;
    }
    this.auth
      .refresh()
      .pipe(
        catchError(() => of(undefined)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe();
  }
}
