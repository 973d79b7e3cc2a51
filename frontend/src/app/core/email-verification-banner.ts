import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

import { AuthStore } from '../auth/auth-store';
import { EmailVerification } from '../auth/email-verification';
import { ProblemAlert } from './problem-alert';

/**
 * Shown across the app while the access token says `email_verified: false`: the services refuse
 * sending, inviting and API keys until then.
 */
@Component({
  selector: 'app-email-verification-banner',
  imports: [MatButtonModule, MatIconModule, ProblemAlert],
  providers: [EmailVerification],
  template: `
    @if (auth.emailUnverified()) {
      <div class="banner" role="region" aria-label="Email verification">
        <mat-icon aria-hidden="true">mark_email_unread</mat-icon>
        <div class="text">
          <span>Verify your email to send messages and invite people.</span>
          @if (verification.sent()) {
            <span role="status" data-testid="resent">
              We sent a new link to {{ auth.email() ?? 'your address' }}.
            </span>
          }
          <app-problem-alert
            [error]="verification.error()"
            fallback="The link could not be sent."
          />
        </div>
        <button
          mat-button
          type="button"
          (click)="verification.resend()"
          [disabled]="verification.busy()"
        >
          Resend
        </button>
        <button
          mat-button
          type="button"
          (click)="verification.recheck()"
          [disabled]="verification.busy()"
        >
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
  protected readonly auth = inject(AuthStore);
  protected readonly verification = inject(EmailVerification);
}
