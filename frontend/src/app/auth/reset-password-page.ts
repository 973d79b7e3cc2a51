import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';

import { ProblemAlert } from '../core/problem-alert';
import { problemType } from '../core/problem-detail';
import { applyServerErrors } from '../core/server-errors';
import { AccountLinksApi } from './account-links-api';
import { AuthStore } from './auth-store';
import { sameAs } from './matching-validator';
import { PASSWORD_MAX, PASSWORD_MIN, passwordValidators } from './password-strength';
import { PasswordStrengthHint } from './password-strength-hint';

/** Opened from the password-reset mail: `/reset-password?token=...`. */
@Component({
  selector: 'app-reset-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    PasswordStrengthHint,
    ProblemAlert,
  ],
  templateUrl: './reset-password-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly api = inject(AccountLinksApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  readonly token = input<string>();

  protected readonly passwordMin = PASSWORD_MIN;
  protected readonly passwordMax = PASSWORD_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    newPassword: ['', passwordValidators],
    confirm: ['', [Validators.required, sameAs('newPassword')]],
  });
  protected readonly password = toSignal(this.form.controls.newPassword.valueChanges, {
    initialValue: '',
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<unknown>(null);
  protected readonly invalidLink = signal(false);

  protected submit(): void {
    this.form.controls.confirm.updateValueAndValidity();
    const token = this.token()?.trim();
    if (!token) {
      this.invalidLink.set(true);
      return;
    }
    if (this.form.invalid || this.submitting()) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    this.api
      .confirmPasswordReset(token, this.form.controls.newPassword.value)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.submitting.set(false);
          // Every refresh token was revoked: whatever session this tab had is over.
          this.auth.clearSession();
          void this.router.navigate(['/login'], { queryParams: { reason: 'password-reset' } });
        },
        error: (error: unknown) => {
          this.submitting.set(false);
          if (problemType(error) === 'invalid-token') {
            this.invalidLink.set(true);
            return;
          }
          applyServerErrors(this.form, error);
          this.error.set(error);
        },
      });
  }
}
