import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

import { AccountLinksApi } from '../auth/account-links-api';
import { AuthStore } from '../auth/auth-store';
import { ProblemAlert } from './problem-alert';

/**
 * Shown across the app while the access token says `email_verified: false`: the services refuse
 * sending, inviting and API keys until then.
 */
@Component({
  selector: 'app-email-verification-banner',
  imports: [MatButtonModule, MatIconModule, ProblemAlert],
  template: `
    @if (auth.emailUnverified()) {
      <div class="banner" role="region" aria-label="Email verification">
        <mat-icon aria-hidden="true">mark_email_unread</mat-icon>
        <div class="text">
          <span>Verify your email to send messages and invite people.</span>
          @if (sent()) {
            <span role="status" data-testid="resent">
              We sent a new link to {{ auth.email() ?? 'your address' }}.
            </span>
          }
          <app-problem-alert [error]="error()" fallback="The link could not be sent." />
        </div>
        <button mat-button type="button" (click)="resend()" [disabled]="busy()">Resend</button>
        <button mat-button type="button" (click)="recheck()" [disabled]="busy()">
          I've verified it
        </button>
      </div>
    }
  `,
  styles: `
    .banner {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      padding: 8px 16px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .text {
      flex: 1;
      display: flex;
      flex-direction: column;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmailVerificationBanner {
  private readonly api = inject(AccountLinksApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly auth = inject(AuthStore);

  protected readonly busy = signal(false);
  protected readonly sent = signal(false);
  protected readonly error = signal<unknown>(null);

  protected resend(): void {
    this.busy.set(true);
    this.error.set(null);
    this.api
      .resendVerification()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.sent.set(true);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.error.set(error);
        },
      });
  }

  /** Verified in another tab or device: a fresh token carries the new claim. */
  protected recheck(): void {
    this.busy.set(true);
    this.error.set(null);
    this.auth
      .refresh()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.busy.set(false);
          if (this.auth.emailUnverified()) {
            this.error.set('Not verified yet. Open the link in the mail we sent you.');
          }
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.error.set(error);
        },
      });
  }
}
