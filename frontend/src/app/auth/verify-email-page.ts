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

import { linkToken } from '../core/link-token';
import { ProblemAlert } from '../core/problem-alert';
import { problemType } from '../core/problem-detail';
import { AuthStore } from './auth-store';
import { EmailVerification } from './email-verification';

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
  providers: [EmailVerification],
  templateUrl: './verify-email-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyEmailPage implements OnInit {
  private readonly destroyRef = inject(DestroyRef);
  protected readonly auth = inject(AuthStore);
  protected readonly verification = inject(EmailVerification);

  readonly token = input(undefined, { transform: linkToken });

  protected readonly state = signal<State>('verifying');
  /** Why verifying failed, for the `failed` state. */
  protected readonly error = signal<unknown>(null);

  ngOnInit(): void {
    const token = this.token();
    if (!token) {
      this.state.set('invalid');
      return;
    }
    this.verification
      .verify(token)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => this.state.set('verified'),
        error: (error: unknown) => {
          const invalid = problemType(error) === 'invalid-token';
          this.state.set(invalid ? 'invalid' : 'failed');
          this.error.set(invalid ? null : error);
        },
      });
  }
}
