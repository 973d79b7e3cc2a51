import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { catchError, of } from 'rxjs';

import { ProblemAlert } from '../core/problem-alert';
import { problemType } from '../core/problem-detail';
import { AccountLinksApi } from './account-links-api';
import { AuthStore } from './auth-store';

type State = 'verifying' | 'verified' | 'invalid' | 'failed';

/** Opened from the verification mail: `/verify-email?token=...`. */
@Component({
  selector: 'app-verify-email-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    ProblemAlert,
  ],
  templateUrl: './verify-email-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyEmailPage implements OnInit {
  private readonly api = inject(AccountLinksApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly auth = inject(AuthStore);

  /** From the query string. */
  readonly token = input<string>();

  protected readonly state = signal<State>('verifying');
  protected readonly error = signal<unknown>(null);
  protected readonly resent = signal(false);
  protected readonly resending = signal(false);

  ngOnInit(): void {
    const token = this.token()?.trim();
    if (!token) {
      this.state.set('invalid');
      return;
    }
    this.api
      .verifyEmail(token)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.state.set('verified');
          this.refreshClaims();
        },
        error: (error: unknown) => {
          const invalid = problemType(error) === 'invalid-token';
          this.state.set(invalid ? 'invalid' : 'failed');
          this.error.set(invalid ? null : error);
        },
      });
  }

  protected resend(): void {
    this.resending.set(true);
    this.error.set(null);
    this.api
      .resendVerification()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.resending.set(false);
          this.resent.set(true);
        },
        error: (error: unknown) => {
          this.resending.set(false);
          this.error.set(error);
        },
      });
  }

  /** A signed-in tab gets a new token, so `email_verified` turns true and the banner goes. */
  private refreshClaims(): void {
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
